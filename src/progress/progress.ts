import { DIMENSIONS, type Dimension, SIGNALS, type SignalMeta, WORDING_SIGNAL } from "../scoring/index.js";
import { STANDING_TIPS } from "../session/tips.js";
import type { ProgressFacts, SessionSummary, SignalCost } from "../store/types.js";

/**
 * How each dimension has moved over a trainee's sessions (pure: summaries in, figures out).
 *
 * The headline figure per dimension is a recency-weighted mean: the newest session that tested
 * the dimension counts fully, and a session's weight halves for every HALF_LIFE sessions that
 * tested it since. Counted in sessions, not days, because practice is irregular: a month away
 * should not erase what the record shows, and one session after a break should not count for
 * everything. Five sessions is short enough that a change of habit shows within a week or two
 * of practice, and long enough that one hard scenario does not swing the figure (with twenty or
 * more sessions the newest carries about 13% of the weight).
 */
export const HALF_LIFE = 5;
/** Sessions shown in a sparkline and in --json `series` (the newest ones). */
export const SERIES_LENGTH = 30;
/** A trend is called only from this many sessions on a dimension. */
export const TREND_MIN_SESSIONS = 3;
/** The recency-weighted figure must differ from the first by this much to be called a rise or a fall. */
export const TREND_STEP = 5;
/** Advice lists at most this many signals. */
export const MAX_ADVICE = 3;

export type Trend = "rising" | "falling" | "mixed" | "steady" | "too early" | "not practised";

export interface Figure {
  score: number;
  /** When the session started (ISO). */
  at: string;
  session: string;
}

export interface DimensionProgress {
  dimension: Dimension;
  /** False when no session has tested it yet: shown as "not yet practised", never as 0. */
  practised: boolean;
  /** Sessions that tested it. */
  sessions: number;
  /** The recency-weighted mean (see HALF_LIFE), rounded; null when not practised. */
  recent: number | null;
  first: Figure | null;
  latest: Figure | null;
  /** The trainee's own best (the earliest session that reached it). */
  best: Figure | null;
  trend: Trend;
  /** The newest SERIES_LENGTH sessions (all dimensions share them), oldest first; null where untested. */
  series: (number | null)[];
}

export interface Advice {
  signal: string;
  /** Replies (last attempts) it cost points on. */
  count: number;
  points: number;
  /** What the trainee did (or left out), in words from the detector's meta. */
  habit: string;
  /** The change to make, from the detector's meta (absent for a scenario's own signal). */
  tip?: string;
  /** The signal helps, and cost points by being expected and missing. */
  missing: boolean;
}

export interface Weakest {
  dimension: Dimension;
  recent: number;
  /** The signals that most often cost it points, most frequent first. */
  advice: Advice[];
  /** A standing tip for the dimension (drawn from the seeds' practice) when no signal explains it. */
  standing: string;
}

export interface Progress {
  /** Sessions with at least one scored reply (sessions with none are left out). */
  sessions: number;
  /** Sessions left out because nothing in them was scored. */
  unscored: number;
  from?: string;
  to?: string;
  method: { halfLife: number; unit: "sessions"; text: string };
  dimensions: DimensionProgress[];
  weakest?: Weakest;
  /** Plain sentences a coach would say about the record. */
  notes: string[];
}

const META = new Map<string, SignalMeta>(SIGNALS.map((s) => [s.id, s]));

export const METHOD_TEXT =
  `"now" is a recency-weighted mean of your session scores on each dimension: a session's weight ` +
  `halves for every ${HALF_LIFE} sessions played since, so the newest count most. A session counts ` +
  `only for the dimensions it tested (its score there is the mean of the replies that tested it).`;

const chronological = (a: SessionSummary, b: SessionSummary) =>
  a.startedAt < b.startedAt ? -1 : a.startedAt > b.startedAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/** The recency-weighted mean of scores given oldest first (weights halve every `halfLife` places). */
export function recencyWeighted(scores: readonly number[], halfLife = HALF_LIFE): number | null {
  if (!scores.length) return null;
  let sum = 0;
  let total = 0;
  const decay = 0.5 ** (1 / halfLife);
  let weight = 1;
  for (let i = scores.length - 1; i >= 0; i--) {
    sum += (scores[i] as number) * weight;
    total += weight;
    weight *= decay;
    if (weight < 1e-9) break; // the rest cannot move a rounded figure
  }
  return sum / total;
}

