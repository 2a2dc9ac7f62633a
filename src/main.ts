import { Command, CommanderError, Option } from "commander";
import { ContentError, InterruptedError, UsageError } from "./errors.js";
import { paint } from "./ui/style.js";
import { VERSION } from "./version.js";

/**
 * The thin CLI: commander wiring plus the one place errors become exit codes.
 * Command modules are imported lazily so `coach score` does not pay for the YAML loader.
 */
export async function main(argv: readonly string[]): Promise<number> {
  const program = buildProgram();
  try {
    if (argv.length <= 2) {
      // -- the interactive menu (no arguments in a terminal) is wired here --
      program.outputHelp();
      return 0;
    }
    await program.parseAsync(argv as string[]);
    return typeof process.exitCode === "number" ? process.exitCode : 0;
  } catch (error) {
    return reportError(error);
  }
}

export function reportError(error: unknown): number {
  if (error instanceof CommanderError) {
    if (error.code === "commander.helpDisplayed" || error.code === "commander.version") return 0;
    if (error.code === "commander.help") return 0;
    // commander already printed its one-line message (with "Did you mean ...?")
    return 2;
  }
  if (error instanceof UsageError) {
    process.stderr.write(`${paint.red("error:")} ${error.message}\n`);
    return 2;
  }
  if (error instanceof ContentError) {
    if (error.message) process.stderr.write(`${paint.red("error:")} ${error.message}\n`);
    return error.exitCode;
  }
  if (error instanceof InterruptedError) {
    if (error.message) process.stderr.write(`${error.message}\n`);
    return 130;
  }
  if (isExitPromptError(error)) return 130;
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(
    `coach: internal error: ${message}\n` +
      "This is a bug in coach, not in what you did. Please report it with the command you ran at\n" +
      "https://github.com/de-escalation-coach/coach/issues (set COACH_DEBUG=1 to see the stack trace).\n",
  );
  if (process.env.COACH_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  return 70;
}

function isExitPromptError(error: unknown): boolean {
  return error instanceof Error && error.name === "ExitPromptError";
}

export function buildProgram(): Command {
  const program = new Command("coach")
    .description("Practise de-escalating angry customers, and author the scenarios to practise on.")
    .version(VERSION, "-V, --version", "print the version")
    .helpOption("-h, --help", "show help for a command")
    .addOption(new Option("--no-color", "turn colour off (NO_COLOR works too)"))
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      outputError: (text, write) => write(text.replace(/^error:/, paint.red("error:"))),
    });
  program.addHelpCommand("help [command]", "show help for a command");

  program
    .command("list")
    .description("list the scenarios you can practise")
    .option("--json", "print the list as JSON")
    .option("--scenarios <dir>", "also look for scenarios in this folder (or set COACH_SCENARIOS)")
    .action(async (options) => {
      const { listCommand } = await import("./commands/list.js");
      process.exitCode = await listCommand(options);
    });

  program
    .command("validate")
    .description("check scenario and rubric files for errors, with file:line:col")
    .argument("[paths...]", "files or folders to check (default: the shipped scenarios)")
    .addOption(new Option("--format <format>", "output format").choices(["text", "json"]).default("text"))
    .action(async (paths: string[], options) => {
      const { validateCommand } = await import("./commands/validate.js");
      process.exitCode = await validateCommand(paths, options);
    });

  program
    .command("schema")
    .description("print the JSON Schema for scenario files (for editors)")
    .action(async () => {
      const { schemaCommand } = await import("./commands/schema.js");
      process.exitCode = await schemaCommand();
    });

  // -- more commands are registered below --

  for (const command of program.commands) {
    command.exitOverride().showSuggestionAfterError(true);
    command.configureOutput({
      outputError: (text, write) => write(text.replace(/^error:/, paint.red("error:"))),
    });
  }
  return program;
}
