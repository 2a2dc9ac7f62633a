import type { Finding } from "../scoring/index.js";
import { DIMENSION_ORDER } from "../session/engine.js";
import { sanitize } from "../ui/text.js";
import { VERSION } from "../version.js";
import { OUTCOME_WORDS, type ReplyPart, type ReportReply, type SessionReport } from "./model.js";

/**
 * The report as Markdown (CommonMark with GitHub tables), for a ticket or a wiki: the same content
 * as the HTML report, with the charts as tables. Transcript text is untrusted: control and bidi
 * characters are removed and every Markdown or HTML character is backslash-escaped, so a reply
 * cannot open a link, an image, raw HTML or a table cell of its own.
 */
export function renderMarkdown(report: SessionReport): string {
  const out: string[] = [];
  const { scenario, session, card } = report;
  out.push(`# Practice report: ${md(scenario.title)}`, "");
  const meta = [
    `**Started:** ${md(session.startedAt)}`,
    `**Outcome:** ${OUTCOME_WORDS[session.outcome]}${session.outcome === "unfinished" && session.endReason ? ` (${md(session.endReason.replace(/-/g, " "))})` : ""}`,
    `**Replies:** ${card.turns}`,
    `**Overall:** ${card.overall ?? "no replies"}${card.overall === null ? "" : " of 100"}`,
  ];
  if (session.exam) meta.push("**Mode:** exam");
  out.push(meta.join(" · "), "");
  if (scenario.summary) out.push(md(scenario.summary), "");
  if (scenario.setting) out.push(`**Setting:** ${md(scenario.setting)}`, "");
  if (scenario.persona)
    out.push(`**Customer:** ${md(scenario.persona.name)}: ${md(scenario.persona.description)}`, "");
  if (scenario.practise?.length) out.push(`**Practises:** ${scenario.practise.map(md).join("; ")}`, "");
  for (const note of report.notes) out.push(`> **Note:** ${md(note)}`, "");

  out.push("## Summary", "");
  out.push("| Dimension | Average | Band |", "|---|---:|---|");
  for (const d of DIMENSION_ORDER) {
    const r = card.dimensions[d];
    out.push(r.average === null ? `| ${d} | not tested | |` : `| ${d} | ${r.average} | ${r.band} |`);
  }
  out.push("");
  if (report.turns.length) {
    out.push(`**Anger:** ${card.anger.join(" → ")} (0 calm, 100 furious; start, then after each reply)`, "");
    out.push("| Turn | calm | empathy | honesty | boundaries | overall | anger after |");
    out.push("|---:|---:|---:|---:|---:|---:|---:|");
    for (const t of report.turns) {
      const cells = DIMENSION_ORDER.map((d) => {
        const c = t.scores.dimensions[d];
        return c ? `${c.score} ${c.band}` : "not tested";
      });
      out.push(`| ${t.number} | ${cells.join(" | ")} | ${t.scores.overall} | ${t.angerAfter} |`);
    }
    out.push("");
  }
  const bestWeakest = [
    card.best ? `**Best reply:** turn ${card.best.index + 1}, overall ${card.best.overall}.` : "",
    card.weakest ? `**Weakest reply:** turn ${card.weakest.index + 1}, overall ${card.weakest.overall}.` : "",
  ].filter(Boolean);
  if (bestWeakest.length) out.push(bestWeakest.join("  \n"), "");
  if (card.practise.length) {
    out.push("### What to practise next", "");
    for (const [i, tip] of card.practise.entries()) out.push(`${i + 1}. ${md(tip)}`);
    out.push("");
  }

  if (report.facts.sections.length) {
    out.push("## The facts the trainee was given", "");
    for (const section of report.facts.sections) {
      out.push(`**${md(section.title)}**`, "");
      for (const item of section.items) out.push(`- ${md(item)}`);
      out.push("");
    }
  }

  out.push("## Turn by turn", "");
  if (report.turns.length === 0) out.push("No replies were made in this session.", "");
  else
    out.push(
      "In the replies, **words that helped** are bold and marked ✓, *words that hurt* are in italics and marked ✗; the number after a mark is the evidence item below the reply.",
      "",
    );
  const name = md(report.scenario.persona?.name ?? "Customer");
  for (const turn of report.turns) {
    const flags = [
      turn.abusive ? "abusive line" : "",
      turn.hintUsed ? "hint used" : "",
      turn.modelSeen ? "model answer seen" : "",
    ].filter(Boolean);
    out.push(
      `### Turn ${turn.number}`,
      "",
      `_Anger ${turn.angerBefore} → ${turn.angerAfter}${flags.length ? `; ${flags.join("; ")}` : ""}_`,
      "",
    );
    out.push(`**${name} said:**`, "", quote(md(turn.customer)), "");
    out.push(...replyBlock(turn, "The reply"));
    if (turn.models.length) {
      out.push(turn.models.length === 1 ? "**A model answer:**" : "**Model answers:**", "");
      for (const model of turn.models) out.push(quote(md(model)), "");
    } else if (turn.tip.example) out.push("**From the model answer:**", "", quote(md(turn.tip.example)), "");
    if (turn.attempts.length) {
      out.push("**Earlier attempts at this turn:**", "");
      for (const [i, attempt] of turn.attempts.entries())
        out.push(...replyBlock(attempt, `Attempt ${i + 1}`));
    }
  }
  if (report.closing !== undefined) {
    out.push("## How it ended", "", `**${name} said:**`, "", quote(md(report.closing)), "");
    out.push(`${OUTCOME_WORDS[session.outcome]}.`, "");
  }
  out.push("---", "", `_Made by coach ${VERSION} from the saved transcript of this session._`, "");
  return out.join("\n");
}

