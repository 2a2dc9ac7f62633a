import type { Dimension } from "../scoring/index.js";
import type { Outcome, Transcript } from "../session/engine.js";

/**
 * The contract between the local store (src/store/db.ts) and what reads it: history, show,
 * progress, next and reports. Pure data; the store fills it, the readers never touch SQLite.
 */

/** One stored session, one row of `coach history`. */
export interface SessionSummary {
  /** Stable id of the session (the store's key; `coach show ID`). */
  id: string;
  scenarioId: string;
  scenarioTitle: string;
  /** ISO 8601, UTC. */
  startedAt: string;
  endedAt?: string;
  outcome: Outcome;
  endReason?: string;
  /** Scored turns (the last attempt of each turn). */
  turns: number;
  /** Mean overall of the turns, or null with no turns. */
  overall: number | null;
  /** Mean of each dimension over the turns that tested it; null where no turn tested it. */
  dimensions: Record<Dimension, number | null>;
  /** Played with --exam: no hints, retries or per-turn feedback. */
  exam: boolean;
  hintsUsed: number;
  retries: number;
  modelsSeen: number;
}

/** How often a signal cost points on a dimension over a set of sessions. */
export interface SignalCost {
  signal: string;
  dimension: Dimension;
  /** Turns (last attempts) on which it fired and took points. */
  count: number;
  /** Points taken, summed over those turns (a positive number). */
  points: number;
  /** The finding's message the last time it fired, for plain-language advice. */
  message: string;
}

export interface SessionQuery {
  scenario?: string;
  /** ISO date or date-time: sessions started at or after it. */
  since?: string;
  /** Newest first; at most this many. */
  limit?: number;
}

/**
 * What progress needs from all of a trainee's sessions besides the newest ones: how many were
 * scored, and per dimension how many tested it, the first that did and the best (the earliest to
 * reach the highest rounded score). A store answers this with a few indexed queries, so progress
 * over 10,000 sessions reads only the newest few hundred rows.
 */
export interface ProgressFacts {
  /** Sessions that match the query. */
  total: number;
  /** Of those, sessions with a scored turn that tested some dimension. */
  scored: number;
  /** The first scored session's start. */
  from?: string;
  dimensions: Record<Dimension, { tested: number; first?: SessionSummary; best?: SessionSummary }>;
}

/** What the readers need from the store. The SQLite store implements it; tests may fake it. */
export interface SessionSource {
  /** Newest first. */
  summaries(query?: SessionQuery): SessionSummary[];
  /** The whole transcript of one session, or undefined. `last` is the newest. */
  transcript(id: string | "last"): Transcript | undefined;
  /** Signals that cost points, over the newest `sessions` sessions (all when omitted), most costly first. */
  signalCosts(options?: { sessions?: number; dimension?: Dimension }): SignalCost[];
  /** Optional: the whole-history figures of progress, without reading every session. */
  progressFacts?(query?: SessionQuery): ProgressFacts;
}
