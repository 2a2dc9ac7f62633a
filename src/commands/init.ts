import { existsSync, lstatSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { EXIT, IoError, UsageError } from "../errors.js";
import { coachCommand, type Invocation, invocation, pathInside, shellQuote } from "../io/invocation.js";
import { ensureFolder, writeFileAtomic } from "../io/write.js";
import { rubricJsonSchema, scenarioJsonSchema } from "../scenario/schema.js";
import { paint } from "../ui/style.js";
import { sanitize } from "../ui/text.js";
import { REPOSITORY } from "../version.js";

const TEMPLATES = fileURLToPath(new URL("../../templates/init", import.meta.url));

export interface InitResult {
  folder: string;
  written: string[];
  skipped: string[];
}

/**
 * What the folder's README says to type. A README is read by the whole team, so it names one of
 * the two documented installs rather than this machine's paths: `npx coach` where the folder is
 * inside a project that has coach as a dependency, else `coach` installed on PATH.
 */
export interface ReadmeForm {
  /** The folder's path from the project root, for a project with coach as a dependency. */
  inProject?: string;
}

/** The README's form for `folder`, from how this coach is installed. */
export function readmeForm(folder: string, how: Invocation = invocation()): ReadmeForm {
  if (how.kind !== "npx" || how.clone) return {};
  const inProject = pathInside(how.project, folder);
  return inProject === undefined ? {} : { inProject: inProject.split(sep).join("/") };
}

const GIT_URL = `git+${REPOSITORY}.git`;

/** The placeholders in templates/init/README.md. */
export function readmeValues(form: ReadmeForm): Record<string, string> {
  if (form.inProject !== undefined) {
    const dir = shellQuote(form.inProject);
    return {
      coach: "npx coach",
      install: [
        "coach is a dev dependency of this project: `npm install` installs it (it needs Node.js 22 or",
        "newer), and `npx coach` runs it. To add it to another project:",
        `\`npm install --save-dev ${GIT_URL}\`.`,
      ].join("\n"),
      ci: [
        "      - run: npm ci",
        `      - run: npx coach validate ${dir}`,
        `      - run: npx coach test ${dir} --format junit --output coach-junit.xml`,
      ].join("\n"),
    };
  }
  return {
    coach: "coach",
    install: [
      "The commands below need `coach` installed, with Node.js 22 or newer:",
      `\`npm install -g ${GIT_URL}\``,
      "(or `npm install && npm install -g .` in a clone of it). In a project that has coach as a dev",
      "dependency, type `npx coach` instead of `coach`.",
    ].join("\n"),
    ci: [
      `      - run: npm install -g ${GIT_URL}`,
      "      - run: coach validate .",
      "      - run: coach test . --format junit --output coach-junit.xml",
    ].join("\n"),
  };
}

function fillIn(text: string, values: Record<string, string>): string {
  return text.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => values[key] ?? whole);
}

/** The files of a new scenario folder: templates plus the JSON Schemas generated from the zod schema. */
/** The files of a new scenario folder: templates plus the JSON Schemas generated from the zod schema. */
export function initFiles(form: ReadmeForm = {}): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.set(relative(TEMPLATES, path), readFileSync(path, "utf8"));
    }
  };
  walk(TEMPLATES);
  files.set("scenario.schema.json", `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`);
  files.set("rubric.schema.json", `${JSON.stringify(rubricJsonSchema(), null, 2)}\n`);
  files.set("README.md", fillIn(files.get("README.md") ?? "", readmeValues(form)));
  return files;
}

export type InitEvent = "created" | "kept" | "filled" | "not-followed";

/**
 * Create the folder's files. An existing file is never overwritten (it is reported as kept),
 * except an empty one, which holds nothing to lose (an interrupted older `init` left it). Every
 * file is written atomically, so a full disk leaves whole files or none, never an empty one.
 * A symbolic link inside the folder is never written through (`rubrics/` pointing elsewhere).
 * Throws an `IoError` (exit 3) when the folder or a file cannot be written.
 */
export function initFolder(
  folder: string,
  onFile: (event: InitEvent, name: string) => void = () => {},
  how: Invocation = invocation(),
): InitResult {
  const root = resolve(folder);
  if (existsSync(root) && !statSync(root).isDirectory())
    throw new UsageError(`${sanitize(folder)} exists and is not a folder`);
  ensureFolder(root);
  const written: string[] = [];
  const skipped: string[] = [];
  const note = (event: InitEvent, name: string) => {
    (event === "created" || event === "filled" ? written : skipped).push(name);
    onFile(event, name);
  };
  for (const [name, text] of [...initFiles(readmeForm(root, how))].sort(([a], [b]) => a.localeCompare(b))) {
    const parts = name.split(sep);
    const blocked = parts.slice(0, -1).some((_, i) => {
      const kind = kindOf(join(root, ...parts.slice(0, i + 1)));
      return kind === "link" || kind === "file";
    });
    if (blocked) {
      note("not-followed", name);
      continue;
    }
    const path = join(root, name);
    const kind = kindOf(path);
    if (kind === "empty") {
      writeFileAtomic(path, text);
      note("filled", name);
      continue;
    }
    if (kind !== "missing") {
      note("kept", name);
      continue;
    }
    ensureFolder(dirname(path));
    try {
      writeFileAtomic(path, text, { overwrite: false });
    } catch (error) {
      if (error instanceof IoError && error.code === "EEXIST") {
        note("kept", name);
        continue;
      }
      throw error;
    }
    note("created", name);
  }
  return { folder: root, written: written.sort(), skipped: skipped.sort() };
}

/** What is at `path`, without following a link. */
function kindOf(path: string): "missing" | "link" | "folder" | "empty" | "file" {
  try {
    const stats = lstatSync(path);
    if (stats.isSymbolicLink()) return "link";
    if (stats.isDirectory()) return "folder";
    return stats.isFile() && stats.size === 0 ? "empty" : "file";
  } catch {
    return "missing";
  }
}

export async function initCommand(folder: string | undefined): Promise<number> {
  const target = folder ?? "coach-scenarios";
  const shown = (name: string) => sanitize(join(target, name));
  const how = invocation();
  const result = initFolder(
    target,
    (event, name) => {
      if (event === "created") process.stdout.write(`  ${paint.green("created")} ${shown(name)}\n`);
      else if (event === "filled")
        process.stdout.write(`  ${paint.green("created")} ${shown(name)} (it was an empty file)\n`);
      else if (event === "kept")
        process.stdout.write(
          `  ${paint.yellow("kept")}    ${shown(name)} (already exists; not overwritten)\n`,
        );
      else
        process.stdout.write(
          `  ${paint.yellow("skipped")} ${shown(name)} (a folder on its path is a link or a file; coach init does not write through links)\n`,
        );
    },
    how,
  );
  const coach = coachCommand(result.folder, how);
  process.stdout.write(
    `\nNext: cd ${sanitize(shellQuote(target))} && ${coach} validate . && ${coach} test .\n`,
  );
  return EXIT.ok;
}
