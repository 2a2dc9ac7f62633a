import { createHash } from "node:crypto";
import { DIMENSIONS, type Dimension } from "../scoring/index.js";
import type { Transcript, TurnRecord } from "../session/engine.js";
import { sessionOverall } from "../session/report.js";

/**
 * xAPI 1.0.3 learning records from a transcript, pure: the same transcript always gives the
 * same statements, ids and timestamps included, so exporting twice (or resending a queue) never
 * makes a record store count a session twice.
 *
 * Per session: "attempted" when it started, then "passed"/"failed" against the scenario's
 * `pass_mark`, or "completed" without one, when it ended (a session the trainee quit has no
 * second statement). Per turn: "responded", with the reply, the overall score and each tested
 * dimension as a result extension.
 */

export const XAPI_VERSION = "1.0.3" as const;

/**
 * The base of every IRI coach mints: activities, extensions, the namespace of its UUIDs. The
 * project's home (the repository's address, as for the JSON Schema ids), which it controls;
 * the IRIs name things and are not fetched. Changing it would change every statement id.
 */
export const COACH_XAPI_IRI = "https://github.com/de-escalation-coach/coach/xapi";

/** ADL's verbs (the ADL vocabulary, http://adlnet.gov/expapi/verbs/). */
export const VERBS = {
  attempted: "http://adlnet.gov/expapi/verbs/attempted",
  completed: "http://adlnet.gov/expapi/verbs/completed",
  passed: "http://adlnet.gov/expapi/verbs/passed",
  failed: "http://adlnet.gov/expapi/verbs/failed",
  responded: "http://adlnet.gov/expapi/verbs/responded",
} as const;
export type Verb = keyof typeof VERBS;

/** ADL activity types. */
const ACTIVITY_TYPES = {
  simulation: "http://adlnet.gov/expapi/activities/simulation",
  interaction: "http://adlnet.gov/expapi/activities/cmi.interaction",
  attempt: "http://adlnet.gov/expapi/activities/attempt",
} as const;

/** Extensions coach defines, under COACH_XAPI_IRI/extensions/ (documented in the README). */
export const EXTENSIONS = {
  /** A dimension's score, 0-100, in a turn's result; only for the dimensions the turn tested. */
  dimension: (d: Dimension) => `${COACH_XAPI_IRI}/extensions/${d}`,
  /** The customer's anger (0-100) after the reply, or at the end of the session. */
  anger: `${COACH_XAPI_IRI}/extensions/anger`,
  /** How the session ended: deescalated, escalated or unfinished. */
  outcome: `${COACH_XAPI_IRI}/extensions/outcome`,
  /** The customer's line the reply answers (context). */
  customer: `${COACH_XAPI_IRI}/extensions/customer`,
  /** The trainee asked for the hint before replying (context). */
  hintUsed: `${COACH_XAPI_IRI}/extensions/hint-used`,
  /** Earlier attempts at the turn the trainee retried (context). */
  retries: `${COACH_XAPI_IRI}/extensions/retries`,
  /** The session was played as an exam: no hints, retries or feedback (context). */
  exam: `${COACH_XAPI_IRI}/extensions/exam`,
} as const;

export interface Agent {
  objectType: "Agent";
  mbox: string;
  name?: string;
}

export type LanguageMap = Record<string, string>;

export interface Activity {
  objectType: "Activity";
  id: string;
  definition?: {
    name?: LanguageMap;
    description?: LanguageMap;
    type?: string;
    interactionType?: string;
  };
}

export interface Result {
  score?: { scaled: number; raw: number; min: number; max: number };
  success?: boolean;
  completion?: boolean;
  response?: string;
  duration?: string;
  extensions?: Record<string, unknown>;
}

export interface Statement {
  id: string;
  actor: Agent;
  verb: { id: string; display: LanguageMap };
  object: Activity;
  result?: Result;
  context: {
    registration: string;
    revision?: string;
    platform: string;
    language?: string;
    contextActivities: { parent?: Activity[]; grouping?: Activity[] };
    extensions?: Record<string, unknown>;
  };
  timestamp: string;
  version: typeof XAPI_VERSION;
}

