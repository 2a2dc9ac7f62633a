import { existsSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { z } from "zod";
import { ContentError, InterruptedError, IoError, UsageError } from "../errors.js";
import { coachCommand, shellQuote } from "../io/invocation.js";
import { readInput } from "../io/read.js";
import { abortOnEof } from "../io/signals.js";
import { ensureFolder, writeFileAtomic } from "../io/write.js";
import { countBy } from "../scenario/diagnostics.js";
import {
  defaultCheckOptions,
  displayPath,
  parseScenarioText,
  resolveRubric,
  resolveScenario,
  SHIPPED_SCENARIOS,
  scenarioFolders,
} from "../scenario/load.js";
import {
  buildScenarioYaml,
  copyScenarioYaml,
  type FollowUpAnswers,
  type NewScenarioAnswers,
  slugify,
} from "../trainer/new-scenario.js";
import { formatDiagnostic } from "../ui/diagnostics.js";
import { paint } from "../ui/style.js";
import { sanitize } from "../ui/text.js";

/** `coach new`: ask a few questions, write a scenario file that validates and passes `coach test`. */

export interface NewOptions {
  /** The folder to write into (default: ./scenarios if it exists, else the current folder). */
  dir?: string;
  /** Start from a copy of this scenario (an id or a path). */
  from?: string;
  /** A JSON file with every answer (for scripts and tests). */
  answers?: string;
  /** Also look for `--from` scenarios in this folder. */
  scenarios?: string;
}

type Validate<T> = (value: T) => boolean | string | Promise<boolean | string>;

/** The prompt functions `coach new` uses; @inquirer/prompts by default, scripted in tests. */
export interface Ask {
  input(config: {
    message: string;
    default?: string;
    required?: boolean;
    validate?: Validate<string>;
  }): Promise<string>;
  number(config: {
    message: string;
    default?: number;
    min?: number;
    max?: number;
    required?: boolean;
    validate?: Validate<number | undefined>;
  }): Promise<number | undefined>;
  confirm(config: { message: string; default?: boolean }): Promise<boolean>;
}

export interface NewResult {
  /** The file written (or that would have been, when the trainer declined). */
  file: string;
  id: string;
  written: boolean;
}

const line = z.string().trim().min(1, "must not be empty");
const optionalLine = z.string().optional();
const list = z.union([z.string(), z.array(z.string())]).optional();
const AnswersFile = z.object({
  title: line,
  setting: line,
  known: list,
  cannot: list,
  persona: z.object({
    name: line,
    description: line,
    anger: z.number().int().min(0).max(100),
  }),
  opening: z.object({ customer: line, hint: line, model: line }),
  followUps: z
    .array(z.object({ customer: line, calmer: optionalLine, angrier: optionalLine, hint: line, model: line }))
    .length(2),
  summary: optionalLine,
  difficulty: z.number().int().min(1).max(5).optional(),
});
const CopyAnswersFile = z.object({ title: line.optional() });

/** Where `coach new` writes: --dir, else ./scenarios when it exists, else the current folder. */
export function targetFolder(dir: string | undefined, cwd = process.cwd()): string {
  if (dir !== undefined) return resolve(cwd, dir);
  const scenarios = join(cwd, "scenarios");
  return isFolder(scenarios) ? scenarios : cwd;
}

/** The `$schema` path for the first-line comment: beside the file if it is there, else the shipped one. */
export function schemaPathFor(folder: string): string {
  if (existsSync(join(folder, "scenario.schema.json"))) return "./scenario.schema.json";
  const shipped = join(SHIPPED_SCENARIOS, "scenario.schema.json");
  if (!existsSync(shipped)) return "./scenario.schema.json";
  const rel = relative(folder, shipped).split(sep).join("/");
  return rel.startsWith(".") ? rel : `./${rel}`;
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

async function readAnswersFile(file: string): Promise<unknown> {
  const text = await readInput(file, { what: "--answers" });
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UsageError(`--answers ${file} is not valid JSON: ${(error as Error).message}`);
  }
}

function parseAnswers<T>(schema: z.ZodType<T>, value: unknown, file: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const problems = result.error.issues
    .map((issue) => `  ${issue.path.join(".") || "(the file)"}: ${issue.message}`)
    .join("\n");
  throw new UsageError(`--answers ${file} does not hold the answers \`coach new\` needs:\n${problems}`);
}

function isExitPromptError(error: unknown): boolean {
  return error instanceof Error && (error.name === "ExitPromptError" || error.name === "AbortPromptError");
}

/** The real prompts; Ctrl+D stops `coach new` as Ctrl+C does (nothing is written). */
async function defaultAsk(): Promise<Ask> {
  const { input, number, confirm } = await import("@inquirer/prompts");
  const stoppable =
    <C, T>(prompt: (config: C, context: { signal: AbortSignal }) => Promise<T>) =>
    (config: C) =>
      abortOnEof((signal) => prompt(config, { signal }));
  return { input: stoppable(input), number: stoppable(number), confirm: stoppable(confirm) } as Ask;
}

const required = (value: string) => value.trim().length > 0 || "please type something";

/** Ask for everything the builder needs. */
export async function promptAnswers(ask: Ask, folder: string): Promise<NewScenarioAnswers> {
  const text = (message: string, extra: { default?: string; optional?: boolean } = {}) =>
    ask
      .input({
        message,
        ...(extra.default !== undefined ? { default: extra.default } : {}),
        ...(extra.optional ? {} : { validate: required }),
      })
      .then((value) => (value ?? "").trim());
  const title = await ask
    .input({
      message: "Title (a few words, shown in `coach list`):",
      validate: (value) => {
        if (!value.trim()) return "please type a title";
        const file = join(folder, `${slugify(value)}.yaml`);
        return existsSync(file) ? `${displayPath(file)} already exists; choose another title` : true;
      },
    })
    .then((value) => value.trim());
  const setting = await text("Setting (one line: where does this happen?):");
  const known = await text("Known facts (separate with ; or ,  — leave empty for none):", { optional: true });
  const cannot = await text("What the agent cannot do or promise (separate with ; or ,  — may be empty):", {
    optional: true,
  });
  const name = await text("Customer's name:");
  const description = await text("The customer in one line (who they are, what they want):");
  const anger =
    (await ask.number({
      message: "Starting anger, 0 (calm) to 100 (furious):",
      default: 60,
      min: 0,
      max: 100,
      required: true,
      validate: (value) =>
        (value !== undefined && Number.isInteger(value) && value >= 0 && value <= 100) ||
        "a whole number from 0 to 100",
    })) ?? 60;
  const opening = {
    customer: await text("Opening: what the customer says first:"),
    hint: await text("Opening: a coaching hint for the trainee:"),
    model: await text("Opening: a model answer you'd be proud of:"),
  };
  const followUps: FollowUpAnswers[] = [];
  for (const label of ["Turn 2", "Turn 3"]) {
    followUps.push({
      customer: await text(`${label}: what the customer says next:`),
      calmer: await text(`${label}: the same line if they have calmed down (may be empty):`, {
        optional: true,
      }),
      angrier: await text(`${label}: the same line if they are angrier (may be empty):`, { optional: true }),
      hint: await text(`${label}: a coaching hint:`),
      model: await text(`${label}: a model answer:`),
    });
  }
  return {
    title,
    setting,
    known,
    cannot,
    persona: { name, description, anger },
    opening,
    followUps,
  };
}

/** Check the text as `coach validate` would, at the path it will be written to; errors are a bug (or, for a copy, a missing rubric). */
function validateBeforeWriting(text: string, file: string, what: string): void {
  const options = defaultCheckOptions();
  const loaded = parseScenarioText(text, file, options, (ref) => resolveRubric(file, ref, options));
  const errors = loaded.diagnostics.filter((d) => d.severity === "error");
  if (countBy(loaded.diagnostics, "error") === 0 && loaded.scenario) return;
  for (const d of errors) process.stderr.write(`${formatDiagnostic(d)}\n\n`);
  const rubricHint = errors.some((d) => d.rule === "rubric-not-found")
    ? "; copy the rubric files it uses next to the new file, or write it beside the original with --dir"
    : "";
  throw new ContentError(`${what} would not validate (see above); nothing was written${rubricHint}`);
}

/** The whole of `coach new`, with the prompts injectable. Returns the file written. */
export async function newScenario(options: NewOptions, ask?: Ask): Promise<NewResult> {
  const folder = targetFolder(options.dir);
  if (existsSync(folder) && !isFolder(folder))
    throw new UsageError(`${options.dir} exists and is not a folder`);
  const fromFile = options.answers !== undefined ? await readAnswersFile(options.answers) : undefined;
  if (fromFile === undefined && ask === undefined && !process.stdin.isTTY)
    throw new UsageError(
      "`coach new` is interactive: run it in a terminal, or give every answer with --answers FILE.json",
    );
  const prompts = fromFile === undefined ? (ask ?? (await defaultAsk())) : undefined;
  const schemaPath = schemaPathFor(folder);

  let id: string;
  let text: string;
  let what: string;
  try {
    if (options.from !== undefined) {
      const loaded = resolveScenario(options.from, scenarioFolders(options.scenarios));
      if (!loaded)
        throw new UsageError(
          `no scenario \`${options.from}\`; run \`coach list\` to see the ids, or give a path to a .yaml file`,
        );
      if (countBy(loaded.diagnostics, "error") > 0 || !loaded.scenario) {
        for (const d of loaded.diagnostics) process.stderr.write(`${formatDiagnostic(d)}\n\n`);
        throw new ContentError(
          `${displayPath(loaded.file)} has errors; fix them before copying it (see \`coach validate\`)`,
        );
      }
      const fallback = `${loaded.scenario.title} (copy)`;
      let title: string;
      if (fromFile !== undefined)
        title = parseAnswers(CopyAnswersFile, fromFile, options.answers ?? "").title ?? fallback;
      else
        title =
          (
            await (prompts as Ask).input({
              message: "Title of the copy:",
              default: fallback,
              validate: (value) => {
                if (!value.trim()) return "please type a title";
                const file = join(folder, `${slugify(value)}.yaml`);
                return existsSync(file) ? `${displayPath(file)} already exists; choose another title` : true;
              },
            })
          ).trim() || fallback;
      id = slugify(title);
      text = copyScenarioYaml(readFileSync(loaded.file, "utf8"), { id, title, schemaPath });
      what = `the copy of ${displayPath(loaded.file)}`;
    } else {
      const answers =
        fromFile !== undefined
          ? parseAnswers(AnswersFile, fromFile, options.answers ?? "")
          : await promptAnswers(prompts as Ask, folder);
      id = slugify(answers.title);
      text = buildScenarioYaml(answers, { schemaPath });
      what = "the new scenario (this is a bug in coach; please report it)";
    }

    const file = join(folder, `${id}.yaml`);
    if (existsSync(file))
      throw new ContentError(
        `${displayPath(file)} already exists; nothing was written (choose another title, or move or delete that file)`,
      );
    validateBeforeWriting(text, file, what);
    if (
      prompts !== undefined &&
      !(await prompts.confirm({ message: `Write ${displayPath(file)}?`, default: true }))
    )
      return { file, id, written: false };
    ensureFolder(folder);
    try {
      writeFileAtomic(file, text, { overwrite: false });
    } catch (error) {
      if (error instanceof IoError && error.code === "EEXIST")
        throw new ContentError(`${displayPath(file)} already exists; nothing was written`);
      throw error;
    }
    return { file, id, written: true };
  } catch (error) {
    if (isExitPromptError(error)) throw new InterruptedError("Stopped; nothing was written.");
    throw error;
  }
}

export async function newCommand(options: NewOptions, ask?: Ask): Promise<number> {
  const result = await newScenario(options, ask);
  if (!result.written) {
    process.stdout.write("Nothing was written.\n");
    return 0;
  }
  const path = displayPath(result.file);
  const arg = sanitize(shellQuote(path));
  const coach = coachCommand(process.cwd());
  process.stdout.write(`  ${paint.green("created")} ${sanitize(path)}\n\nNext:\n`);
  const steps = [
    [`${coach} validate ${arg}`, "check it for mistakes"],
    [`${coach} test ${arg}`, "run its example replies against the scorer"],
    [`${coach} run ${arg}`, "practise it"],
  ] as const;
  const width = Math.max(...steps.map(([command]) => command.length)) + 3;
  for (const [command, why] of steps) process.stdout.write(`  ${command.padEnd(width)}${paint.dim(why)}\n`);
  return 0;
}
