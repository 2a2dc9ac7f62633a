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
 * Capped heaps per worker: scoring allocates fast, and V8 would otherwise grow each thread's heap
 * far past the ~20 MB a worker holds (the lexicons, compiled phrases, its code, bounded caches).
 * The caps trade speed for memory, through how often V8 collects (10,000 lines, 2 workers, load
 * ~2: young/old 4/40 MB: ~4,500 replies/s, 152 MiB; 16/64: ~5,300/s, 176 MiB; 32/64: ~5,700/s,
 * 210 MiB; no caps: ~6,400/s, 295 MiB). A block holding a very long line is scored on the main
 * thread, whose heap is not capped (score.ts LONG_BLOCK).
 */
const LIMITS = { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 64 };

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
