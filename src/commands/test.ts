import { realpathSync, statSync, watch } from "node:fs";
import { dirname, resolve } from "node:path";
import { ContentError, EXIT, UsageError } from "../errors.js";
import { ensureFolder, writeFileAtomic } from "../io/write.js";
import { countBy } from "../scenario/diagnostics.js";
import {
  displayPath,
  findScenarioFiles,
  type LoadedScenario,
  loadScenarioFile,
  SHIPPED_SCENARIOS,
} from "../scenario/load.js";
import { DIMENSIONS, scoreReply } from "../scoring/index.js";
import { type ExampleResult, explain, runExamples } from "../trainer/examples.js";
import { formatDiagnostic } from "../ui/diagnostics.js";
import { paint } from "../ui/style.js";
import { safeJson, sanitize, shown } from "../ui/text.js";

export interface TestOptions {
  format: "text" | "json" | "junit";
  output?: string;
  watch?: boolean;
  /** Score every turn's model answer in its own turn (default true; `--no-models` turns it off). */
  models?: boolean;
}

export interface TestRun {
  results: ExampleResult[];
  invalid: LoadedScenario[];
}

/** Load the scenarios under the paths and run their examples. Scenarios with errors are reported, not run. */
export function testPaths(
  paths: readonly string[],
  options: { models?: boolean } = { models: true },
): TestRun {
  const found = findScenarioFiles(paths.length > 0 ? paths : [SHIPPED_SCENARIOS]);
  const errors = found.diagnostics.filter((d) => d.severity === "error");
  for (const d of found.diagnostics.filter((d) => d.severity === "warning"))
    process.stderr.write(`${shown(displayPath(d.file))}: warning: ${d.message}\n`);
  if (errors.length > 0) {
    const missing = errors.map((d) => `${shown(displayPath(d.file))}: ${d.message}`).join("\n");
    throw new ContentError(missing, 2);
  }
  const loaded = found.files.map((file) => loadScenarioFile(file));
  const invalid = loaded.filter((l) => countBy(l.diagnostics, "error") > 0 || !l.scenario);
  const results = loaded
    .filter((l) => !invalid.includes(l))
    .flatMap((l) => runExamples(l, scoreReply, options));
  return { results, invalid };
}

export function summary(results: readonly ExampleResult[]): string {
  const failed = results.filter((r) => !r.passed).length;
  return `${results.length - failed} passed, ${failed} failed`;
}

export function formatFailure(result: ExampleResult): string {
  const lines = [
    `${paint.red("FAIL")} ${shown(displayPath(result.file))}:${result.line}  ${shown(result.name)}  ${paint.dim(`(${result.scenario} › ${result.node})`)}`,
  ];
  for (const failure of result.failures) {
    lines.push(
      `     ${failure.what}: expected ${paint.green(failure.expected)}, got ${paint.red(failure.actual)}`,
    );
    for (const finding of explain(result, failure)) {
      const quote = finding.span ? `“${sanitize(finding.span.text)}” ` : "";
      const sign = finding.points >= 0 ? `+${finding.points}` : String(finding.points);
      lines.push(paint.dim(`       ${sign} ${quote}${sanitize(finding.message)} (${finding.signal})`));
    }
  }
  return lines.join("\n");
}

