import type { Dimension, Finding } from "../scoring/index.js";
import { DIMENSION_ORDER } from "../session/engine.js";
import { VERSION } from "../version.js";
import {
  dimensionSeries,
  OUTCOME_WORDS,
  type ReplyPart,
  type ReportReply,
  type ReportTurn,
  type SessionReport,
} from "./model.js";
import { cssVariables, DARK, LIGHT } from "./palette.js";

/**
 * The report as one self-contained HTML file: inline CSS and SVG, no script, no network, no
 * external font. A Content-Security-Policy forbids scripts and fetches, so even text that got
 * past escaping could not run or call out. Every string from the transcript is untrusted and goes
 * through `esc` (control and bidi-override characters removed, markup characters escaped).
 */
export function renderHtml(report: SessionReport): string {
  return page(
    `Report: ${report.scenario.title}`,
    [header(report), summary(report), facts(report), turns(report), closing(report)],
    {
      skip: '<a class="skip" href="#turns">Skip to the turns</a>',
      footer: `Made by coach ${VERSION} from the saved transcript of this session.`,
    },
  );
}

/**
 * The page around another view (the team and progress reports): the same head, security policy
 * and stylesheet as the session report, plus the view's own rules.
 */
export function htmlPage(title: string, body: string, css = ""): string {
  return page(title, [body], { css, footer: `Made by coach ${VERSION}.` });
}

