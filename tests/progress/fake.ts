import type { ScenarioProfile } from "../../src/scenario/profile.js";
import type { Dimension } from "../../src/scoring/index.js";
import type { Outcome } from "../../src/session/engine.js";
import type { SessionSummary, SignalCost } from "../../src/store/types.js";

/** Fake stored sessions for the progress and next tables: one call, one summary. */
export function session(
  n: number,
  scores: Partial<Record<Dimension, number | null>>,
  options: {
    scenario?: string;
    day?: number;
    outcome?: Outcome;
    overall?: number | null;
    turns?: number;
  } = {},
): SessionSummary {
  const dimensions = { calm: null, empathy: null, honesty: null, boundaries: null, ...scores } as Record<
    Dimension,
    number | null
  >;
  const tested = Object.values(dimensions).filter((v): v is number => v !== null);
  const overall =
    options.overall !== undefined
      ? options.overall
      : tested.length
        ? tested.reduce((a, b) => a + b, 0) / tested.length
        : null;
  const day = options.day ?? n;
  return {
    id: `s${String(n).padStart(3, "0")}`,
    scenarioId: options.scenario ?? "refund",
    scenarioTitle: options.scenario ?? "refund",
    startedAt: new Date(Date.UTC(2026, 10, 1) + day * 86_400_000 + n * 1000).toISOString(),
    outcome: options.outcome ?? "deescalated",
    turns: options.turns ?? (tested.length ? 3 : 0),
    overall,
    dimensions,
    exam: false,
    hintsUsed: 0,
    retries: 0,
    modelsSeen: 0,
  };
}

/** Sessions with the same score on every dimension that `tested` names. */
export function flat(n: number, score: number, options: Parameters<typeof session>[2] = {}): SessionSummary {
  return session(n, { calm: score, empathy: score, honesty: score, boundaries: score }, options);
}

export function cost(
  signal: string,
  dimension: Dimension,
  count: number,
  points: number,
  message = "m",
): SignalCost {
  return { signal, dimension, count, points, message };
}

export function profile(
  id: string,
  tested: Partial<Record<Dimension, number>>,
  options: { difficulty?: number; turns?: number } = {},
): ScenarioProfile {
  const turns = options.turns ?? 4;
  const t = { calm: turns, empathy: 0, honesty: turns, boundaries: 0, ...tested } as Record<
    Dimension,
    number
  >;
  const total = t.calm + t.empathy + t.honesty + t.boundaries;
  return {
    id,
    title: `Title of ${id}`,
    difficulty: options.difficulty ?? 2,
    tags: [],
    turns,
    tested: t,
    share: {
      calm: t.calm / total,
      empathy: t.empathy / total,
      honesty: t.honesty / total,
      boundaries: t.boundaries / total,
    },
  };
}

/** A date `days` after the fake sessions' day 0. */
export function dayAt(days: number): Date {
  return new Date(Date.UTC(2026, 10, 1) + days * 86_400_000);
}
