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
import { type CheckedFile, check, type WorkerShare } from "./validate-check.js";

export interface ValidateResult {
  files: string[];
  diagnostics: Diagnostic[];
}

/** What `validate` keeps of a checked scenario file (see validate-check.ts). */

export type { CheckedFile };

/** From this many scenario files, `validate` shares them out between this thread and workers. */
export const PARALLEL_AFTER = 100;

/** Files a thread takes at a time: small, so the threads finish close together. */
const BATCH = 4;

/**
 * Check many files on every core. The threads take the next few files from one shared counter
 * until none are left, so a thread that starts late (a worker loads the checker first, while this
 * thread is already at work) or runs slowly on a busy machine takes fewer; each file's report goes
 * back to its place, so the report is the same as on one thread. Few files, one core, or no built
 * worker script (the sources under a test runner): all on this thread.
 */
async function checkAll(files: readonly string[]): Promise<CheckedFile[]> {
  const { defaultWorkers, workerEnv } = await import("../io/threads.js");
  const threads = defaultWorkers();
  const script = new URL("./validate-worker.js", import.meta.url);
  const { existsSync } = await import("node:fs");
  const { fileURLToPath } = await import("node:url");
  if (files.length < PARALLEL_AFTER || threads < 2 || !existsSync(fileURLToPath(script)))
    return files.map(check);
  const { Worker } = await import("node:worker_threads");
  // [the next file to take, then per worker: 1 once it has started taking files].
  const shared = new Int32Array(new SharedArrayBuffer(4 * threads));
  const results: (CheckedFile | undefined)[] = new Array(files.length);
  const workers = Array.from({ length: threads - 1 }, (_, i) => {
    const worker = new Worker(script, {
      workerData: { files, shared, slot: i + 1, batch: BATCH },
      env: workerEnv(),
    });
    const done = new Promise<WorkerShare>((resolve, reject) => {
      worker.once("message", resolve);
      worker.once("error", reject);
      worker.once("exit", (code) => reject(new Error(`a validate worker stopped (exit code ${code})`)));
    });
    return { worker, slot: i + 1, done };
  });
  for (let first = Atomics.add(shared, 0, BATCH); first < files.length; first = Atomics.add(shared, 0, BATCH))
    for (let i = first; i < Math.min(first + BATCH, files.length); i++)
      results[i] = check(files[i] as string);
  // Every file is taken now: a worker that has not started taking files will find none, so it is
  // stopped rather than waited for (it may still be loading).
  const shares = await Promise.all(
    workers.map(({ worker, slot, done }) => {
      if (Atomics.load(shared, slot) === 0) {
        done.catch(() => undefined); // it ends with "stopped", as asked
        void worker.terminate();
        return { indices: [], checked: [] };
      }
      return done;
    }),
  );
  for (const { indices, checked } of shares)
    indices.forEach((index, k) => {
      results[index] = checked[k];
    });
  return results as CheckedFile[];
}

/** Check scenario and rubric files and folders; every file is checked even when others fail. */
export async function validatePaths(paths: readonly string[]): Promise<ValidateResult> {
  const found = findScenarioFiles(paths.length > 0 ? paths : [SHIPPED_SCENARIOS], { rubrics: true });
  // Scenarios first, so that workers start loading at once; the rubrics they use are read then.
  const scenarios = await checkAll(found.files.filter((file) => !isRubricPath(file)));
  const rubrics = found.files.filter(isRubricPath).map((file) => loadRubricFile(file));
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
