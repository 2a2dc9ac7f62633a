import type { ProgressReport } from "../progress/from-source.js";
import { type DimensionProgress, SERIES_LENGTH, times } from "../progress/progress.js";
import { DIMENSIONS, type Dimension } from "../scoring/index.js";
import { DIMENSION_ORDER } from "../session/engine.js";
import type { SessionSummary } from "../store/types.js";
import { VERSION } from "../version.js";
import { DIMENSION_WORDS, esc, htmlPage } from "./html.js";
import { md } from "./markdown.js";

/**
 * `coach report --progress`: the progress view (src/progress) with the session report's
 * treatment. The model is the progress figures plus the sessions its series are drawn over (the
 * newest SERIES_LENGTH scored sessions, oldest first), so each chart has its data table. Pure.
 */
export interface ProgressPage extends ProgressReport {
  window: {
    id: string;
    startedAt: string;
    scenario: string;
    overall: number | null;
    dimensions: Record<Dimension, number | null>;
  }[];
}

const chronological = (a: SessionSummary, b: SessionSummary) =>
  a.startedAt < b.startedAt ? -1 : a.startedAt > b.startedAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

export function buildProgressPage(
  progress: ProgressReport,
  summaries: readonly SessionSummary[],
): ProgressPage {
  // The sessions computeProgress counts: those with a scored reply (its `series` uses the same window).
  const scored = [...summaries]
    .sort(chronological)
    .filter((s) => s.turns > 0 && DIMENSIONS.some((d) => s.dimensions[d] !== null));
  const round = (v: number | null) => (v === null ? null : Math.round(v));
  return {
    ...progress,
    window: scored.slice(-SERIES_LENGTH).map((s) => ({
      id: s.id,
      startedAt: s.startedAt,
      scenario: s.scenarioTitle,
      overall: round(s.overall),
      dimensions: Object.fromEntries(DIMENSIONS.map((d) => [d, round(s.dimensions[d])])) as Record<
        Dimension,
        number | null
      >,
    })),
  };
}

const dateOf = (iso: string) => iso.slice(0, 10);
const TREND_WORDS: Record<string, string> = {
  rising: "rising",
  falling: "falling",
  mixed: "up and down",
  steady: "steady",
  "too early": "too early to call",
  "not practised": "not practised yet",
};

function describe(d: DimensionProgress): string {
  if (!d.practised) return `${DIMENSION_WORDS[d.dimension]} has not been tested yet.`;
  return `${DIMENSION_WORDS[d.dimension]}: ${d.recent} now (recency-weighted) over ${d.sessions} ${d.sessions === 1 ? "session" : "sessions"}; first ${d.first?.score}, latest ${d.latest?.score}, best ${d.best?.score}; ${TREND_WORDS[d.trend]}.`;
}

const CHART = { width: 640, height: 180, left: 40, right: 16, top: 14, bottom: 30 };

