/** Helpers for the detectors that judge a reply against the scenario's facts. */

import { NEGATORS } from "../lexicons/function-words.js";
import { HEDGES } from "../lexicons/honesty.js";
import { STOPWORDS } from "../lexicons/stopwords.js";
import { analyse, type Doc, type Word } from "../text.js";

const factCache = new Map<string, Set<string>>();
/** Verbs too general to identify a promise ("give vouchers" is about vouchers). */
const GENERIC_VERBS = new Set([
  "give",
  "get",
  "make",
  "offer",
  "provide",
  "add",
  "do",
  "have",
  "take",
  "put",
  "issue",
  "be",
  "any",
  "extra",
]);

/** Content stems of a fact line ("Refund without a receipt" -> refund, receipt; "without" is kept out). */
export function factStems(fact: string): Set<string> {
  let stems = factCache.get(fact);
  if (!stems) {
    stems = new Set(
      analyse(fact)
        .words.filter(
          (w) =>
            !STOPWORDS.has(w.norm) &&
            !NEGATORS.has(w.norm) &&
            !GENERIC_VERBS.has(w.norm) &&
            w.norm.length > 2,
        )
        .map((w) => w.stem),
    );
    if (factCache.size > 5000) factCache.clear();
    factCache.set(fact, stems);
  }
  return stems;
}

export function clauses(doc: Doc): Word[][] {
  const out: Word[][] = [];
  for (const w of doc.words) {
    const last = out[out.length - 1];
    if (last && last[0]?.clause === w.clause) last.push(w);
    else out.push([w]);
  }
  return out;
}

/** "not", "never"... but not "without" or "no", which facts themselves use ("refund without a receipt"). */
export const negatedClause = (clause: Word[]) =>
  clause.some((w) => NEGATORS.has(w.norm) && w.norm !== "without" && w.norm !== "no");
export const hedgedClause = (clause: Word[]) => clause.some((w) => HEDGES.has(w.norm));

/** The clause commits the speaker: "I'll", "we can", "I've", "you'll get". */
export function commits(clause: Word[]): boolean {
  for (let i = 0; i + 1 < clause.length; i++) {
    const a = clause[i]?.norm;
    const b = clause[i + 1]?.norm;
    const c = clause[i + 2]?.norm ?? "";
    // Asking someone else ("I'll log a refund request", "I'll ask the manager") promises nothing.
    if ((a === "i" || a === "we") && (b === "will" || b === "can" || b === "shall" || b === "have"))
      return (
        !/^(ask|request|try|see|check|look|log|raise|escalate|apply|pass|also)$/.test(c) ||
        (c === "also" && !/^(ask|request|log|raise)$/.test(clause[i + 3]?.norm ?? ""))
      );
    if ((a === "i" || a === "we") && (b === "am" || b === "are") && /ing$/.test(c)) return true;
    if (a === "you" && (b === "will" || b === "can" || b === "get") && c !== "need") return true;
  }
  return false;
}

/** How many of the fact's stems the clause contains; enough when it covers two, or all of a short fact. */
export function covers(clause: Word[], stems: Set<string>): boolean {
  if (!stems.size) return false;
  const found = new Set(clause.filter((w) => stems.has(w.stem)).map((w) => w.stem));
  return found.size >= Math.min(2, stems.size);
}
