import type { ScenarioProfile } from "../scenario/profile.js";
import type { Dimension } from "../scoring/index.js";
import type { SessionSummary } from "../store/types.js";
import { computeProgress } from "./progress.js";

/**
 * What to practise next (pure: scenarios, summaries and `now` in; one recommendation out).
 *
 * Spaced repetition, per scenario: a *good run* ends de-escalated with an overall of GOOD_RUN or
 * more; anything else is a poor run. After a poor run the scenario comes back after 1 day; each
 * good run in a row moves it to the next interval: 3, 7, 14, then 30 days (REVIEW_DAYS). A poor
 * run starts the ladder again.
 *
 * The choice, first that applies (ties: the scenario that puts most weight on the focus
 * dimension, then the lower last score (1) or the earlier due date, then the gentler, then by id):
 *   1. a scenario due again after a poor run;
 *   2. a scenario not played yet that tests the focus dimension;
 *   3. a scenario due for review after good runs;
 *   4. any scenario not played yet;
 *   5. the scenario that comes due soonest.
 * The focus dimension is one not tested yet (once there is a record), else the weakest recent
 * one (the recency-weighted figure of `coach progress`).
 */
export const GOOD_RUN = 70;
/** Days until a scenario is due again, by good runs in a row (0 = after a poor run). */
export const REVIEW_DAYS = [1, 3, 7, 14, 30] as const;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface Review {
  runs: number;
  lastAt: string;
  lastOverall: number;
  lastGood: boolean;
  /** Good runs in a row, counting back from the last. */
  goodInARow: number;
  intervalDays: number;
  due: string;
  isDue: boolean;
}

export type ReasonKind =
  | "review-poor"
  | "review-good"
  | "focus"
  | "not-played"
  | "first-session"
  | "soonest-due";

export interface Reason {
  kind: ReasonKind;
  text: string;
  /** A few words for the menu's one line. */
  short: string;
}

export interface Recommendation {
  scenario: { id: string; title: string; difficulty: number };
  /** Why, most important first; the first is the one-line reason. */
  reasons: Reason[];
  /** When the scenario is (or was) due again, for a scenario already played. */
  due?: string;
  focus?: { dimension: Dimension; recent: number | null; practised: boolean };
  review?: Review;
}

export const isGoodRun = (s: SessionSummary) =>
  s.outcome === "deescalated" && s.overall !== null && Math.round(s.overall) >= GOOD_RUN;

/** The review schedule of one scenario from its scored runs, oldest first. */
export function reviewOf(runs: readonly SessionSummary[], now: Date): Review | undefined {
  const last = runs[runs.length - 1];
  if (!last || last.overall === null) return undefined;
  let goodInARow = 0;
  for (let i = runs.length - 1; i >= 0 && isGoodRun(runs[i] as SessionSummary); i--) goodInARow++;
  const step = Math.min(goodInARow, REVIEW_DAYS.length - 1);
  const intervalDays = REVIEW_DAYS[step] as number;
  const due = new Date(Date.parse(last.startedAt) + intervalDays * DAY_MS);
  return {
    runs: runs.length,
    lastAt: last.startedAt,
    lastOverall: Math.round(last.overall),
    lastGood: goodInARow > 0,
    goodInARow,
    intervalDays,
    due: due.toISOString(),
    isDue: due.getTime() <= now.getTime(),
  };
}

const day = (iso: string) => iso.slice(0, 10);
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const ordinal = ["", "one good run", "two good runs", "three good runs"];

interface Candidate {
  profile: ScenarioProfile;
  review?: Review;
  tier: number;
}

