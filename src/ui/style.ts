import { Chalk, type ChalkInstance } from "chalk";

/**
 * One colour switch for the whole CLI. Colour is off when NO_COLOR is set (https://no-color.org),
 * when --no-color is given, or when the stream is not a terminal; FORCE_COLOR turns it on.
 */
export function colourEnabled(
  env: NodeJS.ProcessEnv = process.env,
  argv: readonly string[] = process.argv,
  isTTY = Boolean(process.stdout.isTTY),
): boolean {
  if (argv.includes("--no-color") || argv.includes("--plain")) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== "0") return true;
  return isTTY && env.TERM !== "dumb";
}

export const paint: ChalkInstance = new Chalk({ level: colourEnabled() ? 2 : 0 });

/** Turn colour off from a command (e.g. --plain). */
export function disableColour(): void {
  paint.level = 0;
}