/** One dimension's scores over the window as a line (broken where a session did not test it). */
function lineChart(d: DimensionProgress, page: ProgressPage): string {
  const id = `chart-${d.dimension}`;
  const values = d.series;
  const n = values.length;
  const plotW = CHART.width - CHART.left - CHART.right;
  const plotH = CHART.height - CHART.top - CHART.bottom;
  const x = (i: number) => CHART.left + (n <= 1 ? plotW / 2 : (plotW * i) / (n - 1));
  const y = (v: number) => CHART.top + plotH - (plotH * Math.max(0, Math.min(100, v))) / 100;
  const parts: string[] = [];
  for (const g of [0, 40, 70, 100])
    parts.push(
      `<line class="grid${g === 40 || g === 70 ? " faint" : ""}" x1="${CHART.left}" x2="${CHART.left + plotW}" y1="${y(g)}" y2="${y(g)}"/><text class="axis" x="${CHART.left - 6}" y="${y(g) + 4}" text-anchor="end">${g}</text>`,
    );
  let run: string[] = [];
  const flush = () => {
    if (run.length > 1) parts.push(`<polyline class="progress-line" points="${run.join(" ")}"/>`);
    run = [];
  };
  const step = Math.max(1, Math.ceil(n / 12));
  for (const [i, v] of values.entries()) {
    if (i % step === 0 || i === n - 1)
      parts.push(
        `<text class="axis" x="${x(i).toFixed(1)}" y="${CHART.height - CHART.bottom + 18}" text-anchor="middle">${i + 1}</text>`,
      );
    if (v === null) flush();
    else run.push(`${x(i).toFixed(1)},${y(v).toFixed(1)}`);
  }
  flush();
  values.forEach((v, i) => {
    const s = page.window[i];
    if (v !== null)
      parts.push(
        `<circle class="progress-dot" cx="${x(i).toFixed(1)}" cy="${y(v).toFixed(1)}" r="4"><title>Session ${i + 1}${s ? ` (${esc(dateOf(s.startedAt))})` : ""}: ${v}</title></circle>`,
      );
  });
  const desc = `${describe(d)} Session by session: ${
    values.map((v, i) => `${i + 1}: ${v ?? "not tested"}`).join(", ") || "none"
  }. Scale 0 to 100; 40 and 70 are the band lines.`;
  const title = `${DIMENSION_WORDS[d.dimension]} over your sessions`;
  return `<figure class="chart" id="${id}">\n<figcaption><strong>${title}.</strong> <span>${esc(describe(d))}</span> Numbers in the table below.</figcaption>\n<svg viewBox="0 0 ${CHART.width} ${CHART.height}" width="100%" role="img" aria-labelledby="${id}-title ${id}-desc" aria-label="${esc(`${title}. ${desc}`)}"><title id="${id}-title">${title}</title><desc id="${id}-desc">${esc(desc)}</desc>${parts.join("")}</svg>\n</figure>`;
}

export function renderProgressHtml(page: ProgressPage): string {
  const title = page.scenario ? `Progress: ${page.scenario.title}` : "Progress";
  const out: string[] = [
    `<header><h1><span class="kicker">Progress report</span> <span class="user">${esc(page.scenario?.title ?? "All scenarios")}</span></h1>`,
    `<dl class="meta"><div><dt>Sessions</dt><dd>${page.sessions}</dd></div>${page.from ? `<div><dt>From</dt><dd>${esc(dateOf(page.from))}</dd></div>` : ""}${page.to ? `<div><dt>To</dt><dd>${esc(dateOf(page.to))}</dd></div>` : ""}</dl>`,
  ];
  for (const note of page.notes) out.push(`<p class="note" role="note">${esc(note)}</p>`);
  out.push("</header>");
  out.push('<section aria-labelledby="dims-h"><h2 id="dims-h">Each skill</h2>', '<ul class="dims">');
  for (const d of page.dimensions)
    out.push(
      d.practised
        ? `<li><span class="dim-name">${DIMENSION_WORDS[d.dimension]}</span> <strong>${d.recent}</strong> <span class="band">${TREND_WORDS[d.trend]}</span></li>`
        : `<li class="untested"><span class="dim-name">${DIMENSION_WORDS[d.dimension]}</span> <strong aria-hidden="true">–</strong><span class="band muted">not practised yet</span></li>`,
    );
  out.push("</ul>", `<p class="muted">${esc(page.method.text)}</p>`);
  if (page.window.length) for (const d of page.dimensions) out.push(lineChart(d, page));
  out.push(table(page), "</section>");
  if (page.weakest) {
    const w = page.weakest;
    out.push(
      `<section aria-labelledby="weakest-h"><h2 id="weakest-h">Where to work next: ${DIMENSION_WORDS[w.dimension]} (${w.recent})</h2>`,
    );
    if (w.advice.length) {
      out.push('<ol class="evidence">');
      for (const a of w.advice)
        out.push(
          `<li class="hurts-item"><span class="mark hurts-mark" aria-hidden="true">✗</span> ${esc(a.habit)}, ${times(a.count)} <span class="muted">(${esc(a.signal)})</span>${a.tip ? `<br><strong>Tip:</strong> <span class="user">${esc(a.tip)}</span>` : ""}</li>`,
        );
      out.push("</ol>");
    } else out.push(`<p class="tip"><strong>Tip:</strong> ${esc(w.standing)}</p>`);
    out.push("</section>");
  }
  return htmlPage(title, out.join("\n"), CSS);
}

