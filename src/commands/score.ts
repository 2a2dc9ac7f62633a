import { once } from "node:events";
import { UsageError } from "../errors.js";
import type { InputLine } from "../io/read.js";
import {
  type Finding,
  MAX_SCORED_CHARS,
  type ScoreContext,
  type Scorecard,
  scoreReply,
} from "../scoring/index.js";
import { renderScorecard } from "../ui/scorecard.js";
import { disableColour } from "../ui/style.js";
import { clip, sanitize } from "../ui/text.js";

/** `coach score`: one reply, or a JSON Lines batch. Reads, scores (pure), prints. */

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

/** A batch output line: what ../shared/eval/agreement.mjs reads, plus its input line, bands and evidence. */
export function batchRecord(id: unknown, card: Scorecard, line?: number, notice?: string) {
  const notices = [card.notice, notice].filter(Boolean).join(" ");
  return {
    id,
    ...(line !== undefined ? { line } : {}),
    scores: card.scores,
    overall: card.overall,
    bands: card.bands,
    assessed: card.assessed,
    ...(notices ? { notice: notices } : {}),
    evidence: card.evidence.map(compactFinding),
  };
}

function compactFinding(f: Finding) {
  return {
    signal: f.signal,
    dimension: f.dimension,
    effect: f.effect,
    points: f.points,
    ...(f.span ? { span: f.span } : {}),
  };
}

/** What became of one batch line: its output (and id, to spot repeats), or why it was skipped. */
export type BatchLineResult = { output: string; id: string } | { error: string } | { blank: true };

// JSON.rawJSON and the reviver's `context.source` (Node 21+): a numeric id is written back as the
// token it was read from, so 12345678901234567890 and 1e400 survive instead of rounding or null.
const rawJSON = (JSON as unknown as { rawJSON?: (text: string) => unknown }).rawJSON;
type Reviver = (this: unknown, key: string, value: unknown, context?: { source?: string }) => unknown;

/** The id token exactly as the line wrote it, when it is a number. */
function numericIdSource(text: string): string | undefined {
  const sources = new Map<unknown, string>();
  const reviver: Reviver = function (key, value, context) {
    if (key === "id" && typeof value === "number" && context?.source) sources.set(this, context.source);
    return value;
  };
  const root = JSON.parse(text, reviver as Parameters<typeof JSON.parse>[1]);
  return sources.get(root);
}

/**
 * Score one JSON Lines batch line, {id, reply, customer?, abusive?, setting?}; unknown fields are
 * ignored. Pure: text in, the output line or the reason it is skipped out.
 */
export function scoreBatchLine(text: string, line: number): BatchLineResult {
  if (!text.trim()) return { blank: true };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { error: `not valid JSON (${(error as Error).message})` };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value))
    return { error: 'expected a JSON object with "id" and "reply"' };
  const item = value as Record<string, unknown>;
  if (typeof item.id !== "string" && typeof item.id !== "number")
    return { error: '"id" must be a string or a number' };
  if (typeof item.reply !== "string") return { error: '"reply" must be a string' };
  // As `coach score ""` is refused, so is a batch line with nothing to score.
  if (!item.reply.trim()) return { error: '"reply" is empty' };
  for (const key of ["customer", "setting"] as const)
    if (item[key] !== undefined && item[key] !== null && typeof item[key] !== "string")
      return { error: `"${key}" must be a string` };
  if (item.abusive !== undefined && item.abusive !== null && typeof item.abusive !== "boolean")
    return { error: '"abusive" must be true or false' };
  const context: ScoreContext = {
    ...(typeof item.customer === "string" ? { customer: item.customer } : {}),
    ...(typeof item.setting === "string" ? { setting: item.setting } : {}),
    abusive: item.abusive === true,
  };
  let id: unknown = item.id;
  let idText = JSON.stringify(item.id);
  if (typeof item.id === "number") {
    idText = numericIdSource(text) ?? String(item.id);
    if (rawJSON) id = rawJSON(idText);
  }
  const long =
    item.reply.length > MAX_SCORED_CHARS
      ? `The reply is ${item.reply.length} characters; only the first ${MAX_SCORED_CHARS} are scored.`
      : undefined;
  const card = scoreReply(item.reply, context);
  return { output: JSON.stringify(batchRecord(id, card, line, long)), id: idText };
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

