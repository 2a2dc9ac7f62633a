import type { Recommendation } from "../progress/next.js";
import { type DimensionProgress, type Progress, times } from "../progress/progress.js";
import { bandOf } from "../scoring/index.js";
import { paint } from "./style.js";
import { displayWidth, sanitize, wrap } from "./text.js";

/**
 * `coach progress` and `coach next` on screen. A sparkline per dimension, one character per
 * session, oldest on the left, on a fixed 0-100 scale so dimensions compare and a small wobble
 * does not look like a cliff: Unicode blocks ▁ (0-12) to █ (88-100), or under --plain the score's
 * tens digit (7 = 70-79). `·` (`.` under --plain) marks a session that did not test the dimension.
 */
export interface ProgressView {
  plain: boolean;
  /** Terminal columns (40-100). */
  width: number;
}

const BLOCKS = "▁▂▃▄▅▆▇█";

export function sparkline(series: readonly (number | null)[], plain: boolean): string {
  return series
    .map((v) => {
      if (v === null) return plain ? "." : "·";
      if (plain) return String(Math.min(9, Math.floor(v / 10)));
      return BLOCKS[Math.min(7, Math.floor(v / 12.5))] as string;
    })
    .join("");
}

/** Columns for the sparkline: what the figures leave, between 8 and 30. */
export function sparkWidth(width: number): number {
  return Math.max(8, Math.min(30, width - 40));
}

const day = (iso?: string) => (iso ? iso.slice(0, 10) : "");
const colourOf = (score: number) => {
  const band = bandOf(score);
  return band === "strong" ? paint.green : band === "developing" ? paint.yellow : paint.red;
};

function headline(p: Progress, scenario?: string): string {
  const what = scenario ? ` on ${sanitize(scenario)}` : "";
  if (p.sessions === 0) return `No scored sessions${what} yet.`;
  const span =
    p.from && p.to && day(p.from) !== day(p.to) ? `, ${day(p.from)} to ${day(p.to)}` : `, ${day(p.to)}`;
  return `Progress${what} over ${p.sessions === 1 ? "1 session" : `${p.sessions} sessions`}${span}`;
}

function row(d: DimensionProgress, spark: number): string {
  const name = `  ${d.dimension.padEnd(10)}  `;
  if (!d.practised) return `${name}${paint.dim("not yet practised")}`;
  const line = sparkline(d.series.slice(-spark), false).padEnd(spark);
  const now = colourOf(d.recent ?? 0)(String(d.recent).padStart(3));
  const nums = `${now}  ${String(d.latest?.score).padStart(6)}  ${String(d.first?.score).padStart(5)}  ${String(d.best?.score).padStart(4)}`;
  return `${name}${line}  ${nums}`;
}

export function renderProgress(p: Progress, view: ProgressView, scenario?: string): string {
  const w = view.width;
  const out: string[] = [];
  const para = (text: string, indent = "  ", first = indent) =>
    wrap(text, w - indent.length).forEach((l, i) => {
      out.push(`${i ? indent : first}${l}`);
    });
  if (view.plain) return renderPlain(p, view, scenario);
  out.push(paint.bold(headline(p, scenario)));
  if (p.sessions > 0) {
    const spark = sparkWidth(w);
    out.push("");
    const label = spark >= 15 ? "oldest → newest" : "sessions";
    out.push(paint.dim(`  ${"".padEnd(10)}  ${label.padEnd(spark)}  now  latest  first  best`));
    for (const d of p.dimensions) out.push(row(d, spark));
  }
  out.push("");
  for (const note of p.notes) para(sanitize(note));
  if (p.weakest?.advice.length) {
    out.push("");
    para(
      `${paint.bold(`Weakest lately: ${p.weakest.dimension} (${p.weakest.recent}).`)} What most often cost you points there, in your recent sessions:`,
    );
    for (const a of p.weakest.advice) {
      para(`${sanitize(a.habit)}: ${times(a.count)}, ${a.points} points in all.`, "    ", "  • ");
      if (a.tip) para(`${paint.cyan("Try:")} ${sanitize(a.tip)}`, "    ");
    }
  } else if (p.weakest) {
    out.push("");
    para(paint.bold(`Weakest lately: ${p.weakest.dimension} (${p.weakest.recent}).`));
  }
  if (p.sessions > 0) {
    out.push("");
    for (const l of wrap(
      `How these are computed: ${p.method.text} Bars: one per session, oldest first, from ▁ (0) to █ (100); · not tested.`,
      w - 2,
    ))
      out.push(`  ${paint.dim(l)}`);
  }
  return out.join("\n");
}

