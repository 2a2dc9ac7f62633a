/** The scoring engine's vocabulary. Pure data types; no I/O anywhere under src/scoring. */
import type { Stakes } from "./stakes.js";
import type { Doc } from "./text.js";

export const DIMENSIONS = ["calm", "empathy", "honesty", "boundaries"] as const;
export type Dimension = (typeof DIMENSIONS)[number];
export type Band = "needs work" | "developing" | "strong";
export type Effect = "helps" | "hurts";

/** Band thresholds shared with the benchmark (../shared/eval/agreement.mjs): <40, 40-69, 70+. */
export function bandOf(score: number): Band {
  return score >= 70 ? "strong" : score >= 40 ? "developing" : "needs work";
}

export interface Facts {
  known?: readonly string[] | undefined;
  unknown?: readonly string[] | undefined;
  can?: readonly string[] | undefined;
  cannot?: readonly string[] | undefined;
}

/** A trainer-authored signal from scenario or rubric YAML (kinds: phrases, pattern, required). */
export interface TrainerSignal {
  id: string;
  kind: "phrases" | "pattern" | "required";
  dimension: Dimension;
  effect: Effect;
  weight?: number | undefined;
  phrases?: readonly string[] | undefined;
  pattern?: string | undefined;
  message: string;
  tip?: string | undefined;
}

export interface ScoreContext {
  /** The customer's message this reply answers. */
  customer?: string | undefined;
  /** Whether that message was abusive (insults, threats): boundary-setting is then expected. */
  abusive?: boolean | undefined;
  setting?: string | undefined;
  facts?: Facts | undefined;
  /** The trainee's earlier replies in this session, oldest first. */
  previousReplies?: readonly string[] | undefined;
  weights?: Partial<Record<Dimension, number>> | undefined;
  /** Signal ids a good reply must fire here. */
  expect?: readonly string[] | undefined;
  /** Phrases that are wrong here. */
  avoid?: readonly string[] | undefined;
  signals?: readonly TrainerSignal[] | undefined;
  /** The turn's model answer: the tip's example is drawn from it. */
  model?: string | undefined;
  /** The turn's hint. */
  hint?: string | undefined;
  /** The dimensions this turn tests, when the scenario author states them (overrides the reading of the line). */
  tests?: readonly Dimension[] | undefined;
}

export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface Finding {
  signal: string;
  dimension: Dimension;
  effect: Effect;
  /** Points added (positive) or removed (negative) on this dimension. */
  points: number;
  /** The words of the reply that fired it; absent for something missing. */
  span?: Span;
  message: string;
}

export interface DimensionResult {
  score: number;
  band: Band;
  evidence: Finding[];
}

export interface Tip {
  signal?: string;
  text: string;
  /** Inside a scenario: the sentence of the turn's model answer that shows the fix. */
  example?: string;
}

export interface Scorecard {
  dimensions: Record<Dimension, DimensionResult>;
  scores: Record<Dimension, number>;
  bands: Record<Dimension, Band>;
  overall: number;
  /** All findings, strongest first. */
  evidence: Finding[];
  /**
   * Whether the reply was tested on each dimension: what the customer's line puts in play (see
   * stakes.ts), or the turn's `tests` list, plus what the reply brings in itself (a hurt on a
   * dimension, a limit held). An untested dimension's score is a neutral default: it is left out
   * of the overall score and of branching conditions, and shown as "not tested".
   */
  assessed: Record<Dimension, boolean>;
  /** Something the trainee must know before reading the scores (a reply not in English). */
  notice?: string;
  /** For each untested dimension, why, in the trainee's words. */
  untested?: Partial<Record<Dimension, string>>;
  /** What the customer's line asked for (empathy owed, boundaries in play) and the words that showed it. */
  stakes: Stakes;
  tip: Tip;
}

/** How a signal moves a dimension: points, and optionally a ceiling the dimension cannot exceed. */
export interface Impact {
  dimension: Dimension;
  points: number;
  cap?: number;
}

export interface SignalExample {
  reply: string;
  customer?: string;
  abusive?: boolean;
  previous?: string[];
  facts?: Facts;
}

export interface SignalMeta {
  id: string;
  dimension: Dimension;
  effect: Effect;
  /** Points on `dimension` (positive for helps, negative for hurts). */
  points: number;
  /** Ceiling on `dimension` when the signal fires (a sarcastic reply is never "strong" on calm). */
  cap?: number;
  /**
   * A softer ceiling when one of these signals fired too (they run first): "Sorry it was late,
   * but you should have read the terms" is blame softened by an apology (calm 1 in LABELS.md),
   * bare blame is calm 0.
   */
  softened?: { by: readonly string[]; cap: number };
  /** Smaller effects on other dimensions. */
  also?: readonly Impact[];
  /** One line for `coach rules`. */
  summary: string;
  /** The evidence message shown to a trainee. */
  message: string;
  /** Why it matters, for `coach rules <id>`. */
  explanation: string;
  /** The concrete change to suggest. */
  tip: string;
  examples: { fires: readonly (string | SignalExample)[]; silent: readonly (string | SignalExample)[] };
}

/** What detectors see besides the reply: the context, analysed once. */
export interface Analysed {
  customer?: Doc;
  abusive: boolean;
  /** What the customer's line asks for (stakes.ts): tone expectations scale with it. */
  stakes?: Stakes;
  facts: Facts;
  /**
   * Words the setting and its facts write in capitals ("DVSA", "CCTV"): the situation's own names
   * and codes, which a reply may repeat without shouting. Empty when there is no setting.
   */
  codes?: ReadonlySet<string>;
  /** The words, lower-cased, the setting and its facts use: the situation's own vocabulary. */
  situation?: ReadonlySet<string>;
  previous: readonly Doc[];
  /** Hits of detectors that ran earlier (for detectors that combine others). */
  fired: ReadonlyMap<string, readonly Span[]>;
}

export interface Detector {
  meta: SignalMeta;
  /** Detectors this one reads from `fired`; they run first. */
  needs?: readonly string[];
  detect(doc: Doc, context: Analysed): Span[];
}
