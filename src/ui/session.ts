import { diffWords } from "diff";
import type { Scenario } from "../scenario/schema.js";
import type { Band, Dimension, Finding, Scorecard } from "../scoring/index.js";
import { type Attempt, DIMENSION_ORDER, type TurnPrompt, type TurnRecord } from "../session/engine.js";
import type { FactsCard, FactsKey } from "../session/facts-card.js";
import type { ReportCard } from "../session/report.js";
import { paint } from "./style.js";
import { displayWidth, sanitize, wrap } from "./text.js";

import type { View } from "./view.js";

export { type View, viewFor } from "./view.js";

const indent = (lines: string[], pad = "  ") => lines.map((l) => pad + l).join("\n");

/** A practice session allows hints, model answers and retries; an exam (--exam) does not. */
export type SessionMode = "practice" | "exam";

export function renderIntro(scenario: Scenario, view: View, mode: SessionMode = "practice"): string {
  const s = (t: string) => sanitize(t);
  const w = view.width - 2;
  const parts: string[] = [];
  if (view.plain) {
    parts.push(`SCENARIO: ${s(scenario.title)} (difficulty ${scenario.difficulty} of 5)`);
    parts.push(`SETTING: ${s(scenario.setting)}`);
    parts.push(`CUSTOMER: ${s(scenario.persona.name)}, ${s(scenario.persona.description)}`);
    if (scenario.practise?.length) parts.push(`PRACTISE: ${scenario.practise.map(s).join("; ")}`);
    parts.push(
      mode === "exam"
        ? "EXAM: no hints, model answers, retries or scores until the report at the end. Type your reply and press Enter. Commands: /facts, /help, /quit."
        : "Type your reply and press Enter. Commands: /hint, /facts, /retry, /model, /help, /quit.",
    );
    return parts.join("\n");
  }
  parts.push(
    paint.bold(s(scenario.title)) +
      paint.dim(`  ${"●".repeat(scenario.difficulty)}${"○".repeat(5 - scenario.difficulty)}`),
  );
  parts.push(indent(wrap(s(scenario.setting), w)));
  parts.push(indent(wrap(`${paint.cyan(s(scenario.persona.name))}: ${s(scenario.persona.description)}`, w)));
  if (scenario.practise?.length) {
    parts.push(paint.bold("  Practise:"));
    for (const goal of scenario.practise) parts.push(indent(wrap(`• ${s(goal)}`, w - 2), "    "));
  }
  if (mode === "exam")
    parts.push(
      indent(
        wrap(
          `${paint.bold("Exam:")} no hints, model answers, retries or scores until the report at the end.`,
          w,
        ),
      ),
    );
  const usage =
    mode === "exam"
      ? "Type your reply and press Enter. /facts for what you can offer, /help for commands, /quit to stop."
      : "Type your reply and press Enter. /hint for a hint, /facts for what you can offer, /retry to try your last reply again, /model for its model answer, /help for commands, /quit to stop.";
  parts.push(paint.dim(indent(wrap(usage, w))));
  return parts.join("\n");
}

const FACT_MARKS: Record<FactsKey, { mark: string; colour: (t: string) => string }> = {
  known: { mark: "•", colour: paint.cyan },
  can: { mark: "✓", colour: paint.green },
  cannot: { mark: "✗", colour: paint.red },
  unknown: { mark: "?", colour: paint.yellow },
};

/**
 * The facts card: one heading, then each section with its items. Plain mode gives fixed labels
 * (WHAT YOU CAN OFFER:) and one item a line; the terminal gives a coloured mark per section, so
 * the sections still differ with colour off.
 */
export function renderFactsCard(card: FactsCard, view: View): string {
  if (card.sections.length === 0)
    return view.plain
      ? "FACTS: none listed for this scenario"
      : paint.dim("  (This scenario lists no facts.)");
  const out: string[] = [];
  if (view.plain) {
    out.push("FACTS: what you can and cannot offer (/facts shows them again)");
    for (const section of card.sections) {
      out.push(`${section.title.toUpperCase()}:`);
      for (const item of section.items) out.push(`- ${sanitize(item)}`);
    }
    return out.join("\n");
  }
  const title = "  What you can and cannot offer";
  const again = "(/facts shows this again)";
  const fits = displayWidth(`${title}  ${again}`) <= view.width - 2;
  out.push(`\n${paint.bold(title)}${fits ? paint.dim(`  ${again}`) : `\n  ${paint.dim(again)}`}`);
  for (const section of card.sections) {
    const { mark, colour } = FACT_MARKS[section.key];
    out.push(`  ${colour(section.title)}`);
    for (const item of section.items)
      for (const [i, line] of wrap(sanitize(item), view.width - 8).entries())
        out.push(i === 0 ? `    ${colour(mark)} ${line}` : `      ${line}`);
  }
  return out.join("\n");
}

