import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { InputLine } from "../io/read.js";
import type { BatchLineResult } from "./score.js";

/**
 * Worker threads for `coach score --batch`: chunks of lines go to whichever worker has the least
 * work, and each chunk's results come back as a promise, so the caller writes them in input order.
 */

/** Threads to score a large batch on by default: one per core, none on a single core. */
export function defaultWorkers(): number {
  const cores = availableParallelism();
  return cores > 1 ? Math.min(cores, 8) : 0;
}

/** What a chunk yields: a read error passed through, or the line's result. */
export type ChunkResult = BatchLineResult | { line: number; error: string };

/**
 * A small young generation per worker: scoring allocates fast, and V8 would otherwise grow each
 * thread's nursery to its maximum, which is most of a large batch's peak memory (issue 11: under
 * 150 MB for 200,000 lines). Costs a few percent of speed in more frequent minor collections.
 */
const LIMITS = { maxYoungGenerationSizeMb: 8 };

interface Thread {
  worker: Worker;
  /** Chunks sent and not yet answered. */
  waiting: Map<number, { resolve: (results: ChunkResult[]) => void; reject: (error: Error) => void }>;
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
      thread.worker.on("message", ({ id, results }: { id: number; results: ChunkResult[] }) => {
        thread.waiting.get(id)?.resolve(results);
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

  /** Score a chunk of lines on the least busy worker. */
  score(inputs: InputLine[]): Promise<ChunkResult[]> {
    let thread = this.threads[0] as Thread;
    for (const t of this.threads) if (t.waiting.size < thread.waiting.size) thread = t;
    const id = this.next++;
    return new Promise((resolve, reject) => {
      thread.waiting.set(id, { resolve, reject });
      thread.worker.postMessage({ id, inputs });
    });
  }

  async close(): Promise<void> {
    for (const { worker } of this.threads) worker.removeAllListeners("exit");
    await Promise.all(this.threads.map(({ worker }) => worker.terminate()));
  }
}
