import { BAND_RANGES, COMPARISON_PATTERN, type ComparisonSpec, type Condition } from "../scenario/schema.js";

/**
 * The condition language of scenario transitions and example expectations: plain data, never
 * evaluated as code. A comparison is a number (equal), a band name, ">= 60"-style text or "40..69".
 */

export interface Observation {
  scores: Readonly<Record<"calm" | "empathy" | "honesty" | "boundaries", number>>;
  /** Dimensions the reply was tested on; a comparison on an untested one never holds. */
  assessed?: Readonly<Record<"calm" | "empathy" | "honesty" | "boundaries", boolean>>;
  overall: number;
  anger: number;
  fired: ReadonlySet<string>;
}

export function compare(value: number, spec: ComparisonSpec): boolean {
  if (typeof spec === "number") return value === spec;
  const band = BAND_RANGES.get(spec);
  if (band) {
    const [lo, hi] = band;
    return value >= lo && value <= hi;
  }
  const match = COMPARISON_PATTERN.exec(spec);
  if (!match) return false;
  const [, op, operand, lo, hi, exact] = match;
  if (exact !== undefined) return value === Number(exact);
  if (lo !== undefined && hi !== undefined) return value >= Number(lo) && value <= Number(hi);
  const n = Number(operand);
  switch (op) {
    case ">=":
      return value >= n;
    case "<=":
      return value <= n;
    case ">":
      return value > n;
    case "<":
      return value < n;
    case "!=":
      return value !== n;
    default:
      return value === n;
  }
}

/** Human words for a comparison, for test output: ">= 60", "strong (70-100)". */
export function describeComparison(spec: ComparisonSpec): string {
  if (typeof spec === "number") return `= ${spec}`;
  const band = BAND_RANGES.get(spec);
  if (band) {
    const [lo, hi] = band;
    return `${spec} (${lo}-${hi})`;
  }
  return spec.trim();
}

const asList = (value: string | string[] | undefined): string[] =>
  value === undefined ? [] : typeof value === "string" ? [value] : value;

export function holds(condition: Condition | undefined, seen: Observation): boolean {
  if (condition === undefined) return true;
  for (const dimension of ["calm", "empathy", "honesty", "boundaries"] as const) {
    const spec = condition[dimension];
    if (spec === undefined) continue;
    // An untested dimension has no score to compare: "boundaries >= 60" does not hold when nothing
    // on this line tested boundaries (validate warns about such conditions).
    if (seen.assessed?.[dimension] === false || !compare(seen.scores[dimension], spec)) return false;
  }
  if (condition.overall !== undefined && !compare(seen.overall, condition.overall)) return false;
  if (condition.anger !== undefined && !compare(seen.anger, condition.anger)) return false;
  const fired = asList(condition.fired);
  if (fired.length > 0 && !fired.some((id) => seen.fired.has(id))) return false;
  if (asList(condition.not_fired).some((id) => seen.fired.has(id))) return false;
  if (condition.any && !condition.any.some((inner) => holds(inner, seen))) return false;
  return true;
}
