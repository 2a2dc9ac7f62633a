import type { Diagnostic } from "../scenario/diagnostics.js";
import { displayPath } from "../scenario/load.js";
import { paint } from "./style.js";
import { sanitize } from "./text.js";

/**
 * One message shape everywhere (Vale/changesets style):
 *   path:line:col  message  (rule)
 *       12 |   goto: calmd
 *          |         ^^^^^
 *       expected: ...  found: ...  did you mean ...
 */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.line > 0 ? `${displayPath(d.file)}:${d.line}:${d.col}` : displayPath(d.file);
  const label = d.severity === "error" ? paint.red("error") : paint.yellow("warning");
  const lines = [`${paint.bold(where)}  ${label} ${sanitize(d.message)}  ${paint.dim(`(${d.rule})`)}`];
  if (d.source !== undefined && d.line > 0) {
    const gutter = String(d.line).padStart(5);
    const source = sanitize(d.source).replace(/\t/g, " ");
    lines.push(`${paint.dim(`${gutter} |`)} ${source}`);
    const caret = " ".repeat(Math.max(0, d.col - 1)) + "^".repeat(Math.max(1, Math.min(d.length ?? 1, 60)));
    lines.push(`${paint.dim(`${" ".repeat(5)} |`)} ${paint.red(caret)}`);
  }
  if (d.expected) lines.push(`      expected: ${sanitize(d.expected).replace(/\n/g, "\n                ")}`);
  if (d.found) lines.push(`      found:    ${sanitize(d.found)}`);
  if (d.suggestion) lines.push(`      ${paint.cyan(sanitize(d.suggestion))}`);
  return lines.join("\n");
}

export function diagnosticJson(d: Diagnostic) {
  return {
    file: displayPath(d.file),
    line: d.line,
    col: d.col,
    severity: d.severity,
    rule: d.rule,
    message: d.message,
    ...(d.expected ? { expected: d.expected } : {}),
    ...(d.found ? { found: d.found } : {}),
    ...(d.suggestion ? { suggestion: d.suggestion } : {}),
  };
}
