/**
 * What a customer's line puts in play, read from the line itself (pure).
 *
 * - Empathy is owed in proportion to how upset the customer is on this line: "high" (distress,
 *   anger, accusation, shouting or abuse) owes a named feeling and their specifics, and is
 *   tested; "some" (a follow-up asked with an edge: "So when will it ACTUALLY be ready?") and
 *   "none" (a calm question for facts) are not: the right reply there is a clear answer, not
 *   "name the feeling". The score itself does not move (a reply with no acknowledgement is still
 *   "needs work" on empathy, as LABELS.md reads it); it is left out of the overall score, of
 *   branching and of the tip. A reply that hurts empathy (invalidating, blaming) is tested anyway.
 * - Boundaries are in play where the customer demands something, sets a deadline, threatens,
 *   pushes back on a limit, or is abusive (LABELS.md: otherwise boundaries are not tested).
 *
 * Without a customer line (a bare `coach score "reply"`), empathy is owed in full and boundaries
 * depend on the reply alone, as before.
 */
import { ACRONYMS, NAME_CALLING, PROFANITY, SWEARING } from "./lexicons/calm.js";
import {
  DEADLINE_TAILS,
  DEADLINES,
  DEMANDS,
  EDGE,
  GRIEVANCE_ACCUSATION,
  GRIEVANCE_CHALLENGE,
  GRIEVANCE_COST,
  GRIEVANCE_DURATION,
  GRIEVANCE_HARM,
  GRIEVANCE_NEGLECT,
  GRIEVANCE_PEOPLE,
  IMPERATIVE_VERBS,
  PUSHBACK,
  UPSET,
} from "./lexicons/customer.js";
import { hits, sentenceInitial } from "./phrases.js";
import { analyse, type Doc } from "./text.js";
import type { Dimension } from "./types.js";

export type Owed = "high" | "some" | "none";

export interface Stakes {
  /** How much empathy the line asks for. */
  empathy: Owed;
  /** Whether the line holds a demand, deadline, threat, pushback or abuse. */
  boundaries: boolean;
  /** The customer's words that set these, for explanations ("ridiculous", "I want"). */
  cues: { upset: string[]; demand: string[] };
}

const FULL: Stakes = { empathy: "high", boundaries: false, cues: { upset: [], demand: [] } };

/** Families of a grievance told as a story (lexicons/customer.ts): each found counts half an upset cue. */
const GRIEVANCE: readonly (readonly string[])[] = [
  GRIEVANCE_HARM,
  GRIEVANCE_COST,
  GRIEVANCE_NEGLECT,
  GRIEVANCE_PEOPLE,
  GRIEVANCE_DURATION,
  GRIEVANCE_ACCUSATION,
  GRIEVANCE_CHALLENGE,
];

const shouted = (raw: string) =>
  raw.length >= 3 && /^[A-Z][A-Z']+$/.test(raw) && !ACRONYMS.has(raw.replace(/'S$/, ""));

const stakesCache = new WeakMap<Doc, Stakes[]>();

/** What a customer's line puts in play, read once per line (a batch or session asks per reply). */
export function readStakes(customer: Doc | undefined, abusive: boolean): Stakes {
  if (!customer) return { ...FULL, boundaries: abusive };
  const cached = stakesCache.get(customer);
  const slot = abusive ? 1 : 0;
  const hit = cached?.[slot];
  if (hit) return hit;
  const stakes = readLine(customer, abusive);
  const list = cached ?? [];
  list[slot] = stakes;
  stakesCache.set(customer, list);
  return stakes;
}

function readLine(customer: Doc, abusive: boolean): Stakes {
  const upset = hits(customer, UPSET, { negatable: false }).map((h) => h.text);
  // "You clowns downgraded my room": calling names or swearing is anger, with or without a "!".
  upset.push(
    ...[
      ...hits(customer, NAME_CALLING, { negatable: false }),
      ...hits(customer, PROFANITY, { negatable: false }),
      ...hits(customer, SWEARING, { negatable: false }),
    ].map((h) => h.text),
  );
  const edge = hits(customer, EDGE, { negatable: false }).map((h) => h.text);
  // Demands and pushback show both a line to hold and anger; a deadline alone only the line.
  const demand = [
    ...hits(customer, DEMANDS, { negatable: false }),
    ...hits(customer, PUSHBACK, { negatable: false }),
  ].map((h) => h.text);
  upset.push(...demand);
  demand.push(...hits(customer, DEADLINES, { negatable: false }).map((h) => h.text));
  const words = customer.words;
  words.forEach((w, i) => {
    if (shouted(w.raw)) upset.push(w.raw);
    // A sentence that opens with a command verb ("Refund it.", "Just fix it!", "Get. The. Manager.").
    const verb = w.norm === "just" ? words[i + 1] : w;
    if (sentenceInitial(customer, i) && verb && IMPERATIVE_VERBS.has(verb.norm)) {
      demand.push(verb.raw);
      upset.push(verb.raw);
    }
    // A deadline that ends a sentence ("I want my money. Today.") is a demand, and said on its
    // own ("Now.") a clipped, angry one.
    const next = words[i + 1];
    const asks = customer.sentences[w.sentence]?.question ?? false;
    if (DEADLINE_TAILS.has(w.norm) && !asks && (!next || next.sentence !== w.sentence)) {
      demand.push(w.raw);
      if (sentenceInitial(customer, i)) upset.push(w.raw);
    }
  });
  const exclaims = (customer.text.match(/!/g) ?? []).length;
  // A grievance told as a story: each family found ("nobody rang", "my kids") counts half.
  const told = GRIEVANCE.map((family) => hits(customer, family, { negatable: false })[0]?.text).filter(
    (text): text is string => text !== undefined,
  );
  const weight = upset.length + told.length / 2 + (exclaims > 0 ? 1 : 0) + (abusive ? 2 : 0);
  if (weight >= 1) upset.push(...told);
  const empathy: Owed =
    weight >= 1 ? "high" : edge.length > 0 || demand.length > 0 || told.length > 0 ? "some" : "none";
  return { empathy, boundaries: abusive || demand.length > 0, cues: { upset, demand } };
}

/** The dimensions a line tests before the reply is read (calm and honesty always are). */
export function inPlay(stakes: Stakes): Record<Dimension, boolean> {
  return { calm: true, empathy: stakes.empathy === "high", honesty: true, boundaries: stakes.boundaries };
}

/** Why a dimension was not tested, in the trainee's words. */
export function whyNotTested(dimension: Dimension, byAuthor: boolean): string {
  if (byAuthor) return "not tested at this turn (the scenario says so)";
  return dimension === "empathy"
    ? "not tested here (a question for facts: a clear answer is what counts)"
    : dimension === "boundaries"
      ? "not tested here (no demand, pushback or abuse to hold a line against)"
      : "not tested here";
}

/** The dimensions a customer's line tests before any reply (for `coach validate`). */
export function testedByLine(customer: string, abusive: boolean): Record<Dimension, boolean> {
  return inPlay(readStakes(analyse(customer), abusive));
}
