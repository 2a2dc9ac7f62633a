import { once } from "node:events";
import { UsageError } from "../errors.js";
import type { LineBlock } from "../io/read.js";
import type { ScoreContext } from "../scoring/index.js";
import { renderScorecard } from "../ui/scorecard.js";
import { disableColour } from "../ui/style.js";
import { clip, sanitize } from "../ui/text.js";
import type { LineOutcome, ScoredBlock } from "./score-block.js";

/**
 * `coach score`: one reply, or a JSON Lines batch. Reads, scores (pure), prints. The scorer is
 * loaded when a reply is scored on this thread: a large batch is scored on worker threads only,
 * and this thread, which reads and writes, then never holds the lexicons (about 16 MB).
 */

/** How many repeated-id warnings `--batch` lists by line before only counting them. */
export const REPEAT_WARNINGS = 20;

export interface ScoreOptions {
  customer?: string;
  abusive?: boolean;
  scenario?: string;
  turn?: string;
  json?: boolean;
  batch?: string;
  plain?: boolean;
  scenarios?: string;
}

export interface BatchSummary {
  scored: number;
  skipped: number;
  /** Lines whose id an earlier line already used (both are scored). */
  repeated: number;
}

export interface BatchOptions {
  /**
   * Worker threads to score on once a batch passes POOL_AFTER lines (default: one per core, none
   * on a single core); 0 scores every line on this thread.
   */
  workers?: number;
}

/**
 * Lines scored on this thread before workers start: a small batch never pays for starting them.
 * A file of POOL_FROM_BYTES or more is scored on workers from its first line: this thread then
 * never scores, so its heap stays small (scoring here first grew it by tens of MB).
 */
export const POOL_AFTER = 1000;
export const POOL_FROM_BYTES = 1024 * 1024;
/**
 * A block this large holds a very long line (up to 8 MiB): it is scored on this thread, whose heap
 * is not capped, so a worker's capped heap (score-pool.ts) never has to hold one.
 */
export const LONG_BLOCK = 1024 * 1024;

/**
 * Score a JSON Lines source (a path, or - for stdin) as it streams: outputs are written in input
 * order, each carrying its input `line` number, each block as soon as it is scored. Bad lines are
 * reported through `problem` and skipped; a repeated id is a warning and both are scored. A large
 * batch is scored on worker threads, blocks of lines going to them as bytes and coming back as one
 * string each; this thread only reads, counts lines and writes, at most a few blocks per worker
 * ahead of the output, so memory stays bounded.
 */
export async function scoreBatch(
  source: string,
  write: BatchWrite,
  problem: (message: string) => void,
  options: BatchOptions = {},
): Promise<BatchSummary> {
  const summary: BatchSummary = { scored: 0, skipped: 0, repeated: 0 };
  const { FirstLines } = await import("./score-ids.js");
  const firstLines = new FirstLines();
  // Loaded here, not at the top: a single `coach score "reply"` never reads a stream (start-up time).
  const { fileSize, readLineBlocks } = await import("../io/read.js");
  // The scorer is loaded only if this thread scores (a small batch, or no workers).
  let scoreBlock: typeof import("./score-block.js").scoreBlock | undefined;

  /**
   * Write a scored block, reporting its skipped lines and repeated ids where they fall, in input
   * order. A worker's output comes as bytes: `release` once every write of them is done.
   */
  const emit = async (
    scored: { output: string | Uint8Array; outcomes: LineOutcome[] },
    release?: () => void,
  ) => {
    const { output, outcomes } = scored;
    const text = typeof output === "string" ? output : undefined;
    const bytes =
      typeof output === "string" ? undefined : Buffer.from(output.buffer, output.byteOffset, output.length);
    const lineEnd = (from: number) =>
      (bytes ? bytes.indexOf(10, from) : (text as string).indexOf("\n", from)) + 1;
    let written = 0;
    let end = 0;
    let writing = 1; // writes not yet done, and this function until its last one is sent
    const done = () => {
      if (--writing === 0) release?.();
    };
    const flush = async () => {
      if (end === written) return;
      const whole = written === 0 && end === output.length;
      writing += 1;
      const wait = write(
        whole ? output : text ? text.slice(written, end) : (bytes as Buffer).subarray(written, end),
        done,
      );
      written = end;
      if (wait) await wait;
    };
    for (const outcome of outcomes) {
      if ("error" in outcome) {
        await flush();
        summary.skipped += 1;
        problem(`line ${outcome.line}: ${clip(sanitize(outcome.error))} (skipped)`);
        continue;
      }
      const first = firstLines.firstOrAdd(outcome.id, outcome.line);
      if (first !== undefined) {
        summary.repeated += 1;
        // A file of repeated ids (the same lines concatenated) would otherwise print a warning per
        // line: the first few name their lines, the rest are counted in the summary.
        if (summary.repeated <= REPEAT_WARNINGS) {
          await flush();
          problem(
            `line ${outcome.line}: warning: id ${clip(sanitize(outcome.id))} repeats line ${first}; both are scored`,
          );
        } else if (summary.repeated === REPEAT_WARNINGS + 1) {
          await flush();
          problem(
            `line ${outcome.line}: warning: more repeated ids from here; they are counted in the summary, not listed`,
          );
        }
      }
      end = lineEnd(end);
      summary.scored += 1;
    }
    await flush();
    done();
  };

  const workers = options.workers ?? (await import("./score-pool.js")).defaultWorkers();
  const large = workers > 0 && ((await fileSize(source)) ?? 0) >= POOL_FROM_BYTES;
  let pool: import("./score-pool.js").ScorePool | undefined;
  let poolTried = false;
  // Blocks on workers are written in order as each is done: `written` is the promise that the
  // last one sent has been, `ahead` those of the blocks not yet written (at most a few per worker).
  let written: Promise<void> = Promise.resolve();
  const ahead: Promise<void>[] = [];
  let failure: { error: unknown } | undefined;
  const send = (block: LineBlock, here?: ScoredBlock) => {
    const result = here ? Promise.resolve(here) : (pool as import("./score-pool.js").ScorePool).score(block);
    result.catch(() => {}); // handled below, in order; not an unhandled rejection meanwhile
    written = written
      .then(async () => {
        if (failure) return;
        const scored = await result;
        await emit(scored, "release" in scored ? scored.release : undefined);
      })
      .catch((error: unknown) => {
        failure ??= { error };
      });
    ahead.push(written);
  };

  let readError: unknown;
  try {
    // Blocks are read into buffers the workers hand back, once they are running.
    const allocate = (length: number) => pool?.buffer(length) ?? new Uint8Array(length);
    for await (const block of readLineBlocks(source, { what: "batch line", allocate })) {
      if (failure) break;
      if (!poolTried && workers > 0 && (large || block.line > POOL_AFTER)) {
        poolTried = true;
        const { ScorePool } = await import("./score-pool.js");
        pool = ScorePool.start(workers);
      }
      if (!pool || block.bytes.length > LONG_BLOCK) {
        scoreBlock ??= (await import("./score-block.js")).scoreBlock;
        if (!pool) await emit(scoreBlock(block));
        else send(block, scoreBlock(block));
        continue;
      }
      send(block);
      // Two blocks per worker keep every thread busy; more would only hold memory.
      while (ahead.length > pool.size * 2) await ahead.shift();
    }
  } catch (error) {
    // What was read before a read error is still scored and written, as on one thread.
    readError = error;
  }
  try {
    await written;
  } finally {
    await pool?.close();
  }
  if (failure) throw failure.error;
  if (readError) throw readError;
  return summary;
}