export function angerColour(anger: number): (text: string) => string {
  if (anger >= 75) return paint.red;
  if (anger >= 50) return paint.hex("#ff8800");
  if (anger >= 25) return paint.yellow;
  return paint.green;
}

export function angerMeter(anger: number, view: View, cells = 20): string {
  if (view.plain) return `ANGER ${anger} of 100`;
  const filled = Math.round((anger / 100) * cells);
  const bar = angerColour(anger)("█".repeat(filled)) + paint.dim("░".repeat(cells - filled));
  return `${bar} ${String(anger).padStart(3)}`;
}

/**
 * The customer's line with its head: the name, the anger meter and the mood. In an exam the meter
 * and the mood are left out, since they are the score by another name; the words still change
 * with the customer's mood, as a real customer's do.
 */
export function renderCustomer(prompt: TurnPrompt, view: View, mode: SessionMode = "practice"): string {
  const name = sanitize(prompt.name);
  const line = sanitize(prompt.customer);
  const again = prompt.attempt ? prompt.attempt : undefined;
  const meter = mode === "exam" ? "" : angerMeter(prompt.anger, view);
  if (view.plain)
    return `\nTURN ${prompt.index + 1}${again ? `, ATTEMPT ${again}` : ""}.${meter ? ` ${meter}` : ""}\nCUSTOMER (${name}): ${line}`;
  const retry = again ? paint.yellow(`  ↺ turn ${prompt.index + 1} again, attempt ${again}`) : "";
  const mood =
    mode === "exam"
      ? ""
      : prompt.mood === "calmer"
        ? paint.green(" ↓ calmer")
        : prompt.mood === "angrier"
          ? paint.red(" ↑ angrier")
          : "";
  const head = `${paint.bold.cyan(name)}${meter ? `  ${meter}` : ""}${mood}${retry}`;
  return `\n${head}\n${indent(wrap(`“${line}”`, view.width - 4))}`;
}

const BAND_COLOUR: Record<Band, (t: string) => string> = {
  "needs work": paint.red,
  developing: paint.yellow,
  strong: paint.green,
};

export function scoreBar(
  dimension: Dimension,
  score: number,
  band: Band,
  view: View,
  untested?: string,
): string {
  if (untested !== undefined)
    return view.plain
      ? `SCORE ${dimension} not tested`
      : `  ${dimension.padEnd(10)} ${paint.dim(`—  ${untested}`)}`;
  if (view.plain) return `SCORE ${dimension} ${score} ${band}`;
  const cells = 20;
  const filled = Math.round((score / 100) * cells);
  const colour = BAND_COLOUR[band];
  return `  ${dimension.padEnd(10)} ${colour("█".repeat(filled))}${paint.dim("░".repeat(cells - filled))} ${String(score).padStart(3)}  ${colour(band)}`;
}

/** The reply with a finding's span highlighted, or the span quoted in plain mode. */
export function quote(_reply: string, finding: Finding, view: View): string {
  const span = finding.span;
  if (!span) return "";
  const text = sanitize(span.text);
  return view.plain ? `"${text}"` : paint.underline(`“${text}”`);
}

export function renderEvidence(finding: Finding, reply: string, view: View): string {
  const sign = finding.effect === "helps" ? "+" : "-";
  const q = quote(reply, finding, view);
  const why = sanitize(finding.message);
  if (view.plain)
    return `${finding.effect === "helps" ? "HELPED" : "HURT"} ${finding.dimension}${q ? ` ${q}` : ""}: ${why} (${finding.signal})`;
  const mark = finding.effect === "helps" ? paint.green(sign) : paint.red(sign);
  return indent(
    wrap(`${mark} ${q ? `${q} ` : ""}${why} ${paint.dim(`(${finding.signal})`)}`, view.width - 6),
    "    ",
  );
}

/** Feedback after one reply: bars, the strongest evidence for and against, and the tip. */
export function renderFeedback(card: Scorecard, reply: string, view: View, limit = 2): string {
  const lines: string[] = [];
  if (card.notice) lines.push(view.plain ? `NOTICE: ${card.notice}` : `  ${paint.yellow(card.notice)}`);
  for (const d of DIMENSION_ORDER)
    lines.push(
      scoreBar(
        d,
        card.scores[d],
        card.bands[d],
        view,
        card.assessed[d] ? undefined : (card.untested?.[d] ?? "not tested here"),
      ),
    );
  lines.push(...evidenceAndTip(card, reply, view, limit));
  return lines.join("\n");
}

