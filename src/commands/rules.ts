import { UsageError } from "../errors.js";
import { didYouMean } from "../scenario/diagnostics.js";
import { type Impact, SIGNALS, type SignalExample, type SignalMeta } from "../scoring/index.js";
import { paint } from "../ui/style.js";
import { sanitize, wrap } from "../ui/text.js";

/** `coach rules [id]`: the built-in scoring signals, as a table or one explained in full. */

export interface RulesOptions {
  json?: boolean;
}

export interface RuleRow {
  id: string;
  dimension: string;
  effect: string;
  points: number;
  summary: string;
}

export function ruleRows(signals: readonly SignalMeta[] = SIGNALS): RuleRow[] {
  return signals.map(({ id, dimension, effect, points, summary }) => ({
    id,
    dimension,
    effect,
    points,
    summary,
  }));
}

/** Find a signal by id, or a UsageError with the nearest id. */
export function findSignal(id: string, signals: readonly SignalMeta[] = SIGNALS): SignalMeta {
  const found = signals.find((signal) => signal.id === id);
  if (found) return found;
  const near = didYouMean(
    id,
    signals.map((signal) => signal.id),
  );
  throw new UsageError(
    `no built-in signal \`${sanitize(id)}\`; ${near ? `did you mean ${near}? Run` : "run"} \`coach rules\` to see them all`,
  );
}

function signed(points: number): string {
  return points >= 0 ? `+${points}` : String(points);
}

/** The table: one row per signal, the summary wrapped to `width` columns (unwrapped when width is undefined). */
export function formatRulesTable(rows: readonly RuleRow[], width?: number): string[] {
  const idWidth = Math.max(2, ...rows.map((row) => row.id.length));
  const dimWidth = Math.max(9, ...rows.map((row) => row.dimension.length));
  const effectWidth = Math.max(6, ...rows.map((row) => `${row.effect} ${signed(row.points)}`.length));
  const indent = idWidth + dimWidth + effectWidth + 6;
  const summaryWidth = width === undefined ? undefined : Math.max(20, width - indent);
  const lines = [
    paint.bold(
      `${"ID".padEnd(idWidth)}  ${"DIMENSION".padEnd(dimWidth)}  ${"EFFECT".padEnd(effectWidth)}  SUMMARY`,
    ),
  ];
  for (const row of rows) {
    const summary = sanitize(row.summary);
    const parts = summaryWidth === undefined ? [summary] : wrap(summary, summaryWidth);
    const effect = `${row.effect} ${signed(row.points)}`.padEnd(effectWidth);
    lines.push(
      `${paint.cyan(row.id.padEnd(idWidth))}  ${row.dimension.padEnd(dimWidth)}  ${
        row.effect === "helps" ? paint.green(effect) : paint.red(effect)
      }  ${parts[0] ?? ""}`,
    );
    for (const part of parts.slice(1)) lines.push(`${" ".repeat(indent)}${part}`);
  }
  lines.push(paint.dim(`${rows.length} signals. \`coach rules <id>\` explains one.`));
  return lines;
}

function impact(points: number, cap: number | undefined, dimension: string): string {
  return `${dimension} ${signed(points)}${cap === undefined ? "" : `, capped at ${cap}`}`;
}

/** A short note of an example's context: "(customer was abusive)". */
export function exampleNote(example: string | SignalExample): string {
  if (typeof example === "string") return "";
  const notes: string[] = [];
  if (example.abusive) notes.push("customer was abusive");
  if (example.customer) notes.push(`customer said “${example.customer}”`);
  if (example.previous?.length)
    notes.push(
      `earlier ${example.previous.length === 1 ? "reply" : "replies"}: ${example.previous.map((p) => `“${p}”`).join(", ")}`,
    );
  const facts = example.facts;
  if (facts) {
    for (const key of ["known", "unknown", "can", "cannot"] as const) {
      const list = facts[key];
      if (list?.length) notes.push(`facts ${key}: ${list.map((f) => `“${f}”`).join(", ")}`);
    }
  }
  return notes.length > 0 ? `(${notes.join("; ")})` : "";
}

function exampleReply(example: string | SignalExample): string {
  return typeof example === "string" ? example : example.reply;
}

export function formatRule(signal: SignalMeta, width = 80): string[] {
  const body = Math.max(30, width - 4);
  const para = (text: string) => wrap(sanitize(text), body).map((line) => `  ${line}`);
  const lines = [
    paint.bold(paint.cyan(signal.id)),
    ...para(signal.summary),
    "",
    `  ${paint.dim("dimension")}  ${signal.dimension}`,
    `  ${paint.dim("effect   ")}  ${signal.effect}, ${signed(signal.points)} points${
      signal.cap === undefined ? "" : `; caps ${signal.dimension} at ${signal.cap}`
    }${signal.softened ? ` (${signal.softened.cap} with ${signal.softened.by.join(", ")})` : ""}`,
  ];
  if (signal.also?.length)
    lines.push(
      `  ${paint.dim("also     ")}  ${signal.also.map((a: Impact) => impact(a.points, a.cap, a.dimension)).join("; ")}`,
    );
  lines.push("", paint.bold("Why it matters"), ...para(signal.explanation));
  lines.push("", paint.bold("Tip"), ...para(signal.tip));
  const examples = (title: string, mark: string, list: readonly (string | SignalExample)[]) => {
    if (list.length === 0) return;
    lines.push("", paint.bold(title));
    for (const example of list) {
      const note = exampleNote(example);
      const text = `${mark} “${sanitize(exampleReply(example))}”${note ? ` ${paint.dim(sanitize(note))}` : ""}`;
      const [first = "", ...rest] = wrap(text, body - 2);
      lines.push(`  ${first}`, ...rest.map((line) => `      ${line}`));
    }
  };
  examples("Fires on", paint.green("✓"), signal.examples.fires);
  examples("Stays silent on", paint.dim("·"), signal.examples.silent);
  return lines;
}

function terminalWidth(): number | undefined {
  return process.stdout.isTTY ? Math.max(40, process.stdout.columns || 80) : undefined;
}

export async function rulesCommand(id: string | undefined, options: RulesOptions = {}): Promise<number> {
  if (id !== undefined) {
    const signal = findSignal(id);
    if (options.json) process.stdout.write(`${JSON.stringify(signal, null, 2)}\n`);
    else process.stdout.write(`${formatRule(signal, terminalWidth() ?? 80).join("\n")}\n`);
    return 0;
  }
  const rows = ruleRows();
  if (options.json) process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
  else process.stdout.write(`${formatRulesTable(rows, terminalWidth()).join("\n")}\n`);
  return 0;
}