// XML 1.0 cannot hold control characters at all, and the report may be shown in a terminal.
const xml = (text: string) =>
  sanitize(text).replace(
    /[<>&"']/g,
    (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c] as string,
  );

export function junit(results: readonly ExampleResult[]): string {
  const byScenario = new Map<string, ExampleResult[]>();
  for (const r of results) byScenario.set(r.scenario, [...(byScenario.get(r.scenario) ?? []), r]);
  const suites = [...byScenario].map(([scenario, rs]) => {
    const cases = rs.map((r) => {
      const name = xml(`${r.node}: ${r.name}`);
      const where = xml(`${displayPath(r.file)}:${r.line}`);
      if (r.passed) return `    <testcase classname="${xml(scenario)}" name="${name}" file="${where}"/>`;
      const message = xml(
        r.failures.map((f) => `${f.what}: expected ${f.expected}, got ${f.actual}`).join("; "),
      );
      return `    <testcase classname="${xml(scenario)}" name="${name}" file="${where}">\n      <failure message="${message}">${message}</failure>\n    </testcase>`;
    });
    const failures = rs.filter((r) => !r.passed).length;
    return `  <testsuite name="${xml(scenario)}" tests="${rs.length}" failures="${failures}">\n${cases.join("\n")}\n  </testsuite>`;
  });
  const failures = results.filter((r) => !r.passed).length;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="coach test" tests="${results.length}" failures="${failures}">\n${suites.join("\n")}\n</testsuites>\n`;
}

function report(run: TestRun, options: TestOptions): number {
  for (const l of run.invalid)
    for (const d of l.diagnostics) process.stderr.write(`${formatDiagnostic(d)}\n\n`);
  const failed = run.results.filter((r) => !r.passed).length;
  if (options.format === "json") {
    const data = run.results.map((r) => ({
      file: displayPath(r.file),
      line: r.line,
      scenario: r.scenario,
      kind: r.kind,
      name: r.name,
      node: r.node,
      passed: r.passed,
      failures: r.failures,
      scores: r.scorecard.scores,
      overall: r.scorecard.overall,
      ...(r.next ? { next: r.next } : {}),
    }));
    emit(`${safeJson({ passed: run.results.length - failed, failed, results: data }, 2)}\n`, options);
  } else if (options.format === "junit") {
    emit(junit(run.results), options);
  } else {
    for (const r of run.results) if (!r.passed) process.stdout.write(`${formatFailure(r)}\n`);
  }
  // The summary line goes to stdout unless stdout carries JSON or XML.
  const toStderr = options.format !== "text" && !options.output;
  (toStderr ? process.stderr : process.stdout).write(`${summary(run.results)}\n`);
  // A scenario with errors is a content problem (1), like a failing example; 2 is for usage mistakes.
  if (run.invalid.length > 0) return EXIT.content;
  return failed > 0 ? 1 : 0;
}

function emit(text: string, options: TestOptions): void {
  if (options.output) {
    ensureFolder(dirname(options.output));
    writeFileAtomic(options.output, text);
  } else process.stdout.write(text);
}

/** `--output` names a file to write; a folder there is a usage mistake, caught before any test runs. */
function checkOutput(output: string | undefined): void {
  if (output === undefined) return;
  let folder = false;
  try {
    folder = statSync(output).isDirectory();
  } catch {
    /* not there yet: it is created */
  }
  if (folder || output.endsWith("/"))
    throw new UsageError(
      `--output ${sanitize(output)} is a folder; give a file name, such as ${sanitize(output.replace(/\/+$/, ""))}/report.xml`,
    );
}

export async function testCommand(paths: string[], options: TestOptions): Promise<number> {
  checkOutput(options.output);
  const code = report(testPaths(paths, { models: options.models !== false }), options);
  if (!options.watch) return code;
  return watchExamples(paths, { models: options.models !== false });
}

/** The rubric files a scenario file names that exist inside its folder (for --watch). */
function rubricFilesOf(file: string): string[] {
  const refs = loadScenarioFile(file).scenario?.rubrics ?? [];
  const out: string[] = [];
  for (const ref of refs) {
    try {
      out.push(realpathSync(resolve(dirname(file), ref)));
    } catch {
      // a missing rubric is reported by the examples run itself
    }
  }
  return out;
}

/** --watch: re-run a file's examples when it or a rubric it uses is saved, showing how each score moved. */
async function watchExamples(paths: readonly string[], options: { models: boolean }): Promise<number> {
  const files = findScenarioFiles(paths.length > 0 ? paths : [SHIPPED_SCENARIOS]).files;
  const last = new Map<string, ExampleResult[]>();
  for (const file of files) last.set(file, runExamples(loadScenarioFile(file), scoreReply, options));
  const timers = new Map<string, NodeJS.Timeout>();
  // A scenario's examples re-run when it is saved, or when a rubric file it uses is.
  const usedBy = new Map<string, Set<string>>();
  for (const file of files) {
    usedBy.set(file, new Set([...(usedBy.get(file) ?? []), file]));
    for (const rubric of rubricFilesOf(file))
      usedBy.set(rubric, new Set([...(usedBy.get(rubric) ?? []), file]));
  }
  for (const [watched, scenarios] of usedBy) {
    watch(watched, () => {
      for (const file of scenarios) rerun(file);
    });
  }
  function rerun(file: string): void {
    clearTimeout(timers.get(file));
    timers.set(
      file,
      setTimeout(() => {
        const loaded = loadScenarioFile(file);
        if (countBy(loaded.diagnostics, "error") > 0) {
          for (const d of loaded.diagnostics) process.stdout.write(`${formatDiagnostic(d)}\n`);
          return;
        }
        const before = new Map((last.get(file) ?? []).map((r) => [r.name, r]));
        const results = runExamples(loaded, scoreReply, options);
        last.set(file, results);
        process.stdout.write(`\n${paint.bold(shown(displayPath(file)))}\n`);
        for (const r of results) {
          const old = before.get(r.name);
          const moves = DIMENSIONS.map((d) => {
            const now = r.scorecard.scores[d];
            const was = old?.scorecard.scores[d];
            return was === undefined || was === now ? `${d} ${now}` : `${d} ${was}→${now}`;
          }).join("  ");
          process.stdout.write(
            `${r.passed ? paint.green("PASS") : paint.red("FAIL")} ${sanitize(r.name)}  ${paint.dim(moves)}\n`,
          );
          if (!r.passed) process.stdout.write(`${formatFailure(r)}\n`);
        }
        process.stdout.write(`${summary(results)}\n`);
      }, 100),
    );
  }
  // Said once every watcher is in place, so a save right after it is seen.
  process.stdout.write(
    paint.dim(`Watching ${files.length} files; save one to re-run its examples. Ctrl+C to stop.\n`),
  );
  return new Promise(() => {
    /* runs until Ctrl+C */
  });
}
