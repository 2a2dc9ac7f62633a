import type { Band, Dimension } from "../scoring/index.js";
import { DIMENSION_ORDER } from "../session/engine.js";
import { DIMENSION_WORDS, esc, htmlPage } from "./html.js";
import type { HeatCell, PickedReply, TeamReport, TeamScenario, TeamTurn, TraineeRow } from "./team.js";

/**
 * The team report as one self-contained HTML page (the session report's skeleton, stylesheet and
 * palette). The heat map is a table: each cell carries its number and its band in words (hidden
 * visually, read by screen readers and in the cell's title), and its colour by band is a help,
 * never the only carrier. Every string from transcripts goes through `esc`.
 */
export function renderTeamHtml(report: TeamReport): string {
  const body = [
    header(report),
    trainees(report.trainees),
    ...report.scenarios.map((s, i) => scenario(s, i + 1)),
  ].join("\n");
  return htmlPage("Team report", body, CSS);
}

const bandClass = (band: Band) => `band-${band.replace(/\s+/g, "-")}`;
const dateOf = (iso: string) => iso.slice(0, 10);

function header(report: TeamReport): string {
  const out = [
    '<header><h1><span class="kicker">Team report</span> Where the team struggles</h1>',
    `<dl class="meta"><div><dt>Sessions</dt><dd>${report.sessions}</dd></div><div><dt>Trainees</dt><dd>${report.trainees.length}</dd></div><div><dt>Scenarios</dt><dd>${report.scenarios.length}</dd></div>${report.anonymised ? "<div><dt>Names</dt><dd>pseudonyms</dd></div>" : ""}</dl>`,
  ];
  for (const note of report.notes) out.push(`<p class="note" role="note">${esc(note)}</p>`);
  if (report.scenarios.length) {
    out.push('<nav aria-label="Scenarios"><ul>');
    out.push('<li><a href="#trainees">Trainees</a></li>');
    for (const [i, s] of report.scenarios.entries())
      out.push(`<li><a href="#scenario-${i + 1}"><span class="user">${esc(s.title)}</span></a></li>`);
    out.push("</ul></nav>");
  }
  out.push("</header>");
  return out.join("\n");
}

const TRENDS: Record<string, string> = {
  rising: "↑ rising",
  falling: "↓ falling",
  mixed: "↕ up and down",
  steady: "→ steady",
  "too early": "too early",
  "not practised": "",
};

function trainees(rows: readonly TraineeRow[]): string {
  const head = [
    "Trainee",
    "Sessions",
    "First",
    "Latest",
    "Best",
    ...DIMENSION_ORDER.map((d) => `${DIMENSION_WORDS[d]} now`),
  ];
  const body = rows.map((r) => {
    const dims = DIMENSION_ORDER.map((d) => {
      const x = r.dimensions.find((y) => y.dimension === d);
      return x?.recent == null
        ? '<td class="muted">not tested</td>'
        : `<td>${x.recent}${TRENDS[x.trend] ? ` <span class="muted">${TRENDS[x.trend]}</span>` : ""}</td>`;
    });
    const n = (v: number | null) => (v === null ? '<td class="muted">–</td>' : `<td>${v}</td>`);
    return `<tr><th scope="row" class="user">${esc(r.name)}</th><td>${r.sessions} <span class="muted">${esc(dateOf(r.from))} to ${esc(dateOf(r.to))}</span></td>${n(r.first)}${n(r.latest)}${n(r.best)}${dims.join("")}</tr>`;
  });
  return [
    '<section id="trainees" aria-labelledby="trainees-h">',
    '<h2 id="trainees-h">Trainees</h2>',
    '<p class="muted">First, latest and best: a session\'s overall score (the mean of its replies). "Now": the recency-weighted figure of <code>coach progress</code>, with its trend.</p>',
    '<div class="table-wrap"><table class="scores" id="trainee-table">',
    "<caption>Progress per trainee</caption>",
    `<thead><tr>${head.map((h) => `<th scope="col">${h}</th>`).join("")}</tr></thead>`,
    `<tbody>${body.join("\n")}</tbody>`,
    "</table></div>",
    "</section>",
  ].join("\n");
}

const LEGEND =
  '<p class="legend heat-legend"><strong>How to read the heat map:</strong> each cell is the mean score (0 to 100) of that dimension on that turn. <span class="heat band-strong">70+</span> strong, <span class="heat band-developing">40–69</span> developing, <span class="heat band-needs-work">under 40</span> needs work (also marked ▼); <span class="heat untested">blank</span>: not tested on that turn.</p>';

function cell(c: HeatCell | null, d: Dimension, turn: TeamTurn): string {
  if (!c)
    return `<td class="heat untested" title="Turn ${turn.position}, ${d}: not tested"><span class="vh">not tested</span></td>`;
  const label = `Turn ${turn.position}, ${d}: ${c.mean}, ${c.band}, over ${c.sessions} ${c.sessions === 1 ? "session" : "sessions"}`;
  return `<td class="heat ${bandClass(c.band)}" title="${label}">${c.band === "needs work" ? '<span aria-hidden="true">▼</span>' : ""}${c.mean}<span class="vh"> ${c.band}</span></td>`;
}

