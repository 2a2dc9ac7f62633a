import { closest, distance } from "fastest-levenshtein";

/** One finding about a trainer file: where, which rule, what is wrong and how to fix it. */
export interface Diagnostic {
  file: string;
  line: number; // 1-based; 0 when the problem is the whole file
  col: number; // 1-based
  severity: "error" | "warning";
  rule: string;
  message: string;
  expected?: string;
  found?: string;
  suggestion?: string;
  /** The offending source line, for the caret display. */
  source?: string;
  /** Length of the highlighted span on that line (at least 1). */
  length?: number;
}

/** "Did you mean" for near misses: the closest candidate within a small edit distance. */
export function didYouMean(word: string, candidates: Iterable<string>): string | undefined {
  const list = [...candidates];
  if (list.length === 0 || word.length === 0) return undefined;
  const best = closest(word, list);
  const limit = Math.max(2, Math.floor(best.length / 3));
  return distance(word, best) <= limit ? best : undefined;
}

/** Line and column (1-based) of a string offset, plus the text of that line. */
export class LineIndex {
  private readonly starts: number[] = [0];
  constructor(private readonly text: string) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.starts.push(i + 1);
  }

  position(offset: number): { line: number; col: number; source: string } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    const start = this.starts[lo] ?? 0;
    const end = this.starts[lo + 1] ?? this.text.length + 1;
    const source = this.text.slice(start, end - 1).replace(/\r$/, "");
    return { line: lo + 1, col: offset - start + 1, source };
  }
}

export function countBy(diagnostics: readonly Diagnostic[], severity: Diagnostic["severity"]): number {
  return diagnostics.filter((d) => d.severity === severity).length;
}

/**
 * "3 errors, 1 warning in 2 files (14 files checked)" or "14 files, no problems". A path with a
 * problem that was never read as a file (a link to nowhere, a folder it could not open) is counted
 * apart: "11 errors in 3 files (2 files checked, 1 path could not be read)".
 */
export function summaryLine(diagnostics: readonly Diagnostic[], checked: readonly string[]): string {
  const errors = countBy(diagnostics, "error");
  const warnings = countBy(diagnostics, "warning");
  const fileCount = checked.length;
  const files = `${fileCount} ${fileCount === 1 ? "file" : "files"}`;
  if (errors === 0 && warnings === 0) return `${files}, no problems`;
  const parts: string[] = [];
  if (errors) parts.push(`${errors} ${errors === 1 ? "error" : "errors"}`);
  if (warnings) parts.push(`${warnings} ${warnings === 1 ? "warning" : "warnings"}`);
  const withProblems = new Set(diagnostics.map((d) => d.file));
  const read = new Set(checked);
  const unread = [...withProblems].filter((f) => !read.has(f)).length;
  const where = `${withProblems.size} ${withProblems.size === 1 ? "file" : "files"}`;
  const apart = unread ? `, ${unread} ${unread === 1 ? "path" : "paths"} could not be read` : "";
  return `${parts.join(", ")} in ${where} (${files} checked${apart})`;
}
