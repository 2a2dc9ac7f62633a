import { Argument, Command, Option } from "commander";
import { UsageError } from "./errors.js";
import { paint } from "./ui/style.js";
import { VERSION } from "./version.js";

/**
 * The commander wiring of every command. Loaded by main.ts when a command line needs it: the
 * common `coach score "reply"` is read without it (score-args.ts), which spares it loading
 * commander (start-up time).
 */

export { CommanderError } from "commander";

/** The stored sessions that progress, next and the menu read (src/store/source.ts). */
export async function openSessionSource(dataDir?: string) {
  const { openSessionSource: open } = await import("./store/source.js");
  return open(dataDir);
}

const DATA_HELP = "the data folder holding your sessions (or set COACH_DATA; default: your data folder)";

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
    .description("print the JSON Schema for scenario files (or rubric files) for editors")
    .option("--rubric", "the schema for shared rubric files")
    .action(async (options) => {
      const { schemaCommand } = await import("./commands/schema.js");
      process.exitCode = await schemaCommand(options);
    });

  program
    .command("run")
    .description("practise a scenario: reply to the customer, get feedback, see your report card")
    .argument("<scenario>", "a scenario id (see `coach list`) or a path to a .yaml file")
    .option(
      "--answers <file>",
      "read replies from a file (- for stdin), one per line, each when the customer's line is out; a line that is a command (/retry, /model, /hint, /facts, /quit) is acted on (no prompts)",
    )
    .option("--exam", "an exam: no hints, model answers, retries or per-turn feedback; the report at the end")
    .option("--json", "print the transcript as JSON on stdout")
    .option("--out <dir>", "also save the transcript as a JSON file in this folder")
    .option("--data <dir>", DATA_HELP)
    .addOption(
      new Option("--feedback <when>", "when to show scores").choices(["each", "end"]).default("each"),
    )
    .option("--plain", "screen-reader friendly output: fixed labels, no bars or colour")
    .option("--scenarios <dir>", "also look for scenarios in this folder (or set COACH_SCENARIOS)")
    .option("--name <name>", "who is practising, saved with the session for `coach team` (or set COACH_NAME)")
    .addHelpText(
      "after",
      [
        "",
        "During a session, at the prompt or as a line of --answers or piped stdin:",
        "  /hint    a hint for the customer's line",
        "  /model   the model answer for the line you last replied to",
        "  /retry   reply again to the line you last replied to: the new reply is scored",
        "           against the old, both are kept, and the conversation goes on from it",
        "  /facts   what you know, can offer, cannot promise and don't know yet",
        "  /help    these commands;  /quit  end the session (saved), as Ctrl+C and Ctrl+D do",
        "With --exam, /hint, /model and /retry are refused.",
      ].join("\n"),
    )
    .action(async (scenario: string, options) => {
      const { runCommand } = await import("./commands/run.js");
      process.exitCode = await runCommand(scenario, { ...options, color: program.opts().color });
    });

  program
    .command("test")
    .description("run the scenarios' example replies and check their expected scores (rubric tests)")
    .argument("[paths...]", "files or folders (default: the shipped scenarios)")
    .addOption(
      new Option("--format <format>", "output format").choices(["text", "json", "junit"]).default("text"),
    )
    .option("--output <file>", "write the JSON or JUnit report to a file")
    .option("--watch", "re-run a file's examples whenever it is saved")
    .option(
      "--no-models",
      "skip the model answers (by default every turn's model answer is scored in its own turn and fails when 'needs work' on a tested dimension, or not 'strong' on one the turn weights or expects)",
    )
    .action(async (paths: string[], options) => {
      const { testCommand } = await import("./commands/test.js");
      process.exitCode = await testCommand(paths, options);
    });

  program
    .command("init")
    .description("create a scenario folder for your team: example, rubric, schemas, editor settings")
    .argument("[dir]", "the folder to create or fill (default: coach-scenarios)")
    .action(async (dir: string | undefined) => {
      const { initCommand } = await import("./commands/init.js");
      process.exitCode = await initCommand(dir);
    });

  program
    .command("score")
    .description("score one reply (or a JSON Lines batch) for calm, empathy, honesty and boundaries")
    .argument("[reply]", "the reply to score (quote it)")
    .option("--customer <text>", "the customer's message the reply answers")
    .option("--abusive", "the customer's message was abusive (a boundary is expected)")
    .option("--scenario <id>", "score in a scenario's context (its facts and rubric)")
    .option("--turn <node>", "the scenario turn the reply answers (default: the first)")
    .option("--json", "print the scorecard as JSON")
    .option("--plain", "fixed labels, no bars or colour")
    .option(
      "--batch <file>",
      "score a JSON Lines file (or - for stdin): one {id, reply, customer?, abusive?} per line",
    )
    .option("--scenarios <dir>", "also look for scenarios in this folder (or set COACH_SCENARIOS)")
    .action(async (reply: string | undefined, options) => {
      const { scoreCommand } = await import("./commands/score.js");
      process.exitCode = await scoreCommand(reply, options);
    });

  program
    .command("rules")
    .description("list the built-in scoring signals, or explain one")
    .argument("[id]", "a signal id to explain (e.g. names-feeling)")
    .option("--json", "print as JSON")
    .action(async (id: string | undefined, options) => {
      const { rulesCommand } = await import("./commands/rules.js");
      process.exitCode = await rulesCommand(id, options);
    });

  program
    .command("new")
    .description("create a new scenario file by answering a few questions")
    .option("--dir <dir>", "the folder to write to (default: ./scenarios if it exists, else here)")
    .option("--from <scenario>", "start from a copy of this scenario (an id or a path to a .yaml file)")
    .option("--answers <file>", "take every answer from a JSON file, no prompts (for scripts and tests)")
    .option("--scenarios <dir>", "also look for --from scenarios in this folder (or set COACH_SCENARIOS)")
    .action(async (options) => {
      const { newCommand } = await import("./commands/new.js");
      process.exitCode = await newCommand(options);
    });

  program
    .command("completion")
    .description('print a shell completion script: eval "$(coach completion bash)" (or zsh, fish)')
    .addArgument(new Argument("[shell]", "the shell to complete for").choices(["bash", "zsh", "fish"]))
    .addOption(new Option("--ids", "print the scenario ids the scripts complete, one a line").hideHelp())
    .addOption(
      new Option("--scenarios <dir>", "with --ids, also look for scenarios in this folder").hideHelp(),
    )
    .action(async (shell: string | undefined, options) => {
      const { completionCommand } = await import("./commands/completion.js");
      process.exitCode = await completionCommand(shell, options, program);
    });

  program
    .command("progress")
    .description("how each skill has moved over your sessions, and what most often costs you points")
    .option("--json", "print the figures as JSON")
    .option("--plain", "screen-reader friendly output: fixed labels, digits for the sparklines, no colour")
    .option("--scenario <id>", "only the sessions of this scenario")
    .option("--data <dir>", DATA_HELP)
    .action(async (options) => {
      const { progressCommand } = await import("./commands/progress.js");
      await progressCommand(await openSessionSource(options.data), options);
      process.exitCode = 0;
    });

  program
    .command("next")
    .description("the one scenario to practise next, and why")
    .option("--json", "print the recommendation and its reasons as JSON")
    .option("--plain", "fixed labels, no colour")
    .option("--data <dir>", DATA_HELP)
    .option("--scenarios <dir>", "also look for scenarios in this folder (or set COACH_SCENARIOS)")
    .action(async (options) => {
      const { nextCommand } = await import("./commands/next.js");
      await nextCommand(await openSessionSource(options.data), options);
      process.exitCode = 0;
    });

  program
    .command("report")
    .description("write a session's report as a self-contained HTML page, Markdown or JSON")
    .argument("[session]", "a transcript file, `last` (the newest session), or a session name", "last")
    .addOption(
      new Option("--format <format>", "html, md or json (default: from -o's extension, else md)").choices([
        "html",
        "md",
        "json",
      ]),
    )
    .option("-o, --output <file>", "write the report to this file instead of stdout")
    .option(
      "--scenarios <dir>",
      "also look for the session's scenario in this folder (or set COACH_SCENARIOS)",
    )
    .option(
      "--progress",
      "the progress view over your saved sessions (as `coach progress`), with a chart per skill",
    )
    .option("--data <dir>", DATA_HELP)
    .action(async (session: string, options) => {
      const { reportCommand } = await import("./commands/report.js");
      process.exitCode = await reportCommand(session, options, openSessionSource);
    });

  program
    .command("team")
    .description(
      "the trainer's view over many trainees' sessions: heat maps, progress, best and worst replies",
    )
    .argument("<paths...>", "transcript files, folders of them (searched recursively), or data folders")
    .addOption(
      new Option(
        "--format <format>",
        "html, md, csv or json (default: from -o's extension, else md)",
      ).choices(["html", "md", "csv", "json"]),
    )
    .option("-o, --output <file>", "write the report to this file instead of stdout")
    .option(
      "--anonymise",
      "replace trainee names with stable pseudonyms (key: COACH_TEAM_KEY, else one kept in the data folder)",
    )
    .action(async (paths: string[], options) => {
      const { teamCommand } = await import("./commands/team.js");
      process.exitCode = await teamCommand(paths, options, openSessionSource);
    });

  program
    .command("history")
    .description("list your past sessions, newest first: date, scenario, outcome and scores")
    .option("--scenario <id>", "only sessions of this scenario")
    .option("--since <date>", "only sessions since a date (2026-11-30), a time, or an age (7d, 2w)")
    .option("--limit <n>", `at most this many (default ${20} in the terminal, all with --json; 0 for all)`)
    .option("--json", "print the sessions as JSON")
    .option("--plain", "screen-reader friendly output: one labelled line per session")
    .option("--data <dir>", DATA_HELP)
    .action(async (options) => {
      const { historyCommand } = await import("./commands/history.js");
      process.exitCode = (await historyCommand({ ...options, color: program.opts().color })).code;
    });

  program
    .command("show")
    .description("replay a past session: each reply, its scores and tips, retries, and the report card")
    .argument("<session>", "a session id from `coach history` (or its first letters), or `last`")
    .option("--json", "print the session, its transcript and report card as JSON")
    .option("--plain", "screen-reader friendly output: fixed labels, no bars or colour")
    .option("--data <dir>", DATA_HELP)
    .option("--scenarios <dir>", "also look for scenarios in this folder (or set COACH_SCENARIOS)")
    .action(async (session: string, options) => {
      const { showCommand } = await import("./commands/show.js");
      process.exitCode = (await showCommand(session, { ...options, color: program.opts().color })).code;
    });

  // -- more commands are registered below --

  program
    .command("export")
    .description(
      "export saved sessions: JSON transcripts, or with --xapi xAPI learning records (--lrs sends them)",
    )
    .argument("[session]", 'a session id, "last" (the default), or with --xapi a transcript file')
    .option("--all", "every session (JSON: an array, newest first)")
    .option("-o, --output <file>", "write to this file instead of standard output")
    .option("--xapi", "xAPI 1.0.3 statements (a JSON array) instead of transcripts")
    .option("--actor <mailto>", "with --xapi: who the records are about (or set COACH_XAPI_ACTOR)")
    .option(
      "--lrs <url>",
      "with --xapi: send them to this learning record store (Basic auth from COACH_LRS_AUTH)",
    )
    .option("--scenarios <dir>", "with --xapi: also look for scenarios (their pass marks) in this folder")
    .option("--data <dir>", DATA_HELP)
    .addOption(new Option("--retry-delay <ms>").hideHelp())
    .addOption(new Option("--timeout <ms>").hideHelp())
    .action(async (session: string | undefined, options) => {
      if (options.xapi) {
        const { exportXapiCommand } = await import("./commands/export-xapi.js");
        process.exitCode = await exportXapiCommand(session, options);
        return;
      }
      for (const flag of ["actor", "lrs", "scenarios"] as const)
        if (options[flag] !== undefined) throw new UsageError(`--${flag} goes with --xapi`);
      const { exportCommand } = await import("./commands/export.js");
      process.exitCode = (await exportCommand(session, options)).code;
    });

  for (const command of program.commands) {
    command.exitOverride().showSuggestionAfterError(true);
    command.configureOutput({
      outputError: (text, write) => write(text.replace(/^error:/, paint.red("error:"))),
    });
  }
  return program;
}
