import { DIMENSION_ORDER } from "../session/engine.js";
import { sanitize } from "../ui/text.js";
import { VERSION } from "../version.js";
import { md } from "./markdown.js";
import type { PickedReply, TeamReport } from "./team.js";

/**
 * The team report as Markdown (GitHub tables; the heat map's cells carry the number and the band
 * in words) and as CSV (one row per scenario, turn and dimension). Transcript text is untrusted:
 * Markdown escapes it with `md`; CSV quotes it (RFC 4180) and defuses spreadsheet formulas.
 */
export function renderTeamMarkdown(report: TeamReport): string {
  const out: string[] = ["# Team report", ""];
  out.push(
    `**Sessions:** ${report.sessions} · **Trainees:** ${report.trainees.length} · **Scenarios:** ${report.scenarios.length}${report.anonymised ? " · **Names:** pseudonyms" : ""}`,
    "",
  );
  for (const note of report.notes) out.push(`> ${md(note)}`, "");
  out.push("## Trainees", "");
  out.push(
    `| Trainee | Sessions | First | Latest | Best | ${DIMENSION_ORDER.map((d) => `${d} now`).join(" | ")} |`,
    `|---|---:|---:|---:|---:|${DIMENSION_ORDER.map(() => "---:").join("|")}|`,
  );
  const n = (v: number | null) => (v === null ? "–" : String(v));
  for (const r of report.trainees) {
    const dims = DIMENSION_ORDER.map((d) => {
      const x = r.dimensions.find((y) => y.dimension === d);
      return x?.recent == null
        ? "not tested"
        : `${x.recent} ${x.trend === "not practised" ? "" : x.trend}`.trim();
    });
    out.push(
      `| ${md(r.name)} | ${r.sessions} | ${n(r.first)} | ${n(r.latest)} | ${n(r.best)} | ${dims.join(" | ")} |`,
    );
  }
  out.push("");
  for (const s of report.scenarios) {
    out.push(`## ${md(s.title)} (${md(s.id)})`, "");
    out.push(
      `${s.sessions} ${s.sessions === 1 ? "session" : "sessions"} by ${s.trainees} ${s.trainees === 1 ? "trainee" : "trainees"}.`,
      "",
    );
    out.push(
      "Mean score per turn and dimension (70+ strong, 40–69 developing, under 40 needs work ▼; blank: not tested).",
      "",
    );
    out.push(`| Turn | Sessions | ${DIMENSION_ORDER.join(" | ")} | overall | cost the most points |`);
    out.push(`|---|---:|${DIMENSION_ORDER.map(() => "---").join("|")}|---:|---|`);
    for (const t of s.turns) {
      const cells = DIMENSION_ORDER.map((d) => {
        const c = t.cells[d];
        return c ? `${c.band === "needs work" ? "▼ " : ""}${c.mean} ${c.band}` : "";
      });
      const costs = t.costs.map((c) => `${md(c.signal)} −${c.points} ${c.dimension}`).join("; ");
      out.push(
        `| ${t.position} ${md(t.node)} | ${t.sessions} | ${cells.join(" | ")} | ${t.overall} | ${costs} |`,
      );
    }
    out.push("");
    for (const t of s.turns) {
      out.push(
        `### Turn ${t.position}: ${md(t.node)}`,
        "",
        `**The customer said:**`,
        "",
        quote(md(t.customer)),
        "",
      );
      if (t.costs.length) {
        out.push("**Signals that cost the most points here:**", "");
        for (const c of t.costs)
          out.push(
            `- ✗ −${c.points} ${c.dimension} over ${c.count} ${c.count === 1 ? "reply" : "replies"}: ${md(c.message)} (${md(c.signal)})`,
          );
        out.push("");
      }
      out.push(...picked("Best replies", t.best), ...picked("Worst replies", t.worst));
    }
  }
  out.push("---", "", `_Made by coach ${VERSION}._`, "");
  return out.join("\n");
}

function picked(title: string, replies: readonly PickedReply[]): string[] {
  if (!replies.length) return [];
  const out = [`**${title}:**`, ""];
  for (const r of replies) {
    const dims = DIMENSION_ORDER.map((d) => `${d} ${r.dimensions[d] ?? "–"}`).join(" · ");
    out.push(
      `- **${r.overall}** overall (${dims}); ${md(r.trainee)}, ${md(r.startedAt.slice(0, 10))}`,
      "",
      indentQuote(md(r.reply)),
      "",
    );
  }
  return out;
}

const quote = (text: string) =>
  text
    .split("\n")
    .map((l) => `> ${l}`)
    .join("  \n");
const indentQuote = (text: string) =>
  text
    .split("\n")
    .map((l) => `  > ${l}`)
    .join("  \n");

export const CSV_COLUMNS = [
  "scenario_id",
  "scenario_title",
  "turn",
  "node",
  "customer",
  "dimension",
  "mean",
  "band",
  "sessions",
  "turn_sessions",
  "costly_signals",
] as const;

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break, quotes doubled.
 * A text that a spreadsheet would run as a formula (starting with = + - @, or a tab or carriage
 * return before one) gets a leading apostrophe, as OWASP's advice on CSV injection says.
 */
export function csvField(value: string | number | null): string {
  if (value === null) return "";
  if (typeof value === "number") return String(value);
  let text = sanitize(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The heat map as CSV: a header, then one row per scenario × turn × dimension, CRLF line ends. */
export function renderTeamCsv(report: TeamReport): string {
  const rows: (string | number | null)[][] = [[...CSV_COLUMNS]];
  for (const s of report.scenarios)
    for (const t of s.turns)
      for (const d of DIMENSION_ORDER) {
        const c = t.cells[d];
        const costs = t.costs
          .filter((x) => x.dimension === d)
          .map((x) => `${x.signal} (-${x.points} over ${x.count})`)
          .join("; ");
        rows.push([
          s.id,
          s.title,
          t.position,
          t.node,
          t.customer,
          d,
          c ? c.mean : null,
          c ? c.band : "not tested",
          c ? c.sessions : 0,
          t.sessions,
          costs,
        ]);
      }
  return `${rows.map((r) => r.map(csvField).join(",")).join("\r\n")}\r\n`;
}