export interface StatementOptions {
  actor: Agent;
  /** The scenario's pass mark (0-100), when it sets one. */
  passMark?: number | undefined;
}

/** A mailbox IRI as xAPI wants it: `mailto:` and one address. */
export const MBOX = /^mailto:[^@\s:/?#]+@[^@\s/?#]+$/;

/** The agent for a `mailto:` IRI, or undefined when it is not one. */
export function agentFor(mbox: string, name?: string): Agent | undefined {
  const trimmed = mbox.trim();
  if (!MBOX.test(trimmed)) return undefined;
  return { objectType: "Agent", mbox: trimmed, ...(name ? { name } : {}) };
}

/**
 * A name-based UUID (RFC 9562 version 5: SHA-1 of a namespace and a name). Deterministic: the
 * same name always gives the same UUID.
 */
export function uuidV5(name: string, namespace: string = COACH_NAMESPACE): string {
  const ns = Buffer.from(namespace.replace(/-/g, ""), "hex");
  const bytes = createHash("sha1").update(ns).update(name, "utf8").digest().subarray(0, 16);
  bytes[6] = ((bytes[6] as number) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] as number) & 0x3f) | 0x80;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** RFC 9562's namespace for URLs. */
const URL_NAMESPACE = "6ba7b811-9dad-11d1-80b4-00c04fd430c8";
/** The namespace of every UUID coach mints: the v5 UUID of its IRI base in the URL namespace. */
export const COACH_NAMESPACE = uuidV5(COACH_XAPI_IRI, URL_NAMESPACE);

/**
 * A session's stable id: transcripts carry none, so it is derived from what identifies one, the
 * scenario id and the start time (to the millisecond). Used as the statements' registration.
 */
export function sessionIdOf(transcript: Pick<Transcript, "scenario" | "startedAt">): string {
  return uuidV5(`session\n${transcript.scenario.id}\n${transcript.startedAt}`);
}

/** An ISO 8601 duration of `ms` milliseconds, to the hundredth of a second (xAPI keeps no more). */
export function isoDuration(ms: number): string {
  const centis = Math.max(0, Math.round(ms / 10));
  const hours = Math.floor(centis / 360_000);
  const minutes = Math.floor((centis % 360_000) / 6000);
  const seconds = (centis % 6000) / 100;
  return `PT${hours ? `${hours}H` : ""}${minutes ? `${minutes}M` : ""}${hours || minutes ? (seconds ? `${seconds}S` : "") : `${seconds}S`}`;
}

function between(from: string, to: string | undefined): string | undefined {
  if (to === undefined) return undefined;
  const ms = Date.parse(to) - Date.parse(from);
  return Number.isFinite(ms) ? isoDuration(ms) : undefined;
}

const segment = (text: string) => encodeURIComponent(text);

export function scenarioActivity(transcript: Transcript): Activity {
  return {
    objectType: "Activity",
    id: `${COACH_XAPI_IRI}/scenarios/${segment(transcript.scenario.id)}`,
    definition: { name: { en: transcript.scenario.title }, type: ACTIVITY_TYPES.simulation },
  };
}

export function sessionActivity(transcript: Transcript): Activity {
  return {
    objectType: "Activity",
    id: `${COACH_XAPI_IRI}/sessions/${sessionIdOf(transcript)}`,
    definition: {
      name: { en: `${transcript.scenario.title}, session of ${transcript.startedAt}` },
      type: ACTIVITY_TYPES.attempt,
    },
  };
}

function turnActivity(transcript: Transcript, turn: TurnRecord): Activity {
  return {
    objectType: "Activity",
    id: `${COACH_XAPI_IRI}/scenarios/${segment(transcript.scenario.id)}/turns/${segment(turn.node)}`,
    definition: {
      name: { en: `${transcript.scenario.title}: turn ${turn.node}` },
      type: ACTIVITY_TYPES.interaction,
      interactionType: "long-fill-in",
    },
  };
}

const verb = (name: Verb) => ({ id: VERBS[name], display: { "en-US": name } });

const score = (overall: number) => ({ scaled: overall / 100, raw: overall, min: 0, max: 100 });

