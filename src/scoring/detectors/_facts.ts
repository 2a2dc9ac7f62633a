/**
 * Helpers for the detectors that judge a reply against the scenario's facts.
 *
 * A promise is read against the facts by meaning: each fact line and each clause of the reply is
 * reduced to concepts (content words by lemma, synonym groups from lexicons/synonyms.ts, numbers),
 * and a committing clause is matched to the fact it covers best. Promising a `can` fact is a
 * concrete step; promising a `cannot` fact is an over-promise; a clause is never both, because it
 * goes to whichever fact it covers best (a tie goes to `can`).
 */

import { NEGATORS } from "../lexicons/function-words.js";
import {
  AWAY,
  CHANNEL_WORDS,
  CLAIM_VERBS,
  CONDITION_MARKERS,
  CONTACT_VERBS,
  DELIVERY_VERBS,
  EFFORT_VERBS,
  HEDGES,
  INFORMATION_OBJECTS,
  PERCEPTION_VERBS,
  PRO_VERBS,
  PROCESS_OBJECTS,
  PROMISE_HEDGES,
  SPECIFIC_TIMES,
  WHEN_NOUNS,
} from "../lexicons/honesty.js";
import { STOPWORDS } from "../lexicons/stopwords.js";
import { CONCEPTS, NUMBER_VALUES } from "../lexicons/synonyms.js";
import { hits } from "../phrases.js";
import { analyse, type Doc, lemma as lemmaOf, MODALS, noHeads, refusedAfter, type Word } from "../text.js";
import type { Facts, Span } from "../types.js";

/** Verbs too general to identify a promise ("give vouchers" is about vouchers). */
const GENERIC_VERBS = new Set([
  "give",
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
  "sure",
  "happy",
  "able",
  "hand",
]);

const lemmaCache = new Map<string, string>();
/** The lemma of a normalised word, memoised: matching asks for the same few hundred words again and again. */
function lemma(word: string): string {
  let l = lemmaCache.get(word);
  if (l === undefined) {
    if (lemmaCache.size > 20000) lemmaCache.clear();
    l = lemmaOf(word);
    lemmaCache.set(word, l);
  }
  return l;
}

/** Word lists compared by lemma, so every inflection counts ("promised", "asking"). */
const byLemma = (words: ReadonlySet<string>) => new Set([...words].map(lemma));
/** Built on first use: a bare `coach score` with no facts never needs them (start-up time). */
function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => {
    value ??= make();
    return value;
  };
}
const CLAIMS = lazy(() => byLemma(CLAIM_VERBS));
const EFFORTS = lazy(() => byLemma(EFFORT_VERBS));
const PROS = lazy(() => byLemma(PRO_VERBS));
const DELIVERIES = lazy(() => byLemma(DELIVERY_VERBS));
const PERCEPTIONS = lazy(() => byLemma(PERCEPTION_VERBS));
/** Objects that make a step a request to someone else ("send a refund request", "an appeal"). */
const REQUESTS = /^(request|requests|appeal|referral|application)$/;
const EMBEDDED_QUESTION = /^(whether)$/;
const FUTURE_KNOWING = /\bwill (?:only )?be (?:known|decided|confirmed|clear|agreed)\b/;

// ---------------------------------------------------------------------------------------------
// Concepts

interface ConceptEntry {
  words: string[];
  /** Index before which up to three words may come between ("put ... back"); -1 for none. */
  gap: number;
  concept: string;
}

const BY_FIRST: () => ReadonlyMap<string, ConceptEntry[]> = lazy(() => {
  const index = new Map<string, ConceptEntry[]>();
  for (const [concept, list] of Object.entries(CONCEPTS))
    for (const source of list) {
      const parts = source.toLowerCase().split(/\s+/);
      const gap = parts.indexOf("...");
      const words = parts.filter((p) => p !== "...").map(lemma);
      const first = words[0] as string;
      const entry = { words, gap, concept: `=${concept}` };
      const bucket = index.get(first);
      if (bucket) bucket.push(entry);
      else index.set(first, [entry]);
    }
  for (const bucket of index.values()) bucket.sort((a, b) => b.words.length - a.words.length);
  return index;
});

/** Where the entry matches at word i: the index of its last word, or -1. */
function entryEnd(words: readonly Word[], i: number, entry: ConceptEntry): number {
  let at = i;
  for (let k = 0; k < entry.words.length; k++) {
    if (k === entry.gap) {
      let found = -1;
      for (let skip = 0; skip <= 3 && at + skip < words.length; skip++)
        if (lemma((words[at + skip] as Word).norm) === entry.words[k]) {
          found = at + skip;
          break;
        }
      if (found < 0) return -1;
      at = found + 1;
      continue;
    }
    const w = words[at];
    if (!w || lemma(w.norm) !== entry.words[k]) return -1;
    at++;
  }
  return at - 1;
}

export interface Concept {
  key: string;
  /** Index of the (first) word in the list it was read from. */
  at: number;
}

/** Question words open an unknown ("whether Margaret will return") but are never what a claim names. */
const QUESTION_WORDS = new Set(["whether", "why", "how", "what", "which", "who", "whom", "when"]);
const isContent = (norm: string) =>
  norm.length > 2 &&
  !STOPWORDS.has(norm) &&
  !NEGATORS.has(norm) &&
  !GENERIC_VERBS.has(norm) &&
  !QUESTION_WORDS.has(norm);

