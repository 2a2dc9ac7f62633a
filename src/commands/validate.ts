import { countBy, type Diagnostic, summaryLine } from "../scenario/diagnostics.js";
import {
  duplicateIds,
  findScenarioFiles,
  isRubricPath,
  loadRubricFile,
  SHIPPED_SCENARIOS,
} from "../scenario/load.js";
import { diagnosticJson, formatDiagnostic } from "../ui/diagnostics.js";
import { paint } from "../ui/style.js";
import { safeJson } from "../ui/text.js";
import { type CheckedFile, check } from "./validate-check.js";

export interface ValidateResult {
  files: string[];
  diagnostics: Diagnostic[];
}

/** What `validate` keeps of a checked scenario file (see validate-check.ts). */

export type { CheckedFile };

/** From this many scenario files, `validate` shares them out between this thread and workers. */
export const PARALLEL_AFTER = 100;

/**
 * Check many files on every core: contiguous shares, the first on this thread and one per worker,
 * joined in the original order, so the report is the same as on one thread. Few files, one core,
 * or no built worker script (the sources under a test runner): all on this thread.
 */
async function checkAll(files: readonly string[]): Promise<CheckedFile[]> {
  const { defaultWorkers } = await import("../io/threads.js");
  const threads = defaultWorkers();
  const script = new URL("./validate-worker.js", import.meta.url);
  const { existsSync } = await import("node:fs");
  const { fileURLToPath } = await import("node:url");
  if (files.length < PARALLEL_AFTER || threads < 2 || !existsSync(fileURLToPath(script)))
    return files.map(check);
  const { Worker } = await import("node:worker_threads");
  const size = Math.ceil(files.length / threads);
  const shares = Array.from({ length: threads }, (_, i) => files.slice(i * size, (i + 1) * size));
  const others = shares.slice(1).map(
    (share) =>
      new Promise<CheckedFile[]>((resolve, reject) => {
        const worker = new Worker(script, { workerData: { files: share } });
        worker.once("message", resolve);
        worker.once("error", reject);
        worker.once("exit", (code) => reject(new Error(`a validate worker stopped (exit code ${code})`)));
      }),
  );
  const mine = (shares[0] ?? []).map(check);
  return [mine, ...(await Promise.all(others))].flat();
}

/** Check scenario and rubric files and folders; every file is checked even when others fail. */
export async function validatePaths(paths: readonly string[]): Promise<ValidateResult> {
  const found = findScenarioFiles(paths.length > 0 ? paths : [SHIPPED_SCENARIOS], { rubrics: true });
  const rubrics = found.files.filter(isRubricPath).map((file) => loadRubricFile(file));
  const scenarios = await checkAll(found.files.filter((file) => !isRubricPath(file)));
  const diagnostics = [
    ...found.diagnostics,
    ...rubrics.flatMap((l) => l.diagnostics),
    ...scenarios.flatMap((l) => l.diagnostics),
    ...duplicateIds(scenarios.map((l) => ({ ...l, scenario: l.valid }))),
  ];
  return { files: found.files, diagnostics };
}

export async function validateCommand(
  paths: string[],
  options: { format: "text" | "json" },
): Promise<number> {
  const result = await validatePaths(paths);
  const errors = countBy(result.diagnostics, "error");
  if (options.format === "json") {
    const summary = { files: result.files.length, errors, warnings: countBy(result.diagnostics, "warning") };
    process.stdout.write(
      `${safeJson({ ...summary, diagnostics: result.diagnostics.map(diagnosticJson) }, 2)}\n`,
    );
  } else {
    for (const d of result.diagnostics) process.stdout.write(`${formatDiagnostic(d)}\n\n`);
    const line = summaryLine(result.diagnostics, result.files);
    process.stdout.write(`${errors > 0 ? paint.red(line) : paint.green(line)}\n`);
  }
  return errors > 0 ? 1 : 0;
}
