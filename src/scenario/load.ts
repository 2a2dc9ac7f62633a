import { readdirSync, realpathSync, statSync } from "node:fs";
import { basename, dirname, extname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { checkPattern, SIGNALS, testedByLine } from "../scoring/index.js";
import { type CheckOptions, checkRubric, checkScenario } from "./check.js";
import { countBy, type Diagnostic } from "./diagnostics.js";
import { type Locator, parseYaml } from "./parse.js";
import { isPlainSafePattern } from "./plain-pattern.js";
import { readTrainerFile } from "./read.js";
import { type DimensionName, RubricFile, Scenario } from "./schema.js";

/** The I/O edge of the scenario model: find files, read bytes safely, hand text to the pure parser. */

export const SHIPPED_SCENARIOS = fileURLToPath(new URL("../../scenarios", import.meta.url));
const YAML_FILE = /\.ya?ml$/i;
const ID_FROM_FILE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface LoadedScenario {
  file: string;
  id: string;
  scenario?: Scenario;
  diagnostics: Diagnostic[];
  /** Positions in the file, for reports that point at a key (e.g. an example). */
  locate?: Locator;
}

export function defaultCheckOptions(): CheckOptions {
  return {
    builtInSignals: new Set(SIGNALS.map((s) => s.id)),
    checkPattern: remembered(checkTrainerPattern),
    testedByLine: remembered(testedByLine),
    alwaysTested: ALWAYS_TESTED,
  };
}

/**
 * The scorer's pattern check, but a pattern the quick check vouches for (plain-pattern.ts: most
 * trainer patterns) is not parsed and compiled with RE2 to be accepted. Only RE2 refuses one, with
 * its own message.
 */
const ACCEPTED = { ok: true } as const;
function checkTrainerPattern(source: string): ReturnType<typeof checkPattern> {
  return isPlainSafePattern(source) ? ACCEPTED : checkPattern(source);
}

/**
 * What `testedByLine` reports for every line: calm and honesty are always tested (the scorer's
 * `inPlay`, and the `tests` key's description in schema.ts). tests/scenario/check-lines.test.ts
 * holds the scorer to it.
 */
export const ALWAYS_TESTED: ReadonlySet<DimensionName> = new Set(["calm", "honesty"]);

/**
 * A pure check remembered per argument for as long as its options live (one `validate` run, say):
 * a pattern or customer line written in many files (a library grown from a template, shared
 * wording) is compiled or read once. At most MEMO_LIMIT answers are kept.
 */
const MEMO_LIMIT = 20_000;
function remembered<A extends string | boolean, R>(check: (text: string, ...rest: A[]) => R) {
  const answers = new Map<string, R>();
  return (text: string, ...rest: A[]): R => {
    const key = rest.length > 0 ? `${rest.join(",")}\u0000${text}` : text;
    let answer = answers.get(key);
    if (answer === undefined) {
      if (answers.size >= MEMO_LIMIT) answers.clear();
      answer = check(text, ...rest);
      answers.set(key, answer);
    }
    return answer;
  };
}

export function loadScenarioFile(
  file: string,
  options: CheckOptions = defaultCheckOptions(),
): LoadedScenario {
  const fileId = basename(file, extname(file));
  const { text, diagnostic } = readTrainerFile(file);
  if (text === undefined) return { file, id: fileId, diagnostics: diagnostic ? [diagnostic] : [] };
  return parseScenarioText(text, file, options, (ref) => resolveRubric(file, ref, options));
}

/** What a scenario's `rubrics:` entry resolves to: a valid rubric, or why not. */
export type RubricResolution = { rubric: RubricFile } | { rule: string; message: string };

/** Pure: text in, scenario + diagnostics out. Rubric files come through `rubricFor` (I/O at the edge). */
export function parseScenarioText(
  text: string,
  file: string,
  options: CheckOptions = defaultCheckOptions(),
  rubricFor: (ref: string) => RubricResolution = () => ({
    rule: "rubric-not-found",
    message: "rubric files are not available here",
  }),
): LoadedScenario {
  const fileId = basename(file, extname(file));
  const parsed = parseYaml(text, file, Scenario);
  const diagnostics = [...parsed.diagnostics];
  if (!parsed.value) return { file, id: fileId, diagnostics };
  const scenario = parsed.value;
  if (!ID_FROM_FILE.test(fileId))
    diagnostics.push({
      file,
      line: 1,
      col: 1,
      severity: "error",
      rule: "file-name",
      message: `the file name \`${basename(file)}\` must be a kebab-case id such as \`late-delivery.yaml\``,
    });
  else if (scenario.id !== undefined && scenario.id !== fileId)
    diagnostics.push({
      file,
      ...parsed.locate(["id"]),
      severity: "error",
      rule: "id-mismatch",
      message: `id \`${scenario.id}\` differs from the file name \`${fileId}\``,
      suggestion: `remove \`id:\` (it is taken from the file name) or rename the file to ${scenario.id}.yaml`,
    });
  const shared: RubricFile[] = [];
  // Which rubric defines each shared signal: two definitions would both score (twice the points).
  const definedBy = new Map<string, string>();
  scenario.rubrics?.forEach((ref, i) => {
    const resolution = rubricFor(ref);
    const refuse = (rule: string, message: string) =>
      diagnostics.push({ file, ...parsed.locate(["rubrics", i]), severity: "error", rule, message });
    if (!("rubric" in resolution)) {
      refuse(resolution.rule, resolution.message);
      return;
    }
    const ids = (resolution.rubric.signals ?? []).map((signal) => signal.id);
    const clash = ids.find((id) => definedBy.has(id));
    if (shared.includes(resolution.rubric))
      refuse("duplicate-rubric", `rubric \`${ref}\` is listed more than once; list it once`);
    else if (clash !== undefined)
      refuse(
        "duplicate-signal",
        `rubric \`${ref}\` defines signal \`${clash}\`, which \`${definedBy.get(clash)}\` defines too; keep one`,
      );
    else {
      shared.push(resolution.rubric);
      for (const id of ids) definedBy.set(id, ref);
    }
  });
  const sharedSignals = new Set(shared.flatMap((r) => (r.signals ?? []).map((signal) => signal.id)));
  diagnostics.push(...checkScenario(scenario, file, parsed.locate, { ...options, sharedSignals }));
  return {
    file,
    id: scenario.id ?? fileId,
    scenario: mergeRubrics(scenario, shared),
    diagnostics,
    locate: parsed.locate,
  };
}

/**
 * Merge shared rubric files into a scenario, in the documented order: engine defaults, rubric
 * files in order, then the scenario (the turn's own rubric is applied on top when scoring).
 * Weights override per dimension; expect, avoid and signals are joined.
 */
export function mergeRubrics(scenario: Scenario, rubrics: readonly RubricFile[]): Scenario {
  if (rubrics.length === 0) return scenario;
  const layers = [...rubrics, scenario.rubric ?? {}];
  const join = (
    pick: (r: { expect?: string[] | undefined; avoid?: string[] | undefined }) => string[] | undefined,
  ) => [...new Set(layers.flatMap((r) => pick(r) ?? []))];
  return {
    ...scenario,
    rubric: {
      weights: Object.assign({}, ...layers.map((r) => r.weights ?? {})),
      expect: join((r) => r.expect),
      avoid: join((r) => r.avoid),
    },
    signals: [...rubrics.flatMap((r) => r.signals ?? []), ...(scenario.signals ?? [])],
  };
}

export interface LoadedRubric {
  file: string;
  rubric?: RubricFile;
  diagnostics: Diagnostic[];
}

/**
 * Rubrics read once per process (a library shares a few across many scenarios), kept with the
 * file's size and modification time, so a rubric saved since (`coach test --watch`) is read again.
 */
const rubricCache = new Map<string, { loaded: LoadedRubric; stamp: string }>();
const stampOf = (file: string): string => {
  try {
    const st = statSync(file);
    return `${st.size}:${st.mtimeMs}`;
  } catch {
    return "";
  }
};

export function loadRubricFile(file: string, options: CheckOptions = defaultCheckOptions()): LoadedRubric {
  const stamp = stampOf(file);
  const cached = rubricCache.get(file);
  if (cached && cached.stamp === stamp) return cached.loaded;
  const { text, diagnostic } = readTrainerFile(file);
  let loaded: LoadedRubric;
  if (text === undefined) loaded = { file, diagnostics: diagnostic ? [diagnostic] : [] };
  else {
    const parsed = parseYaml(text, file, RubricFile);
    const diagnostics = [...parsed.diagnostics];
    if (parsed.value) diagnostics.push(...checkRubric(parsed.value, file, parsed.locate, options));
    loaded = { file, ...(parsed.value ? { rubric: parsed.value } : {}), diagnostics };
  }
  rubricCache.set(file, { loaded, stamp });
  return loaded;
}

/** Resolve a `rubrics:` entry relative to the scenario's folder, refusing paths that leave it. */
export function resolveRubric(scenarioFile: string, ref: string, options: CheckOptions): RubricResolution {
  const folder = dirname(resolve(scenarioFile));
  const target = resolve(folder, ref);
  const outside = (path: string, root: string) => {
    const rel = relative(root, path);
    return rel === "" || rel.startsWith(`..${sep}`) || rel === ".." || isAbsolute(rel);
  };
  if (isAbsolute(ref) || outside(target, folder))
    return {
      rule: "rubric-outside",
      message: `rubric \`${ref}\` points outside the scenario's folder; keep rubric files beside your scenarios (e.g. rubrics/retail.yaml)`,
    };
  let real: string;
  try {
    real = realpathSync(target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ELOOP")
      return {
        rule: "rubric-link-loop",
        message: `rubric \`${ref}\` is a loop of links; it leads to no file`,
      };
    return {
      rule: "rubric-not-found",
      message: `rubric file \`${ref}\` does not exist (looked for ${target})`,
    };
  }
  if (outside(real, realpathSync(folder)))
    return {
      rule: "rubric-outside",
      message: `rubric \`${ref}\` is a link to a file outside the scenario's folder`,
    };
  const loaded = loadRubricFile(real, options);
  const errors = countBy(loaded.diagnostics, "error");
  // A file refused as a whole (a folder, a FIFO, binary, too large) has one reason: give it here.
  const whole = loaded.rubric ? undefined : loaded.diagnostics.find((d) => d.line === 0);
  if (whole)
    return { rule: "rubric-invalid", message: `rubric file \`${ref}\` cannot be used: ${whole.message}` };
  if (!loaded.rubric || errors > 0)
    return {
      rule: "rubric-invalid",
      message: `rubric file \`${ref}\` has ${errors} ${errors === 1 ? "error" : "errors"}; run \`coach validate ${ref}\``,
    };
  return { rubric: loaded.rubric };
}

/** Is this a rubric file (it lives in a `rubrics` folder)? */
export function isRubricPath(file: string): boolean {
  return basename(dirname(resolve(file))) === "rubrics";
}

export interface FoundFiles {
  files: string[];
  diagnostics: Diagnostic[];
}

/** Expand files and folders into scenario files (folders recursively; `rubrics/` folders hold rubric files). */
export function findScenarioFiles(paths: readonly string[], options: { rubrics?: boolean } = {}): FoundFiles {
  const files: string[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const path of paths) {
    let stats: ReturnType<typeof statSync>;
    try {
      stats = statSync(path);
    } catch (error) {
      const loop = (error as NodeJS.ErrnoException).code === "ELOOP";
      diagnostics.push({
        file: path,
        line: 0,
        col: 0,
        severity: "error",
        rule: loop ? "link-loop" : "path-not-found",
        message: loop ? "this path is a loop of links" : "no such file or folder",
      });
      continue;
    }
    if (stats.isFile()) {
      files.push(path);
      continue;
    }
    if (!stats.isDirectory()) {
      const message = "not a regular file or folder (a FIFO, socket or device); not read";
      diagnostics.push({ file: path, line: 0, col: 0, severity: "error", rule: "not-a-file", message });
      continue;
    }
    const root = realpathSync(path);
    const found = walk(path, 0, {
      root,
      rubrics: options.rubrics ?? false,
      seen: new Set([root]),
      diagnostics,
    });
    if (found.length === 0)
      diagnostics.push({
        file: path,
        line: 0,
        col: 0,
        severity: "error",
        rule: "no-scenarios",
        message: "this folder holds no scenario files (*.yaml)",
      });
    files.push(...found);
  }
  return { files: [...new Set(files)], diagnostics };
}

/** How deep a folder scan goes; deeper folders are reported, never skipped silently. */
export const MAX_SCAN_DEPTH = 32;

interface Scan {
  root: string;
  rubrics: boolean;
  /** Real paths of the folders already scanned: a link back to one of them is a loop. */
  seen: Set<string>;
  diagnostics: Diagnostic[];
}

const scanNote = (scan: Scan, file: string, severity: "error" | "warning", rule: string, message: string) =>
  scan.diagnostics.push({ file, line: 0, col: 0, severity, rule, message });

/**
 * Scenario files under `dir`. Links are followed when they stay inside the folder being scanned;
 * a broken link is an error (a file that cannot be read must not pass as "no problems"), and a
 * link that leaves the folder or loops back, or a folder deeper than MAX_SCAN_DEPTH, is a warning.
 */
function walk(dir: string, depth: number, scan: Scan): string[] {
  const out: string[] = [];
  if (depth > MAX_SCAN_DEPTH) {
    scanNote(
      scan,
      dir,
      "warning",
      "too-deep",
      `folders deeper than ${MAX_SCAN_DEPTH} levels are not scanned`,
    );
    return out;
  }
  let entries: import("node:fs").Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    scanNote(scan, dir, "error", "unreadable-folder", "this folder cannot be read");
    return out;
  }
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
    const path = join(dir, entry.name);
    let isDirectory = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      let real: string;
      try {
        real = realpathSync(path);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ELOOP")
          scanNote(scan, path, "error", "link-loop", "this link is a loop of links; it leads to no file");
        else if (YAML_FILE.test(entry.name) || !extname(entry.name))
          scanNote(scan, path, "error", "broken-link", "this link points to nothing");
        continue;
      }
      const inside = real === scan.root || real.startsWith(`${scan.root}${sep}`);
      if (!inside) {
        scanNote(
          scan,
          path,
          "warning",
          "link-outside",
          "this link leaves the folder being scanned; not followed",
        );
        continue;
      }
      const stats = statSync(real);
      isDirectory = stats.isDirectory();
      isFile = stats.isFile();
    }
    if (isDirectory) {
      const real = realpathSync(path);
      if (scan.seen.has(real)) {
        scanNote(
          scan,
          path,
          "warning",
          "link-loop",
          "this link leads back to a folder already scanned; not followed",
        );
        continue;
      }
      scan.seen.add(real);
      if (entry.name !== "rubrics" || scan.rubrics) out.push(...walk(path, depth + 1, scan));
    } else if (isFile && YAML_FILE.test(entry.name)) out.push(path);
    else if (YAML_FILE.test(entry.name))
      scanNote(
        scan,
        path,
        "warning",
        "not-a-file",
        "not a regular file (a FIFO, socket or device); not read",
      );
  }
  return out;
}