function evidenceAndTip(card: Scorecard, reply: string, view: View, limit: number): string[] {
  const lines: string[] = [];
  const helped = card.evidence.filter((f) => f.effect === "helps").slice(0, limit);
  const hurt = card.evidence.filter((f) => f.effect === "hurts").slice(0, limit);
  for (const f of [...helped, ...hurt]) lines.push(renderEvidence(f, reply, view));
  const tip = sanitize(card.tip.text);
  lines.push(view.plain ? `TIP: ${tip}` : indent(wrap(`${paint.cyan("Tip:")} ${tip}`, view.width - 4)));
  return lines;
}

/** A score before and after a retry: a number, or null when the reply did not test it. */
export interface ScoreChange {
  label: Dimension | "overall";
  before: number | null;
  after: number | null;
}

/** The change per dimension (and overall) from one attempt to the next; untested ones are null. */
export function scoreChanges(before: Scorecard, after: Scorecard): ScoreChange[] {
  const changes: ScoreChange[] = DIMENSION_ORDER.map((d) => ({
    label: d,
    before: before.assessed[d] ? before.scores[d] : null,
    after: after.assessed[d] ? after.scores[d] : null,
  }));
  const tested = (card: Scorecard) => DIMENSION_ORDER.some((d) => card.assessed[d]);
  changes.push({
    label: "overall",
    before: tested(before) ? before.overall : null,
    after: tested(after) ? after.overall : null,
  });
  return changes;
}

/** "calm 55 → 80 (+25)", "honesty not tested", "boundaries not tested → 60". */
export function renderScoreChange(change: ScoreChange, view: View): string {
  const { label, before, after } = change;
  const arrow = view.plain ? "to" : "→";
  const shownScore = (n: number | null) => (n === null ? "not tested" : String(n));
  let text: string;
  if (before === null && after === null) text = "not tested";
  else if (before === null || after === null) text = `${shownScore(before)} ${arrow} ${shownScore(after)}`;
  else {
    const delta = after - before;
    const sign = delta > 0 ? `+${delta}` : delta < 0 ? `${delta}` : view.plain ? "no change" : "±0";
    const coloured = delta > 0 ? paint.green(sign) : delta < 0 ? paint.red(sign) : paint.dim(sign);
    text = `${before} ${arrow} ${after} (${view.plain ? sign : coloured})`;
  }
  if (view.plain) return `CHANGE ${label} ${text}`;
  const name = label === "overall" ? paint.bold(label.padEnd(10)) : label.padEnd(10);
  return `  ${name} ${before === null && after === null ? paint.dim(text) : text}`;
}

/** A reply diff, word by word: what stayed, what the new attempt added, what it removed. */
export type WordChange = { kind: "same" | "added" | "removed"; text: string };

let wordSegmenter: Intl.Segmenter | undefined;

/**
 * jsdiff's word diff over ICU word boundaries (Intl.Segmenter, as the scorer uses), so "you're"
 * and "That's" stay whole words instead of splitting at the apostrophe.
 */
export function wordDiff(before: string, after: string): WordChange[] {
  wordSegmenter ??= new Intl.Segmenter("en", { granularity: "word" });
  return diffWords(before, after, { intlSegmenter: wordSegmenter }).map((part) => ({
    kind: part.added ? "added" : part.removed ? "removed" : "same",
    text: part.value,
  }));
}

/**
 * The diff as one line of text. With colour, removed words are red and struck through and added
 * ones green; without colour (--plain, NO_COLOR) they are marked as `git diff --word-diff` does,
 * [-removed-] and {+added+}, so the change still reads on a screen reader or in a log.
 */
export function renderWordDiff(changes: readonly WordChange[]): string {
  const marked = paint.level === 0;
  let out = "";
  let previous: WordChange["kind"] = "same";
  for (const { kind, text } of changes) {
    const clean = sanitize(text);
    if (kind === "same") {
      out += clean;
      previous = kind;
      continue;
    }
    const [, lead = "", core = "", trail = ""] = /^(\s*)([\s\S]*?)(\s*)$/.exec(clean) ?? [];
    if (!core) {
      out += clean;
      continue;
    }
    if (marked) out += `${lead}${kind === "added" ? `{+${core}+}` : `[-${core}-]`}${trail}`;
    else {
      // Word by word, so a wrapped line never carries a colour over its indent; a space between
      // a removed run and the added one that replaces it, which colour alone would run together.
      const colour = kind === "added" ? paint.green : paint.red.strikethrough;
      const gap = lead === "" && /\S$/.test(out) && previous !== "same" ? " " : lead;
      out += gap + core.replace(/\S+/g, (word) => colour(word)) + trail;
    }
    previous = kind;
  }
  return out.replace(/\s+/g, " ").trim();
}

