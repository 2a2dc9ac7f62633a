/**
 * A `coach score --batch` worker thread (score-pool.ts): scores chunks of batch lines with the
 * same pure function the main thread uses, so output is byte for byte what one thread writes.
 */
import { parentPort } from "node:worker_threads";
import type { InputLine } from "../io/read.js";
import { scoreBatchLine } from "./score.js";

parentPort?.on("message", ({ id, inputs }: { id: number; inputs: InputLine[] }) => {
  parentPort?.postMessage({
    id,
    results: inputs.map((input) => ("error" in input ? input : scoreBatchLine(input.text, input.line))),
  });
});