/**
 * Where a batch's output goes: write `chunk`, call `done` once it is written (bytes given may then
 * be reused), and return a promise to wait on when the reader is slower than the scorer.
 */
export type BatchWrite = (chunk: string | Uint8Array, done: () => void) => unknown;

/** Write to stdout; when the reader is slower than the scorer, a promise to wait on (constant memory). */
function writeOut(chunk: string | Uint8Array, done: () => void): Promise<unknown> | undefined {
  return process.stdout.write(chunk, () => done()) ? undefined : once(process.stdout, "drain");
}

async function scenarioContext(options: ScoreOptions): Promise<ScoreContext> {
  if (!options.scenario) {
    if (options.turn) throw new UsageError("--turn needs --scenario");
    return {};
  }
  const [{ loadForRun }, { contextFor }, { isEnd }] = await Promise.all([
    import("./run.js"),
    import("../session/context.js"),
    import("../scenario/schema.js"),
  ]);
  const { scenario } = loadForRun(options.scenario, options.scenarios);
  const turns = Object.entries(scenario.turns)
    .filter(([, node]) => !isEnd(node))
    .map(([id]) => id);
  const node = options.turn ?? scenario.start ?? turns[0];
  if (!node || !turns.includes(node))
    throw new UsageError(
      `no customer turn \`${options.turn}\` in ${options.scenario}; turns: ${turns.join(", ")}`,
    );
  return contextFor(scenario, node);
}

export async function scoreCommand(reply: string | undefined, options: ScoreOptions): Promise<number> {
  if (options.batch !== undefined) {
    if (reply !== undefined) throw new UsageError("give either a reply or --batch FILE, not both");
    const { sourceName } = await import("../io/read.js");
    const name = sourceName(options.batch);
    const summary = await scoreBatch(options.batch, writeOut, (message) =>
      process.stderr.write(`${name}: ${message}\n`),
    );
    if (summary.skipped || summary.repeated)
      process.stderr.write(
        `${name}: ${summary.scored} scored, ${summary.skipped} skipped` +
          (summary.repeated ? `, ${summary.repeated} with a repeated id` : "") +
          "\n",
      );
    return summary.skipped ? 1 : 0;
  }
  if (reply === undefined || !reply.trim())
    throw new UsageError('give a reply to score, e.g. coach score "I can hear how frustrating this is."');
  const base = await scenarioContext(options);
  const context: ScoreContext = {
    ...base,
    ...(options.customer !== undefined ? { customer: options.customer } : {}),
    ...(options.abusive ? { abusive: true } : {}),
  };
  const { scoreReply } = await import("../scoring/index.js");
  const card = scoreReply(reply, context);
  if (options.json) {
    process.stdout.write(`${JSON.stringify({ reply, ...card }, null, 2)}\n`);
    return 0;
  }
  const plain = options.plain === true || !process.stdout.isTTY;
  if (options.plain) disableColour();
  process.stdout.write(`${renderScorecard(card, reply, { plain, width: process.stdout.columns ?? 80 })}\n`);
  return 0;
}
