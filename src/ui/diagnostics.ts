import type { Diagnostic } from "../scenario/diagnostics.js";
import { displayPath } from "../scenario/load.js";
import { paint } from "./style.js";
import { clip, MAX_SHOWN, sanitize, shown } from "./text.js";

/**
 * One message shape everywhere (Vale/changesets style):
 *   path:line:col  message  (rule)
 *       12 |   goto: calmd
 *          |         ^^^^^
 *       expected: ...  found: ...  did you mean ...
 */
export function formatDiagnostic(d: Diagnostic): string {
  const file = shown(displayPath(d.file));
  const where = d.line > 0 ? `${file}:${d.line}:${d.col}` : file;
  const label = d.severity === "error" ? paint.red("error") : paint.yellow("warning");
  const lines = [`${paint.bold(where)}  ${label} ${shown(d.message)}  ${paint.dim(`(${d.rule})`)}`];
  if (d.source !== undefined && d.line > 0) {
    const gutter = String(d.line).padStart(5);
    const { text, col } = sourceWindow(d.source, d.col);
    lines.push(`${paint.dim(`${gutter} |`)} ${text}`);
    const caret = " ".repeat(Math.max(0, col - 1)) + "^".repeat(Math.max(1, Math.min(d.length ?? 1, 60)));
    lines.push(`${paint.dim(`${" ".repeat(5)} |`)} ${paint.red(caret)}`);
  }
  if (d.expected) lines.push(`      expected: ${shown(d.expected).replace(/\n/g, "\n                ")}`);
  if (d.found) lines.push(`      found:    ${shown(d.found)}`);
  if (d.suggestion) lines.push(`      ${paint.cyan(shown(d.suggestion))}`);
  return lines.join("\n");
}

/**
 * The part of a long source line around the column, so a 500 KB line shows as one screen line:
 * at most MAX_SHOWN characters, "…" where it was cut, and the caret's column in what is shown.
 */
export function sourceWindow(source: string, col: number): { text: string; col: number } {
  const line = source.replace(/\t/g, " ");
  if (line.length <= MAX_SHOWN) return { text: sanitize(line), col };
  const start = Math.max(0, Math.min(col - 1 - 40, line.length - (MAX_SHOWN - 2)));
  const body = clip(line.slice(start), start > 0 ? MAX_SHOWN - 1 : MAX_SHOWN);
  return start > 0 ? { text: `…${sanitize(body)}`, col: col - start + 1 } : { text: sanitize(body), col };
}

const clipLines = (text: string) =>
  text
    .split("\n")
    .map((line) => clip(line))
    .join("\n");

export function diagnosticJson(d: Diagnostic) {
  return {
    file: displayPath(d.file),
    line: d.line,
    col: d.col,
    severity: d.severity,
    rule: d.rule,
    // Prose that may quote a file's text: each line clipped, as on the screen (safeJson escapes the rest).
    message: clipLines(d.message),
    ...(d.expected ? { expected: clipLines(d.expected) } : {}),
    ...(d.found ? { found: clipLines(d.found) } : {}),
    ...(d.suggestion ? { suggestion: clipLines(d.suggestion) } : {}),
  };
}