/**
 * Feedback after a retried reply: the score change per dimension against the attempt before,
 * the word-level diff of the two replies, then the new reply's evidence and tip.
 */
export function renderRetryFeedback(before: Attempt, record: TurnRecord, view: View, limit = 2): string {
  const attempt = (record.attempts?.length ?? 0) + 1;
  const card = record.scorecard;
  const lines: string[] = [];
  if (card.notice) lines.push(view.plain ? `NOTICE: ${card.notice}` : `  ${paint.yellow(card.notice)}`);
  lines.push(
    view.plain
      ? `RETRY: turn ${record.index + 1}, attempt ${attempt} against attempt ${attempt - 1}`
      : paint.bold(`  Turn ${record.index + 1}, attempt ${attempt} against attempt ${attempt - 1}`),
  );
  for (const change of scoreChanges(before.scorecard, card)) lines.push(renderScoreChange(change, view));
  const diff = wordDiff(sanitize(before.reply), sanitize(record.reply));
  const same = diff.every((c) => c.kind === "same");
  const text = same ? "(the same words as before)" : renderWordDiff(diff);
  if (view.plain) lines.push(`DIFF: ${text}`);
  else {
    lines.push(`  ${paint.bold("What changed:")}`);
    lines.push(indent(wrap(text, view.width - 6), "    "));
  }
  lines.push(...evidenceAndTip(card, record.reply, view, limit));
  return lines.join("\n");
}

/** A refused command or a note about the prompt, shown in place of the customer's line. */
export function renderNotice(text: string, view: View): string {
  return view.plain ? `NOTE: ${sanitize(text)}` : indent(wrap(paint.yellow(sanitize(text)), view.width - 4));
}

/** What /model shows: the model answers of the last line replied to (see TurnPrompt.model). */
export function renderModel(model: TurnPrompt["model"], view: View, retrying = false): string {
  if (!model)
    return renderNotice(
      "No model answer yet: /model shows one for the line you last replied to, after its feedback. /hint helps with this one.",
      view,
    );
  const turn = model.index + 1;
  if (model.answers.length === 0)
    return view.plain
      ? `MODEL ANSWER: none for turn ${turn} in this scenario`
      : paint.dim(`  (This scenario has no model answer for turn ${turn}.)`);
  if (view.plain) return model.answers.map((a) => `MODEL ANSWER (turn ${turn}): ${sanitize(a)}`).join("\n");
  const head =
    model.answers.length > 1 ? `Model answers for turn ${turn}:` : `A model answer for turn ${turn}:`;
  const out = [`  ${paint.cyan(head)}`];
  for (const answer of model.answers) out.push(indent(wrap(`“${sanitize(answer)}”`, view.width - 6), "    "));
  if (!retrying) out.push(paint.dim(indent(wrap("/retry to try that line again.", view.width - 4))));
  return out.join("\n");
}

export function renderAngerChange(record: TurnRecord, view: View): string {
  const delta = record.angerAfter - record.angerBefore;
  const word = delta < 0 ? "calmer" : delta > 0 ? "angrier" : "no change";
  if (view.plain) return `ANGER ${record.angerBefore} to ${record.angerAfter} (${word})`;
  const arrow =
    delta < 0 ? paint.green(`↓ ${-delta}`) : delta > 0 ? paint.red(`↑ ${delta}`) : paint.dim("→ 0");
  return paint.dim(`  anger ${record.angerBefore} → ${record.angerAfter} `) + arrow;
}

const SPARKS = "▁▂▃▄▅▆▇█";
export function sparkline(values: readonly number[]): string {
  return values.map((v) => SPARKS[Math.min(7, Math.floor((v / 100) * 8))]).join("");
}

const OUTCOME_WORDS = {
  deescalated: "De-escalated",
  escalated: "Escalated",
  unfinished: "Unfinished",
} as const;

/** The help the trainee took, by kind, with the turns (0-based) it was taken at. */
function helpLines(report: ReportCard): [string, number[]][] {
  return [
    ["hints used", report.help.hints],
    ["model answers seen", report.help.models],
    ["retries", report.help.retries],
  ];
}