function renderPlain(p: Progress, view: ProgressView, scenario?: string): string {
  const out: string[] = [];
  const line = (text: string) =>
    wrap(text, view.width - 2).forEach((l, i) => {
      out.push(i ? `  ${l}` : l);
    });
  line(`PROGRESS: ${headline(p, scenario).replace(/^Progress /, "")}`);
  const spark = sparkWidth(view.width);
  for (const d of p.dimensions) {
    if (!d.practised) {
      line(`${d.dimension}: not yet practised`);
      continue;
    }
    line(
      `${d.dimension}: now ${d.recent}, latest ${d.latest?.score}, first ${d.first?.score}, best ${d.best?.score}, over ${d.sessions} ${d.sessions === 1 ? "session" : "sessions"}; by session ${sparkline(d.series.slice(-spark), true)}`,
    );
  }
  for (const note of p.notes) line(`NOTE: ${sanitize(note)}`);
  if (p.weakest) line(`WEAKEST: ${p.weakest.dimension} ${p.weakest.recent}`);
  for (const a of p.weakest?.advice ?? []) {
    line(
      `COST: ${sanitize(a.habit)}: ${a.count === 1 ? "once" : `${a.count} times`}, ${a.points} points in all.`,
    );
    if (a.tip) line(`TRY: ${sanitize(a.tip)}`);
  }
  if (p.sessions > 0)
    line(
      `METHOD: ${p.method.text} By session: one digit per session, oldest first, the score's tens (7 means 70 to 79); a dot means not tested.`,
    );
  return out.join("\n");
}

/** `coach next`: the scenario, why, and the command that starts it (`start`, ready to paste). */
export function renderNext(
  rec: Recommendation | undefined,
  view: ProgressView,
  start = `coach run ${rec?.scenario.id}`,
): string {
  const out: string[] = [];
  const para = (text: string, indent = "  ", first = indent) =>
    wrap(text, view.width - indent.length).forEach((l, i) => {
      out.push(`${i ? indent : first}${l}`);
    });
  if (!rec) {
    para("There are no valid scenarios to practise: `coach list` shows where coach looks.", "", "");
    return out.join("\n");
  }
  const title = sanitize(rec.scenario.title);
  if (view.plain) {
    para(
      `NEXT: ${title} (${sanitize(rec.scenario.id)}), difficulty ${rec.scenario.difficulty} of 5`,
      "  ",
      "",
    );
    for (const r of rec.reasons) para(`WHY: ${sanitize(r.text)}`, "  ", "");
    out.push(`Next: ${start}`);
    return out.join("\n");
  }
  para(
    `${paint.bold(title)} ${paint.dim(`(${sanitize(rec.scenario.id)}, difficulty ${rec.scenario.difficulty} of 5)`)}`,
    "  ",
    "",
  );
  for (const r of rec.reasons) para(sanitize(r.text), "    ", "  • ");
  out.push("");
  out.push(`Next: ${start}`);
  return out.join("\n");
}

/** The one line the menu shows for the recommendation: the title, then the reasons in a few words each, cut to fit. */
export function nextMenuLine(rec: Recommendation, width: number): { name: string; description: string } {
  const said = rec.reasons.map((r) => r.short).join(" · ");
  const reason = sanitize(said.charAt(0).toUpperCase() + said.slice(1));
  const name = `Suggested: ${sanitize(rec.scenario.title)}`;
  const max = Math.max(20, width - 4);
  const description = displayWidth(reason) > max ? `${reason.slice(0, max - 1)}…` : reason;
  return { name, description };
}
