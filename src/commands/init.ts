import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { UsageError } from "../errors.js";
import { coachCommand, type Invocation, invocation, pathInside, shellQuote } from "../io/invocation.js";
import { rubricJsonSchema, scenarioJsonSchema } from "../scenario/schema.js";
import { paint } from "../ui/style.js";
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
  files.set("README.md", fillIn(files.get("README.md") ?? "", readmeValues(form)));
  files.set("scenario.schema.json", `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`);
  files.set("rubric.schema.json", `${JSON.stringify(rubricJsonSchema(), null, 2)}\n`);
  return files;
}

/** Create the folder's files; an existing file is never overwritten (it is reported as skipped). */
export function initFolder(folder: string, how: Invocation = invocation()): InitResult {
  const root = resolve(folder);
  if (existsSync(root) && !statSync(root).isDirectory())
    throw new UsageError(`${folder} exists and is not a folder`);
  const written: string[] = [];
  const skipped: string[] = [];
  for (const [name, text] of initFiles(readmeForm(root, how))) {
    const path = join(root, name);
    if (existsSync(path)) {
      skipped.push(name);
      continue;
    }
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text, { flag: "wx" });
    written.push(name);
  }
  return { folder: root, written: written.sort(), skipped: skipped.sort() };
}

export async function initCommand(folder: string | undefined): Promise<number> {
  const target = folder ?? "coach-scenarios";
  const how = invocation();
  const result = initFolder(target, how);
  for (const name of result.written)
    process.stdout.write(`  ${paint.green("created")} ${join(target, name)}\n`);
  for (const name of result.skipped)
    process.stdout.write(
      `  ${paint.yellow("kept")}    ${join(target, name)} (already exists; not overwritten)\n`,
    );
  const coach = coachCommand(result.folder, how);
  process.stdout.write(`\nNext: cd ${shellQuote(target)} && ${coach} validate . && ${coach} test .\n`);
  return 0;
}
