import { forEachLine, type LineBlock } from "../io/read.js";
import {
  type Finding,
  MAX_SCORED_CHARS,
  type ScoreContext,
  type Scorecard,
  scoreReply,
} from "../scoring/index.js";

/**
 * Scoring batch lines (`coach score --batch`), pure: on the main thread for a small batch, on
 * worker threads (score-worker.ts) for a large one, with the same functions, so the output is
 * byte for byte the same.
 */

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

/** What became of one non-blank batch line: scored under an id, or skipped for a reason. */
export type LineOutcome = { line: number; id: string } | { line: number; error: string };

/** A block of batch lines scored: one string to write, and what became of each line, in order. */
export interface ScoredBlock {
  /** The scored lines' output lines, each ending in a newline. */
  output: string;
  outcomes: LineOutcome[];
}

/**
 * A block scored on a worker thread (score-worker.ts): the same output as UTF-8 bytes, in a buffer
 * moved between threads rather than copied, and what became of each line.
 */
export interface ScoredBytes {
  output: Uint8Array;
  outcomes: LineOutcome[];
}

/**
 * Score a block of batch lines (src/io/read.ts readLineBlocks), on the main thread or a worker:
 * the same pure scoreBatchLine on each line, the outputs joined into one string, so a worker
 * sends back one string per block instead of an object per line.
 */
export function scoreBlock(block: LineBlock): ScoredBlock {
  let output = "";
  const outcomes: LineOutcome[] = [];
  forEachLine(block, (input) => {
    if ("error" in input) {
      outcomes.push(input);
      return;
    }
    const result = scoreBatchLine(input.text, input.line);
    if ("blank" in result) return;
    if ("error" in result) {
      outcomes.push({ line: input.line, error: result.error });
      return;
    }
    output += `${result.output}\n`;
    outcomes.push({ line: input.line, id: result.id });
  });
  return { output, outcomes };
}
