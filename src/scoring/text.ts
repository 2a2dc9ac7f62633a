/**
 * Text analysis for scoring: sentences and words from Intl.Segmenter (ICU's Unicode segmentation,
 * built into Node, so start-up stays fast), then a normalised word stream in which contractions,
 * texting shorthand and common misspellings are expanded ("cant" -> "can not", "ur" -> "your",
 * "ill call u" -> "i will call you"). Every normalised word keeps the span of the original text it
 * came from, so evidence can quote the trainee's own words. Pure.
 */
import { DETERMINER_NEGATORS, EXPANSIONS, NEGATORS, SCOPE_BREAKERS } from "./lexicons/function-words.js";
import { IRREGULAR_FORMS } from "./lexicons/synonyms.js";

export interface Word {
  /** Normalised form: lowercase, straight apostrophes, expanded. */
  norm: string;
  /** The original segment, as typed. */
  raw: string;
  start: number;
  end: number;
  sentence: number;
  /** Index of the clause within the reply (clauses split at punctuation and contrast words). */
  clause: number;
  /** Stem for overlap tests ("refunds", "refunded" -> "refund"). */
  stem: string;
}

export interface Sentence {
  start: number;
  end: number;
  text: string;
  question: boolean;
}

export interface Doc {
  text: string;
  words: Word[];
  sentences: Sentence[];
}

/** ICU's word segmenter, made on first use: constructing it loads ICU data (~15 ms of start-up). */
let wordSegmenter: Intl.Segmenter | undefined;

/** A word-break segment, as Intl.Segmenter gives it. */
export interface Segment {
  segment: string;
  index: number;
  isWordLike?: boolean | undefined;
}

// Word_Break classes (Unicode UAX #29) of the characters the fast path reads.
const OTHER = 0;
const LETTER = 1; // ALetter
const DIGIT = 2; // Numeric
const EXTEND_NUM_LET = 3; // "_"
const MID_LETTER = 4; // ":" joins letters only
const MID_NUM_LET = 5; // "." and "'" join letters, and digits
const MID_NUM = 6; // "," and ";" join digits only
const SPACE = 7; // WSegSpace: a run of spaces is one segment
const CR = 8;
const LF = 9;
const NOT_FAST = -1;

/**
 * Each ASCII character's class, and the few other characters replies often hold (£ € – — …),
 * all of class Other; any other character sends the text to ICU.
 */
const WORD_BREAK = (() => {
  const table = new Int8Array(128).fill(OTHER);
  for (let c = 0; c < 32; c++) table[c] = NOT_FAST; // controls: VT, FF and NEL are line breaks to ICU
  table[9] = OTHER; // tab
  table[10] = LF;
  table[13] = CR;
  table[127] = NOT_FAST;
  for (let c = 65; c <= 90; c++) table[c] = LETTER;
  for (let c = 97; c <= 122; c++) table[c] = LETTER;
  for (let c = 48; c <= 57; c++) table[c] = DIGIT;
  table[95] = EXTEND_NUM_LET;
  table[58] = MID_LETTER;
  table[46] = MID_NUM_LET;
  table[39] = MID_NUM_LET;
  table[44] = MID_NUM;
  table[59] = MID_NUM;
  table[32] = SPACE;
  return table;
})();
const FAST_OTHER = new Set([0xa3, 0x20ac, 0x2013, 0x2014, 0x2026]);

function wordBreakClass(code: number): number {
  if (code < 128) return WORD_BREAK[code] as number;
  return FAST_OTHER.has(code) ? OTHER : NOT_FAST;
}

/**
 * The word segments of a text, as `Intl.Segmenter("en", { granularity: "word" })` gives them.
 * Most replies are plain ASCII (with a £ or a dash): their segments are found here by the rules
 * of UAX #29 that those characters meet, several times faster than ICU; any other text goes to
 * ICU. tests/scoring/segment.test.ts checks the two agree.
 */
