import type { ScoreOptions } from "./commands/score.js";

/**
 * The common `coach score "reply"` command line, read without commander: loading and wiring
 * commander's ~20 commands cost about a tenth of a `coach score` (start-up time). Only the plain
 * form is read here: one reply not starting with "-", and --json, --plain, --abusive and
 * --customer TEXT (or --customer=TEXT, TEXT not starting with "-"), each at most once, in any
 * order. Anything else (no reply, --scenario, --batch, help, a global option before `score`, an
 * unknown or repeated option, `--`) returns undefined and goes through commander as before, with
 * its messages; tests/score-args.test.ts checks that both read every line here alike.
 */
export function quickScoreArgs(
  args: readonly string[],
): { reply: string; options: ScoreOptions } | undefined {
  if (args[0] !== "score") return undefined;
  let reply: string | undefined;
  const options: ScoreOptions = {};
  for (let i = 1; i < args.length; i++) {
    const arg = args[i] as string;
    if (!arg.startsWith("-")) {
      if (reply !== undefined) return undefined;
      reply = arg;
    } else if (arg === "--json" || arg === "--plain" || arg === "--abusive") {
      const flag = arg.slice(2) as "json" | "plain" | "abusive";
      if (options[flag]) return undefined;
      options[flag] = true;
    } else if (arg === "--customer" || arg.startsWith("--customer=")) {
      const value = arg === "--customer" ? args[++i] : arg.slice("--customer=".length);
      if (value === undefined || value.startsWith("-") || options.customer !== undefined) return undefined;
      options.customer = value;
    } else return undefined;
  }
  return reply === undefined ? undefined : { reply, options };
}
