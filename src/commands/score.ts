import { readFileSync } from "node:fs";
import { ContentError, UsageError } from "../errors.js";
import { type Finding, type ScoreContext, type Scorecard, scoreReply } from "../scoring/index.js";
import { renderScorecard } from "../ui/scorecard.js";
import { disableColour } from "../ui/style.js";

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

/** A batch output line: what ../shared/eval/agreement.mjs reads, plus bands and evidence. */
export function batchRecord(id: unknown, card: Scorecard) {
  return {
    id,
    scores: card.scores,
    overall: card.overall,
    bands: card.bands,
    assessed: card.assessed,
    ...(card.notice ? { notice: card.notice } : {}),
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

export interface BatchResult {
  lines: string[];
  errors: string[];
}

/** Score JSON Lines: each line {id, reply, customer?, abusive?, setting?}; unknown fields are ignored. */
export function scoreBatch(text: string): BatchResult {
  const lines: string[] = [];
  const errors: string[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return;
    const where = `line ${i + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      errors.push(`${where}: not valid JSON (${(error as Error).message})`);
      return;
    }
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      errors.push(`${where}: expected a JSON object with "id" and "reply"`);
      return;
    }
    const item = value as Record<string, unknown>;
    if (typeof item.id !== "string" && typeof item.id !== "number") {
      errors.push(`${where}: "id" must be a string or a number`);
      return;
    }
    if (typeof item.reply !== "string") {
      errors.push(`${where}: "reply" must be a string`);
      return;
    }
    for (const key of ["customer", "setting"] as const)
      if (item[key] !== undefined && item[key] !== null && typeof item[key] !== "string") {
        errors.push(`${where}: "${key}" must be a string`);
        return;
      }
    if (item.abusive !== undefined && item.abusive !== null && typeof item.abusive !== "boolean") {
      errors.push(`${where}: "abusive" must be true or false`);
      return;
    }
    const context: ScoreContext = {
      ...(typeof item.customer === "string" ? { customer: item.customer } : {}),
      ...(typeof item.setting === "string" ? { setting: item.setting } : {}),
      abusive: item.abusive === true,
    };
    lines.push(JSON.stringify(batchRecord(item.id, scoreReply(item.reply, context))));
  });
  return { lines, errors };
}

function readBatchInput(source: string): string {
  try {
    return source === "-" ? readFileSync(0, "utf8") : readFileSync(source, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new UsageError(`no such file: ${source}`);
    if (code === "EISDIR") throw new UsageError(`${source} is a folder; give a .jsonl file`);
    if (code === "EAGAIN" || code === "EOF") return "";
    throw new ContentError(`cannot read ${source === "-" ? "stdin" : source}: ${(error as Error).message}`);
  }
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
  const turns = Object.keys(scenario.turns).filter((id) => !isEnd(scenario.turns[id] as never));
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
    const { lines, errors } = scoreBatch(readBatchInput(options.batch));
    if (lines.length) process.stdout.write(`${lines.join("\n")}\n`);
    for (const e of errors)
      process.stderr.write(`${options.batch === "-" ? "stdin" : options.batch}: ${e} (skipped)\n`);
    return errors.length ? 1 : 0;
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
