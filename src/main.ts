import type { CommanderError } from "commander";
import { scoreCommand } from "./commands/score.js";
import { ContentError, EXIT, InterruptedError, IoError, UsageError } from "./errors.js";
import { quickScoreArgs } from "./score-args.js";
import { paint } from "./ui/style.js";
import { sanitize } from "./ui/text.js";

// For cli.ts, which loads this one module before main runs.
export { installStopHandlers, restoreTerminal } from "./io/signals.js";
export { exitQuietlyOnClosedOutput } from "./io/write.js";

/**
 * The thin CLI: commander wiring (program.ts) plus the one place errors become exit codes.
 * Command modules are imported lazily so `coach score` does not pay for the YAML loader, and the
 * plain `coach score "reply"` is read without commander at all (score-args.ts).
 */
export async function main(argv: readonly string[]): Promise<number> {
  try {
    const quick = quickScoreArgs(argv.slice(2));
    if (quick) return await scoreCommand(quick.reply, quick.options);
    const { buildProgram, CommanderError, openSessionSource } = await import("./program.js");
    commanderError = CommanderError;
    const program = buildProgram();
    const menuData = menuDataOption(argv.slice(2));
    if (argv.length <= 2 || menuData !== undefined) {
      if (process.stdin.isTTY && process.stdout.isTTY) {
        const { menuCommand } = await import("./commands/menu.js");
        return await menuCommand(await openSessionSource(menuData), menuData ? { data: menuData } : {});
      }
      program.outputHelp();
      return 0;
    }
    await program.parseAsync(argv as string[]);
    return typeof process.exitCode === "number" ? process.exitCode : 0;
  } catch (error) {
    return reportError(error);
  }
}

/** commander's error class, once program.ts is loaded: its errors can only come after that. */
let commanderError: typeof CommanderError | undefined;

/** `coach --data DIR` (the menu, on another data folder): the folder, or undefined for anything else. */
function menuDataOption(args: readonly string[]): string | undefined {
  if (args.length === 2 && args[0] === "--data" && args[1]) return args[1];
  if (args.length === 1 && args[0]?.startsWith("--data=") && args[0].length > 7) return args[0].slice(7);
  return undefined;
}

export function reportError(error: unknown): number {
  if (commanderError && error instanceof commanderError) {
    if (error.code === "commander.helpDisplayed" || error.code === "commander.version") return 0;
    if (error.code === "commander.help") return 0;
    // commander already printed its one-line message (with "Did you mean ...?")
    return 2;
  }
  if (error instanceof UsageError) {
    process.stderr.write(`${paint.red("error:")} ${sanitize(error.message)}\n`);
    return EXIT.usage;
  }
  if (error instanceof IoError) {
    process.stderr.write(`${paint.red("error:")} ${sanitize(error.message)}\n`);
    return EXIT.io;
  }
  if (error instanceof ContentError) {
    if (error.message) process.stderr.write(`${paint.red("error:")} ${sanitize(error.message)}\n`);
    return error.exitCode;
  }
  if (error instanceof InterruptedError) {
    if (error.message) process.stderr.write(`${error.message}\n`);
    return EXIT.interrupted;
  }
  if (isExitPromptError(error)) return EXIT.interrupted;
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(
    `coach: internal error: ${message}\n` +
      "This is a bug in coach, not in what you did. Please report it with the command you ran at\n" +
      "https://github.com/de-escalation-coach/coach/issues (set COACH_DEBUG=1 to see the stack trace).\n",
  );
  if (process.env.COACH_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  return EXIT.internal;
}

function isExitPromptError(error: unknown): boolean {
  return error instanceof Error && error.name === "ExitPromptError";
}
