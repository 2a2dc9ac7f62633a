/**
 * A `coach validate` worker thread: takes the next few files of a large folder from the counter
 * it shares with the other threads, checks them with the same loader the main thread uses, and
 * sends back what `validate` reports of each, with each file's place in the list.
 */
import { parentPort, workerData } from "node:worker_threads";
import { type CheckedFile, check, type WorkerShare } from "./validate-check.js";

const { files, shared, slot, batch } = workerData as {
  files: string[];
  shared: Int32Array;
  slot: number;
  batch: number;
};
const indices: number[] = [];
const checked: CheckedFile[] = [];
// Said before taking any file: the main thread stops a worker that has not started once all are taken.
Atomics.store(shared, slot, 1);
for (let first = Atomics.add(shared, 0, batch); first < files.length; first = Atomics.add(shared, 0, batch))
  for (let i = first; i < Math.min(first + batch, files.length); i++) {
    indices.push(i);
    checked.push(check(files[i] as string));
  }
parentPort?.postMessage({ indices, checked } satisfies WorkerShare);