const turnList = (turns: readonly number[]) =>
  `${turns.length === 1 ? "turn" : "turns"} ${turns.map((t) => t + 1).join(", ")}`;

export function renderReport(report: ReportCard, closing: string | undefined, view: View): string {
  const out: string[] = [];
  const w = view.width - 4;
  const outcome = OUTCOME_WORDS[report.outcome];
  if (closing)
    out.push(
      view.plain ? `CUSTOMER: ${sanitize(closing)}` : `\n${indent(wrap(`“${sanitize(closing)}”`, w))}`,
    );
  if (view.plain) {
    out.push(`REPORT: ${sanitize(report.title)}`);
    out.push(`OUTCOME: ${outcome} after ${report.turns} ${report.turns === 1 ? "reply" : "replies"}`);
    out.push(`OVERALL: ${report.overall ?? "no replies"}`);
    for (const d of DIMENSION_ORDER) {
      const r = report.dimensions[d];
      out.push(r.average === null ? `SCORE ${d} not tested` : `SCORE ${d} ${r.average} ${r.band}`);
    }
    out.push(`ANGER: ${report.anger.join(", ")}`);
    if (report.exam) out.push("EXAM: no hints, model answers or retries");
    else
      for (const [label, turns] of helpLines(report))
        out.push(
          `${label.toUpperCase()}: ${turns.length === 0 ? "none" : `${turns.length} (${turnList(turns)})`}`,
        );
  } else {
    const colour =
      report.outcome === "deescalated"
        ? paint.green
        : report.outcome === "escalated"
          ? paint.red
          : paint.yellow;
    out.push(
      `\n${paint.bold("Report card")}  ${sanitize(report.title)}${report.exam ? paint.dim("  (exam)") : ""}`,
    );
    out.push(
      `  ${colour(outcome)} after ${report.turns} ${report.turns === 1 ? "reply" : "replies"}   overall ${paint.bold(String(report.overall ?? "-"))}`,
    );
    for (const d of DIMENSION_ORDER) {
      const r = report.dimensions[d];
      out.push(
        r.average !== null && r.band
          ? scoreBar(d, r.average, r.band, view)
          : scoreBar(d, 0, "developing", view, "not tested in this session"),
      );
    }
    out.push(`  anger      ${sparkline(report.anger)}  ${report.anger.join(" → ")}`);
    if (report.exam) out.push(`  ${"help".padEnd(10)} ${paint.dim("none: an exam")}`);
    else {
      const used = helpLines(report)
        .filter(([, turns]) => turns.length > 0)
        .map(([label, turns]) => `${label} ${turns.length} (${turnList(turns)})`);
      const text = used.length ? used.join(", ") : "none: no hints, model answers or retries";
      // Aligned with the dimension names above; wrap() would fold the padding away.
      const [first = "", ...rest] = wrap(text, w - 11);
      out.push(`  ${"help".padEnd(10)} ${first}`, ...rest.map((l) => `${" ".repeat(13)}${l}`));
    }
  }
  const turnBlock = (label: string, t: NonNullable<ReportCard["best"]>, finding?: Finding) => {
    if (view.plain) {
      out.push(`${label}: turn ${t.index + 1}, overall ${t.overall}: "${sanitize(t.reply)}"`);
      if (finding) out.push(renderEvidence(finding, t.reply, view));
    } else {
      out.push(`${paint.bold(`  ${label}`)} (turn ${t.index + 1}, overall ${t.overall})`);
      out.push(indent(wrap(`“${sanitize(t.reply)}”`, w - 2), "    "));
      if (finding) out.push(renderEvidence(finding, t.reply, view));
    }
  };
  if (report.best) turnBlock("Best reply", report.best, report.best.helped);
  if (report.weakest) {
    turnBlock("Weakest reply", report.weakest, report.weakest.hurt);
    if (report.weakest.model) {
      const model = sanitize(report.weakest.model);
      out.push(
        view.plain
          ? `MODEL ANSWER: ${model}`
          : `${paint.bold("  A model answer there:")}\n${indent(wrap(model, w - 2), "    ")}`,
      );
    }
  }
  if (report.practise.length) {
    out.push(view.plain ? "PRACTISE NEXT:" : paint.bold("  Practise next:"));
    for (const [i, tip] of report.practise.entries())
      out.push(
        view.plain ? `${i + 1}. ${sanitize(tip)}` : indent(wrap(`${i + 1}. ${sanitize(tip)}`, w - 2), "    "),
      );
  }
  return out.join("\n");
}
