import { readdirSync, statSync } from "node:fs";
import { basename, extname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { checkPattern, SIGNALS } from "../scoring/index.js";
import { type CheckOptions, checkScenario } from "./check.js";
import type { Diagnostic } from "./diagnostics.js";
import { parseYaml } from "./parse.js";
import { readTrainerFile } from "./read.js";
import { Scenario } from "./schema.js";

/** The I/O edge of the scenario model: find files, read bytes safely, hand text to the pure parser. */

export const SHIPPED_SCENARIOS = fileURLToPath(new URL("../../scenarios", import.meta.url));
const YAML_FILE = /\.ya?ml$/i;
const ID_FROM_FILE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface LoadedScenario {
  file: string;
  id: string;
  scenario?: Scenario;
  diagnostics: Diagnostic[];
}

export function defaultCheckOptions(): CheckOptions {
  return { builtInSignals: new Set(SIGNALS.map((s) => s.id)), checkPattern };
}

export function loadScenarioFile(file: string, options: CheckOptions = defaultCheckOptions()): LoadedScenario {
  const fileId = basename(file, extname(file));
  const { text, diagnostic } = readTrainerFile(file);
  if (text === undefined) return { file, id: fileId, diagnostics: diagnostic ? [diagnostic] : [] };
  return parseScenarioText(text, file, options);
}

/** Pure apart from nothing: text in, scenario + diagnostics out. Used by the loader and by tests. */
export function parseScenarioText(text: string, file: string, options: CheckOptions = defaultCheckOptions()): LoadedScenario {
  const fileId = basename(file, extname(file));
  const parsed = parseYaml(text, file, Scenario);
  const diagnostics = [...parsed.diagnostics];
  if (!parsed.value) return { file, id: fileId, diagnostics };
  const scenario = parsed.value;
  if (!ID_FROM_FILE.test(fileId))
    diagnostics.push({ file, line: 1, col: 1, severity: "error", rule: "file-name", message: `the file name \`${basename(file)}\` must be a kebab-case id such as \`late-delivery.yaml\`` });
  else if (scenario.id !== undefined && scenario.id !== fileId)
    diagnostics.push({ file, ...parsed.locate(["id"]), severity: "error", rule: "id-mismatch", message: `id \`${scenario.id}\` differs from the file name \`${fileId}\``, suggestion: `remove \`id:\` (it is taken from the file name) or rename the file to ${scenario.id}.yaml` });
  diagnostics.push(...checkScenario(scenario, file, parsed.locate, options));
  return { file, id: scenario.id ?? fileId, scenario, diagnostics };
}

export interface FoundFiles {
  files: string[];
  diagnostics: Diagnostic[];
}

/** Expand files and folders into scenario files (folders recursively; `rubrics/` folders hold rubric files). */
export function findScenarioFiles(paths: readonly string[]): FoundFiles {
  const files: string[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const path of paths) {
    let stats: ReturnType<typeof statSync>;
    try {
      stats = statSync(path);
    } catch {
      diagnostics.push({ file: path, line: 0, col: 0, severity: "error", rule: "path-not-found", message: "no such file or folder" });
      continue;
    }
    if (stats.isFile()) {
      files.push(path);
      continue;
    }
    const found = walk(path);
    if (found.length === 0)
      diagnostics.push({ file: path, line: 0, col: 0, severity: "error", rule: "no-scenarios", message: "this folder holds no scenario files (*.yaml)" });
    files.push(...found);
  }
  return { files: [...new Set(files)], diagnostics };
}

function walk(dir: string, depth = 0): string[] {
  if (depth > 8) return [];
  const out: string[] = [];
  let entries: import("node:fs").Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== "rubrics") out.push(...walk(path, depth + 1));
    } else if (entry.isFile() && YAML_FILE.test(entry.name)) out.push(path);
  }
  return out;
}

/** Where scenarios are found: the shipped library, COACH_SCENARIOS, and --scenarios. */
export function scenarioFolders(extra?: string, env: NodeJS.ProcessEnv = process.env): string[] {
  const folders = [SHIPPED_SCENARIOS];
  for (const dir of [env.COACH_SCENARIOS, extra]) if (dir) folders.push(resolve(dir));
  return [...new Set(folders)];
}

export interface Library {
  scenarios: LoadedScenario[];
  diagnostics: Diagnostic[];
}

/** Load every scenario in the folders; duplicate ids across files are errors. */
export function loadLibrary(folders: readonly string[]): Library {
  const found = findScenarioFiles(folders);
  const scenarios = found.files.map((file) => loadScenarioFile(file));
  return { scenarios, diagnostics: [...found.diagnostics, ...duplicateIds(scenarios)] };
}

export function duplicateIds(scenarios: readonly LoadedScenario[]): Diagnostic[] {
  const seen = new Map<string, string>();
  const out: Diagnostic[] = [];
  for (const loaded of scenarios) {
    if (!loaded.scenario) continue;
    const first = seen.get(loaded.id);
    if (first)
      out.push({ file: loaded.file, line: 1, col: 1, severity: "error", rule: "duplicate-id", message: `scenario id \`${loaded.id}\` is also used by ${first}`, suggestion: "rename one of the files" });
    else seen.set(loaded.id, loaded.file);
  }
  return out;
}

/** Find a scenario by path (anything with a slash or a .yaml ending) or by id in the library. */
export function resolveScenario(ref: string, folders: readonly string[]): LoadedScenario | undefined {
  if (YAML_FILE.test(ref) || ref.includes("/") || ref.includes("\\")) {
    return loadScenarioFile(resolve(ref));
  }
  const { files } = findScenarioFiles(folders.filter(exists));
  const match = files.find((file) => basename(file, extname(file)) === ref);
  return match ? loadScenarioFile(match) : undefined;
}

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

export function displayPath(file: string, cwd = process.cwd()): string {
  const rel = relative(cwd, file);
  return rel && !rel.startsWith("..") ? rel : file;
}
