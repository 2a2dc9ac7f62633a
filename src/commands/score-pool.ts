import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { LineBlock } from "../io/read.js";
import type { ScoredBytes } from "./score-block.js";

/**
 * Worker threads for `coach score --batch`: blocks of lines go, as bytes, to whichever worker has
 * the least work, and each block's output comes back as bytes in a promise, so the caller writes
 * them in input order, then releases each buffer back to its worker to be filled again.
 *
 * Where the CPU goes (10,000 lines, 2 cores, load ~2.5, medians of 5): one thread ~415 us per
 * reply, one worker ~425 us, two workers ~485 us. A worker starts in ~75 ms of CPU (the main
 * thread loads the scorer in ~35 ms); each scoring thread then spends ~500-650 ms of CPU warming
 * up (its first 64 KiB block takes ~210 ms, a warm one ~45 ms; the profile of that is flat, JIT
 * and first-use caches everywhere), and a second thread pays that again; the capped heaps add
 * ~13 us per reply of collection (1 worker: 164 scavenges, ~200 ms; main thread: 37, ~70 ms);
 * and two single-thread runs side by side each take 15-25% more CPU than one alone, so the rest
 * is the cores being shared. Tried and dropped, for no gain in that noise or a loss: the main
 * thread scoring blocks while the workers warm up (+0.9 s CPU, +30 MiB, slower); one worker plus
 * the main thread (slower, +85 MiB); the compile cache in workers (no faster to start); V8 flags
 * for earlier tier-up, single-threaded GC or eager feedback vectors (within noise).
 */

export { defaultWorkers } from "../io/threads.js";

/**
 * Capped heaps per worker: scoring allocates fast, and V8 would otherwise grow each thread's heap
 * far past the ~12 MB a worker holds live (the lexicons, compiled phrases, its code, bounded
 * caches). The caps trade speed for memory, through how often V8 collects (10,000 lines, 2
 * workers, load ~2: young/old 4/40 MB: ~4,500 replies/s, 152 MiB; 16/64: ~5,300/s, 176 MiB;
 * 32/64: ~5,700/s, 210 MiB; no caps: ~6,400/s, 295 MiB. 60,000 lines, load ~4, medians of 3:
 * 16/64: 185 MiB; 8/32: 160 MiB for ~15% more CPU time; 8/24: 145-165 MiB for more; below 24 MB
 * old, collections take over and a run takes 2-4 times as long). A block holding a very long
 * line is scored on the main thread, whose heap is not capped (score.ts LONG_BLOCK).
 */
const LIMITS = { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 64 };

interface Thread {
  worker: Worker;
  /** Blocks sent and not yet answered. */
  waiting: Map<number, { resolve: (results: ScoredBytes) => void; reject: (error: Error) => void }>;
}

/** A block scored on a worker; `release()` once its output is written hands the buffer back. */
export interface PooledBlock extends ScoredBytes {
  release(): void;
}

export class ScorePool {
  private readonly threads: Thread[];
  private next = 0;
  private closed = false;
  /** Block buffers the workers have handed back, for the next blocks read (`buffer`). */
  private readonly spent: ArrayBuffer[] = [];
  /** Buffers given out by `buffer`: a block in one is moved whole to its worker. */
  private readonly lent = new WeakSet<ArrayBuffer>();

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
    const pool = new ScorePool(threads);
    for (let i = 0; i < size; i++) {
      const thread: Thread = { worker: new Worker(script, { resourceLimits: LIMITS }), waiting: new Map() };
      const fail = (error: Error) => {
        for (const { reject } of thread.waiting.values()) reject(error);
        thread.waiting.clear();
      };
      thread.worker.on("message", (answer: { id: number; scored: ScoredBytes; spent: ArrayBuffer }) => {
        const { id, scored, spent } = answer;
        // As many as can be in flight at once are kept; the rest are left to the collector.
        if (pool.spent.length < 2 * size + 2) pool.spent.push(spent);
        thread.waiting.get(id)?.resolve(scored);
        thread.waiting.delete(id);
      });
      thread.worker.on("error", fail);
      thread.worker.on("exit", (code) => fail(new Error(`a batch worker stopped (exit code ${code})`)));
      threads.push(thread);
    }
    return pool;
  }

  /**
   * Room for a block of `length` bytes (src/io/read.ts BlockOptions.allocate): in a buffer a
   * worker has handed back when one is large enough, so the main thread, which collects garbage
   * rarely, does not pile up a new buffer per block.
   */
  buffer(length: number): Uint8Array {
    let buffer: ArrayBuffer | undefined;
    while (this.spent.length > 0 && !buffer) {
      const candidate = this.spent.pop() as ArrayBuffer;
      if (candidate.byteLength >= length) buffer = candidate;
    }
    // A file's blocks are 64 KiB and a part line: rounded up, one size fits nearly all of them.
    buffer ??= new ArrayBuffer(Math.max(2 * 65536, Math.ceil(length / 65536) * 65536));
    this.lent.add(buffer);
    return new Uint8Array(buffer, 0, length);
  }

  get size(): number {
    return this.threads.length;
  }

  /** Score a block of lines on the least busy worker; its bytes are moved there, not copied. */
  async score(block: LineBlock): Promise<PooledBlock> {
    let thread = this.threads[0] as Thread;
    for (const t of this.threads) if (t.waiting.size < thread.waiting.size) thread = t;
    const id = this.next++;
    // Only a buffer of its own can be moved (a whole one, or one from `buffer`); a view into
    // another is copied first.
    const own =
      this.lent.has(block.bytes.buffer as ArrayBuffer) ||
      (block.bytes.byteOffset === 0 && block.bytes.byteLength === block.bytes.buffer.byteLength)
        ? block
        : { ...block, bytes: new Uint8Array(block.bytes) };
    const scored = await new Promise<ScoredBytes>((resolve, reject) => {
      thread.waiting.set(id, { resolve, reject });
      thread.worker.postMessage({ id, block: own }, [own.bytes.buffer as ArrayBuffer]);
    });
    const release = () => {
      const spare = scored.output.buffer as ArrayBuffer;
      if (!this.closed && spare.byteLength > 0) thread.worker.postMessage({ spare }, [spare]);
    };
    return { ...scored, release };
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const { worker } of this.threads) worker.removeAllListeners("exit");
    await Promise.all(this.threads.map(({ worker }) => worker.terminate()));
  }
}