/**
 * Rising or falling when the recency-weighted figure has moved from the first by TREND_STEP and
 * the latest session does not say the opposite; "mixed" when it does (a weak session just before a
 * strong latest one drags the weighted figure down: calling that "falling" would tell a trainee
 * who just did their best that they are getting worse).
 */
function trendOf(sessions: number, recent: number, first: number, latest: number): Trend {
  if (sessions < TREND_MIN_SESSIONS) return "too early";
  const change = Math.round(recent) - Math.round(first);
  if (change >= TREND_STEP) return latest >= first ? "rising" : "mixed";
  if (change <= -TREND_STEP) return latest <= first ? "falling" : "mixed";
  return "steady";
}

function dimensionProgress(
  dimension: Dimension,
  scored: readonly SessionSummary[],
  whole?: ProgressFacts["dimensions"][Dimension],
): DimensionProgress {
  const tested = scored.filter((s) => s.dimensions[dimension] !== null);
  const window = scored.slice(-SERIES_LENGTH);
  const series = window.map((s) => {
    const v = s.dimensions[dimension];
    return v === null ? null : Math.round(v);
  });
  if (!tested.length)
    return {
      dimension,
      practised: false,
      sessions: 0,
      recent: null,
      first: null,
      latest: null,
      best: null,
      trend: "not practised",
      series,
    };
  const figure = (s: SessionSummary): Figure => ({
    score: Math.round(s.dimensions[dimension] as number),
    at: s.startedAt,
    session: s.id,
  });
  const first = figure(whole?.first ?? (tested[0] as SessionSummary));
  const latest = figure(tested[tested.length - 1] as SessionSummary);
  let best = first;
  if (whole?.best) best = figure(whole.best);
  else
    for (const s of tested) if (Math.round(s.dimensions[dimension] as number) > best.score) best = figure(s);
  const recent = Math.round(recencyWeighted(tested.map((s) => s.dimensions[dimension] as number)) as number);
  const sessions = whole?.tested ?? tested.length;
  return {
    dimension,
    practised: true,
    sessions,
    recent,
    first,
    latest,
    best,
    trend: trendOf(sessions, recent, first.score, latest.score),
    series,
  };
}

const stripStop = (text: string) => text.replace(/\.\s*$/, "");
const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** Plain advice for a signal that cost points, from the detector's own meta where there is one. */
export function adviceFor(cost: SignalCost): Advice {
  const meta = META.get(cost.signal);
  const missing = meta?.effect === "helps";
  const habit = meta
    ? missing
      ? `Left out where it was expected: ${lowerFirst(stripStop(meta.summary))}`
      : stripStop(meta.summary)
    : stripStop(cost.message);
  return {
    signal: cost.signal,
    count: cost.count,
    points: cost.points,
    habit,
    ...(meta ? { tip: meta.tip } : {}),
    missing,
  };
}

/** "once", "twice", "5 times". */
export function times(count: number): string {
  return count === 1 ? "once" : count === 2 ? "twice" : `${count} times`;
}

/** The signals that most often cost `dimension` points: most frequent, then most points, then by id. */
export function adviceOn(dimension: Dimension, costs: readonly SignalCost[]): Advice[] {
  return (
    costs
      // The wording layer's nudge is a tendency, not a habit with advice: leave it out.
      .filter((c) => c.dimension === dimension && c.count > 0 && c.signal !== WORDING_SIGNAL)
      .sort((a, b) => b.count - a.count || b.points - a.points || (a.signal < b.signal ? -1 : 1))
      .slice(0, MAX_ADVICE)
      .map(adviceFor)
  );
}

const list = (items: string[]) =>
  items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;