function scenario(s: TeamScenario, n: number): string {
  const id = `scenario-${n}`;
  const out = [
    `<section id="${id}" aria-labelledby="${id}-h" class="scenario">`,
    `<h2 id="${id}-h"><span class="user">${esc(s.title)}</span> <span class="muted">(${esc(s.id)})</span></h2>`,
    `<p>${s.sessions} ${s.sessions === 1 ? "session" : "sessions"} by ${s.trainees} ${s.trainees === 1 ? "trainee" : "trainees"}.</p>`,
    LEGEND,
    `<div class="table-wrap"><table class="scores heatmap" id="${id}-heat">`,
    "<caption>Mean score per turn and dimension</caption>",
    `<thead><tr><th scope="col">Turn</th><th scope="col">Sessions</th>${DIMENSION_ORDER.map((d) => `<th scope="col">${DIMENSION_WORDS[d]}</th>`).join("")}<th scope="col">Overall</th><th scope="col">Cost the most points</th></tr></thead>`,
    "<tbody>",
  ];
  for (const turn of s.turns) {
    const costs = turn.costs.length
      ? turn.costs
          .map((c) => `<span class="user">${esc(c.signal)}</span> −${c.points} ${c.dimension}`)
          .join("<br>")
      : '<span class="muted">none</span>';
    out.push(
      `<tr><th scope="row"><a href="#${id}-t${turn.position}-${esc(slug(turn.node))}">${turn.position}</a> <span class="muted user">${esc(turn.node)}</span></th><td>${turn.sessions}</td>${DIMENSION_ORDER.map((d) => cell(turn.cells[d], d, turn)).join("")}<td>${turn.overall}</td><td class="costs">${costs}</td></tr>`,
    );
  }
  out.push("</tbody></table></div>");
  for (const turn of s.turns) out.push(turnDetail(turn, `${id}-t${turn.position}-${slug(turn.node)}`));
  out.push("</section>");
  return out.join("\n");
}

const slug = (text: string) => text.replace(/[^A-Za-z0-9_-]+/g, "_").slice(0, 60);

function turnDetail(turn: TeamTurn, id: string): string {
  const out = [
    `<article class="turn" id="${esc(id)}" aria-labelledby="${esc(id)}-h">`,
    `<h3 id="${esc(id)}-h">Turn ${turn.position} <span class="muted user">${esc(turn.node)}; ${turn.sessions} ${turn.sessions === 1 ? "session" : "sessions"}</span></h3>`,
    `<div class="customer"><p class="who">The customer said</p><blockquote class="user">${lines(turn.customer)}</blockquote></div>`,
  ];
  if (turn.costs.length) {
    out.push("<h4>Signals that cost the most points here</h4>", '<ol class="evidence">');
    for (const c of turn.costs)
      out.push(
        `<li class="hurts-item"><span class="mark hurts-mark" aria-hidden="true">✗</span> <span class="points">−${c.points} ${c.dimension}</span> over ${c.count} ${c.count === 1 ? "reply" : "replies"}: ${esc(c.message)} <span class="muted">(${esc(c.signal)})</span></li>`,
      );
    out.push("</ol>");
  }
  out.push(replies("Best replies", turn.best, "helps"), replies("Worst replies", turn.worst, "hurts"));
  out.push("</article>");
  return out.join("\n");
}

function replies(title: string, picked: readonly PickedReply[], kind: "helps" | "hurts"): string {
  if (!picked.length) return "";
  const out = [`<h4>${title}</h4>`, `<ol class="picked ${kind}-list">`];
  for (const r of picked) {
    const dims = DIMENSION_ORDER.map((d) =>
      r.dimensions[d] === null ? `${d} –` : `${d} ${r.dimensions[d]}`,
    ).join(" · ");
    out.push(
      `<li><p><strong>${r.overall}</strong> overall <span class="muted">(${dims}); <span class="user">${esc(r.trainee)}</span>, ${esc(dateOf(r.startedAt))}</span></p><blockquote class="reply user">${lines(r.reply)}</blockquote></li>`,
    );
  }
  out.push("</ol>");
  return out.join("\n");
}

function lines(text: string): string {
  return esc(text).replace(/\r?\n/g, "<br>");
}

const CSS = `
nav ul { display: flex; flex-wrap: wrap; gap: .25rem 1rem; padding: 0; list-style: none; }
table.heatmap td.heat { text-align: center; font-weight: 600; font-variant-numeric: tabular-nums; min-width: 4.5rem; }
.heat.band-strong { background: var(--helps-background); color: var(--text); }
.heat.band-developing { background: var(--developing-background); color: var(--text); }
.heat.band-needs-work { background: var(--hurts-background); color: var(--text); border: 2px solid var(--hurts-ink); }
.heat.untested { background: var(--background); }
span.heat { padding: 0 .35rem; border-radius: .2rem; border: 1px solid var(--border); }
td.costs { font-size: .85rem; }
ol.picked { padding-left: 1.25rem; }
ol.picked li p { margin: .35rem 0 .15rem; }
@media print { .heat { -webkit-print-color-adjust: exact; print-color-adjust: exact; } section.scenario { break-before: page; } }
`
  .trim()
  .replace(/\n\s*/g, "\n");
