import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { UsageError } from "../errors.js";
import { rubricJsonSchema, scenarioJsonSchema } from "../scenario/schema.js";
import { paint } from "../ui/style.js";

const TEMPLATES = fileURLToPath(new URL("../../templates/init", import.meta.url));

export interface InitResult {
  folder: string;
  written: string[];
  skipped: string[];
}

/** The files of a new scenario folder: templates plus the JSON Schemas generated from the zod schema. */
export function initFiles(): Map<string, string> {
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
  return files;
}

/** Create the folder's files; an existing file is never overwritten (it is reported as skipped). */
export function initFolder(folder: string): InitResult {
  const root = resolve(folder);
  if (existsSync(root) && !statSync(root).isDirectory())
    throw new UsageError(`${folder} exists and is not a folder`);
  const written: string[] = [];
  const skipped: string[] = [];
  for (const [name, text] of initFiles()) {
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
  const result = initFolder(target);
  for (const name of result.written)
    process.stdout.write(`  ${paint.green("created")} ${join(target, name)}\n`);
  for (const name of result.skipped)
    process.stdout.write(
      `  ${paint.yellow("kept")}    ${join(target, name)} (already exists; not overwritten)\n`,
    );
  process.stdout.write(`\nNext: cd ${target} && npx coach validate . && npx coach test .\n`);
  return 0;
}
