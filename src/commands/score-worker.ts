/**
 * A `coach score --batch` worker thread (score-pool.ts): scores blocks of batch lines with the
 * same function the main thread uses, so output is byte for byte what one thread writes.
 */
import { parentPort } from "node:worker_threads";
import type { LineBlock } from "../io/read.js";
import { scoreBlock } from "./score-block.js";

parentPort?.on("message", ({ id, block }: { id: number; block: LineBlock }) => {
  parentPort?.postMessage({ id, scored: scoreBlock(block) });
});
