/**
 * A `coach validate` worker thread: checks its share of a large folder's scenario files with the
 * same loader the main thread uses, and sends back what `validate` reports of each.
 */
import { parentPort, workerData } from "node:worker_threads";
import { loadScenarioFile } from "../scenario/load.js";
import type { CheckedFile } from "./validate.js";

const files = (workerData as { files: string[] }).files;
const checked: CheckedFile[] = files.map((file) => {
  const loaded = loadScenarioFile(file);
  return {
    file: loaded.file,
    id: loaded.id,
    diagnostics: loaded.diagnostics,
    valid: loaded.scenario !== undefined,
  };
});
parentPort?.postMessage(checked);