function replyBlock(reply: ReportReply, label: string): string[] {
  const out = [`**${label}:**`, ""];
  if (reply.notice) out.push(`> **Note:** ${md(reply.notice)}`, "");
  out.push(quote(highlighted(reply.parts, reply.evidence)), "");
  const scores = DIMENSION_ORDER.map((d) => {
    const c = reply.scores.dimensions[d];
    return c ? `${d} **${c.score}** ${c.band}` : `${d} not tested`;
  });
  out.push(`Scores: ${scores.join(" · ")} · overall **${reply.scores.overall}**`, "");
  for (const [i, f] of reply.evidence.entries()) out.push(`${i + 1}. ${evidence(f)}`);
  if (reply.evidence.length) out.push("");
  out.push(`**Tip:** ${md(reply.tip.text)}`, "");
  return out;
}

function evidence(f: Finding): string {
  const helps = f.effect === "helps";
  const sign = f.points > 0 ? "+" : f.points < 0 ? "−" : "±";
  const quoted = f.span ? ` “${md(f.span.text)}”` : "";
  return `${helps ? "✓ helped" : "✗ hurt"} ${sign}${Math.abs(f.points)} ${f.dimension}:${quoted} ${md(f.message)} (${md(f.signal)})`;
}

/**
 * Helping words in bold, hurting ones in italics (both: bold italics), each finding's end followed
 * by ✓N or ✗N. Emphasis never starts or ends on a space (CommonMark would not see it), so the
 * spaces stay outside the markers.
 */
function highlighted(parts: readonly ReplyPart[], findings: readonly Finding[]): string {
  const text = parts
    .map((part) => {
      const [, lead = "", core = "", trail = ""] = /^(\s*)([\s\S]*?)(\s*)$/.exec(part.text) ?? [];
      const wrap = part.helps && part.hurts ? "***" : part.helps ? "**" : part.hurts ? "*" : "";
      const body = core && wrap ? `${lead}${wrap}${inline(core)}${wrap}${trail}` : inline(part.text);
      const marks = part.ends.map((n) => `${findings[n - 1]?.effect === "helps" ? "✓" : "✗"}${n}`).join(" ");
      return marks ? `${body}${body.endsWith(" ") ? "" : " "}${marks}` : body;
    })
    .join("");
  return blockSafe(text);
}

/** Each line prefixed for a blockquote; a line break inside stays inside it. */
function quote(text: string): string {
  return text
    .split("\n")
    .map((line) => `> ${line}`)
    .join("  \n");
}

/**
 * Untrusted text for Markdown: control and bidi characters removed; the characters of inline
 * Markdown (emphasis, code, links, images, raw HTML, entities, table cells, strikethrough, math,
 * and the autolinks of web and e-mail addresses) backslash-escaped anywhere, and those that start a block (heading, list, quote, setext line,
 * indented code) at the start of a line. Other punctuation stays as written, so the text still
 * reads well as plain text.
 */
export function md(text: string): string {
  return blockSafe(inline(text));
}

function inline(text: string): string {
  return (
    sanitize(text)
      .replace(/[\\`*_[\]<>&|~$@]/g, (c) => `\\${c}`)
      // GitHub turns bare addresses into links (autolinks); an escaped ":" or "." keeps them text.
      .replace(/\b(https?|ftp):\/\//gi, "$1\\://")
      .replace(/\bwww\./gi, (w) => `${w.slice(0, 3)}\\.`)
  );
}

function blockSafe(text: string): string {
  return text
    .split("\n")
    .map((line) =>
      line
        .replace(/^[ \t]+/, "")
        .replace(/^([#+\-=])/, "\\$1")
        .replace(/^(\d+)([.)])/, "$1\\$2"),
    )
    .join("\n");
}