/** Where scenarios are found: the shipped library, COACH_SCENARIOS, and --scenarios. */
export function scenarioFolders(extra?: string, env: NodeJS.ProcessEnv = process.env): string[] {
  const folders = [SHIPPED_SCENARIOS];
  for (const dir of [env.COACH_SCENARIOS, extra]) if (dir) folders.push(resolve(dir));
  return [...new Set(folders)];
}

/** The ids `resolveScenario` finds in the folders (file names; nothing is parsed), sorted, once each. */
export function listScenarioIds(folders: readonly string[]): string[] {
  const { files } = findScenarioFiles(folders.filter(exists));
  return [...new Set(files.map((file) => basename(file, extname(file))))].sort();
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

export function duplicateIds(
  scenarios: readonly { file: string; id: string; scenario?: unknown }[],
): Diagnostic[] {
  const seen = new Map<string, string>();
  const out: Diagnostic[] = [];
  for (const loaded of scenarios) {
    if (!loaded.scenario) continue;
    const first = seen.get(loaded.id);
    if (first)
      out.push({
        file: loaded.file,
        line: 1,
        col: 1,
        severity: "error",
        rule: "duplicate-id",
        message: `scenario id \`${loaded.id}\` is also used by ${first}`,
        suggestion: "rename one of the files",
      });
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