export function segmentWords(text: string): Segment[] {
  const n = text.length;
  const classes = new Int8Array(n);
  for (let i = 0; i < n; i++) {
    const c = wordBreakClass(text.charCodeAt(i));
    if (c === NOT_FAST) {
      wordSegmenter ??= new Intl.Segmenter("en", { granularity: "word" });
      return [...wordSegmenter.segment(text)];
    }
    classes[i] = c;
  }
  const out: Segment[] = [];
  let i = 0;
  while (i < n) {
    const start = i;
    const c = classes[i] as number;
    let word = false;
    if (c === LETTER || c === DIGIT || c === EXTEND_NUM_LET) {
      // Letters, digits and "_" join (WB5, WB8-WB10, WB13a-b); a mid character joins two letters
      // (WB6-7: ":" "." "'") or two digits (WB11-12: "," ";" "." "'").
      word = c !== EXTEND_NUM_LET;
      i++;
      while (i < n) {
        const next = classes[i] as number;
        if (next === LETTER || next === DIGIT || next === EXTEND_NUM_LET) {
          word = true; // ICU: a lone "_" is not word-like, "__" and "_a" are
          i++;
          continue;
        }
        const prev = classes[i - 1] as number;
        const after = i + 1 < n ? (classes[i + 1] as number) : OTHER;
        if (
          (prev === LETTER && after === LETTER && (next === MID_LETTER || next === MID_NUM_LET)) ||
          (prev === DIGIT && after === DIGIT && (next === MID_NUM || next === MID_NUM_LET))
        ) {
          i += 2;
          continue;
        }
        break;
      }
    } else if (c === SPACE) {
      while (i < n && classes[i] === SPACE) i++;
    } else if (c === CR && i + 1 < n && classes[i + 1] === LF) i += 2;
    else i++;
    out.push({ segment: text.slice(start, i), index: start, isWordLike: word });
  }
  return out;
}