function table(page: ProgressPage): string {
  if (!page.window.length) return "<p>No scored sessions yet.</p>";
  const head = ["Session", "Date", "Scenario", ...DIMENSION_ORDER.map((d) => DIMENSION_WORDS[d]), "Overall"];
  const rows = page.window.map(
    (s, i) =>
      `<tr><th scope="row">${i + 1}</th><td class="date">${esc(dateOf(s.startedAt))}</td><td class="user">${esc(s.scenario)}</td>${DIMENSION_ORDER.map(
        (d) =>
          s.dimensions[d] === null ? '<td class="muted">not tested</td>' : `<td>${s.dimensions[d]}</td>`,
      ).join("")}<td>${s.overall ?? "–"}</td></tr>`,
  );
  return [
    '<div class="table-wrap"><table class="scores" id="progress-table">',
    `<caption>Scores per session (the newest ${page.window.length}, oldest first)</caption>`,
    `<thead><tr>${head.map((h) => `<th scope="col">${h}</th>`).join("")}</tr></thead>`,
    `<tbody>${rows.join("\n")}</tbody>`,
    "</table></div>",
  ].join("\n");
}

export function renderProgressMarkdown(page: ProgressPage): string {
  const out = [`# Progress report: ${md(page.scenario?.title ?? "all scenarios")}`, ""];
  out.push(
    `**Sessions:** ${page.sessions}${page.from ? ` · **From:** ${md(dateOf(page.from))}` : ""}${page.to ? ` · **To:** ${md(dateOf(page.to))}` : ""}`,
    "",
  );
  for (const note of page.notes) out.push(`> ${md(note)}`, "");
  out.push(
    "## Each skill",
    "",
    "| Dimension | Now | First | Latest | Best | Sessions | Trend |",
    "|---|---:|---:|---:|---:|---:|---|",
  );
  for (const d of page.dimensions)
    out.push(
      d.practised
        ? `| ${d.dimension} | ${d.recent} | ${d.first?.score} | ${d.latest?.score} | ${d.best?.score} | ${d.sessions} | ${TREND_WORDS[d.trend]} |`
        : `| ${d.dimension} | not practised yet | | | | 0 | |`,
    );
  out.push("", md(page.method.text), "");
  if (page.window.length) {
    out.push(`## Scores per session (the newest ${page.window.length}, oldest first)`, "");
    out.push(`| Session | Date | Scenario | ${DIMENSION_ORDER.join(" | ")} | overall |`);
    out.push(`|---:|---|---|${DIMENSION_ORDER.map(() => "---:").join("|")}|---:|`);
    for (const [i, s] of page.window.entries())
      out.push(
        `| ${i + 1} | ${md(dateOf(s.startedAt))} | ${md(s.scenario)} | ${DIMENSION_ORDER.map((d) => s.dimensions[d] ?? "not tested").join(" | ")} | ${s.overall ?? "–"} |`,
      );
    out.push("");
  }
  if (page.weakest) {
    const w = page.weakest;
    out.push(`## Where to work next: ${w.dimension} (${w.recent})`, "");
    if (w.advice.length)
      for (const a of w.advice)
        out.push(
          `- ${md(a.habit)}, ${times(a.count)} (${md(a.signal)})${a.tip ? ` **Tip:** ${md(a.tip)}` : ""}`,
        );
    else out.push(`**Tip:** ${md(w.standing)}`);
    out.push("");
  }
  out.push("---", "", `_Made by coach ${VERSION}._`, "");
  return out.join("\n");
}

// A score line is not anger: the link colour (AA on the chart's surface), not the warning red.
const CSS = `
svg .progress-line { fill: none; stroke: var(--link); stroke-width: 2.5; }
svg .progress-dot { fill: var(--surface); stroke: var(--link); stroke-width: 2; }
td.date { white-space: nowrap; }
`.trim();
