/**
 * A `coach validate` worker thread: checks its share of a large folder's scenario files with the
 * same loader the main thread uses, and sends back what `validate` reports of each.
 */
import { parentPort, workerData } from "node:worker_threads";
import { check } from "./validate-check.js";

parentPort?.postMessage((workerData as { files: string[] }).files.map(check));