function notesFor(dimensions: readonly DimensionProgress[], sessions: number, weakest?: Weakest): string[] {
  const notes: string[] = [];
  if (sessions === 0) {
    notes.push(
      "Once you have practised, this shows how each skill moves. `coach next` suggests where to start.",
    );
    return notes;
  }
  if (sessions === 1) notes.push("One session so far: these are first readings, not a trend.");
  else if (sessions === 2) notes.push("Two sessions so far: too early to call a trend.");
  const change = (d: DimensionProgress) => Math.abs((d.recent ?? 0) - (d.first?.score ?? 0));
  // "boundaries" is plural: "boundaries are up 5".
  const is = (d: Dimension) => (d === "boundaries" ? "are" : "is");
  const rising = dimensions
    .filter((d) => d.trend === "rising")
    .map((d) => `${d.dimension} ${is(d.dimension)} up ${change(d)}`);
  const falling = dimensions
    .filter((d) => d.trend === "falling")
    .map((d) => `${d.dimension} ${is(d.dimension)} down ${change(d)}`);
  const steady = dimensions.filter((d) => d.trend === "steady").map((d) => d.dimension);
  const mixed = dimensions
    .filter((d) => d.trend === "mixed")
    .map(
      (d) =>
        `${d.dimension} ${is(d.dimension)} ${(d.recent ?? 0) < (d.first?.score ?? 0) ? "down" : "up"} ${change(d)} overall but ${(d.latest?.score ?? 0) > (d.first?.score ?? 0) ? "above" : "below"} it in your latest session`,
    );
  const moves = [...rising, ...falling, ...mixed];
  if (moves.length || steady.length) {
    const parts: string[] = [];
    if (moves.length) parts.push(list(moves));
    if (steady.length)
      parts.push(
        `${list(steady)} ${steady.length === 1 ? is(steady[0] as Dimension) : "are"} within ${TREND_STEP} points of where ${steady.length === 1 && steady[0] !== "boundaries" ? "it" : "they"} started`,
      );
    notes.push(`Against your first session, the recency-weighted figures show: ${parts.join("; ")}.`);
  }
  if (sessions >= 2)
    notes.push("Scenarios differ in difficulty, so some of the movement is the scenario, not you.");
  for (const d of dimensions)
    if (!d.practised)
      notes.push(
        d.dimension === "boundaries"
          ? "Boundaries have not been tested yet: they come up where a customer demands, pushes back or is abusive."
          : d.dimension === "empathy"
            ? "Empathy has not been tested yet: it comes up where the customer is upset, not on a calm question for facts."
            : `${d.dimension} has not been tested yet.`,
      );
  if (weakest && weakest.advice.length === 0) notes.push(weakest.standing);
  return notes;
}

/**
 * Progress over `summaries` (any order; the store gives newest first). `costs` are the signals that
 * cost points over the recent sessions; only those on the weakest dimension are used.
 */
export function computeProgress(
  summaries: readonly SessionSummary[],
  costs: readonly SignalCost[] = [],
  whole?: ProgressFacts,
): Progress {
  const all = [...summaries].sort(chronological);
  const scored = all.filter((s) => s.turns > 0 && DIMENSIONS.some((d) => s.dimensions[d] !== null));
  const dimensions = DIMENSIONS.map((d) => dimensionProgress(d, scored, whole?.dimensions[d]));
  const practised = dimensions.filter((d) => d.practised);
  let weakest: Weakest | undefined;
  const low = practised.reduce<DimensionProgress | undefined>(
    (lo, d) => (lo === undefined || (d.recent ?? 0) < (lo.recent ?? 0) ? d : lo),
    undefined,
  );
  if (low)
    weakest = {
      dimension: low.dimension,
      recent: low.recent as number,
      advice: adviceOn(low.dimension, costs),
      standing: STANDING_TIPS[low.dimension],
    };
  const first = scored[0];
  const last = scored[scored.length - 1];
  const from = whole ? whole.from : first?.startedAt;
  const count = whole ? whole.scored : scored.length;
  return {
    sessions: count,
    unscored: whole ? whole.total - whole.scored : all.length - scored.length,
    ...(from ? { from } : {}),
    ...(last ? { to: last.startedAt } : {}),
    method: { halfLife: HALF_LIFE, unit: "sessions", text: METHOD_TEXT },
    dimensions,
    ...(weakest ? { weakest } : {}),
    notes: notesFor(dimensions, count, weakest),
  };
}
