import type { Band, Dimension, Finding, Scorecard } from "../scoring/index.js";
import { paint } from "./style.js";
import { sanitize, wrap } from "./text.js";

/**
 * A scorecard for `coach score`: four bars, the reply with the evidence spans highlighted, the
 * evidence list and the tip. Kept free of the scenario and session modules so `coach score`
 * starts fast. `plain` gives fixed labels and no bars (screen readers, pipes).
 */
const ORDER: readonly Dimension[] = ["calm", "empathy", "honesty", "boundaries"];
const BAND_COLOUR: Record<Band, (t: string) => string> = {
  strong: (t) => paint.green(t),
  developing: (t) => paint.yellow(t),
  "needs work": (t) => paint.red(t),
};

/** The reply with helping spans in green and hurting spans in red (underlined, for no-colour terminals). */
export function highlight(reply: string, evidence: readonly Finding[]): string {
  const spans = new Map<string, Finding>();
  for (const f of evidence)
    if (f.span && !spans.has(`${f.span.start}:${f.span.end}`)) spans.set(`${f.span.start}:${f.span.end}`, f);
  const sorted = [...spans.values()].sort((a, b) => (a.span?.start ?? 0) - (b.span?.start ?? 0));
  let out = "";
  let at = 0;
  for (const f of sorted) {
    const span = f.span;
    if (!span || span.start < at) continue;
    out += sanitize(reply.slice(at, span.start));
    const text = sanitize(reply.slice(span.start, span.end));
    out += f.effect === "helps" ? paint.green.underline(text) : paint.red.underline(text);
    at = span.end;
  }
  return out + sanitize(reply.slice(at));
}

export function renderScorecard(
  card: Scorecard,
  reply: string,
  options: { plain: boolean; width: number },
): string {
  const lines: string[] = [];
  const width = Math.max(40, options.width);
  if (card.notice) lines.push(options.plain ? `NOTICE: ${card.notice}` : paint.yellow(card.notice));
  if (options.plain) {
    for (const d of ORDER)
      lines.push(
        card.assessed?.[d] === false
          ? `SCORE ${d} not tested`
          : `SCORE ${d} ${card.scores[d]} ${card.bands[d]}`,
      );
    lines.push(`OVERALL ${card.overall}`);
    for (const f of card.evidence) {
      const quoted = f.span ? ` "${sanitize(f.span.text)}"` : "";
      lines.push(
        `${f.effect === "helps" ? "HELPED" : "HURT"} ${f.dimension} ${f.points > 0 ? "+" : ""}${f.points}${quoted}: ${sanitize(f.message)} (${f.signal})`,
      );
    }
    lines.push(`TIP: ${sanitize(card.tip.text)}`);
    return lines.join("\n");
  }
  for (const d of ORDER) {
    if (card.assessed?.[d] === false) {
      lines.push(`  ${d.padEnd(10)} ${paint.dim(`—  ${card.untested?.[d] ?? "not tested here"}`)}`);
      continue;
    }
    const score = card.scores[d];
    const band = card.bands[d];
    const filled = Math.round(score / 5);
    const colour = BAND_COLOUR[band];
    lines.push(
      `  ${d.padEnd(10)} ${colour("█".repeat(filled))}${paint.dim("░".repeat(20 - filled))} ${String(score).padStart(3)}  ${colour(band)}`,
    );
  }
  lines.push(`  ${paint.bold("overall".padEnd(10))} ${" ".repeat(20)} ${String(card.overall).padStart(3)}`);
  lines.push("");
  for (const l of wrap(highlight(reply, card.evidence), width - 4)) lines.push(`  ${paint.dim("│")} ${l}`);
  lines.push("");
  // "−45 empathy    “Calm down” This tells them ..." with wrapped lines indented under the message.
  const indentWidth = 4 + 1 + 10 + 1;
  for (const f of card.evidence) {
    const signed = `${f.points > 0 ? "+" : "−"}${Math.abs(f.points)}`.padStart(4);
    const points = f.effect === "helps" ? paint.green(signed) : paint.red(signed);
    const quoted = f.span ? `“${sanitize(f.span.text)}” ` : "";
    const body = wrap(
      `${quoted}${sanitize(f.message)} ${paint.dim(`(${f.signal})`)}`,
      Math.max(20, width - 2 - indentWidth),
    );
    body.forEach((l, i) => {
      lines.push(i === 0 ? `  ${points} ${f.dimension.padEnd(10)} ${l}` : `  ${" ".repeat(indentWidth)}${l}`);
    });
  }
  if (card.evidence.length) lines.push("");
  for (const [i, l] of wrap(`${paint.cyan("Tip:")} ${sanitize(card.tip.text)}`, width - 4).entries())
    lines.push(`  ${i ? "     " : ""}${l}`);
  return lines.join("\n");
}