/** One self-contained page: the head with its security policy and stylesheet, then the body. */
function page(
  title: string,
  main: string[],
  options: { css?: string; skip?: string; footer: string },
): string {
  return [
    "<!DOCTYPE html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light dark">',
    `<meta name="generator" content="coach ${VERSION}">`,
    `<title>${esc(title)}</title>`,
    `<style>${STYLESHEET}${options.css ? `\n${options.css}` : ""}</style>`,
    "</head>",
    "<body>",
    ...(options.skip ? [options.skip] : []),
    "<main>",
    ...main,
    "</main>",
    `<footer><p>${options.footer}</p></footer>`,
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

// C0 controls other than tab and newline, DEL, C1 controls, bidi embeddings, overrides and isolates.
// biome-ignore lint/suspicious/noControlCharactersInRegex: this pattern exists to remove control characters
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const MARKUP: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Untrusted text for HTML text or a quoted attribute value. */
export function esc(text: string): string {
  return text.replace(UNSAFE, "").replace(/[&<>"']/g, (c) => MARKUP[c] as string);
}

export const DIMENSION_WORDS: Record<Dimension, string> = {
  calm: "Calm",
  empathy: "Empathy",
  honesty: "Honesty",
  boundaries: "Boundaries",
};

const bandClass = (band: string) => `band-${band.replace(/\s+/g, "-")}`;
const dateOf = (iso: string) => iso.replace("T", " ").replace(/\.\d+Z$|Z$/, " UTC");

function header(report: SessionReport): string {
  const { scenario, session, card } = report;
  const rows: string[] = [];
  rows.push(
    `<h1><span class="kicker">Practice report</span> <span class="user">${esc(scenario.title)}</span></h1>`,
  );
  const meta = [
    `<div><dt>Started</dt><dd>${esc(dateOf(session.startedAt))}</dd></div>`,
    `<div><dt>Outcome</dt><dd class="outcome-${session.outcome}">${OUTCOME_WORDS[session.outcome]}${
      session.outcome === "unfinished" && session.endReason
        ? ` <span class="muted">(${esc(session.endReason.replace(/-/g, " "))})</span>`
        : ""
    }</dd></div>`,
    `<div><dt>Replies</dt><dd>${card.turns}</dd></div>`,
    `<div><dt>Overall</dt><dd><strong>${card.overall ?? "no replies"}</strong>${card.overall === null ? "" : " of 100"}</dd></div>`,
  ];
  if (session.exam)
    meta.push("<div><dt>Mode</dt><dd>exam (no hints or feedback during the session)</dd></div>");
  rows.push(`<dl class="meta">${meta.join("")}</dl>`);
  if (scenario.summary) rows.push(`<p class="user">${esc(scenario.summary)}</p>`);
  if (scenario.setting)
    rows.push(`<p><strong>Setting:</strong> <span class="user">${esc(scenario.setting)}</span></p>`);
  if (scenario.persona)
    rows.push(
      `<p><strong>Customer:</strong> <span class="user">${esc(scenario.persona.name)}</span>: <span class="user">${esc(scenario.persona.description)}</span></p>`,
    );
  if (scenario.practise?.length)
    rows.push(
      `<p><strong>Practises:</strong> ${scenario.practise.map((p) => `<span class="user">${esc(p)}</span>`).join("; ")}</p>`,
    );
  for (const note of report.notes) rows.push(`<p class="note" role="note">${esc(note)}</p>`);
  return `<header>${rows.join("\n")}</header>`;
}

function summary(report: SessionReport): string {
  const { card } = report;
  const out: string[] = ['<section aria-labelledby="summary-h">', '<h2 id="summary-h">Summary</h2>'];
  out.push('<ul class="dims">');
  for (const d of DIMENSION_ORDER) {
    const r = card.dimensions[d];
    out.push(
      r.average === null || r.band === null
        ? `<li class="untested"><span class="dim-name">${DIMENSION_WORDS[d]}</span> <strong aria-hidden="true">–</strong><span class="band muted">not tested in this session</span></li>`
        : `<li>${scoreLine(DIMENSION_WORDS[d], r.average, r.band)}</li>`,
    );
  }
  out.push("</ul>");
  if (report.turns.length > 0) {
    out.push(angerChart(report), dimensionChart(report), scoreTable(report));
  }
  const bestWeakest: string[] = [];
  if (card.best)
    bestWeakest.push(
      `<p><strong>Best reply:</strong> <a href="#turn-${card.best.index + 1}">turn ${card.best.index + 1}</a>, overall ${card.best.overall}.</p>`,
    );
  if (card.weakest)
    bestWeakest.push(
      `<p><strong>Weakest reply:</strong> <a href="#turn-${card.weakest.index + 1}">turn ${card.weakest.index + 1}</a>, overall ${card.weakest.overall}.</p>`,
    );
  out.push(...bestWeakest);
  if (card.practise.length) {
    out.push('<h3 id="practise-h">What to practise next</h3>', '<ol aria-labelledby="practise-h">');
    for (const tip of card.practise) out.push(`<li class="user">${esc(tip)}</li>`);
    out.push("</ol>");
  }
  out.push("</section>");
  return out.join("\n");
}

/** "Calm 80", the band on the next line, and a bar. */
function scoreLine(name: string, score: number, band: string): string {
  return `<span class="dim-name">${name}</span> <strong>${score}</strong> <span class="band ${bandClass(band)}">${band}</span>${meter(score)}`;
}

/** A bar for a score, drawn by CSS; the number beside it is the content. */
function meter(score: number): string {
  return `<span class="meter" aria-hidden="true"><span style="width:${Math.max(0, Math.min(100, score))}%"></span></span>`;
}

const CHART = { width: 640, left: 44, right: 16, top: 16 };

function angerChart(report: SessionReport): string {
  const values = report.card.anger;
  const height = 200;
  const bottom = 34;
  const plotW = CHART.width - CHART.left - CHART.right;
  const plotH = height - CHART.top - bottom;
  const x = (i: number) => CHART.left + (values.length === 1 ? plotW / 2 : (plotW * i) / (values.length - 1));
  const y = (v: number) => CHART.top + plotH - (plotH * Math.max(0, Math.min(100, v))) / 100;
  const label = (i: number) => (i === 0 ? "start" : String(i));
  const step = Math.max(1, Math.ceil((values.length - 1) / 15));
  const first = values[0] ?? 0;
  const last = values[values.length - 1] ?? 0;
  const peak = Math.max(...values);
  const peakAt = values.indexOf(peak);
  const desc = `Anger went from ${first} at the start to ${last} after turn ${values.length - 1}; highest ${peak} ${
    peakAt === 0 ? "at the start" : `after turn ${peakAt}`
  }. Scale 0 (calm) to 100 (furious).`;
  const parts: string[] = [];
  for (const g of [0, 25, 50, 75, 100])
    parts.push(
      `<line class="grid" x1="${CHART.left}" x2="${CHART.left + plotW}" y1="${y(g)}" y2="${y(g)}"/><text class="axis" x="${CHART.left - 6}" y="${y(g) + 4}" text-anchor="end">${g}</text>`,
    );
  values.forEach((_, i) => {
    if (i % step === 0 || i === values.length - 1)
      parts.push(
        `<text class="axis" x="${x(i)}" y="${height - bottom + 18}" text-anchor="middle">${label(i)}</text>`,
      );
  });
  parts.push(
    `<polyline class="anger-line" points="${values.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(" ")}"/>`,
  );
  for (const [i, v] of values.entries())
    parts.push(
      `<circle class="anger-dot" cx="${x(i).toFixed(1)}" cy="${y(v).toFixed(1)}" r="4"><title>${i === 0 ? "Start" : `After turn ${i}`}: anger ${v}</title></circle>`,
    );
  parts.push(
    `<text class="axis" x="${CHART.left + plotW / 2}" y="${height - 4}" text-anchor="middle">turn</text>`,
  );
  return figure(
    "anger",
    "Anger over the session",
    desc,
    `<svg viewBox="0 0 ${CHART.width} ${height}" width="100%" role="img" aria-labelledby="anger-title anger-desc" aria-label="${esc(`Anger over the session. ${desc}`)}"><title id="anger-title">Anger over the session</title><desc id="anger-desc">${esc(desc)}</desc>${parts.join("")}</svg>`,
    `The customer's anger at the start and after each reply (0 calm, 100 furious). Numbers in the table below.`,
  );
}

function dimensionChart(report: SessionReport): string {
  const series = dimensionSeries(report);
  const n = report.turns.length;
  const rowH = 64;
  const gap = 14;
  const bottom = 30;
  const height = CHART.top + 12 + DIMENSION_ORDER.length * (rowH + gap) + bottom;
  const left = 96;
  const plotW = CHART.width - left - CHART.right;
  const slot = plotW / n;
  const barW = Math.max(2, Math.min(28, slot * 0.7));
  const step = Math.max(1, Math.ceil(n / 15));
  const parts: string[] = [];
  const sentences: string[] = [];
  DIMENSION_ORDER.forEach((d, row) => {
    const top = CHART.top + 12 + row * (rowH + gap);
    const base = top + rowH;
    parts.push(
      `<text class="axis dim-label" x="${left - 8}" y="${top + rowH / 2 + 4}" text-anchor="end">${d}</text>`,
    );
    parts.push(`<line class="grid" x1="${left}" x2="${left + plotW}" y1="${base}" y2="${base}"/>`);
    const tested: string[] = [];
    (series[d] ?? []).forEach((score, i) => {
      const cx = left + slot * i + slot / 2;
      if (score === null) {
        parts.push(
          `<line class="untested" x1="${(cx - barW / 2).toFixed(1)}" x2="${(cx + barW / 2).toFixed(1)}" y1="${base - 3}" y2="${base - 3}"><title>Turn ${i + 1}, ${d}: not tested</title></line>`,
        );
        return;
      }
      const cell = report.turns[i]?.scores.dimensions[d];
      const h = Math.max(1, (rowH * Math.max(0, Math.min(100, score))) / 100);
      parts.push(
        `<rect class="bar ${bandClass(cell?.band ?? "developing")}" x="${(cx - barW / 2).toFixed(1)}" y="${(base - h).toFixed(1)}" width="${barW.toFixed(1)}" height="${h.toFixed(1)}"><title>Turn ${i + 1}, ${d}: ${score}${cell ? ` (${cell.band})` : ""}</title></rect>`,
      );
      if (slot >= 24)
        parts.push(
          `<text class="axis value" x="${cx.toFixed(1)}" y="${(base - h - 3).toFixed(1)}" text-anchor="middle">${score}</text>`,
        );
      tested.push(`${i + 1}: ${score}`);
    });
    sentences.push(tested.length ? `${d}, turn by turn, ${tested.join(", ")}` : `${d} not tested`);
  });
  for (let i = 0; i < n; i++)
    if (i % step === 0 || i === n - 1)
      parts.push(
        `<text class="axis" x="${(left + slot * i + slot / 2).toFixed(1)}" y="${height - bottom + 18}" text-anchor="middle">${i + 1}</text>`,
      );
  const desc = `Scores from 0 to 100 for each reply. ${sentences.join(". ")}. Turns where a dimension was not tested show a dash.`;
  return figure(
    "dims",
    "The four dimensions, reply by reply",
    desc,
    `<svg viewBox="0 0 ${CHART.width} ${height}" width="100%" role="img" aria-labelledby="dims-title dims-desc" aria-label="${esc(`The four dimensions, reply by reply. ${desc}`)}"><title id="dims-title">The four dimensions, reply by reply</title><desc id="dims-desc">${esc(desc)}</desc>${parts.join("")}</svg>`,
    "Each bar is one reply's score on that dimension; a dash means the turn did not test it. Numbers in the table below.",
  );
}

function figure(id: string, title: string, _desc: string, svg: string, caption: string): string {
  return `<figure class="chart" id="chart-${id}">\n<figcaption><strong>${title}.</strong> ${caption}</figcaption>\n${svg}\n</figure>`;
}

/** The charts' numbers as a table: the text alternative that also prints. */
function scoreTable(report: SessionReport): string {
  const head = ["Turn", ...DIMENSION_ORDER.map((d) => DIMENSION_WORDS[d]), "Overall", "Anger after"];
  const rows = report.turns.map((t) => {
    const cells = DIMENSION_ORDER.map((d) => {
      const cell = t.scores.dimensions[d];
      return cell
        ? `<td>${cell.score} <span class="${bandClass(cell.band)}">${cell.band}</span></td>`
        : '<td class="muted">not tested</td>';
    });
    return `<tr><th scope="row"><a href="#turn-${t.number}">${t.number}</a></th>${cells.join("")}<td>${t.scores.overall}</td><td>${t.angerAfter}</td></tr>`;
  });
  return [
    '<div class="table-wrap"><table class="scores" id="score-table">',
    `<caption>Scores and anger, reply by reply (anger at the start: ${report.card.anger[0] ?? "-"})</caption>`,
    `<thead><tr>${head.map((h) => `<th scope="col">${h}</th>`).join("")}</tr></thead>`,
    `<tbody>${rows.join("\n")}</tbody>`,
    "</table></div>",
  ].join("\n");
}

function facts(report: SessionReport): string {
  if (report.facts.sections.length === 0) return "";
  const out = [
    '<section aria-labelledby="facts-h">',
    '<h2 id="facts-h">The facts the trainee was given</h2>',
    '<div class="facts">',
  ];
  for (const section of report.facts.sections) {
    out.push(`<div class="facts-${esc(section.key)}"><h3>${esc(section.title)}</h3><ul>`);
    for (const item of section.items) out.push(`<li class="user">${esc(item)}</li>`);
    out.push("</ul></div>");
  }
  out.push("</div>", "</section>");
  return out.join("\n");
}

const LEGEND =
  '<p class="legend" id="legend"><strong>How to read the replies:</strong> <mark class="helps">words that helped</mark><sup class="mark helps-mark">✓</sup> are underlined with a solid line and marked ✓; <mark class="hurts">words that hurt</mark><sup class="mark hurts-mark">✗</sup> have a wavy underline and are marked ✗. The number after a mark points to the evidence below the reply.</p>';

function turns(report: SessionReport): string {
  const out = ['<section id="turns" aria-labelledby="turns-h">', '<h2 id="turns-h">Turn by turn</h2>'];
  if (report.turns.length === 0) out.push("<p>No replies were made in this session.</p>");
  else out.push(LEGEND);
  for (const turn of report.turns) out.push(turnSection(turn, report));
  out.push("</section>");
  return out.join("\n");
}

function turnSection(turn: ReportTurn, report: SessionReport): string {
  const id = `turn-${turn.number}`;
  const name = report.scenario.persona?.name ?? "Customer";
  const out = [`<article class="turn" id="${id}" aria-labelledby="${id}-h">`];
  const flags = [
    turn.abusive ? "abusive line" : "",
    turn.hintUsed ? "hint used" : "",
    turn.modelSeen ? "model answer seen" : "",
    turn.attempts.length
      ? `${turn.attempts.length} earlier ${turn.attempts.length === 1 ? "attempt" : "attempts"}`
      : "",
  ].filter(Boolean);
  out.push(
    `<h3 id="${id}-h">Turn ${turn.number} <span class="muted">anger ${turn.angerBefore} → ${turn.angerAfter}${flags.length ? `; ${flags.join("; ")}` : ""}</span></h3>`,
  );
  out.push(
    `<div class="customer"><p class="who">${esc(name)} said</p><blockquote class="user">${lines(turn.customer)}</blockquote></div>`,
  );
  out.push(replyBlock(turn, `${id}`, "The reply"));
  if (turn.models.length) {
    out.push(`<div class="model"><h4>${turn.models.length === 1 ? "A model answer" : "Model answers"}</h4>`);
    for (const model of turn.models) out.push(`<blockquote class="user">${lines(model)}</blockquote>`);
    out.push("</div>");
  } else if (turn.tip.example) {
    out.push(
      `<div class="model"><h4>From the model answer</h4><blockquote class="user">${lines(turn.tip.example)}</blockquote></div>`,
    );
  }
  if (turn.attempts.length) {
    out.push(`<div class="attempts"><h4>Earlier attempts at this turn</h4>`);
    turn.attempts.forEach((attempt, i) => {
      out.push(replyBlock(attempt, `${id}-a${i + 1}`, `Attempt ${i + 1}`));
    });
    out.push("</div>");
  }
  out.push("</article>");
  return out.join("\n");
}

function replyBlock(reply: ReportReply, id: string, label: string): string {
  const out = [`<div class="reply-block">`];
  out.push(`<p class="who">${label}</p>`);
  if (reply.notice) out.push(`<p class="note" role="note">${esc(reply.notice)}</p>`);
  out.push(
    `<blockquote class="reply user" aria-describedby="legend">${highlighted(reply.parts, reply.evidence, id)}</blockquote>`,
  );
  out.push('<ul class="turn-scores">');
  for (const d of DIMENSION_ORDER) {
    const cell = reply.scores.dimensions[d];
    const why = (reply.scores.untested[d] ?? "")
      .replace(/^not tested( here)?\s*/, "")
      .replace(/^\((.*)\)$/, "$1");
    out.push(
      cell
        ? `<li>${scoreLine(DIMENSION_WORDS[d], cell.score, cell.band)}</li>`
        : `<li class="untested"><span class="dim-name">${DIMENSION_WORDS[d]}</span> <strong aria-hidden="true">–</strong><span class="band muted">not tested</span>${why ? `<span class="why muted">${esc(why)}</span>` : ""}</li>`,
    );
  }
  out.push(
    `<li class="overall"><span class="dim-name">Overall</span> <strong>${reply.scores.overall}</strong></li>`,
  );
  out.push("</ul>");
  if (reply.evidence.length) {
    out.push('<ol class="evidence">');
    for (const [i, f] of reply.evidence.entries()) out.push(evidenceItem(f, `${id}-f${i + 1}`));
    out.push("</ol>");
  }
  out.push(`<p class="tip"><strong>Tip:</strong> <span class="user">${esc(reply.tip.text)}</span></p>`);
  out.push("</div>");
  return out.join("\n");
}

function evidenceItem(f: Finding, id: string): string {
  const helps = f.effect === "helps";
  const sign = f.points > 0 ? "+" : f.points < 0 ? "−" : "±";
  const quoted = f.span ? ` “<span class="user">${esc(f.span.text)}</span>”` : "";
  return `<li id="${id}" class="${helps ? "helps-item" : "hurts-item"}"><span class="mark ${helps ? "helps-mark" : "hurts-mark"}" aria-hidden="true">${helps ? "✓" : "✗"}</span> <span class="vh">${helps ? "Helped" : "Hurt"}:</span> <span class="points">${sign}${Math.abs(f.points)} ${f.dimension}</span>${quoted} ${esc(f.message)} <span class="muted">(${esc(f.signal)})</span></li>`;
}

/**
 * The reply with its evidence: helping words in `<mark class="helps">` (solid underline), hurting
 * ones in `<mark class="hurts">` (wavy underline), each finding's end followed by a ✓ or ✗ and its
 * number, linked to the evidence list. Screen readers get "helped"/"hurt" as hidden text.
 */
function highlighted(parts: readonly ReplyPart[], evidence: readonly Finding[], id: string): string {
  return parts
    .map((part) => {
      const text = lines(part.text);
      const kind =
        part.helps && part.hurts ? "helps hurts" : part.helps ? "helps" : part.hurts ? "hurts" : "";
      const body = kind
        ? `<mark class="${kind}"><span class="vh">[${part.hurts ? (part.helps ? "helped and hurt" : "hurt") : "helped"}: </span>${text}<span class="vh">]</span></mark>`
        : text;
      const marks = part.ends
        .map((n) => {
          const helps = evidence[n - 1]?.effect === "helps";
          return `<a class="ref ${helps ? "helps-mark" : "hurts-mark"}" href="#${id}-f${n}"><sup class="mark">${helps ? "✓" : "✗"}${n}</sup></a>`;
        })
        .join("");
      return body + marks;
    })
    .join("");
}

/** Untrusted text with its line breaks kept. */
function lines(text: string): string {
  return esc(text).replace(/\r?\n/g, "<br>");
}

function closing(report: SessionReport): string {
  if (report.closing === undefined) return "";
  const name = report.scenario.persona?.name ?? "The customer";
  return `<section aria-labelledby="closing-h"><h2 id="closing-h">How it ended</h2><p class="who">${esc(name)} said</p><blockquote class="user">${lines(report.closing)}</blockquote><p>${OUTCOME_WORDS[report.session.outcome]}.</p></section>`;
}

export const STYLESHEET = `
:root { ${cssVariables(LIGHT)} color-scheme: light dark; }
@media (prefers-color-scheme: dark) { :root { ${cssVariables(DARK)} } }
@media print { :root { ${cssVariables(LIGHT)} color-scheme: light; } }
* { box-sizing: border-box; }
html { background: var(--background); color: var(--text); }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", Arial, sans-serif; }
main { max-width: 52rem; margin: 0 auto; padding: 1.5rem 1rem 2rem; }
footer { max-width: 52rem; margin: 0 auto; padding: 0 1rem 2rem; color: var(--muted); font-size: .875rem; }
a { color: var(--link); }
h1 { font-size: 1.6rem; line-height: 1.25; margin: 0 0 .75rem; }
h1 .kicker { display: block; font-size: .9rem; font-weight: 600; color: var(--muted); text-transform: uppercase; letter-spacing: .06em; }
h2 { font-size: 1.3rem; margin: 2rem 0 .75rem; border-bottom: 1px solid var(--border); padding-bottom: .25rem; }
h3 { font-size: 1.1rem; margin: 1.25rem 0 .5rem; }
h4 { font-size: 1rem; margin: .75rem 0 .25rem; }
.muted, .who { color: var(--muted); }
.who { margin: .5rem 0 .15rem; font-size: .875rem; font-weight: 600; }
.user { unicode-bidi: isolate; overflow-wrap: anywhere; }
.skip { position: absolute; left: -999px; }
.skip:focus { left: 1rem; top: 1rem; background: var(--background); padding: .25rem .5rem; }
.vh { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.meta { display: flex; flex-wrap: wrap; gap: .25rem 1.5rem; margin: 0 0 1rem; }
.meta div { display: flex; gap: .4rem; }
.meta dt { color: var(--muted); }
.meta dd { margin: 0; }
.note { background: var(--surface); border-left: 4px solid var(--border); padding: .5rem .75rem; }
.dims, .turn-scores { list-style: none; padding: 0; margin: .5rem 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(11.5rem, 1fr)); gap: .35rem 1rem; }
.dim-name { display: inline-block; min-width: 6rem; }
.band, .why { display: block; font-size: .875rem; }
.meter { display: block; height: .4rem; background: var(--surface); border: 1px solid var(--border); border-radius: .2rem; margin-top: .15rem; }
.meter span { display: block; height: 100%; background: var(--text); }
.band-strong { color: var(--strong); }
.band-developing { color: var(--developing); }
.band-needs-work { color: var(--needs-work); }
.outcome-deescalated { color: var(--strong); font-weight: 600; }
.outcome-escalated { color: var(--needs-work); font-weight: 600; }
.outcome-unfinished { color: var(--developing); font-weight: 600; }
figure.chart { margin: 1rem 0; padding: .75rem; background: var(--surface); border-radius: .4rem; }
figure.chart svg { display: block; max-width: 100%; height: auto; }
figcaption { font-size: .9rem; margin-bottom: .5rem; }
svg text.axis { fill: var(--muted); font: 12px system-ui, sans-serif; }
svg text.dim-label { fill: var(--text); }
svg .grid { stroke: var(--grid); stroke-width: 1; }
svg .grid.faint { stroke-dasharray: 2 4; }
svg .anger-line { fill: none; stroke: var(--anger); stroke-width: 2.5; }
svg .anger-dot { fill: var(--surface); stroke: var(--anger); stroke-width: 2; }
svg rect.band-strong { fill: var(--strong); }
svg rect.band-developing { fill: var(--developing); }
svg rect.band-needs-work { fill: var(--needs-work); }
svg .untested { stroke: var(--grid); stroke-width: 2; stroke-dasharray: 3 2; }
.table-wrap { overflow-x: auto; }
table.scores { border-collapse: collapse; width: 100%; font-size: .9rem; margin: .5rem 0 1rem; }
table.scores caption { text-align: left; font-weight: 600; padding-bottom: .25rem; }
table.scores th, table.scores td { border: 1px solid var(--border); padding: .2rem .45rem; text-align: left; }
table.scores thead th { background: var(--surface); }
.facts { display: grid; grid-template-columns: repeat(auto-fill, minmax(20rem, 1fr)); gap: 0 1.5rem; }
.facts h3 { margin-top: .5rem; }
.facts ul { margin: 0; padding-left: 1.25rem; }
.turn { border-top: 1px solid var(--border); padding-top: .25rem; margin-top: 1.5rem; }
blockquote { margin: 0 0 .5rem; padding: .5rem .75rem; background: var(--surface); border-left: 4px solid var(--border); border-radius: 0 .3rem .3rem 0; }
blockquote.reply { border-left-color: var(--link); background: var(--background); border: 1px solid var(--border); border-left-width: 4px; line-height: 1.9; }
mark { color: var(--text); padding: 0 .1em; text-decoration-thickness: 2px; text-underline-offset: .22em; text-decoration-skip-ink: none; }
mark.helps { background: var(--helps-background); text-decoration-line: underline; text-decoration-style: solid; text-decoration-color: var(--helps-ink); }
mark.hurts { background: var(--hurts-background); text-decoration-line: underline; text-decoration-style: wavy; text-decoration-color: var(--hurts-ink); }
mark.helps.hurts { text-decoration-style: double; }
sup.mark { font-weight: 700; font-size: .8em; margin-left: .1em; }
a.ref { text-decoration: none; }
.helps-mark { color: var(--helps-ink); }
.hurts-mark { color: var(--hurts-ink); }
ol.evidence { list-style: none; padding: 0; margin: .5rem 0; counter-reset: finding; font-size: .95rem; }
ol.evidence li { counter-increment: finding; padding: .1rem 0; }
ol.evidence li::before { content: counter(finding) "."; display: inline-block; min-width: 1.6rem; color: var(--muted); }
ol.evidence li:target { outline: 2px solid var(--link); }
.points { font-weight: 600; font-variant-numeric: tabular-nums; }
.helps-item .points { color: var(--helps-ink); }
.hurts-item .points { color: var(--hurts-ink); }
.tip { margin: .5rem 0; }
.attempts { margin-left: 1rem; padding-left: .75rem; border-left: 2px dashed var(--border); }
@media print {
  @page { margin: 15mm; }
  html, body { background: #fff; color: #000; }
  body { font-size: 11pt; }
  main { max-width: none; padding: 0; }
  .skip { display: none; }
  a { color: inherit; text-decoration: none; }
  .turn, figure.chart, table.scores tr, .reply-block { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
  figure.chart, blockquote { background: none; }
  mark { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`
  .trim()
  .replace(/\n\s*/g, "\n");