const CLOCK = /^([01]?\d|2[0-3])\.([0-5]\d)$/;
/** Words a time follows: "at 7.30", "by 10.15", "tomorrow 7.30". */
const CLOCK_BEFORE =
  /^(?:at|by|from|until|till|til|after|before|around|about|tomorrow|today|tonight|morning|afternoon|evening|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
/** The concepts of a run of words: synonym groups first (longest phrase wins), then numbers and content lemmas. */
export function conceptsOf(words: readonly Word[]): Concept[] {
  const out: Concept[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as Word;
    const entry = BY_FIRST()
      .get(lemma(w.norm))
      ?.find((e) => entryEnd(words, i, e) >= 0);
    if (entry) {
      out.push({ key: entry.concept, at: i });
      // A gapped phrase ("put the £12 back") leaves the words between it readable.
      if (entry.gap < 0) i = entryEnd(words, i, entry);
      continue;
    }
    const number = /^\d/.test(w.norm) ? w.norm.replace(/[^\d.]/g, "") : NUMBER_VALUES.get(w.norm);
    // "at 7.30", "tomorrow 7.30", "7.30am" is the time "7:30am" a fact names as 7 and 30; "£7.30"
    // stays a sum.
    const clock =
      number &&
      (/(?:am|pm)$/.test(w.norm) ||
        CLOCK_BEFORE.test(words[i - 1]?.norm ?? "") ||
        /^(?:am|pm|o'clock)$/.test(words[i + 1]?.norm ?? ""))
        ? CLOCK.exec(number)
        : null;
    if (clock) out.push({ key: `#${Number(clock[1])}`, at: i }, { key: `#${clock[2]}`, at: i });
    else if (number) out.push({ key: `#${number}`, at: i });
    else if (isContent(w.norm)) out.push({ key: lemma(w.norm), at: i });
  }
  return out;
}

/**
 * Said of a charge, cancelling, taking off and waiving are one act: "take the fine off" is the
 * "cancel fines" a fact rules out, and "cancel the fee" the "waive the fee" it offers. A sum taken
 * off ("take £40 off the charge") is money off, not the charge gone.
 */
const DROPS = new Set(["=cancel", "=remove", "=waive"]);
function withChargeDrops(words: readonly Word[], keys: string[]): string[] {
  if (!keys.some((k) => DROPS.has(k)) || !words.some(isCharge)) return keys;
  if (keys.includes("=remove") && keys.some((k) => k.startsWith("#"))) return keys;
  return [...keys, ...[...DROPS].filter((k) => !keys.includes(k))];
}

const CHARGES = /^(?:fee|fees|charge|charges|surcharge|surcharges|penalty|penalties|fines|fine|levy)$/;
/** A word naming a charge; "fine" only after a word that makes it a noun ("the fine", "a £10 fine", "late fine"). */
function isCharge(w: Word, i: number, words: readonly Word[]): boolean {
  if (!CHARGES.test(w.norm)) return false;
  if (w.norm !== "fine") return true;
  const before = words[i - 1]?.norm ?? "";
  return /^(?:the|a|this|that|your|my|his|her|their|its|late|overdue|parking|library|\d.*|£.*)$/.test(before);
}

// ---------------------------------------------------------------------------------------------
// Facts

export type FactKind = "can" | "cannot" | "unknown" | "known";

export interface Fact {
  kind: FactKind;
  text: string;
  /** Concepts a clause must cover (two of them, or all of a shorter list). */
  required: ReadonlySet<string>;
  /** Concepts that add to the match but are not needed: conditions and channels ("after 30 days", "to the card"). */
  optional: ReadonlySet<string>;
  /** A limit on claiming ("cannot promise a repair date"): broken by stating it as certain. */
  claim: boolean;
  /** The claim is about a time or date. */
  when: boolean;
  /**
   * A limit on promising ("cannot promise a free replacement", "can't guarantee the stain will
   * lift"): a firm promise of our own to do it breaks it too, not only a claim.
   */
  promised?: boolean;
  /** A person who is away (from "Jo is at the other branch today"): broken by promising to bring them. */
  absent?: ReadonlySet<string>;
  /**
   * The action a `cannot` fact rules out when no `can` fact offers it in any form ("offer a
   * discount on top" where nothing discounts): promising that action at all breaks the limit.
   */
  core?: string;
}

const factCache = new Map<string, Fact>();

/** A fact line read once: its required and optional concepts, and whether it limits a claim. */
export function readFact(text: string, kind: FactKind): Fact {
  const cacheKey = `${kind}\u0000${text}`;
  let fact = factCache.get(cacheKey);
  if (fact) return fact;
  const words = analyse(text).words;
  const firstContent = words.findIndex((w) => !/^(a|an|the|to|and|also|only)$/.test(w.norm));
  const firstWord = words[firstContent]?.norm ?? "";
  const claim =
    kind === "cannot" &&
    (CLAIMS().has(lemma(firstWord)) ||
      (/^(give|set|name|say|tell)$/.test(firstWord) && words.some((w) => WHEN_NOUNS.has(w.norm))));
  const optionalAt = new Set<number>();
  let when = false;
  words.forEach((w, i) => {
    if (claim && i === firstContent) optionalAt.add(i);
    if (claim && WHEN_NOUNS.has(w.norm)) {
      when = true;
      optionalAt.add(i);
    }
    if (CHANNEL_WORDS.has(w.norm)) optionalAt.add(i);
    // "after 30 days", "without a receipt": the condition the limit applies under.
    if ((kind === "can" || kind === "cannot") && CONDITION_MARKERS.has(w.norm) && i > firstContent)
      for (let k = i + 1; k < words.length && k <= i + 4; k++) {
        if (/^(and|or|but)$/.test((words[k] as Word).norm)) break;
        optionalAt.add(k);
      }
  });
  const required = new Set<string>();
  const optional = new Set<string>();
  for (const c of conceptsOf(words)) (optionalAt.has(c.at) ? optional : required).add(c.key);
  if (claim && required.has("=promise")) required.delete("=promise");
  // "come before Wednesday": the day is where the limit ends, not what it is about; naming it
  // ("the earliest we can do is Wednesday") keeps the limit.
  const endsAt = kind === "cannot" && /\b(?:before|until|till)\b/i.test(text);
  if (!required.size && !when && !endsAt) for (const key of optional) required.add(key);
  for (const key of required) optional.delete(key);
  const promised = claim && /^(promise|guarantee)$/.test(firstWord);
  fact = { kind, text, required, optional, claim, when, ...(promised ? { promised } : {}) };
  if (factCache.size > 5000) factCache.clear();
  factCache.set(cacheKey, fact);
  return fact;
}

const absentCache = new Map<string, Fact | null>();
function absentFrom(text: string): Fact | undefined {
  let fact = absentCache.get(text);
  if (fact === undefined) {
    if (absentCache.size > 5000) absentCache.clear();
    fact = readAbsent(text) ?? null;
    absentCache.set(text, fact);
  }
  return fact ?? undefined;
}

function readAbsent(text: string): Fact | undefined {
  const m = AWAY.exec(text);
  if (!m?.[1]) return undefined;
  // The person is the last few words before "is" ("done by a stylist who", "Jo, the manager,").
  const who = new Set(conceptsOf(analyse(m[1]).words.slice(-4)).map((c) => c.key));
  if (!who.size) return undefined;
  return {
    kind: "cannot",
    text,
    required: new Set(["=fetch"]),
    optional: new Set(),
    claim: false,
    when: false,
    absent: who,
  };
}

export interface FactSet {
  can: Fact[];
  cannot: Fact[];
  unknown: Fact[];
  known: Fact[];
  /** What the facts' amounts stand for ("the £50 deposit": #50 -> deposit), so "the £50" in a reply names the deposit. */
  numbers: ReadonlyMap<string, readonly string[]>;
}

/** Units say how much, not what: "120 pounds" names no thing. */
const UNIT =
  /^(pound|quid|euro|dollar|penc|pence|percent|minut|hour|day|week|month|year|mile|km|cost|costs|paid|pay)/;

/**
 * Each amount in the known facts with the thing it names: the next content word, else the one
 * before ("the £50 deposit", "a deposit of £50"). Only the situation's facts: an amount in a `can`
 * or `cannot` line is already matched as itself.
 */
function numberNouns(lines: readonly string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const line of lines) {
    const concepts = conceptsOf(analyse(line).words);
    concepts.forEach((c, i) => {
      if (!c.key.startsWith("#")) return;
      const next = concepts[i + 1];
      const before = concepts[i - 1];
      const thing = (n: Concept | undefined) =>
        n && !n.key.startsWith("#") && !UNIT.test(n.key) && Math.abs(n.at - c.at) <= 2;
      const noun = thing(next) ? next?.key : thing(before) ? before?.key : undefined;
      if (!noun) return;
      const list = out.get(c.key) ?? [];
      if (!list.includes(noun)) list.push(noun);
      out.set(c.key, list);
    });
  }
  return out;
}

/**
 * Actions that are the whole of a concession: promising any of them is giving that thing. Moving,
 * sending or contacting are not: they need their object ("send the engineer details by text").
 */
const CONCESSIONS = new Set([
  "=refund",
  "=credit",
  "=voucher",
  "=discount",
  "=waive",
  "=cancel",
  "=remove",
  "=replace",
  "=compensate",
]);

/** What is sent on paper or by message, not a person sent out. */
const PAPERWORK =
  /^(?:form|forms|email|emails|link|links|details|claim|text|texts|photo|photos|quote|invoice|receipt|letter|code|number|copy|voucher|label)$/;
/** A day a limit runs to: "before Thursday", "until Monday". */
const DAY_KEY = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow)$/;

/** Steps of our own that are not a concession: opening a claim ("=start"), getting in touch ("=contact"). */
const OWN_ACTS = new Set(["=start", "=contact"]);

/** Marks the cannot facts whose action nothing in the facts offers (see Fact.core). */
function withCores(cannot: Fact[], offers: readonly Fact[]): Fact[] {
  const offered = new Set(offers.flatMap((f) => [...f.required, ...f.optional]));
  return cannot.map((f) => {
    if (f.claim || f.absent || f.required.size < 2) return f;
    // The concession the limit is about, wherever it stands: "agree compensation without the manager".
    const first = [...f.required].find((k) => CONCESSIONS.has(k));
    if (first === undefined || offered.has(first)) return f;
    return { ...f, core: first };
  });
}

/**
 * The last reply's readings. Detectors run one after another on one reply, so a single slot is
 * enough, and unlike a WeakMap keyed by thousands of replies it costs the garbage collector nothing.
 */
let lastFacts: { facts: Facts; set: FactSet } | undefined;

/**
 * The scenario's facts, read. An unknown line may carry known context after a semicolon
 * ("Whether head office would agree; exceptions are rare"): only the first part is unknown.
 * Known and unknown lines that say someone is away become limits on bringing them.
 */
export function factSet(facts: Facts): FactSet {
  if (lastFacts?.facts === facts) return lastFacts.set;
  const unknownParts = (facts.unknown ?? []).map((line) => line.split(/;\s*/));
  const unknown = unknownParts.map((parts) => readFact(parts[0] ?? "", "unknown"));
  const known = [
    ...(facts.known ?? []).map((line) => readFact(line, "known")),
    ...unknownParts.flatMap((parts) => parts.slice(1).map((p) => readFact(p, "known"))),
  ];
  const absent = [...(facts.known ?? []), ...(facts.unknown ?? [])]
    .map(absentFrom)
    .filter((f): f is Fact => !!f);
  const can = (facts.can ?? []).map((line) => readFact(line, "can"));
  const set: FactSet = {
    can,
    // What the known facts say customers get counts as on offer too ("customers get a full refund").
    cannot: withCores(
      [...(facts.cannot ?? []).map((line) => readFact(line, "cannot")), ...absent],
      [...can, ...known],
    ),
    unknown,
    known,
    numbers: numberNouns(facts.known ?? []),
  };
  lastFacts = { facts, set };
  return set;
}

// ---------------------------------------------------------------------------------------------
// Clauses and commitments

/** The last reply read into clauses and their concept keys (one slot: see lastFacts). */
let lastDoc:
  | {
      doc: Doc;
      clauses: Word[][];
      keys: Map<Word, readonly string[]>;
      /** Each clause's commitment (null: none), read once per reply whichever detector asks. */
      commitments: Map<readonly Word[], Commitment | null>;
      facts?: Facts;
      reading?: FactReading;
    }
  | undefined;
function docState(doc: Doc) {
  if (lastDoc?.doc !== doc)
    lastDoc = { doc, clauses: splitClauses(doc), keys: new Map(), commitments: new Map() };
  return lastDoc;
}

/** The concept keys of a clause of the reply, read once per reply whichever detector asks. */
export function clauseKeys(doc: Doc, clause: readonly Word[]): readonly string[] {
  const byClause = docState(doc).keys;
  const first = clause[0] as Word;
  let keys = byClause.get(first);
  if (!keys) {
    keys = withChargeDrops(
      clause,
      conceptsOf(clause).map((c) => c.key),
    );
    byClause.set(first, keys);
  }
  return keys;
}

/** The reply's words grouped by clause (read once per reply). */
export function clauses(doc: Doc): Word[][] {
  return docState(doc).clauses;
}

/** The "and" of "up and running", in one sentence. */
const upAndRunning = (doc: Doc, k: number): boolean =>
  doc.words[k]?.norm === "and" &&
  doc.words[k - 1]?.norm === "up" &&
  doc.words[k + 1]?.norm === "running" &&
  doc.words[k + 1]?.sentence === doc.words[k]?.sentence;

function splitClauses(doc: Doc): Word[][] {
  const out: Word[][] = [];
  doc.words.forEach((w, i) => {
    const last = out[out.length - 1];
    // "I've gone ahead | and issued a refund": "go ahead and" introduces its verb, not a new clause.
    const ahead =
      last &&
      last[last.length - 1]?.norm === "ahead" &&
      /^(go|gone|went|going)$/.test(last[last.length - 2]?.norm ?? "") &&
      w.norm === "and";
    // "it'll be up | and running by Monday": one state, not two clauses.
    const running =
      last !== undefined && (upAndRunning(doc, i) || (w.norm === "running" && upAndRunning(doc, i - 1)));
    if (last && (last[last.length - 1]?.clause === w.clause || ahead || running)) last.push(w);
    else out.push([w]);
  });
  return out;
}

/** "not", "never"... but not "without" or "no", which facts themselves use ("refund without a receipt"). */
/** "don't worry", "not to panic": a negation that reassures, and negates nothing else in the clause. */
const REASSURED = /^(worry|worries|worried|panic|fret|stress|fuss)$/;
export const negatedClause = (clause: Word[]) =>
  clause.some(
    (w, i) =>
      NEGATORS.has(w.norm) &&
      w.norm !== "without" &&
      w.norm !== "no" &&
      !REASSURED.test(clause[i + 1]?.norm ?? ""),
  ) ||
  clause.some((w, i) => w.norm === "no" && noHeads(clause, i, clause.length, MODALS)) ||
  // "wiring repairs are outside what we can do", "beyond our remit": a limit in other words.
  clause.some(
    (w, i) =>
      /^(outside|beyond)$/.test(w.norm) &&
      /^(what|our|my|the)$/.test(clause[i + 1]?.norm ?? "") &&
      /^(we|i|can|remit|scope|control|power|powers|job|service|services|range)$/.test(
        clause[i + 2]?.norm ?? "",
      ),
  );

export const hedgedClause = (clause: Word[]) => clause.some((w) => HEDGES.has(w.norm));

export interface Commitment {
  /** "own": the speaker will do it ("I'll refund", "let me", "I've booked"); "outcome": it will happen ("you'll have it Friday"). */
  kind: "own" | "outcome";
  /** Lemma of the committed verb. */
  verb: string;
  /** Index in the clause of the committed verb. */
  at: number;
  /** "won't": a certain outcome in the negative ("that won't happen again"). */
  negative?: boolean;
}

/**
 * "I'll have a word with them, and get them moved over": a clause that starts with "and" or
 * "then" and a verb carries on the commitment of the clause before it in the sentence.
 */
function continued(clause: readonly Word[], before: Commitment): Commitment | undefined {
  let j = 0;
  while (j < clause.length && /^(and|then|also|just|or|plus)$/.test((clause[j] as Word).norm)) j++;
  const verb = clause[j]?.norm ?? "";
  if (j === 0 || !verb) return undefined;
  // "and every room is taken": a new subject, not a second verb.
  if (
    /^(the|a|an|my|your|our|their|his|her|its|it|this|that|these|those|every|all|any|some|each|no|there|here|what|you|he|she|they|we|i|if|when|so)$/.test(
      verb,
    )
  )
    return undefined;
  // "I've checked and Brookside is full tonight": a name then "is" is a new subject too.
  if (/^(is|are|was|were|has|have|had|will|would|can|could|does|did|s)$/.test(clause[j + 1]?.norm ?? ""))
    return undefined;
  return { kind: before.kind, verb: lemma(verb), at: j };
}

/** Past participles of actions that, opening a clause with no subject, report the action done. */
const DONE_WITHOUT_SUBJECT =
  /^(cancelled|canceled|refunded|waived|wiped|removed|credited|booked|sent|moved|transferred|sorted|fixed|replaced|changed|reversed|unlocked|released|paid|issued|approved)$/;

/** Money in a clause: an amount, or what one pays. */
const MONEY =
  /[£$€]\s?\d|\b(?:bill|bills|receipt|receipts|fee|fees|charge|charges|cost|costs|money|invoice|fare|deposit)\b/i;

/**
 * A remedy named with no verb: "full refund", "a full refund today", "£22 back". Not "no charge"
 * (it keeps a "won't charge" as often as it gives something away), nor "the refund" (a list's
 * subject: "the refund, the prosecco and the move are still happening").
 */
const GRANT =
  /^(?:(?:a|your) |the (?=(?:(?:full|whole|complete) )*(?:£ ?)?\d))?(?:(?:full|whole|complete|free) )*(?:refund|replacement|credit|(?:£ ?)?[\d.,]+(?: pounds?)? back|money back)\b/;
/** Words that make a noun phrase a statement, not a hand-over: "full refund is not possible". */
const STATES =
  /^(is|are|was|were|be|been|has|have|had|s|will|would|can|could|should|possible|available|only|not|no|never|if|once|when|after|until|gone|went|goes|came|window|policy|period|rule|rules|terms|form|request|process|system|option|options|limit)$/;
/** Verbs of coming and going, in the present: "goes", "comes", "arrives". */
const SCHEDULED = /^(?:goes|go|comes|come|arrives|arrive|ships|leaves|lands)$/;
/** What is learnt rather than done: "the results", "the report", "the forecast". */
const NEWS =
  /^(?:results?|reports?|answers?|decisions?|verdict|news|word|tests?|findings|forecast|weather|reply|replies|response)$/;
/** A time ahead: "today", "Friday", "tonight", "9 o'clock". */
const AHEAD =
  /^(?:today|tomorrow|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|o'clock|\d+(?:am|pm))$/;
/** Who can head a clause: "your refund was sent" is a report, not "refund sent". */
const SUBJECTS = /^(i|we|you|they|he|she|it|that|this|there|who|which)$/;
/** What a remedy reported with no subject is: "refund sent", "fee waived", "new box coming". */
const REMEDY_NOUNS =
  /^(refund|refunds|fee|fees|charge|charges|fine|contract|booking|order|box|replacement|credit|money|voucher|subscription|membership|payment|deposit|account|bill|invoice|repair|visit)$/;
/** A remedy done to the customer's money or account, said in the passive ("will be refunded"). */
const PASSIVE_REMEDY =
  /^(refunded|reimbursed|repaid|credited|processed|issued|waived|removed|cancelled|canceled|written|wiped|reversed|deducted|paid)$/;
const PASSIVE_MONEY =
  /^(?:\d.*|balance|amount|sum|difference|cost|price|penalty|debt|arrears|premium|excess)$/;
const PRESENT_PROMISES =
  /^(give|send|refund|book|change|put|make|fix|cancel|waive|move|transfer|deliver|pay|replace|repair|check|lend|swap)$/;
/** Assent that leads a hand-over: "ok whole week free", "sure, booking it now". */
const YES_WORDS = /^(ok|okay|oki|k|sure|fine|yes|yeah|yep|alright|right|done|absolutely|certainly)$/;
/** Hand-over verbs as an action under way: "booking the taxi now", "refunding it today". */
const UNDER_WAY =
  /^(booking|sending|refunding|cancelling|canceling|waiving|moving|swapping|arranging|paying|transferring|crediting|ordering|processing|putting|issuing|replacing|upgrading)$/;
/** Words between "I'll" and its verb ("I'll also", "I'll personally"). */
const ADVERBS =
  /^(also|just|then|personally|definitely|happily|gladly|absolutely|certainly|still|now|even|really|totally)$/;

/**
 * "A refund and the raw files are both things I can't do": a remedy named with no verb is what the
 * negated clause going on from it ("and …", "are …") refuses, not a hand-over.
 */
export function namedThenRefused(
  all: readonly Word[][],
  words: readonly Word[],
  commitment: Commitment | undefined,
): boolean {
  if (commitment?.verb !== "give" || words[commitment.at]?.norm === "give") return false;
  const next = all[all.indexOf(words as Word[]) + 1];
  return (
    next !== undefined &&
    next[0]?.sentence === words[0]?.sentence &&
    /^(and|or|nor|is|are|was|were|s)$/.test(next[0]?.norm ?? "") &&
    negatedClause(next)
  );
}

/** The commitment a clause makes, if any. */
const CONDITION_OPENERS = /^(before|until|till|unless|once)$/;

export function commitmentIn(clause: readonly Word[]): Commitment | undefined {
  // Several detectors ask about the same clauses of a reply (clauses(doc), the same arrays): the
  // answer is kept with the reply's clauses, by array (a clause is never changed once split).
  const memo = lastDoc?.commitments;
  if (!memo) return readCommitment(clause);
  let commitment = memo.get(clause);
  if (commitment === undefined) {
    commitment = readCommitment(clause) ?? carriedOn(clause) ?? null;
    memo.set(clause, commitment);
  }
  return commitment ?? undefined;
}

/** Verbs a promise goes on with after "and": "I'll come down tonight and open up for you". */
const GOES_ON =
  /^(open|fix|sort|bring|drop|collect|pick|send|post|refund|replace|repair|redo|deliver|pay|book|rebook|swap|waive|cancel|credit|cover|give|knock|take|put|move|get|make|do|finish|clean|install|fit|return|reprint|remake|lend|transfer|upgrade|honour|honor|hold|keep|reserve)$/;

/**
 * "…and open up for you" after "I'll come down tonight": a clause that goes on with a verb of
 * its own, with no subject, after a clause of the same sentence that commits us, commits us too.
 */
function carriedOn(clause: readonly Word[]): Commitment | undefined {
  const all = lastDoc?.clauses;
  if (!all || clause[0]?.norm !== "and") return undefined;
  const at = clause[1]?.norm === "then" ? 2 : 1;
  const verb = clause[at]?.norm ?? "";
  // "…and get back to you", "…and get in touch": word to come, not a remedy.
  if (!GOES_ON.test(verb) || /^(back|in|hold)$/.test(clause[at + 1]?.norm ?? "")) return undefined;
  const before = all[all.indexOf(clause as Word[]) - 1];
  if (!before || before[0]?.sentence !== clause[0]?.sentence) return undefined;
  const previous = commitmentIn(before);
  return previous?.kind === "own" && !negatedClause(before)
    ? { kind: "own", verb: lemma(verb), at }
    : undefined;
}

function readCommitment(clause: readonly Word[]): Commitment | undefined {
  const norms = clause.map((w) => w.norm);
  const verbAfter = (k: number) => {
    let j = k;
    while (j < norms.length && ADVERBS.test(norms[j] as string)) j++;
    // "I'll make sure you get", "I will make sure it is": the promise is what follows.
    if (norms[j] === "make" && norms[j + 1] === "sure") j += 2;
    // "I've gone ahead and issued", "I'll go ahead and book": the action is the verb after "and".
    if (/^(go|gone|went)$/.test(norms[j] ?? "") && norms[j + 1] === "ahead" && norms[j + 2] === "and") j += 3;
    return j;
  };
  // "…so the warning gets wiped", "so that your fee gets refunded": what a step of ours is said to
  // bring about is ours to deliver, as surely as "I'll wipe it".
  if (norms[0] === "so") {
    const from = norms[1] === "that" ? 2 : 1;
    for (let k = from + 1; k < Math.min(norms.length - 1, from + 5); k++)
      if (/^(gets|get)$/.test(norms[k] as string) && /^[a-z]{3,}(?:ed|en)$/.test(norms[k + 1] as string))
        return { kind: "own", verb: lemma(norms[k + 1] as string), at: k + 1 };
  }
  // "cancelled it", "ok, refunded that for you": an action reported as done, with no subject.
  if (
    DONE_WITHOUT_SUBJECT.test(norms[0] ?? "") &&
    /^(it|that|them|this|your|you|the|all)$/.test(norms[1] ?? "")
  )
    return { kind: "own", verb: lemma(norms[0] as string), at: 0 };
  // "your next few months are on us", "the drinks are on the house": a gift, not "that's on us"
  // (owning a mistake).
  const onUs = norms.findIndex((w, i) => w === "on" && (norms[i + 1] === "us" || norms[i + 2] === "house"));
  if (onUs > 1 && /^(is|are|be)$/.test(norms[onUs - 1] ?? "")) {
    const subject = norms.slice(0, onUs - 1);
    if (
      !subject.some((w) => /^(that|this|it|which|one|mistake|fault|error|blame|responsibility|all)$/.test(w))
    )
      return { kind: "own", verb: "give", at: onUs };
  }
  // "ok booking the taxi now", "sending a new one out today": an action under way, with no
  // subject; a word of assent may lead ("ok", "sure", "fine").
  const lead = YES_WORDS.test(norms[0] ?? "") ? 1 : 0;
  // With no assent, it must be under way now, not a gerund heading a sentence ("Paying £85 for
  // that must feel like a slap in the face", "Cancelling on half an hour's notice is the worst").
  if (
    UNDER_WAY.test(norms[lead] ?? "") &&
    lead + 1 < norms.length &&
    (lead ||
      (norms.some((w) => /^(now|today|tonight|asap)$/.test(w)) &&
        !norms.some((w) => STATES.test(w) || /^(must|feel|feels|felt|means|sounds)$/.test(w))))
  )
    return { kind: "own", verb: lemma((norms[lead] as string).replace(/ing$/, "")), at: lead };
  // "ok whole week free", "fine, money back": assent and then what is handed over, with no verb.
  if (
    lead &&
    norms.length <= 7 &&
    norms.some((w) => /^(free|back|off)$/.test(w)) &&
    !norms.some((w) => STATES.test(w) || /..ed$/.test(w) || SUBJECTS.test(w))
  )
    return { kind: "own", verb: "give", at: 0 };
  // "refund sent", "contract cancelled", "full refund done and new box coming tomorrow": a
  // remedy reported as done or on its way, with no subject.
  if (norms.length <= 10 && !SUBJECTS.test(norms[0] ?? ""))
    for (let i = 1; i < norms.length; i++)
      if (
        (DONE_WITHOUT_SUBJECT.test(norms[i] ?? "") || /^(done|coming|going)$/.test(norms[i] ?? "")) &&
        // "Full £25 refunded": a sum, as much as a remedy.
        (REMEDY_NOUNS.test(norms[i - 1] ?? "") || /^\d/.test(norms[i - 1] ?? ""))
      )
        // The remedy is the act: "refund sent" refunds; it is not "send a request".
        return { kind: "own", verb: lemma(norms[i - 1] as string), at: i - 1 };
  // "Full £75 it is", "a refund it is": what they asked for, granted in so many words.
  if (
    norms.length <= 7 &&
    norms[norms.length - 2] === "it" &&
    norms[norms.length - 1] === "is" &&
    norms.slice(0, -2).some((w) => /^\d/.test(w) || /^(full|free|refund|replacement|credit|whole)$/.test(w))
  )
    return { kind: "own", verb: "give", at: 0 };
  // "ok sure, full refund", "full £22 back on your card today": a
  // remedy named on its own, with no verb, hands it over.
  if (
    norms.length <= 8 &&
    GRANT.test(norms.join(" ")) &&
    !norms.some((w) => STATES.test(w) || /..ed$/.test(w))
  )
    return { kind: "own", verb: "give", at: 0 };
  // "can do £60 refund or the lessons with Fiona", "could do you a swap": an offer with no subject
  // (not "can you …", "could be worse").
  const modal = norms[lead] ?? "";
  const offered = norms[lead + 1] ?? "";
  if (
    (modal === "can" || modal === "could") &&
    /^[a-z]/.test(offered) &&
    !SUBJECTS.test(offered) &&
    !/^(not|be|have|has|had|been|also|only|just|always|never|see|tell|imagine|understand|hear|guess)$/.test(
      offered,
    )
  )
    return { kind: "own", verb: lemma(offered), at: lead + 1 };
  // "The correct one goes first class today", "the tuner come back Friday 9 o'clock": the present
  // for a time ahead, said of a thing or a person (not "you come in Friday"), is what we will do.
  const moving = norms.findIndex(
    (w, i) =>
      i > 0 &&
      SCHEDULED.test(w) &&
      (/^(he|she|it|one|ones)$/.test(norms[i - 1] ?? "") || !STOPWORDS.has(norms[i - 1] ?? "")),
  );
  // News is not an act of ours: "the results come back Friday" says when we learn.
  if (
    moving > 0 &&
    norms.slice(moving + 1).some((w) => AHEAD.test(w)) &&
    !norms.slice(0, moving).some((w) => NEWS.test(w)) &&
    // "which usually arrives Saturday" is an estimate.
    !norms.some((w) => HEDGES.has(w))
  )
    return { kind: "own", verb: lemma(norms[moving] as string), at: moving };
  // "here's your £45 back", "here's a full refund".
  if (norms[0] === "here" && norms[1] === "is" && /^(your|a|the)$/.test(norms[2] ?? ""))
    return { kind: "own", verb: "give", at: 1 };
  for (let i = 0; i < norms.length; i++) {
    const a = norms[i];
    const b = norms[i + 1];
    // "the evidence we need before we can serve a notice", "if we can get one": a condition or a
    // time, not a commitment.
    // "I'll see if I can sneak you one" still offers it.
    if (
      (a === "i" || a === "we") &&
      i > 0 &&
      CONDITION_OPENERS.test(norms[i - 1] ?? "") &&
      !/^(see|check|find|out|ask|try|look)$/.test(norms[i - 2] ?? "")
    )
      continue;
    if (a === "i" || a === "we") {
      if (b === "will" || b === "shall" || b === "can") {
        let j = verbAfter(i + 2);
        if (norms[j] === "be" && /ing$/.test(norms[j + 1] ?? "")) j++;
        const verb = norms[j];
        if (verb && verb !== "not") return { kind: "own", verb: lemma(verb), at: j };
      }
      if ((b === "am" || b === "are") && norms[i + 2] === "going" && norms[i + 3] === "to")
        return { kind: "own", verb: lemma(norms[i + 4] ?? ""), at: i + 4 };
      if ((b === "am" || b === "are") && /ing$/.test(norms[i + 2] ?? ""))
        return { kind: "own", verb: lemma(norms[i + 2] as string), at: i + 2 };
      // "I've booked an engineer", "we've just refunded it", "I've gone ahead and issued": an
      // action claimed as done.
      if (b === "have" || b === "went") {
        const j = b === "went" ? verbAfter(i + 1) : verbAfter(i + 2);
        if (
          j > i + 1 &&
          /(?:ed|sent|put|made|done|paid|got|booked|issued|taken|given|written)$/.test(norms[j] ?? "")
        )
          return { kind: "own", verb: lemma(norms[j] as string), at: j };
      }
    }
    // "I give you refund for all six days", "I send new one": a promise in the present tense, as
    // non-native English often puts it.
    if ((a === "i" || a === "we") && b && PRESENT_PROMISES.test(b) && i + 2 < norms.length)
      return { kind: "own", verb: lemma(b), at: i + 1 };
    if (a === "let" && (b === "me" || b === "us") && norms[i + 2])
      return { kind: "own", verb: lemma(norms[i + 2] as string), at: i + 2 };
    // "a full refund of £149 will be processed today", "the fee will be waived": a remedy in the
    // passive is still our own act, held to the same limits as "we'll refund the £149".
    if (
      a === "will" &&
      i > 0 &&
      b === "be" &&
      norms.slice(0, i).some((w) => REMEDY_NOUNS.test(w) || PASSIVE_MONEY.test(w))
    ) {
      let j = i + 2;
      while (ADVERBS.test(norms[j] ?? "")) j++;
      if (PASSIVE_REMEDY.test(norms[j] ?? "")) return { kind: "own", verb: lemma(norms[j] as string), at: j };
    }
    // "you'll have it back Friday", "he'll be with you at half three", "they'll swap it".
    if (a === "will" && i > 0 && norms[i - 1] !== "i" && norms[i - 1] !== "we" && b) {
      if (b !== "not") return { kind: "outcome", verb: lemma(b), at: i + 1 };
      if (norms[i + 2])
        return { kind: "outcome", verb: lemma(norms[i + 2] as string), at: i + 2, negative: true };
    }
    if (a === "going" && b === "to" && i > 1 && norms[i - 1] !== "am" && norms[i + 2])
      return { kind: "outcome", verb: lemma(norms[i + 2] as string), at: i + 2 };
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Matching

export interface ClauseReading {
  words: Word[];
  concepts: ReadonlySet<string>;
  /** The clause names a specific time or date. */
  time: boolean;
  commitment?: Commitment;
}

/** Words that only ask for precision: "an exact time", "a firm date". */
const EXACT_KEY = /^(?:exact|precis|specif|firm|definit)/;
/** A clock time given as the time, not a deadline: "at 3:30", "at 4pm", "at half three" (not "by 5pm"). */
const CLOCK_TIME =
  /\b(?:at|for)\s+(?:\d{1,2}\s?[:.]\s?\d\d|\d{1,2}\s?(?:am|pm)|half (?:past )?(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)|quarter (?:past|to) (?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))\b/i;
/** How well a clause covers a fact: 0 when it does not, else a score that ranks competing facts. */
export function coverage(reading: ClauseReading, fact: Fact): number {
  const c = reading.concepts;
  if (fact.absent) {
    const who = [...fact.absent].some((k) => c.has(k));
    const pronoun = reading.words.some((w) => /^(she|he|her|him)$/.test(w.norm));
    // "bring Jo on Monday" names another day: that is not a promise for today.
    const later = reading.words.some((w) =>
      /^(tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|next|back|when)$/.test(w.norm),
    );
    return c.has("=fetch") && (who || pronoun) && !later ? 2 : 0;
  }
  let required = 0;
  for (const k of fact.required) if (c.has(k)) required++;
  let optional = 0;
  for (const k of fact.optional) if (c.has(k)) optional++;
  const need = Math.min(2, fact.required.size);
  const covered = need > 0 && (required >= need || coreOnly(c, fact));
  // A date claim is broken by a time stated as certain about its subject ("the ceiling will be
  // fixed by Friday" for "cannot give a repair date"); with no subject, by any certain outcome.
  // "cannot give an exact time": a clock time stated as certain is the exact time ("he'll be with
  // you at half three").
  const exactOnly = fact.required.size > 0 && [...fact.required].every((k) => EXACT_KEY.test(k));
  const claimed =
    fact.claim &&
    fact.when &&
    reading.time &&
    (fact.required.size
      ? required >= 1 || (exactOnly && CLOCK_TIME.test(reading.words.map((w) => w.raw).join(" ")))
      : reading.commitment?.kind === "outcome");
  if (!covered && !claimed) return 0;
  return required + 0.5 * optional + (claimed ? 1 : 0);
}

/**
 * The clause promises a `cannot` fact's core action about nothing else: "I've cancelled it",
 * "I'll knock £50 off" (amounts and "now" aside). "I'll refund the delivery fee" is about the fee,
 * not about "refund the lamp while the customer keeps it"; "I'll refund it to your card" names the
 * channel that "refund in cash for a card payment" leaves open.
 */
function coreOnly(concepts: ReadonlySet<string>, fact: Fact): boolean {
  if (fact.core === undefined || !concepts.has(fact.core)) return false;
  for (const k of concepts)
    if (k !== fact.core && k !== "=now" && !k.startsWith("#") && !fact.required.has(k) && !PROS().has(k))
      return false;
  return true;
}

/**
 * A clause that names a can fact solidly: half its named things or more, one of its numbers, or
 * little besides what the fact names.
 * "a private tour, right now" shares only "tour" and "now" with "put all six on the 4pm tour today
 * with a free pint each": a different offer in the same words.
 */
function solid(reading: ClauseReading, fact: Fact): boolean {
  let hits = 0;
  let numbers = 0;
  for (const k of fact.required)
    if (reading.concepts.has(k)) {
      hits++;
      if (k.startsWith("#")) numbers++;
    }
  if (numbers > 0 || hits >= 3 || hits * 2 >= fact.required.size || coreOnly(reading.concepts, fact))
    return true;
  // Or the clause says little else: "I'll text you when it lands" for "text updates when the bag
  // lands and when the courier collects it".
  let other = 0;
  for (const k of reading.concepts)
    if (
      k !== "=now" &&
      !k.startsWith("#") &&
      !fact.required.has(k) &&
      !fact.optional.has(k) &&
      !PROS().has(k)
    )
      other++;
  return other <= 1;
}

/** The fact of the given kinds a clause covers best, and by how much. */
export function bestFact(
  reading: ClauseReading,
  facts: readonly Fact[],
): { fact: Fact; score: number } | undefined {
  let best: { fact: Fact; score: number } | undefined;
  for (const fact of facts) {
    const score = coverage(reading, fact);
    if (score > 0 && (!best || score > best.score)) best = { fact, score };
  }
  return best;
}

/**
 * How closely a clause restates one of the facts, or 0: it must carry at least three of the
 * fact's required concepts and two in five of them, and every number it names must be the fact's
 * ("within 2 working days" restates "dispatched within 2 working days"; "the £12 back on your
 * card" does not restate "a full refund to the original card").
 */
/** Words too common to show that a reply says what a known fact says. */
const ECHO_STOP = new Set([
  "that",
  "this",
  "with",
  "from",
  "have",
  "been",
  "they",
  "their",
  "them",
  "there",
  "your",
  "yours",
  "what",
  "when",
  "which",
  "would",
  "will",
  "were",
  "into",
  "about",
  "just",
  "only",
  "also",
  "very",
  "some",
]);
const echoWords = (text: string) =>
  new Set(
    (text.toLowerCase().match(/[a-z][a-z'-]{3,}/g) ?? [])
      .map((w) => w.replace(/'s$/, ""))
      .filter((w) => !ECHO_STOP.has(w)),
  );
/**
 * Does the sentence around a span say what a known fact says? "The three cracked tiles were cracked
 * before we started, as noted on the job sheet you signed" beside the known "were cracked before we
 * started and are noted on the signed job sheet": most of the fact's words, and at least four.
 */
export function echoesKnown(doc: Doc, span: Span, known: readonly string[]): boolean {
  const sentence = doc.sentences.find((s) => span.start >= s.start && span.start < s.end);
  if (!sentence || !known.length) return false;
  const said = echoWords(doc.text.slice(sentence.start, sentence.end));
  return known.some((fact) => {
    const words = echoWords(fact);
    let shared = 0;
    for (const w of words) if (said.has(w)) shared++;
    return shared >= 4 && shared / words.size >= 0.6;
  });
}

export function restates(reading: ClauseReading, facts: readonly Fact[]): number {
  const numbers = [...reading.concepts].filter((k) => k.startsWith("#"));
  let best = 0;
  for (const fact of facts) {
    if (numbers.some((n) => !fact.required.has(n) && !fact.optional.has(n))) continue;
    let required = 0;
    for (const k of fact.required) if (reading.concepts.has(k)) required++;
    if (required < 3 || required < 0.4 * fact.required.size) continue;
    best = Math.max(best, required);
  }
  return best;
}

const specificTime = (doc: Doc) => hits(doc, SPECIFIC_TIMES, { negatable: false });

export interface FactReading {
  /** Clauses that promise a `cannot` fact (or claim one as certain). */
  overPromises: Span[];
  /** Clauses that commit to a `can` fact. */
  canSteps: Span[];
  /** Clauses that hand the customer an outcome no fact backs ("I'll get the £140 back to you"). */
  unbacked: Span[];
}

/**
 * A `can` fact backs a clause that names everything it requires, when is aside: "I've refunded
 * the £45" is the "refund now" the facts allow; "I'll refund the whole week" is not "refund one
 * night".
 */
function backs(reading: ClauseReading, fact: Fact): boolean {
  let named = 0;
  let need = 0;
  for (const k of fact.required) {
    if (reading.concepts.has(k)) named++;
    if (k !== "=now" && !k.startsWith("#")) need++;
  }
  return named > 0 && named >= need;
}

/**
 * "I can have a leg cut and waiting for you from 4 this afternoon" for "have a lamb leg ready to
 * collect from 4pm today": the clause names a thing of the can fact, and its sentence names the
 * fact solidly. A clause that names nothing of it ("and a free month") is not backed by the
 * sentence's other offer.
 */
function namedAcross(clause: ClauseReading, sentence: ClauseReading, can: readonly Fact[]): boolean {
  const best = bestFact(sentence, can);
  return best !== undefined && solid(sentence, best.fact) && namesPart(clause, best.fact);
}

/** The clause names one of the fact's things, a time or a sum aside. */
function namesPart(clause: ClauseReading, fact: Fact): boolean {
  for (const k of fact.required)
    if (k !== "=now" && !k.startsWith("#") && clause.concepts.has(k)) return true;
  return false;
}

/**
 * "refund or reprogram, your choice": a clause that names only what the can facts name between
 * them, and the actions of two of them, offers those facts as alternatives.
 */
/** Verbs that only carry an offer: "hold a free rebooking", "give a £10 voucher", "arrange a visit". */
const WEAK_HEAD = /^(?:hold|give|offer|make|do|get|put|take|have|keep|arrange|provide|=free)$/;
function offersCans(reading: ClauseReading, can: readonly Fact[]): boolean {
  // A fact's action: its core, or the first thing it names ("reprogram it free", "refund the £85").
  const cores = new Set(
    can.flatMap((f) => {
      // "hold a free rebooking": the rebooking is what it offers, not the holding.
      const head =
        f.core ??
        [...f.required].find((k) => k !== "=now" && !k.startsWith("#") && !WEAK_HEAD.test(k)) ??
        [...f.required].find((k) => k !== "=now" && !k.startsWith("#"));
      return head === undefined ? [] : [head];
    }),
  );
  let named = 0;
  for (const k of reading.concepts) {
    if (k === "=now" || k.startsWith("#") || TIME_KEY.test(k) || PROS().has(k)) continue;
    if (!cores.has(k) && !can.some((f) => f.required.has(k))) return false;
    named++;
  }
  return named >= 2 && [...reading.concepts].filter((k) => cores.has(k)).length >= 2;
}

/** Amounts of money written out: "£30", "£4.50", "60 pound", "75 quid"; not "of the £65 fee" (the whole it is part of). */
const AMOUNTS =
  /(\bof (?:the )?)?(?:[£$€]\s?(\d+(?:\.\d\d)?)|\b(\d+(?:\.\d\d)?)\s?(?:pounds?|quid|euros?|dollars?)\b)/gi;
/**
 * The sums a fact allows: those it names, a number of them ("3 panels at £38 each": £114), and
 * a percentage of one ("20% off the £420 bill": £84). Thousands written with commas count.
 */
function amountsWithin(text: string): string[] {
  const plain = text.replace(/(\d),(\d{3})\b/g, "$1$2");
  const named = amountsIn(plain);
  const sums = named.map((k) => Number(k.slice(1)));
  const out = new Set(named);
  const counts = [...plain.matchAll(/\b(\d{1,2}|two|three|four|five|six)\b(?!\s?%)/gi)].map((m) =>
    Number.isNaN(Number(m[1]))
      ? ["two", "three", "four", "five", "six"].indexOf((m[1] as string).toLowerCase()) + 2
      : Number(m[1]),
  );
  const shares = [...plain.matchAll(/\b(\d{1,3})\s?%/g)].map((m) => Number(m[1]));
  const money = (n: number) => `#${Number.isInteger(n) ? n : n.toFixed(2)}`;
  for (const sum of sums) {
    for (const n of counts) if (n > 1 && n <= 20) out.add(money(sum * n));
    for (const p of shares) out.add(money((sum * p) / 100));
  }
  return [...out];
}
const amountsIn = (text: string): string[] =>
  [...text.matchAll(AMOUNTS)].filter((m) => !m[1]).map((m) => `#${m[2] ?? m[3]}`);
/** Ways of handing money over that are not the same offer: cash back, money off, credit to spend. */
const REMEDY_KINDS: readonly (readonly string[])[] = [
  ["=refund"],
  ["=remove", "=discount"],
  ["=credit", "=voucher"],
];
const MONEY_OFF = 1;
const remedyKind = (concepts: ReadonlySet<string>) =>
  REMEDY_KINDS.findIndex((kind) => kind.some((k) => concepts.has(k)));
const CONDITIONAL = /\b(?:once|after|if|when|provided|unless|on receipt)\b/i;

/**
 * The clause hands over a sum of money that a `can` fact names and no `cannot` fact does: "I'll
 * take £30 off the bill" is the "£30 first-hour charge" the facts let staff take off, however it
 * is worded. A sum is specific enough to stand for the offer, unless the clause makes it a
 * different kind of hand-over ("£120 back on your card" for "£120 club credit"), drops the fact's
 * condition ("refunded the £50 now" for "reverse the £50 once the log is checked"), or hands over
 * the whole ("the full £65").
 */
function amountAllowed(
  clauseText: string,
  reading: ClauseReading,
  conditional: boolean,
  set: FactSet,
): boolean {
  const amounts = amountsIn(clauseText);
  if (!amounts.length || reading.concepts.has("=whole")) return false;
  const kind = remedyKind(reading.concepts);
  // "I'll pay your £86 today" where the facts offer the £86 by Friday and rule out paying today:
  // the time a limit names, and the offer does not, is the limit's.
  const named = (f: Fact, k: string) => [...f.required, ...f.optional].includes(k);
  const now = reading.concepts.has("=now") && set.cannot.some((f) => named(f, "=now"));
  return amounts.some(
    (a) =>
      set.can.some((f) => {
        if (!amountsIn(f.text).includes(a) || (CONDITIONAL.test(f.text) && !conditional)) return false;
        if (now && !named(f, "=now")) return false;
        const theirs = remedyKind(new Set([...f.required, ...f.optional]));
        // Money off is either: "knock £50 off the bill" gives the customer the "refund £50"
        // or the "£50 credit" the facts allow.
        return kind < 0 || theirs < 0 || kind === theirs || kind === MONEY_OFF || theirs === MONEY_OFF;
      }) && !set.cannot.some((f) => amountsIn(f.text).includes(a)),
  );
}

/** Words between a delivery verb and what it delivers ("give you a call", "get it back"). */
const FILLERS = /^(you|it|them|this|that|a|an|the|your|our|their|his|my|quick|proper|another|him|her|me|us)$/;
/** The words of a promise that names no outcome: "get it all sorted for you". */
const SORTED = /^(sorted|fixed|done|resolved|sort|fix|dealt)$/;
const WHEN_WORDS =
  /^(by|before|within|today|tonight|tomorrow|morning|afternoon|evening|monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|weekend|hour|hours|\d.*)$/;
const VAGUE_OBJECT =
  /^(every|part|of|this|it|that|everything|things|thing|all|sorted|fixed|done|out|right|with|you|for|up|on|properly|again|now|today|me|us|together)$/;
/** A promise on a condition names the rule, not a gift. */
const CONDITION = /^(if|whether|once|when|unless)$/;
/** A clause that describes how things go ("while we fix this", "which means we deliver water"). */
const BACKGROUND = /^(while|which|as|since|because)$/;

/**
 * Whether a committing clause hands over an outcome ("I'll refund the week", "you'll have it by
 * Friday", "I'll make sure you're seen first") rather than a step of process ("I'll give you a
 * call", "I'll get back to you", "I'll have a word with her", "I'll have to end the chat").
 */
function delivers(
  words: readonly Word[],
  sentence: readonly Word[],
  commitment: Commitment,
  concepts: ReadonlySet<string>,
): boolean {
  if (commitment.negative) return false;
  const norms = words.map((w) => w.norm);
  // "If you find it cheaper, I'll match it", "I'll get the manager if it keeps up".
  if (
    sentence.some(
      (w, k) =>
        CONDITION.test(w.norm) ||
        (w.norm === "moment" && sentence[k - 1]?.norm === "the") ||
        (w.norm === "soon" && sentence[k - 1]?.norm === "as"),
    )
  )
    return false;
  for (let k = 0; k < commitment.at; k++) if (BACKGROUND.test(norms[k] as string)) return false;
  const sure = norms.some((w, k) => (w === "sure" && norms[k - 1] === "make") || w === "guarantee");
  // "I'll put the full £96 refund through now": money handed back, whatever the verb.
  if (!sure && !DELIVERIES().has(commitment.verb) && !concepts.has("=refund")) return false;
  // "we've got two in", "the earliest I've got": having, not handing over.
  if (norms[commitment.at] === "got") return false;
  // "you'll have been looking forward to it": "have" is the tense, and nothing is handed over.
  // ("It'll have been left with a neighbour" still states an outcome.)
  if (
    commitment.verb === lemma("have") &&
    norms[commitment.at + 1] === "been" &&
    /ing$/.test(norms[commitment.at + 2] ?? "")
  )
    return false;
  // "I'll have you removed", "I'll have him call you": having someone do something.
  if (
    commitment.verb === lemma("have") &&
    /^(you|him|her|them|someone|somebody)$/.test(norms[commitment.at + 1] ?? "")
  )
    return false;
  let j = commitment.at + 1;
  while (j < norms.length && j <= commitment.at + 3 && FILLERS.test(norms[j] as string)) j++;
  if (PROCESS_OBJECTS.has(norms[j] ?? "")) return false;
  for (let k = commitment.at + 1; k < Math.min(norms.length, commitment.at + 5); k++)
    if (INFORMATION_OBJECTS.has(norms[k] as string)) return false;
  // "I'll get this sorted", "I'll get every part of this fixed with you": no outcome is named.
  if (norms.slice(commitment.at + 1).every((w) => VAGUE_OBJECT.test(w))) return false;
  // "let's get it sorted at the till": where it gets sorted names no outcome either.
  if (
    /^(it|this|that|everything|things)$/.test(norms[commitment.at + 1] ?? "") &&
    SORTED.test(norms[commitment.at + 2] ?? "") &&
    // "I'll have it fixed by tomorrow morning" names when: that is an outcome.
    !norms.slice(commitment.at + 3).some((w) => WHEN_WORDS.test(w))
  )
    return false;
  // "I'll get someone to call you": the outcome is a call.
  for (let k = commitment.at + 1; k < norms.length; k++)
    if (norms[k] === "to" && CONTACT_VERBS.has(norms[k + 1] ?? "")) return false;
  return true;
}

/** A limit that is itself negative: "promise it won't leak again", "say it will never happen". */
const NEGATIVE_FACT = /\b(?:not|never|won't|no longer|n't)\b/i;
/** The sum a limit caps: "pay more than £40 without sign-off", "refund over £100". */
function ceilingOf(text: string): number | undefined {
  const m = /\b(?:more than|over|above|beyond|in excess of)\s+[£$€]?\s?(\d[\d,]*(?:\.\d+)?)/i.exec(text);
  return m?.[1] ? Number(m[1].replace(/,/g, "")) : undefined;
}

/** The span a clause covers in the reply. */
export function spanOfClause(doc: Doc, words: readonly Word[]): Span {
  const start = (words[0] as Word).start;
  const end = (words[words.length - 1] as Word).end;
  return { start, end, text: doc.text.slice(start, end) };
}

/**
 * Each committing clause of the reply, matched to the fact it covers best: an over-promise when
 * that is a `cannot` fact, a concrete step when it is a `can` fact. Read once per reply.
 */
/** Concept keys that only say when: "today", "Wednesday", "9am". */
const TIME_KEY =
  /^(?:=now|#.*|tomorrow|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morn|afternoon|evening|week|weekend)$/;

/** A limit that lasts until something is found out: "refund before the log is checked", "until it's inspected". */
const WAITS_FOR =
  /\b(?:before|until|till|without)\b.*\b(?:check\w*|inspect\w*|see\w*|seen|confirm\w*|test\w*|look\w*|assess\w*|review\w*|investigat\w*|find\w*|found|hear\w*|comes? back|returned|arrives?|received|posted)\b/i;

/** A limit that lifts at a date: "until the office reopens after the festivals on 7 October". */
const UNTIL_DATE =
  /\b(?:until|till|before)\b[^.;]*\b(?:re-?opens?|back from|returns? from|\d|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|september|october|november|december|next (?:week|month))\b/i;

/** "if you'd like", "if that suits": an option offered, not a condition set. */
const OPTION_IF =
  /^if (?:you|u|that|this|it) ?(?:'d|would|want|wants|like|prefer|wish|rather|need|suits?|helps?|works?)\b/;

/** The sentence opens with a condition ("If it's our work, …") that governs this later clause. */
function conditionOpens(all: readonly Word[][], words: readonly Word[]): boolean {
  const sentence = words[0]?.sentence;
  const at = all.indexOf(words as Word[]);
  let first = at;
  while (first > 0 && all[first - 1]?.[0]?.sentence === sentence) first--;
  // Only a promise can wait on it: "if the light went green it definitely docked, refund done".
  if (first === at || !words.some((w) => /^(will|shall|would|can|could)$/.test(w.norm))) return false;
  const opener = all[first] ?? [];
  return /^(if|once|after|when)$/.test(opener[0]?.norm ?? "") && !optionAt(opener, 0);
}

/** The "if" at `k` offers an option ("if you'd like") rather than setting a condition. */
function optionAt(words: readonly Word[], k: number): boolean {
  return OPTION_IF.test(
    words
      .slice(k, k + 4)
      .map((w) => w.norm)
      .join(" "),
  );
}

/** The words of what a fact waits for: "without checking the log", "after a short shade check". */
const WAITED = /\b(?:without|before|until|till|once|after|if|when|provided|on receipt of)\b(.*)$/i;
function waitedWords(text: string): string[] {
  const rest = WAITED.exec(text)?.[1] ?? "";
  const out = new Set<string>();
  for (const w of rest.toLowerCase().match(/[a-z]+/g) ?? [])
    if (w.length > 2 && !STOPWORDS.has(w) && !GENERIC_VERBS.has(w)) out.add(lemma(w));
  return [...out];
}

/**
 * The reply says, outside this clause, that what the limit waits for is done or is the way to the
 * offer: "I've checked the Canal St log: … I've refunded the £45", or "a new one blended free …
 * instead it's a short video call with a colour specialist". At least two of its words, and half.
 */
const saidCache = new WeakMap<readonly Word[], Set<string>>();
const waitedCache = new Map<string, string[]>();
function saidElsewhere(all: readonly Word[][], words: readonly Word[]): Set<string> {
  let said = saidCache.get(words);
  if (!said) {
    said = new Set<string>();
    for (const other of all)
      if (other !== words && !negatedClause(other as Word[])) for (const w of other) said.add(lemma(w.norm));
    saidCache.set(words, said);
  }
  return said;
}
function conditionMet(all: readonly Word[][], words: readonly Word[], facts: readonly Fact[]): boolean {
  const heard = saidElsewhere(all, words);
  return facts.some((f) => {
    let wanted = waitedCache.get(f.text);
    if (!wanted) {
      if (waitedCache.size > 5000) waitedCache.clear();
      wanted = waitedWords(f.text);
      waitedCache.set(f.text, wanted);
    }
    if (wanted.length < 2) return false;
    const hits = wanted.filter((w) => heard.has(w)).length;
    return hits >= 2 && hits * 2 >= wanted.length;
  });
}

export function readAgainstFacts(doc: Doc, facts: Facts): FactReading {
  const state = docState(doc);
  if (state.facts === facts && state.reading) return state.reading;
  const set = factSet(facts);
  const reading: FactReading = { overPromises: [], canSteps: [], unbacked: [] };
  if (set.can.length || set.cannot.length) {
    // Specific times matter only to date claims; find them once, and only when there are any.
    const dated = set.cannot.some((f) => f.when);
    let times: Span[] | undefined;
    const timesIn = (start: number, end: number) => {
      if (!dated) return false;
      times ??= specificTime(doc);
      return times.some((t) => t.start >= start && t.end <= end);
    };
    const all = clauses(doc);
    // "I can't say if it's the liner or the edge, or when the repair will be finished": the
    // questions that follow a negated "say" / "know" and the "or" joining them carry its negation.
    const carried = new Set<Word[]>();
    for (let i = 1; i < all.length; i++) {
      const clause = all[i] as Word[];
      const before = all[i - 1] as Word[];
      if (before[0]?.sentence !== clause[0]?.sentence) continue;
      const first = clause[0]?.norm ?? "";
      if (!/^(or|nor|if|whether|when|where|how|why|what)$/.test(first)) continue;
      const unsaid =
        carried.has(before) ||
        (negatedClause(before) &&
          before.some((w) => /^(say|know|tell|sure|promise|confirm|predict)$/.test(w.norm)));
      if (
        (unsaid && /^(or|nor|if|whether|when|where|how|why|what)$/.test(first)) ||
        (negatedClause(before) && /^(or|nor)$/.test(first))
      )
        carried.add(clause);
    }
    let previous: { sentence: number; commitment: Commitment } | undefined;
    for (const words of all) {
      const sentence = words[0]?.sentence ?? -1;
      if (doc.sentences[sentence]?.question) continue;
      // "Whether the part is in stock will only be known after the visit": an unknown named as
      // unknown, not a claim.
      if (
        EMBEDDED_QUESTION.test(words[0]?.norm ?? "") ||
        FUTURE_KNOWING.test(words.map((w) => w.norm).join(" "))
      )
        continue;
      if (carried.has(words)) continue;
      // "Full refund and new deck, this is not possible": refused after it is named.
      const lastWord = words[words.length - 1];
      if (lastWord && refusedAfter(doc, doc.words.indexOf(lastWord))) continue;
      const commitment =
        commitmentIn(words) ??
        (previous?.sentence === sentence ? continued(words, previous.commitment) : undefined);
      if (!commitment) {
        // "the stove's perfectly safe to use" where the facts say staff cannot tell the customer
        // it is safe: a plain statement claims what a limit on claiming rules out.
        if (claimed(doc, words, all, set)) reading.overPromises.push(spanOfClause(doc, words));
        continue;
      }
      previous = { sentence, commitment };
      if (namedThenRefused(all, words, commitment)) continue;
      // "that won't happen to your son" still states an outcome as certain; "I won't charge you" promises nothing.
      if (negatedClause(words) && !(commitment.kind === "outcome" && commitment.negative)) continue;
      const hedges = commitment.kind === "own" ? PROMISE_HEDGES : HEDGES;
      if (words.some((w) => hedges.has(w.norm))) continue;
      let concepts = clauseKeys(doc, words);
      // "send us the receipts and we'll sort it": a pro-verb takes its object from the sentence.
      // A pro-verb with money of its own to settle ("I'll sort your £95 out") keeps to it.
      const clauseText = doc.text.slice(words[0]?.start ?? 0, words[words.length - 1]?.end ?? 0);
      const ownObject =
        MONEY.test(clauseText) && concepts.some((k) => k !== commitment.verb && !PROS().has(k));
      const pronoun = /^(it|that|this|them)$/.test(words[commitment.at + 1]?.norm ?? "");
      // A pro-verb or pronoun takes its object, and its sum, from the sentence.
      const borrows = (PROS().has(commitment.verb) && !ownObject) || pronoun;
      if (borrows)
        for (const other of all)
          if (other !== words && other[0]?.sentence === words[0]?.sentence && !negatedClause(other))
            concepts = concepts.concat(clauseKeys(doc, other));
      const clauseStart = words[0]?.start ?? 0;
      const clauseEnd = words[words.length - 1]?.end ?? 0;
      const named = new Set(concepts);
      for (const key of concepts) for (const noun of set.numbers.get(key) ?? []) named.add(noun);
      // "I'll sort your £95 out", "I'll take care of the bill": settling money is paying it back.
      if (PROS().has(commitment.verb) && MONEY.test(doc.text.slice(clauseStart, clauseEnd)))
        named.add("=refund");
      const r: ClauseReading = {
        words,
        concepts: named,
        time: timesIn(clauseStart, clauseEnd),
        commitment,
      };
      // A can fact for part of something does not back the whole of it ("refund the whole hire"
      // for "refund £150 of the £640 hire"), nor another sum ("the £60 back" for "refund £14").
      // "send the £960 over and we'll pay it": a pronoun's sum is its sentence's.
      const sentenceWords = borrows ? doc.words.filter((w) => w.sentence === sentence) : words;
      const textOf = (ws: readonly Word[]) =>
        doc.text
          .slice(ws[0]?.start ?? clauseStart, ws[ws.length - 1]?.end ?? clauseEnd)
          .replace(/(\d),(\d{3})\b/g, "$1$2");
      let saidAmounts = amountsIn(textOf(sentenceWords));
      // "I'll refund all ten tickets, the full £850": a short phrase with no verb of its own right
      // after the clause names what it hands over.
      const next = all[all.indexOf(words) + 1];
      if (
        !saidAmounts.length &&
        next !== undefined &&
        next[0]?.sentence === sentence &&
        next.length <= 5 &&
        !commitmentIn(next) &&
        !negatedClause(next)
      ) {
        const appended = amountsIn(textOf(next));
        if (appended.length) {
          saidAmounts = appended;
          for (const k of clauseKeys(doc, next)) if (k === "=whole" || k.startsWith("#")) named.add(k);
        }
      }
      // The first sum a promise hands over is its object: "I'll refund the full £55 on top of your
      // £32" hands over the £55 a limit names, whatever else the clause mentions.
      const afterVerb = words[commitment.at + 1];
      const handed =
        afterVerb === undefined
          ? undefined
          : amountsIn(doc.text.slice(afterVerb.start, clauseEnd).replace(/(\d),(\d{3})\b/g, "$1$2"))[0];
      const limitsSum =
        handed !== undefined &&
        set.cannot.some((f) => amountsWithin(f.text).includes(handed)) &&
        !set.can.some((f) => amountsWithin(f.text).includes(handed));
      const fits = (f: Fact) => {
        const its = amountsWithin(f.text);
        if (!its.length) return true;
        if (saidAmounts.some((a) => its.includes(a))) return true;
        if (named.has("=whole") && !f.required.has("=whole")) return false;
        return !saidAmounts.length;
      };
      const can =
        commitment.kind === "own" && !PERCEPTIONS().has(commitment.verb)
          ? bestFact(r, set.can.filter(fits))
          : undefined;
      // "…a sea-view room frees up tomorrow; I'll move you into it": what the clause hands over
      // may be named elsewhere in its sentence.
      const sentenceReading = (): ClauseReading => {
        const keys = new Set(named);
        for (const other of all)
          if (other !== words && other[0]?.sentence === sentence && !negatedClause(other))
            for (const k of clauseKeys(doc, other)) keys.add(k);
        return { ...r, concepts: keys };
      };
      // Asking or trying promises nothing ("I'll send a refund request to head office"); only a
      // firm commitment can break a limit.
      // "I'll find you another cottage" hands them something; "I'll find out" and "I'll find the
      // file" are still looking.
      const handsOver =
        commitment.verb === "find" &&
        /^(you|u)$/.test(words[commitment.at + 1]?.norm ?? "") &&
        !/^(out|what|whether|if|when|why|how)$/.test(words[commitment.at + 2]?.norm ?? "");
      const firm =
        commitment.kind === "outcome" ||
        handsOver ||
        (!EFFORTS().has(commitment.verb) &&
          !words.some((w) => REQUESTS.test(w.norm)) &&
          // "I can put it to her today": asking the one who decides.
          !/^put (?:it|this|that) to$/.test(
            words
              .slice(commitment.at, commitment.at + 3)
              .map((w) => w.norm)
              .join(" "),
          ));
      // A limit on claiming ("cannot say where the books are") is broken by a claim, an outcome
      // stated as certain, not by an action ("I'll start a search for the books").
      // An action of one's own breaks it only when it is itself a claim ("I can tell you where
      // they are") or names the date a date limit rules out ("I'll have it fixed by Friday").
      // "will call you by 5pm with what she's found" is a call, not a claim that it will be found;
      // "the courier won't go earlier than 1pm" says the limit, it does not break it.
      const agrees = (f: Fact) => commitment.negative === true && !NEGATIVE_FACT.test(f.text);
      const breaks = (f: Fact) =>
        f.claim
          ? (commitment.kind === "outcome" &&
              !CONTACT_VERBS.has(commitment.verb) &&
              !CONTACT_VERBS.has(words[commitment.at]?.norm ?? "") &&
              !agrees(f)) ||
            CLAIMS().has(commitment.verb) ||
            (f.when && r.time) ||
            (f.promised === true &&
              !f.when &&
              f.required.size >= 2 &&
              commitment.kind === "own" &&
              !commitment.negative)
          : commitment.kind === "own" && !commitment.negative;
      // "if the dock was broken we refund it" waits for the finding that "cannot refund before the
      // log is checked" waits for: a promise on that condition keeps the limit.
      // "If it's the cable, we replace it free": the condition may head the clause before.
      const before = all[all.indexOf(words) - 1];
      const conditional =
        words.some((w, k) => /^(if|once|after|when|soon)$/.test(w.norm) && !optionAt(words, k)) ||
        // "If it's our work, the guarantee covers it and we'll put it right": a condition that opens
        // the sentence governs every clause after it (not "if you'd like", an option).
        conditionOpens(all, words) ||
        (before?.[0]?.sentence === sentence &&
          /^(if|once|after|when)$/.test(before[0]?.norm ?? "") &&
          !optionAt(before, 0) &&
          /^(i|we|they|he|she|you)$/.test(words[0]?.norm ?? "")) ||
        // "post it back and we'll refund 180": what they do first is the condition.
        (before?.[0]?.sentence === sentence &&
          /^(post|send|bring|drop|return|pop|show|give)$/.test(before[0]?.norm ?? "") &&
          words[0]?.norm === "and") ||
        (/^(post|send|bring|drop|return|pop|show|give)$/.test(words[0]?.norm ?? "") &&
          words.some((w, k) => k > 0 && w.norm === "and"));
      // "a refund will be processed in due course" names no time, so it keeps "cannot process any
      // refund until the office reopens"; "refund sent" or "refunded today" does not, nor does a
      // promise that skips a finding the limit waits for ("ill refund" before "a recheck").
      const promisedLater =
        !r.time && !named.has("=now") && words.some((w) => /^(will|shall|going)$/.test(w.norm));
      const keeps = (f: Fact) =>
        (WAITS_FOR.test(f.text) && (conditional || conditionMet(all, words, [f]))) ||
        (promisedLater && UNTIL_DATE.test(f.text) && !WAITS_FOR.test(f.text));
      // "come today" is about being there: "I'll call you straight away" or "I'll leave it there for
      // today" does not break it.
      const said = words[commitment.at]?.norm ?? "";
      const elsewhere =
        CONTACT_VERBS.has(commitment.verb) || CONTACT_VERBS.has(said) || /^(leave|stop|end|hang)$/.test(said);
      const timeOnly = (f: Fact) => f.required.size > 0 && [...f.required].every((k) => TIME_KEY.test(k));
      // "For the lost export I'll open the insurance claim today" names what "pay the lost export
      // income" is about, but does another thing with it: a limit on a concession (refund, pay,
      // waive…) is broken by that concession, not by opening a claim, unless a pro-verb stands for
      // it ("I'll sort the lost income").
      const otherAct = (f: Fact) => {
        if (commitment.kind !== "own" || PROS().has(commitment.verb)) return false;
        const act = [...f.required].find((k) => CONCESSIONS.has(k));
        if (act === undefined || r.concepts.has(act)) return false;
        return [...r.concepts].some((k) => OWN_ACTS.has(k) && !f.required.has(k) && !f.optional.has(k));
      };
      // "I'll send you the claim form now" sends paperwork, not the visit or goods a limit on
      // sending holds back (unless the limit is about paperwork itself).
      const paperOnly = (f: Fact) =>
        f.required.has("=dispatch") &&
        words.some((w) => PAPERWORK.test(w.norm)) &&
        !f.text.split(/\W+/).some((w) => PAPERWORK.test(w.toLowerCase()));
      const limits = set.cannot.filter(
        (f) => breaks(f) && !keeps(f) && !(elsewhere && timeOnly(f)) && !otherAct(f) && !paperOnly(f),
      );
      // "we'll pay the full £150" goes past "pay more than £40 without sign-off" in any words.
      const overCeiling = (): { fact: Fact; score: number } | undefined => {
        const fact = limits.find((f) => {
          const ceiling = ceilingOf(f.text);
          return (
            ceiling !== undefined &&
            remedyKind(named) >= 0 &&
            remedyKind(named) === remedyKind(f.required) &&
            saidAmounts.some((a) => Number(a.replace("#", "")) > ceiling)
          );
        });
        return fact && { fact, score: 1 };
      };
      // "I'll go and ask her to finish up early" where the facts rule out asking the other visitor
      // to leave: asking is the very step the limit names, so promising it breaks the limit.
      const stepLimits = firm
        ? []
        : limits.filter((f) => {
            const verb = /^\s*(ask|tell|call|ring|phone|contact|email|text|chase|pressure|push)\b/i.exec(
              f.text,
            )?.[1];
            return verb !== undefined && words.some((w) => w.norm === verb.toLowerCase());
          });
      const cannot = firm ? (bestFact(r, limits) ?? overCeiling()) : bestFact(r, stepLimits);
      // A clause that restates what the setting says happens ("it will be dispatched within 2
      // working days") states a fact, even in the future tense: it over-promises only when it
      // covers the limit better than any fact it could be restating.
      // "We send it out within 2 working days" for "a reprint is dispatched within 2 working days":
      // a promise of our own that restates what the setting says we do.
      const stated =
        cannot &&
        (commitment.kind === "outcome" || cannot.fact.claim) &&
        restates(r, [...set.known, ...set.can]);
      // On a tie, the fact the clause names in full wins: "send me the hotel receipt and we'll pay
      // it" names all of "pay for a hotel", and only part of "reimburse a train ticket on receipt".
      const share = (m: { fact: Fact }) => {
        let n = 0;
        for (const k of m.fact.required) if (r.concepts.has(k)) n++;
        return n / Math.max(1, m.fact.required.size);
      };
      // Else the fact whose action the clause takes: "I'll refund those four" refunds, so it is
      // "refund unused classes", not "transfer the 4 classes to a friend".
      const acts = (m: { fact: Fact }) => m.fact.core !== undefined && r.concepts.has(m.fact.core);
      const wins = (a: { fact: Fact; score: number }, b: { fact: Fact; score: number }) =>
        a.score > b.score ||
        (a.score === b.score && ((share(a) === 1 && share(b) < 1) || (acts(a) && !acts(b))));
      // "refund sent" where a refund is allowed only "once the console is back" and not "before
      // it comes back": done with no condition, it is the limit's side of the line.
      // So is "I've cancelled the penalty" where it is cancelled "if the certificate shows the van
      // is compliant" and not "on his word alone".
      const unconditional =
        cannot &&
        can &&
        !conditional &&
        /\b(?:before|until|till|without|alone|on (?:his|her|their|your|the customer's) (?:word|say-so))\b/i.test(
          cannot.fact.text,
        ) &&
        /\b(?:once|after|when|if|on receipt)\b/i.test(can.fact.text) &&
        !conditionMet(all, words, [cannot.fact, can.fact]);
      // "we give back £29 for this month" names the £29 the can fact offers and no limit names.
      // Not "I'll pay your £86 today" where the £86 is offered by Friday and paying today is ruled
      // out: the time the limit names and the offer does not is the limit's.
      const nowOfLimit =
        named.has("=now") &&
        cannot?.fact.required.has("=now") === true &&
        can !== undefined &&
        !can.fact.required.has("=now") &&
        !can.fact.optional.has("=now");
      // "I'll send someone round tonight to clean up" where the cleaning team is offered on Thursday
      // and nobody can be sent before Thursday: sooner than the limit's day is the limit's side,
      // whatever the offer it otherwise names.
      const soonerThanLimit =
        named.has("=now") &&
        cannot !== undefined &&
        /\b(?:before|until|till|earlier than|sooner than)\b/i.test(cannot.fact.text) &&
        [...cannot.fact.required, ...cannot.fact.optional].some((k) => DAY_KEY.test(k) && !named.has(k)) &&
        // The limit's own act, done sooner: not another act today ("I'm refunding the £45 today"),
        // nor paperwork sent ("I'll send you the claim form now").
        [...cannot.fact.required].every((k) => DAY_KEY.test(k) || named.has(k)) &&
        conceptsOf(words.slice(commitment.at, commitment.at + 1)).some((c) =>
          cannot.fact.required.has(c.key),
        ) &&
        !words.some((w) => PAPERWORK.test(w.norm));
      const sumOfCan =
        can !== undefined &&
        !limitsSum &&
        !nowOfLimit &&
        saidAmounts.some((a) => can.fact.required.has(a) && !cannot?.fact.required.has(a));
      // "we pay £40 for new" is within "pay more than £40 without sign-off".
      const underCeiling =
        cannot !== undefined &&
        saidAmounts.length > 0 &&
        saidAmounts.every((a) => Number(a.replace("#", "")) <= (ceilingOf(cannot.fact.text) ?? Number.NaN));
      if (
        cannot &&
        (!can ||
          unconditional ||
          soonerThanLimit ||
          (wins(cannot, can) && !sumOfCan) ||
          (limitsSum && cannot.fact.required.has(handed as string))) &&
        !underCeiling &&
        !(stated && stated > cannot.score)
      )
        reading.overPromises.push(spanOfClause(doc, words));
      else if (can) {
        // A thin likeness to a can fact is no concrete step, and no unbacked promise either.
        if (solid(r, can.fact)) reading.canSteps.push(spanOfClause(doc, words));
      } else if (
        !cannot &&
        firm &&
        set.can.length > 0 &&
        delivers(
          words,
          doc.words.filter((w) => w.sentence === sentence),
          commitment,
          named,
        ) &&
        !bestFact(r, set.can) &&
        !restates(r, [...set.known, ...set.can]) &&
        !amountAllowed(doc.text.slice(clauseStart, clauseEnd), r, conditional, set) &&
        !set.can.some((f) => backs(r, f) || backs(sentenceReading(), f)) &&
        !namedAcross(r, sentenceReading(), set.can) &&
        !offersCans(r, set.can)
      )
        reading.unbacked.push(spanOfClause(doc, words));
    }
  }
  state.facts = facts;
  state.reading = reading;
  return reading;
}

const predicates = new Map<string, readonly string[]>();
/**
 * What a limit on claiming says about its subject: the concepts after its verb ("will still be on
 * the rail on Saturday", "is safe to use"), or all of them when it has none ("give out test results").
 */
function predicateOf(fact: Fact): readonly string[] {
  let found = predicates.get(fact.text);
  if (!found) {
    const words = analyse(fact.text).words;
    const verb = words.findIndex(
      (w, i) => i > 1 && /^(will|is|are|was|were|be|has|have|can|would)$/.test(w.norm),
    );
    found = conceptsOf(verb > 0 ? words.slice(verb + 1) : words)
      .map((c) => c.key)
      .filter((k) => fact.required.has(k) && !k.startsWith("#"));
    if (predicates.size > 5000) predicates.clear();
    predicates.set(fact.text, found);
  }
  return found;
}

/** A statement of how things are: "it's safe", "the bloods are fine", "there is no damage". */
const COPULA = /^(is|are|s|was|were)$/;
/** Saying, telling or promising, negated in the clause before: "I can't tell you whether it's safe". */
const UNSAID = /^(say|tell|promise|guarantee|confirm|know|sure|certain)$/;

/**
 * The clause states as a fact what a `cannot` limit on claiming rules out ("cannot tell the
 * customer it is safe to use", "cannot give out test results"): a plain present-tense statement,
 * not negated, hedged or asked, that covers the limit, and not inside an "I can't say…".
 */
function claimed(doc: Doc, words: Word[], all: readonly Word[][], set: FactSet): boolean {
  // A limit of one word ("promise the wifi") is too thin to say what a statement claims.
  const limits = set.cannot.filter((f) => f.claim && !f.when && f.required.size >= 2);
  if (!limits.length || !words.some((w) => COPULA.test(w.norm))) return false;
  if (negatedClause(words) || hedgedClause(words)) return false;
  if (doc.sentences[words[0]?.sentence ?? -1]?.question) return false;
  const before = all[all.indexOf(words) - 1];
  if (
    before &&
    before[0]?.sentence === words[0]?.sentence &&
    negatedClause(before) &&
    before.some((w) => UNSAID.test(w.norm))
  )
    return false;
  const reading: ClauseReading = { words, concepts: new Set(clauseKeys(doc, words)), time: false };
  // The statement must carry most of what the limit is about, not only its subject: "the 38 pound
  // coat is a good one" names the coat of "promise the 38 pound coat will still be on the rail".
  const most = limits.filter((f) => {
    let n = 0;
    for (const k of f.required) if (reading.concepts.has(k)) n++;
    return n >= 2 && n >= 0.6 * f.required.size && predicateOf(f).some((k) => reading.concepts.has(k));
  });
  return Boolean(bestFact(reading, most)) && !restates(reading, [...set.known, ...set.can]);
}

/** Whether a span lies inside one of the spans. */
export const within = (span: { start: number; end: number }, spans: readonly Span[]) =>
  spans.some((s) => span.start >= s.start && span.start < s.end);