/** Lines scored on this thread before workers start: a small batch never pays for starting them. */
export const POOL_AFTER = 1000;
/** Lines, and at most this many characters, sent to a worker at a time. */
const CHUNK_LINES = 256;
const CHUNK_CHARS = 1 << 20;

/**
 * Score a JSON Lines source (a path, or - for stdin) as it streams: outputs are written in input
 * order, each carrying its input `line` number. Bad lines are reported through `problem` and
 * skipped; a repeated id is a warning and both are scored. A large batch is scored on worker
 * threads, a few chunks ahead of the output at most, so memory stays bounded.
 */
export async function scoreBatch(
  source: string,
  write: (text: string) => unknown,
  problem: (message: string) => void,
  options: BatchOptions = {},
): Promise<BatchSummary> {
  const summary: BatchSummary = { scored: 0, skipped: 0, repeated: 0 };
  const firstLine = new Map<string, number>();
  // Loaded here, not at the top: a single `coach score "reply"` never reads a stream (start-up time).
  const { readLines } = await import("../io/read.js");

  /** Report or write one line's result, in input order. */
  const emit = async (line: number, result: BatchLineResult | { error: string }) => {
    if ("blank" in result) return;
    if ("error" in result) {
      summary.skipped += 1;
      problem(`line ${line}: ${clip(sanitize(result.error))} (skipped)`);
      return;
    }
    const first = firstLine.get(result.id);
    if (first === undefined) firstLine.set(result.id, line);
    else {
      summary.repeated += 1;
      problem(
        `line ${line}: warning: id ${clip(sanitize(result.id))} repeats line ${first}; both are scored`,
      );
    }
    const wait = write(`${result.output}\n`);
    if (wait) await wait;
    summary.scored += 1;
  };

  const workers = options.workers ?? (await import("./score-pool.js")).defaultWorkers();
  let pool: import("./score-pool.js").ScorePool | undefined;
  let chunk: InputLine[] = [];
  let chunkChars = 0;
  const inFlight: { inputs: InputLine[]; results: Promise<import("./score-pool.js").ChunkResult[]> }[] = [];
  const drainOne = async () => {
    const done = inFlight.shift();
    if (!done) return;
    const results = await done.results;
    for (let i = 0; i < results.length; i++)
      await emit((done.inputs[i] as InputLine).line, results[i] as BatchLineResult);
  };
  const send = async () => {
    if (!pool || !chunk.length) return;
    inFlight.push({ inputs: chunk, results: pool.score(chunk) });
    chunk = [];
    chunkChars = 0;
    // A few chunks per worker keep every thread busy; more would only hold memory.
    while (inFlight.length > pool.size * 2) await drainOne();
  };

  let readError: unknown;
  try {
    for await (const input of readLines(source, { what: "batch line" })) {
      if (!pool && workers > 0 && input.line > POOL_AFTER) {
        const { ScorePool } = await import("./score-pool.js");
        pool = ScorePool.start(workers);
      }
      if (!pool) {
        await emit(input.line, "error" in input ? input : scoreBatchLine(input.text, input.line));
        continue;
      }
      chunk.push(input);
      chunkChars += "text" in input ? input.text.length : 0;
      if (chunk.length >= CHUNK_LINES || chunkChars >= CHUNK_CHARS) await send();
    }
  } catch (error) {
    // What was read before a read error is still scored and written, as on one thread.
    readError = error;
  }
  try {
    await send();
    while (inFlight.length) await drainOne();
  } finally {
    await pool?.close();
  }
  if (readError) throw readError;
  return summary;
}

/** Write to stdout; when the reader is slower than the scorer, a promise to wait on (constant memory). */
function writeOut(text: string): Promise<unknown> | undefined {
  return process.stdout.write(text) ? undefined : once(process.stdout, "drain");
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