/** Whether a turn was tested on anything: a reply not in English tests nothing and has no score. */
const testedAnything = (turn: TurnRecord) =>
  !turn.scorecard.assessed || Object.values(turn.scorecard.assessed).some(Boolean);

/** The verb that closes a session, or undefined for one the trainee left before its end. */
function closingVerb(transcript: Transcript, overall: number | null, passMark?: number): Verb | undefined {
  const reason = transcript.endReason;
  if (reason === "quit" || reason === "interrupted" || reason === "no-more-replies") return undefined;
  if (reason === undefined && transcript.outcome === "unfinished") return undefined;
  if (passMark === undefined || overall === null) return "completed";
  return overall >= passMark ? "passed" : "failed";
}

/** Every statement for one session, in time order: attempted, one responded per turn, then the ending. */
export function buildStatements(transcript: Transcript, options: StatementOptions): Statement[] {
  const registration = sessionIdOf(transcript);
  const scenario = scenarioActivity(transcript);
  const session = sessionActivity(transcript);
  const revision = String(transcript.scenario.version);
  const base = (name: string, v: Verb, object: Activity, timestamp: string): Omit<Statement, "context"> => ({
    // The actor is part of the id: the same session exported for someone else is another
    // record, and a store that refused a mistyped mailbox can still take the right one.
    id: uuidV5(`${registration}\n${options.actor.mbox}\n${name}`),
    actor: options.actor,
    verb: verb(v),
    object,
    timestamp,
    version: XAPI_VERSION,
  });
  const exam = transcript.exam ? { extensions: { [EXTENSIONS.exam]: true } } : {};
  const statements: Statement[] = [
    {
      ...base("attempted", "attempted", scenario, transcript.startedAt),
      context: {
        registration,
        revision,
        platform: "coach",
        contextActivities: { grouping: [session] },
        ...exam,
      },
    },
  ];
  for (const turn of transcript.turns) {
    const extensions: Record<string, unknown> = {};
    for (const d of DIMENSIONS)
      if (turn.scorecard.assessed?.[d] !== false)
        extensions[EXTENSIONS.dimension(d)] = turn.scorecard.scores[d];
    extensions[EXTENSIONS.anger] = turn.angerAfter;
    const duration = between(turn.askedAt, turn.answeredAt);
    statements.push({
      ...base(`turn ${turn.index}`, "responded", turnActivity(transcript, turn), turn.answeredAt),
      result: {
        response: turn.reply,
        ...(testedAnything(turn) ? { score: score(turn.scorecard.overall) } : {}),
        ...(duration ? { duration } : {}),
        extensions,
      },
      context: {
        registration,
        revision,
        platform: "coach",
        contextActivities: { parent: [scenario], grouping: [session] },
        extensions: {
          [EXTENSIONS.customer]: turn.customer,
          [EXTENSIONS.hintUsed]: turn.hintUsed,
          [EXTENSIONS.retries]: turn.attempts?.length ?? 0,
          ...(transcript.exam ? { [EXTENSIONS.exam]: true } : {}),
        },
      },
    });
  }
  const overall = sessionOverall(transcript.turns);
  const closing = closingVerb(transcript, overall, options.passMark);
  if (closing) {
    const last = transcript.turns[transcript.turns.length - 1];
    const endedAt = transcript.endedAt ?? last?.answeredAt ?? transcript.startedAt;
    const duration = between(transcript.startedAt, endedAt);
    statements.push({
      // One id whichever verb closes it: a pass mark set later must not make a second ending.
      ...base("ended", closing, scenario, endedAt),
      result: {
        completion: true,
        ...(closing === "completed" ? {} : { success: closing === "passed" }),
        ...(overall === null ? {} : { score: score(overall) }),
        ...(duration ? { duration } : {}),
        extensions: { [EXTENSIONS.outcome]: transcript.outcome, [EXTENSIONS.anger]: transcript.anger.end },
      },
      context: {
        registration,
        revision,
        platform: "coach",
        contextActivities: { grouping: [session] },
        ...exam,
      },
    });
  }
  return statements;
}