export function recommend(
  scenarios: readonly ScenarioProfile[],
  summaries: readonly SessionSummary[],
  now: Date,
): Recommendation | undefined {
  if (!scenarios.length) return undefined;
  const scored = summaries
    .filter((s) => s.turns > 0 && s.overall !== null)
    .sort((a, b) => (a.startedAt < b.startedAt ? -1 : a.startedAt > b.startedAt ? 1 : a.id < b.id ? -1 : 1));
  const byScenario = new Map<string, SessionSummary[]>();
  for (const s of scored) {
    const runs = byScenario.get(s.scenarioId) ?? [];
    runs.push(s);
    byScenario.set(s.scenarioId, runs);
  }
  const progress = computeProgress(scored);
  const untried = progress.sessions > 0 ? progress.dimensions.find((d) => !d.practised) : undefined;
  const focus: Recommendation["focus"] = untried
    ? { dimension: untried.dimension, recent: null, practised: false }
    : progress.weakest
      ? { dimension: progress.weakest.dimension, recent: progress.weakest.recent, practised: true }
      : undefined;

  const candidates: Candidate[] = scenarios.map((profile) => {
    const runs = byScenario.get(profile.id);
    const review = runs ? reviewOf(runs, now) : undefined;
    const testsFocus = focus ? profile.tested[focus.dimension] > 0 : true;
    const tier = review ? (review.isDue ? (review.lastGood ? 3 : 1) : 5) : testsFocus ? 2 : 4;
    return { profile, tier, ...(review ? { review } : {}) };
  });
  const share = (c: Candidate) => (focus ? c.profile.share[focus.dimension] : 0);
  const due = (c: Candidate) => (c.review ? Date.parse(c.review.due) : 0);
  candidates.sort(
    (a, b) =>
      a.tier - b.tier ||
      (a.tier === 5 ? due(a) - due(b) : 0) ||
      share(b) - share(a) ||
      (a.tier === 1 ? (a.review?.lastOverall ?? 0) - (b.review?.lastOverall ?? 0) : 0) ||
      due(a) - due(b) ||
      a.profile.difficulty - b.profile.difficulty ||
      (a.profile.id < b.profile.id ? -1 : a.profile.id > b.profile.id ? 1 : 0),
  );
  const chosen = candidates[0] as Candidate;
  return {
    scenario: { id: chosen.profile.id, title: chosen.profile.title, difficulty: chosen.profile.difficulty },
    reasons: reasonsFor(chosen, focus, progress.sessions),
    ...(chosen.review ? { due: chosen.review.due, review: chosen.review } : {}),
    ...(focus ? { focus } : {}),
  };
}

function reasonsFor(chosen: Candidate, focus: Recommendation["focus"], sessions: number): Reason[] {
  const reasons: Reason[] = [];
  const { profile, review } = chosen;
  if (sessions === 0)
    reasons.push({
      kind: "first-session",
      text: `A place to start: difficulty ${profile.difficulty} of 5, and you have no sessions yet.`,
      short: "A place to start",
    });
  if (review?.isDue && !review.lastGood)
    reasons.push({
      kind: "review-poor",
      text: `Your last run (${day(review.lastAt)}) scored ${review.lastOverall}${review.lastOverall >= GOOD_RUN ? " but did not end de-escalated" : ""}: a scenario comes back the day after a run like that, so it is due again.`,
      short: `Due again: last run ${review.lastOverall}${review.lastOverall >= GOOD_RUN ? ", not de-escalated" : ""}`,
    });
  if (review?.isDue && review.lastGood)
    reasons.push({
      kind: "review-good",
      text: `Due for review: after ${ordinal[review.goodInARow] ?? `${review.goodInARow} good runs`} in a row it comes back after ${plural(review.intervalDays, "day")} (last run ${day(review.lastAt)}, ${review.lastOverall}).`,
      short: `Due for review after ${ordinal[review.goodInARow] ?? `${review.goodInARow} good runs`}`,
    });
  if (focus && profile.tested[focus.dimension] > 0) {
    const n = profile.tested[focus.dimension];
    const turns =
      n === profile.turns
        ? `${n === 1 ? "its one turn tests" : `all ${n} of its turns test`} it`
        : `${n} of its ${plural(profile.turns, "turn")} test${n === 1 ? "s" : ""} it`;
    reasons.push({
      kind: "focus",
      text: focus.practised
        ? `Your weakest area lately is ${focus.dimension} (${focus.recent}, recency-weighted); ${turns}.`
        : `You have not been tested on ${focus.dimension} yet; ${turns}.`,
      short: focus.practised
        ? `works on ${focus.dimension}, your weakest lately (${focus.recent})`
        : `tests ${focus.dimension}, not practised yet`,
    });
  }
  if (!review)
    reasons.push({
      kind: "not-played",
      text: sessions === 0 ? "You have not played it yet." : "You have not played this one yet.",
      short: "not played yet",
    });
  if (review && !review.isDue)
    reasons.push({
      kind: "soonest-due",
      text: `Nothing is due and you have played every scenario; this one comes due soonest (${day(review.due)}). Last run ${day(review.lastAt)}: ${review.lastOverall}.`,
      short: `comes due soonest (${day(review.due)})`,
    });
  return reasons;
}
