import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { LineBlock } from "../io/read.js";
import type { ScoredBlock } from "./score-block.js";

/**
 * Worker threads for `coach score --batch`: blocks of lines go, as bytes, to whichever worker has
 * the least work, and each block's result comes back as a promise, so the caller writes them in
 * input order.
 */

export { defaultWorkers } from "../io/threads.js";

/**
 * Small heaps per worker: scoring allocates fast, and V8 would otherwise grow each thread's young
 * generation to its maximum and let its old generation fill before collecting, which made most of
 * a large batch's peak memory (200,000 lines: 377 MiB unlimited). A worker holds about 20 MB (the
 * lexicons, compiled phrases, its code and a few bounded caches); the old-generation cap leaves
 * room for that and a block's replies, and it is what bounds a worker when GC falls behind on a
 * busy machine (at 64 MB each, a 200,000-line batch peaked anywhere from 175 to 230 MiB). A block
 * holding a very long line is scored on the main thread instead (score.ts LONG_BLOCK). A 4 MB
 * young generation costs a few percent more time in collections than 8 or 16 MB.
 */
const LIMITS = { maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: 40 };

interface Thread {
  worker: Worker;
  /** Blocks sent and not yet answered. */
  waiting: Map<number, { resolve: (results: ScoredBlock) => void; reject: (error: Error) => void }>;
}

export class ScorePool {
  private readonly threads: Thread[];
  private next = 0;

  private constructor(threads: Thread[]) {
    this.threads = threads;
  }

  /**
   * Start `size` workers, or undefined when the worker script is not there to run (the sources run
   * under a test runner, say): the caller then scores on its own thread.
   */
  static start(size: number): ScorePool | undefined {
    const script = new URL("./score-worker.js", import.meta.url);
    if (size < 1 || !existsSync(fileURLToPath(script))) return undefined;
    const threads: Thread[] = [];
    for (let i = 0; i < size; i++) {
      const thread: Thread = { worker: new Worker(script, { resourceLimits: LIMITS }), waiting: new Map() };
      const fail = (error: Error) => {
        for (const { reject } of thread.waiting.values()) reject(error);
        thread.waiting.clear();
      };
      thread.worker.on("message", ({ id, scored }: { id: number; scored: ScoredBlock }) => {
        thread.waiting.get(id)?.resolve(scored);
        thread.waiting.delete(id);
      });
      thread.worker.on("error", fail);
      thread.worker.on("exit", (code) => fail(new Error(`a batch worker stopped (exit code ${code})`)));
      threads.push(thread);
    }
    return new ScorePool(threads);
  }

  get size(): number {
    return this.threads.length;
  }

  /** Score a block of lines on the least busy worker; its bytes are moved there, not copied. */
  score(block: LineBlock): Promise<ScoredBlock> {
    let thread = this.threads[0] as Thread;
    for (const t of this.threads) if (t.waiting.size < thread.waiting.size) thread = t;
    const id = this.next++;
    // Only a buffer of its own can be moved; a view into a larger one is copied first.
    const own =
      block.bytes.byteOffset === 0 && block.bytes.byteLength === block.bytes.buffer.byteLength
        ? block
        : { ...block, bytes: new Uint8Array(block.bytes) };
    return new Promise((resolve, reject) => {
      thread.waiting.set(id, { resolve, reject });
      thread.worker.postMessage({ id, block: own }, [own.bytes.buffer as ArrayBuffer]);
    });
  }

  async close(): Promise<void> {
    for (const { worker } of this.threads) worker.removeAllListeners("exit");
    await Promise.all(this.threads.map(({ worker }) => worker.terminate()));
  }
}
