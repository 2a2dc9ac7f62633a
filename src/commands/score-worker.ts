/**
 * A `coach score --batch` worker thread (score-pool.ts): scores blocks of batch lines with the
 * same function the main thread uses, so output is byte for byte what one thread writes.
 *
 * A block's output goes back as UTF-8 bytes in a buffer that is moved, not copied: the main thread
 * writes the bytes as they are, and once written hands the buffer back here to be filled again.
 * Sent as a string, each block's output (some 250 KB) landed on the main thread's heap, which
 * collects rarely, and with two workers that heap grew past 100 MB on a 200,000-line batch.
 */
import { parentPort } from "node:worker_threads";
import type { LineBlock } from "../io/read.js";
import { scoreBlock } from "./score-block.js";

/** Buffers written out and handed back by the main thread, ready to be filled again. */
const spare: ArrayBuffer[] = [];

/** The output as UTF-8 bytes, in a spare buffer large enough or a new one. */
function encode(output: string): Uint8Array {
  const length = Buffer.byteLength(output);
  let buffer: ArrayBuffer | undefined;
  while (spare.length > 0 && !buffer) {
    const candidate = spare.pop() as ArrayBuffer;
    if (candidate.byteLength >= length) buffer = candidate;
  }
  // Rounded up to 64 KiB, so a buffer fits most blocks after it.
  buffer ??= new ArrayBuffer(Math.max(1, Math.ceil(length / 65536)) * 65536);
  Buffer.from(buffer, 0, length).write(output, "utf8");
  return new Uint8Array(buffer, 0, length);
}

type Message = { id: number; block: LineBlock } | { spare: ArrayBuffer };

parentPort?.on("message", (message: Message) => {
  if ("spare" in message) {
    spare.push(message.spare);
    return;
  }
  const { output, outcomes } = scoreBlock(message.block);
  const bytes = encode(output);
  // The block's own buffer goes back too, for the main thread to read the next block into.
  const spent = message.block.bytes.buffer as ArrayBuffer;
  parentPort?.postMessage({ id: message.id, scored: { output: bytes, outcomes }, spent }, [
    bytes.buffer as ArrayBuffer,
    spent,
  ]);
});