/**
 * Sentences end at . ! ? (with closing quotes) followed by a space, or at a line break. ICU's
 * sentence rules do not break before a lowercase word ("noted. will raise it"), which is how
 * many chat replies are typed, so the split is done here.
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const re = /[.!?]+["')\]]*(?=\s|$)|\n/g;
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body)
      sentences.push({
        start: start + lead,
        end: start + lead + body.length,
        text: body,
        question: /\?[!?]*["')\]]*$/.test(body),
      });
  };
  for (const m of text.matchAll(re)) {
    push(m.index + m[0].length);
    start = m.index + m[0].length;
  }
  push(text.length);
  return sentences;
}

/** Curly quotes and apostrophes to straight ones, so "can’t" and "can't" read the same. */
export function straighten(text: string): string {
  return text.replace(/[\u2018\u2019\u02bc\u2032`´]/g, "'").replace(/[\u201c\u201d\u2033]/g, '"');
}

export function analyse(input: string): Doc {
  const text = input;
  const flat = straighten(text);
  const sentences = splitSentences(flat);
  const words: Word[] = [];
  let sentence = 0;
  let clause = 0;
  let lastWasBreak = true;
  const segments = segmentWords(flat);
  // The next word-like segment after each segment, found in one backward pass.
  const following: string[] = new Array(segments.length);
  let ahead = "";
  for (let i = segments.length - 1; i >= 0; i--) {
    following[i] = ahead;
    const seg = segments[i] as Segment;
    if (seg.isWordLike) ahead = seg.segment;
  }
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i] as Segment;
    while (sentence < sentences.length - 1 && seg.index >= (sentences[sentence] as Sentence).end) {
      sentence++;
      if (!lastWasBreak) clause++;
      lastWasBreak = true;
    }
    if (!seg.isWordLike && seg.segment.trim() === "%") {
      // "100%" reads as "100 percent", so "100%" can be matched as words.
      words.push({
        norm: "percent",
        raw: "%",
        start: seg.index,
        end: seg.index + 1,
        sentence,
        clause,
        stem: "percent",
      });
      continue;
    }
    if (!seg.isWordLike) {
      // Clause breaks: punctuation that ends a clause. Hyphens inside words, slashes and apostrophes do not.
      // A hyphen typed as a dash, with a space either side ("no warning - I'd want"), breaks too.
      const dash =
        seg.segment === "-" &&
        /^\s+$/.test(segments[i - 1]?.segment ?? "") &&
        /^\s+$/.test(segments[i + 1]?.segment ?? "");
      if ((dash || /[,;:.!?()\u2013\u2014]/.test(seg.segment)) && !lastWasBreak) {
        clause++;
        lastWasBreak = true;
      }
      continue;
    }
    const raw = seg.segment;
    const lower = raw.toLowerCase();
    const previous = words.length ? (words[words.length - 1] as Word).norm : "";
    const next = (following[i] as string).toLowerCase();
    const expanded = expand(lower, raw, previous, next);
    for (const norm of expanded) {
      if (SCOPE_BREAKERS.has(norm) && !lastWasBreak) clause++;
      words.push({
        norm,
        raw,
        start: seg.index,
        end: seg.index + raw.length,
        sentence,
        clause,
        stem: stem(norm),
      });
      lastWasBreak = false;
    }
  }
  return { text, words, sentences };
}

/**
 * Words the lexicons hinge on, read through one slip of typing ("defintely", "garanteed",
 * "gaurantee", "absolutly"): a letter left out, two swapped or one wrong, never one added and never
 * the last letter (either would turn "guarantees" into "guarantee" or "guaranteed"). Long words
 * only, where one slip cannot make another word; a word in the list is itself.
 */
const TYPO_TARGETS = [
  "definitely",
  "guarantee",
  "guaranteed",
  "absolutely",
  "certainly",
  "apologise",
  "apologize",
  "apologies",
  "understand",
  "frustrating",
  "frustrated",
  "disappointed",
  "disappointing",
  "unfortunately",
  "immediately",
  "appreciate",
  "inconvenience",
  "tomorrow",
  "responsible",
];
const TYPO_EXACT = new Set(TYPO_TARGETS);
const typoCache = new Map<string, string | null>();

/** The listed word one slip away from `word`, if any (Damerau distance 1, no added letter). */
export function misspelt(word: string): string | undefined {
  const cached = typoCache.get(word);
  if (cached !== undefined) return cached ?? undefined;
  let found: string | null = null;
  if (!TYPO_EXACT.has(word) && /^[a-z]+$/.test(word))
    for (const target of TYPO_TARGETS)
      if (target.charCodeAt(0) === word.charCodeAt(0) && oneSlip(word, target)) {
        found = target;
        break;
      }
  if (typoCache.size > 10_000) typoCache.clear();
  typoCache.set(word, found);
  return found ?? undefined;
}

function oneSlip(word: string, target: string): boolean {
  if (word.length === target.length) {
    let i = 0;
    while (i < word.length && word[i] === target[i]) i++;
    // The last letter is an ending, not a slip: "guarantees" is not "guaranteed".
    if (i >= word.length - 1) return false;
    // One letter wrong, or two neighbours swapped.
    if (word.slice(i + 1) === target.slice(i + 1)) return true;
    return (
      word[i] === target[i + 1] && word[i + 1] === target[i] && word.slice(i + 2) === target.slice(i + 2)
    );
  }
  if (word.length !== target.length - 1) return false;
  let i = 0;
  while (i < word.length && word[i] === target[i]) i++;
  return i < word.length && word.slice(i) === target.slice(i + 1);
}

/**
 * Expansions that depend on the word alone (no apostrophe, not "ill", "id" or "youd"): most words
 * of a reply, worked out once. Bounded, so a batch of any size keeps a bounded cache. The arrays
 * are shared: callers read them, never change them.
 */
const plainExpansions = new Map<string, readonly string[]>();
const CONTEXTUAL = /'|^(?:ill|id|youd|theyd|hed|shed)$/;

/** Expand one lowercase segment into normalised words. */
export function expand(lower: string, raw: string, previous: string, next: string): readonly string[] {
  if (CONTEXTUAL.test(lower)) return expandInContext(lower, raw, previous, next);
  let known = plainExpansions.get(lower);
  if (!known) {
    known = expandInContext(lower, raw, previous, next);
    if (plainExpansions.size > 20_000) plainExpansions.clear();
    plainExpansions.set(lower, known);
  }
  return known;
}

function expandInContext(lower: string, raw: string, previous: string, next: string): readonly string[] {
  // "ill" is "I'll" in texting ("ill call u"), but "ill" after be/feel/fall is the adjective.
  // "look ill just give him the belt": a verb after it makes it "I'll" whatever came before.
  // "our food made your dog ill", "he's been ill since": at the end of the words, or before "and",
  // "since" or "after", it is the adjective too ("I'll" is never followed by them).
  if (
    lower === "ill" &&
    (next === "" || /^(and|or|but|since|after|because|from|with|for|again|too|all|at|in|on)$/.test(next))
  )
    return ["ill"];
  if (lower === "ill")
    return /^(is|am|are|was|were|be|been|feel|feeling|felt|fell|fall|get|got|look|looks|so|very|too|become|became|made|make|makes|making|taken|seriously|critically|really|quite|badly|gone)$/.test(
      previous,
    ) &&
      !/^(just|be|get|give|send|call|ring|do|have|make|put|sort|take|check|pop|see|try|let|pass|book|refund|get|bring|come|email|text|phone|ask|chase|find|look|make|fix|arrange)$/.test(
        next,
      )
      ? ["ill"]
      : ["i", "will"];
  // "id" is "I'd" unless written as ID or followed by a noun-ish word ("id card", "id number").
  if (lower === "id" && (raw === "ID" || raw === "Id" || /^(card|number|check|please|and|or|to)$/.test(next)))
    return ["id"];
  // "you'd kept" is "you had kept"; "you'd like" is "you would like".
  const endsInD = lower.charCodeAt(lower.length - 1) === 100; // both patterns end in "d"
  const d = endsInD ? (/^([a-z]+)'d$/.exec(lower) ?? /^(youd|theyd|hed|shed)$/.exec(lower)) : null;
  if (d && (/[a-z]ed$/.test(next) || PARTICIPLES.has(next)))
    return [(d[1] as string).replace(/d$/, "").replace(/'$/, "") || "i", "had"];
  const known = EXPANSIONS.get(lower);
  if (known) return known;
  const fixed = lower.length >= 7 ? misspelt(lower) : undefined;
  if (fixed) return [fixed];
  // Possessive 's goes ("customer's" -> "customer"); "it's", "that's" and friends are in EXPANSIONS.
  if (lower.endsWith("'s")) {
    // "everything's been done" (has), "the part's on order" (is), "the customer's card" (possessive).
    const base = lower.slice(0, -2);
    if (/^(been|got|gone|had)$/.test(next)) return [base, "has"];
    if (
      /^(not|a|an|the|very|so|really|too|just|only|still|all|on|in|at|what|how|why|going|coming|getting|being|now|here|there|fine|okay|ok|done|fixed|gone|perfectly|totally|completely|absolutely|definitely|safe|ready|working|sorted|booked|due|closed|open|covered|broken)$/.test(
        next,
      )
    )
      return [base, "is"];
    return [base];
  }
  if (lower.endsWith("n't")) {
    const base = lower.slice(0, -3);
    return [base === "ca" ? "can" : base === "wo" ? "will" : base === "sha" ? "shall" : base, "not"];
  }
  const suffix = lower.includes("'") ? /^([a-z]+)'(ll|re|ve|d|m)$/.exec(lower) : null;
  if (suffix) {
    const tail = { ll: "will", re: "are", ve: "have", d: "would", m: "am" }[
      suffix[2] as "ll" | "re" | "ve" | "d" | "m"
    ];
    return [suffix[1] as string, tail];
  }
  return [lower];
}

const PARTICIPLES = new Set(
  "been got gone known done given seen taken kept read told left put bought sent had asked made paid brought thought heard written chosen rung come run lost found forgotten broken spoken shown driven ridden worn torn thrown caught taught held sat spent met felt".split(
    " ",
  ),
);

/** Stems worked out so far (bounded, as plainExpansions). */
const stems = new Map<string, string>();

/** A light suffix-stripping stem for overlap tests; not a full lemmatiser, by design (speed). */
export function stem(word: string): string {
  let cached = stems.get(word);
  if (cached === undefined) {
    cached = stemOf(word);
    if (stems.size > 20_000) stems.clear();
    stems.set(word, cached);
  }
  return cached;
}

function stemOf(word: string): string {
  let w = word;
  if (w.length <= 3 || /\d/.test(w)) return w;
  for (const [suffix, keep] of STEM_RULES) {
    if (w.endsWith(suffix) && w.length - suffix.length >= keep) {
      w = w.slice(0, w.length - suffix.length);
      break;
    }
  }
  // Undouble a final consonant left by -ing/-ed ("stopped" -> "stopp" -> "stop").
  if (w.length >= 2 && w[w.length - 1] === w[w.length - 2] && DOUBLED.has(w[w.length - 1] as string))
    w = w.slice(0, -1);
  if (w.endsWith("e") && w.length > 4) w = w.slice(0, -1);
  return w;
}
/**
 * A lemma-like key for matching a reply against facts across inflection: irregular forms go to
 * their base ("paid" -> "pay"), then the stem, with the final "e" or consonant "y" dropped so the
 * base and its inflections meet ("move"/"moved" -> "mov", "reply"/"replied" -> "repl"), and "-ss"
 * kept ("miss"/"missed" -> "miss").
 */
export function lemma(word: string): string {
  const base = IRREGULAR_FORMS.get(word) ?? word;
  if (base.length <= 3 || /\d/.test(base)) return base;
  if (base.endsWith("ss")) return base;
  let w = stem(base);
  if (w.endsWith("i") && /(?:ies|ied)$/.test(base)) w = w.slice(0, -1);
  else if (/[^aeiou]y$/.test(w) && w.length > 3) w = w.slice(0, -1);
  if (w.endsWith("e") && w.length > 3) w = w.slice(0, -1);
  return w;
}

/** Consonants a stem undoubles at its end. */
const DOUBLED = new Set("bdfglmnprt");

const STEM_RULES: [string, number][] = [
  ["ations", 3],
  ["ation", 3],
  ["ments", 3],
  ["ment", 3],
  ["ness", 3],
  ["ings", 3],
  ["ing", 3],
  ["ies", 3],
  ["ied", 3],
  ["edly", 3],
  ["ed", 3],
  ["ly", 4],
  ["es", 4],
  ["s", 3],
];

/** Is the word at `index` inside a negation's scope (a negator earlier in the same clause, close by)? */
/** Who a contrastive "not" names ("not us", "not me"). */
const CONTRASTED = new Set(["us", "me", "ours", "mine", "them", "him", "her"]);

/** "no worries, I'll…", "no problem": not a negation. */
export const INTERJECTED = /^(wonder|doubt|matter|problem|problems|worries|worry|bother|stress|fuss|probs)$/;
const VERB_AFTER_SUBJECT =
  /^(can|could|will|would|should|shall|may|might|must|is|are|was|were|does|did|has|have)$/;
/** The modals after which a heading "no" negates a promise ("no one can guarantee it"). */
export const MODALS = /^(can|could|will|would|should|may|might|must)$/;

/**
 * A "no" that heads a clause's subject negates its verb: "no tutor can honestly guarantee a
 * grade", "nobody here will promise that", "there's no other van I can get you today"; "no
 * worries, I'll…" does not. `clause` is the clause's words, `at` the "no", and a verb matching
 * `verbs` must follow before `until`.
 */
export function noHeads(
  clause: readonly Word[],
  at: number,
  until = clause.length,
  verbs = VERB_AFTER_SUBJECT,
): boolean {
  const w = clause[at];
  if (!w || !/^(no|nobody|nothing|none)$/.test(w.norm)) return false;
  if (INTERJECTED.test(clause[at + 1]?.norm ?? "")) return false;
  const first =
    at === 0 || (at === 1 && /^(and|but|so|because|as|since|though)$/.test(clause[0]?.norm ?? ""));
  const existential =
    at >= 2 && /^(is|are)$/.test(clause[at - 1]?.norm ?? "") && clause[at - 2]?.norm === "there";
  if (!first && !existential) return false;
  for (let k = at + 1; k < until; k++) if (verbs.test(clause[k]?.norm ?? "")) return true;
  return false;
}

/** `noHeads` for the word at `at` of the whole reply, with the verb before word `index`. */
function headsClause(doc: Doc, at: number, index: number): boolean {
  const clause = doc.words[at]?.clause;
  let start = at;
  while (start > 0 && doc.words[start - 1]?.clause === clause) start--;
  let end = at;
  while (end < doc.words.length && doc.words[end]?.clause === clause) end++;
  return noHeads(doc.words.slice(start, end), at - start, Math.min(index, end) - start);
}

/**
 * A frame that disowns what follows in its sentence: "I'd be lying if I said she'll definitely be
 * steady", "I'm not going to claim I was definitely right", "I won't pretend it's fine". A
 * "but" after the frame ends it ("I can't promise the hour, but it will be Thursday").
 */
const DISOWNS =
  / (?:be lying if|lie to you if|(?:am|are|is) not going to (?:claim|say|pretend|promise|tell you)|will not (?:claim|pretend|promise|say)|if (?:i|we) (?:said|told you|promised|claimed|pretended)|rather than (?:promise|claim|pretend)) /;
const CONTRAST = /^(but|though|however|although|yet)$/;
/** Whether a reply holds any disowning frame at all: negated() runs per phrase, so ask once per reply. */
const DISOWNING_CUE =
  /\b(?:lying|lie to you|going to|gonna|won['’]?t|will not|said|told you|promised|claimed|pretended|rather than)\b/i;
const mayDisown = new WeakMap<Doc, boolean>();
function disowned(doc: Doc, index: number): boolean {
  let cue = mayDisown.get(doc);
  if (cue === undefined) {
    cue = DISOWNING_CUE.test(doc.text);
    mayDisown.set(doc, cue);
  }
  if (!cue) return false;
  const sentence = doc.words[index]?.sentence;
  const norms: string[] = [];
  for (let i = index - 1; i >= 0 && i >= index - 16; i--) {
    const w = doc.words[i] as Word;
    if (w.sentence !== sentence || CONTRAST.test(w.norm)) break;
    norms.push(w.norm);
  }
  return norms.length > 2 && DISOWNS.test(` ${norms.reverse().join(" ")} `);
}

export function negated(doc: Doc, index: number, window = 6): boolean {
  const word = doc.words[index];
  if (!word) return false;
  if (disowned(doc, index)) return true;
  for (let i = index - 1; i >= 0 && i >= index - window; i--) {
    const w = doc.words[i] as Word;
    if (w.clause !== word.clause) return false;
    if (!NEGATORS.has(w.norm)) continue;
    // "a charge out of nowhere would annoy anyone": an idiom for "unexpected", not a negation.
    if (w.norm === "nowhere" && doc.words[i - 1]?.norm === "of" && doc.words[i - 2]?.norm === "out") continue;
    // "The courier broke them, not us - take that up with them": "not us" contrasts who, it does not
    // negate what follows.
    if (w.norm === "not" && CONTRASTED.has(doc.words[i + 1]?.norm ?? "") && i + 1 < index) continue;
    // "no", "without", "nothing" negate the phrase they head ("no refund"), not a whole clause;
    // "no wonder", "no doubt" do not negate at all.
    if (DETERMINER_NEGATORS.has(w.norm)) {
      // "a whole weekend with no warning is a real mess": "no" inside a prepositional phrase
      // negates its noun, not the clause around it.
      if (/^(with|for|at|on|in|by|after|under)$/.test(doc.words[i - 1]?.norm ?? "")) continue;
      if (index - i <= 2 && !/^(wonder|doubt|matter|problem|worries)$/.test(doc.words[i + 1]?.norm ?? ""))
        return true;
      if (headsClause(doc, i, index)) return true;
      continue;
    }
    return true;
  }
  return false;
}

/**
 * A refusal placed after what it refuses, in the same sentence: "full refund and new deck, this is
 * not possible", "all bricks 100% clean we cannot promise" (a word order common in non-native
 * English). Read within eight words of `to`.
 */
export function refusedAfter(doc: Doc, to: number): boolean {
  const sentence = doc.words[to]?.sentence;
  const norms: string[] = [];
  for (let i = to + 1; i < doc.words.length && i <= to + 8; i++) {
    const w = doc.words[i] as Word;
    if (w.sentence !== sentence) break;
    norms.push(w.norm);
  }
  return REFUSED_AFTER.test(` ${norms.join(" ")} `);
}
const REFUSED_AFTER =
  / (?:this|that|it|which) (?:is|was) (?:not possible|impossible|not something we can) | (?:we|i) (?:can not|could not) (?:promise|guarantee|do|give|offer|pay) /;

/**
 * A sentence as a word span: its first and last words' indices and their text, or undefined for a
 * sentence with no words.
 */
export function sentenceWords(
  doc: Doc,
  sentence: Sentence,
): { start: number; end: number; text: string; from: number; to: number } | undefined {
  const from = doc.words.findIndex((w) => w.start >= sentence.start);
  if (from < 0) return undefined;
  let to = from;
  while (doc.words[to + 1] && (doc.words[to + 1]?.end ?? 0) <= sentence.end) to++;
  return { ...spanOf(doc, from, to), from, to };
}

/** The original text of words [from, to] inclusive. */
export function spanOf(doc: Doc, from: number, to: number): { start: number; end: number; text: string } {
  const start = (doc.words[from] as Word).start;
  const end = (doc.words[to] as Word).end;
  return { start, end, text: doc.text.slice(start, end) };
}

/** A quoted stretch: opened after a space or bracket, closed before a space or punctuation. */
export const QUOTED = /(?:^|[\s(])['"‘“]([^'"‘’“”\n]{1,48})['"’”](?=[\s.,!?;:)]|$)/g;

/** Where the text quotes someone's words in inverted commas ("told him he'd 'definitely failed'"). */
export function quotedSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const m of text.matchAll(QUOTED)) {
    const inner = m[1] ?? "";
    const start = (m.index ?? 0) + m[0].indexOf(inner);
    spans.push({ start, end: start + inner.length });
  }
  return spans;
}
