import { DIMENSIONS, type Dimension } from "../scoring/types.js";
import type { Transcript, TurnRecord } from "../session/engine.js";

/**
 * The figures a stored session row keeps beside its transcript, computed the way the report card
 * computes them (src/session/report.ts `buildReport`): a dimension's average counts only the
 * turns that tested it, and the overall leaves out replies that tested nothing. A test holds the
 * two together. Pure.
 */
export interface SessionFigures {
  turns: number;
  overall: number | null;
  dimensions: Record<Dimension, number | null>;
  hintsUsed: number;
  retries: number;
  modelsSeen: number;
}

const mean = (values: number[]) =>
  values.length ? Math.round(values.reduce((a, b) => a + b, 0) / values.length) : null;

/** A reply that tested nothing (not in English) has no overall to count. */
function testedSomething(turn: TurnRecord): boolean {
  return !turn.scorecard.assessed || Object.values(turn.scorecard.assessed).some(Boolean);
}

export function sessionFigures(transcript: Transcript): SessionFigures {
  const turns = transcript.turns;
  const dimensions = Object.fromEntries(
    DIMENSIONS.map((d) => [
      d,
      mean(turns.filter((t) => t.scorecard.assessed?.[d] !== false).map((t) => t.scorecard.scores[d])),
    ]),
  ) as Record<Dimension, number | null>;
  let hintsUsed = 0;
  let retries = 0;
  for (const turn of turns) {
    const attempts = turn.attempts ?? [];
    retries += attempts.length;
    hintsUsed += attempts.filter((a) => a.hintUsed).length + (turn.hintUsed ? 1 : 0);
  }
  return {
    turns: turns.length,
    overall: mean(turns.filter(testedSomething).map((t) => t.scorecard.overall)),
    dimensions,
    hintsUsed,
    retries,
    modelsSeen: turns.filter((t) => t.modelSeen).length,
  };
}
