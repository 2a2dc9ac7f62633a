/**
 * Phrase patterns over the normalised word stream. A small closed grammar, compiled once, matched
 * without backtracking blow-up (every element consumes at most a few words, gaps are bounded):
 *
 *   word        the word itself, after normalisation ("can't" in a phrase means "can not")
 *   a|b|c       any of these words
 *   frustrat*   any word starting with "frustrat"
 *   [so|really] optional: one of these words, or nothing
 *   *           any one word
 *   ...         a gap of zero to three words
 *   #           a number ("3", "five", "£64" reads as "64")
 */
import { EXPANSIONS } from "./lexicons/function-words.js";
import { type Doc, expand } from "./text.js";

type Element =
  | {
      kind: "words";
      words: ReadonlySet<string>;
      prefixes: readonly string[];
      optional: boolean;
      /** The options of several words ("can not"), split, in the order they were written. */
      multi?: readonly (readonly string[])[];
    }
  | { kind: "any" }
  | { kind: "gap"; max: number }
  | { kind: "number" };

export interface Phrase {
  source: string;
  elements: Element[];
  /** The words the phrase can start with, for indexing; undefined when it can start with anything. */
  first?: ReadonlySet<string>;
}

export interface Match {
  phrase: Phrase;
  from: number; // first word index
  to: number; // last word index, inclusive
}

const NUMBER_WORDS = new Set(
  "one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty sixty ninety hundred half couple few".split(
    " ",
  ),
);

export function isNumberWord(norm: string): boolean {
  const code = norm.charCodeAt(0); // a leading ASCII digit, as /^\d/ reads it
  return (code >= 48 && code <= 57) || NUMBER_WORDS.has(norm);
}

export function normaliseWord(word: string): readonly string[] {
  return expand(word.replace(/[\u2018\u2019]/g, "'"), word, "", "");
}

/**
 * A phrase's tokens. A plain hyphenated word is split as a reply's words are ("name-calling" reads
 * as "name calling"): whole, it could never match, since no reply word holds a hyphen.
 */
function tokensOf(source: string): string[] {
  return source
    .trim()
    .toLowerCase()
    .split(/\s+/)
    .flatMap((t) => (/^[a-z']+(?:-[a-z']+)+$/.test(t) ? t.split("-") : [t]));
}

export function compilePhrase(source: string): Phrase {
  const elements: Element[] = [];
  for (const token of tokensOf(source)) {
    if (token === "*") elements.push({ kind: "any" });
    else if (token === "...") elements.push({ kind: "gap", max: 3 });
    else if (token === "#") elements.push({ kind: "number" });
    else {
      const optional = token.startsWith("[") && token.endsWith("]");
      const body = optional ? token.slice(1, -1) : token;
      const options = body.split("|");
      // A literal that expands to several words ("can't" -> "can not") becomes a sequence.
      if (options.length === 1 && !body.endsWith("*")) {
        const parts = normaliseWord(body);
        if (parts.length > 1 && !optional) {
          for (const part of parts)
            elements.push({ kind: "words", words: new Set([part]), prefixes: [], optional: false });
          continue;
        }
      }
      const words = new Set<string>();
      const prefixes: string[] = [];
      for (const option of options) {
        if (option.endsWith("*")) prefixes.push(option.slice(0, -1));
        else words.add(normaliseWord(option).join(" "));
      }
      const multi = [...words].filter((w) => w.includes(" ")).map((w) => w.split(" "));
      elements.push({ kind: "words", words, prefixes, optional, ...(multi.length ? { multi } : {}) });
    }
  }
  const head = elements[0];
  const first =
    head && head.kind === "words" && !head.optional && head.prefixes.length === 0
      ? new Set([...head.words].map((w) => w.split(" ")[0] as string))
      : undefined;
  return { source, elements, ...(first ? { first } : {}) };
}

/**
 * The first normalised word of a phrase option, as normaliseWord gives it. Most options are plain
 * words, which expand only through EXPANSIONS: they skip expand's patterns, so indexing every
 * lexicon stays cheap on a one-off `coach score` (tests/scoring/matcher-index.test.ts checks the
 * index against trying every phrase).
 */
function firstWord(option: string): string {
  if (option === "ill" || option === "id" || /['\u2018\u2019]/.test(option))
    return normaliseWord(option)[0] as string;
  return EXPANSIONS.get(option)?.[0] ?? option;
}

/** One element every match of a phrase consumes: a reply word equals one of `words` or starts with one of `prefixes`. */
export interface Need {
  words: string[];
  prefixes: string[];
}

/**
 * What a reply must contain for the phrase to match anywhere in it: one need per element that
 * every match consumes (not optional), holding the first word of each option and each prefix.
 * Read from the source as compilePhrase reads it, without compiling, so a lexicon can be indexed
 * cheaply at start-up.
 */
const NO_PREFIXES: string[] = [];

export function phraseNeeds(source: string): Need[] {
  const needs: Need[] = [];
  for (const token of tokensOf(source)) {
    if (token === "*" || token === "..." || token === "#") continue;
    if (token.startsWith("[") && token.endsWith("]")) continue;
    // Most tokens are one plain word.
    if (!token.includes("|") && !token.endsWith("*")) {
      needs.push({ words: [firstWord(token)], prefixes: NO_PREFIXES });
      continue;
    }
    const words = new Set<string>();
    const prefixes: string[] = [];
    for (const option of token.split("|")) {
      if (option.endsWith("*")) prefixes.push(option.slice(0, -1));
      else words.add(firstWord(option));
    }
    // An empty prefix matches any word: nothing is needed.
    if (prefixes.includes("")) continue;
    needs.push({ words: [...words], prefixes });
  }
  return needs;
}

/**
 * A phrase's needs as one string, "word|word|prefix*" each, space-separated (words never hold "|",
 * a space or a final "*"), for the lexicon index worked out at build time
 * (scripts/lexicon-index.mjs). One string an entry rather than an array of them halves the time
 * start-up spends parsing the index (~2,950 entries: 1.3 ms -> 0.6 ms warm).
 */
export function packNeeds(needs: readonly Need[]): string {
  return needs.map((need) => [...need.words, ...need.prefixes.map((p) => `${p}*`)].join("|")).join(" ");
}

/** A phrase's needs, from packNeeds' string. */
export function unpackNeeds(packed: string): Need[] {
  if (packed === "") return [];
  return packed.split(" ").map((need) => {
    // Most needs are one word.
    if (!need.includes("|") && !need.endsWith("*")) return { words: [need], prefixes: NO_PREFIXES };
    const words: string[] = [];
    const prefixes: string[] = [];
    for (const option of need.split("|"))
      if (option.endsWith("*")) prefixes.push(option.slice(0, -1));
      else words.push(option);
    return { words, prefixes: prefixes.length ? prefixes : NO_PREFIXES };
  });
}

function wordMatches(element: Element & { kind: "words" }, norm: string): boolean {
  if (element.words.has(norm)) return true;
  for (const prefix of element.prefixes) if (norm.startsWith(prefix)) return true;
  return false;
}

/** Match elements[e..] starting at word i; returns the index of the last word consumed, or -1. */
function matchFrom(doc: Doc, elements: Element[], e: number, i: number, last: number): number {
  if (e === elements.length) return last;
  const element = elements[e] as Element;
  const word = doc.words[i];
  switch (element.kind) {
    case "any":
      return word ? matchFrom(doc, elements, e + 1, i + 1, i) : -1;
    case "number":
      return word && isNumberWord(word.norm) ? matchFrom(doc, elements, e + 1, i + 1, i) : -1;
    case "gap":
      for (let skip = 0; skip <= element.max; skip++) {
        if (skip > 0 && !doc.words[i + skip - 1]) break;
        const end = matchFrom(doc, elements, e + 1, i + skip, skip > 0 ? i + skip - 1 : last);
        if (end >= 0) return end;
      }
      return -1;
    case "words": {
      // Multi-word options ("can not") are stored joined; compare against the joined run.
      if (word) {
        if (element.multi)
          for (const parts of element.multi) {
            if (!parts.every((p, k) => doc.words[i + k]?.norm === p)) continue;
            const end = matchFrom(doc, elements, e + 1, i + parts.length, i + parts.length - 1);
            if (end >= 0) return end;
          }
        if (wordMatches(element, word.norm)) {
          const end = matchFrom(doc, elements, e + 1, i + 1, i);
          if (end >= 0) return end;
        }
      }
      return element.optional ? matchFrom(doc, elements, e + 1, i, last) : -1;
    }
  }
}

const NO_POSITIONS: readonly number[] = [];

/** Where each word occurs in a reply, built once per reply, so a phrase is tried only where it can start. */
const positionsCache = new WeakMap<Doc, Map<string, number[]>>();
function positions(doc: Doc): Map<string, number[]> {
  let map = positionsCache.get(doc);
  if (!map) {
    map = new Map();
    doc.words.forEach((w, i) => {
      const list = map?.get(w.norm);
      if (list) list.push(i);
      else map?.set(w.norm, [i]);
    });
    positionsCache.set(doc, map);
  }
  return map;
}

/** All non-overlapping matches of any of the phrases, in reply order. */
export function findPhrases(doc: Doc, phrases: readonly Phrase[]): Match[] {
  const matches: Match[] = [];
  if (!phrases.length) return matches;
  const at = positions(doc);
  for (const phrase of phrases) {
    if (phrase.first) {
      // Only the positions of the words the phrase can start with, in reply order: one word's
      // positions are in order already.
      let starts: readonly number[] = NO_POSITIONS;
      if (phrase.first.size === 1) for (const word of phrase.first) starts = at.get(word) ?? NO_POSITIONS;
      else {
        const merged: number[] = [];
        for (const word of phrase.first) for (const i of at.get(word) ?? NO_POSITIONS) merged.push(i);
        if (merged.length > 1) merged.sort((a, b) => a - b);
        starts = merged;
      }
      let reach = -1;
      for (const i of starts) {
        if (i <= reach) continue;
        const end = matchFrom(doc, phrase.elements, 0, i, -1);
        if (end >= i) {
          matches.push({ phrase, from: i, to: end });
          reach = end;
        }
      }
      continue;
    }
    for (let i = 0; i < doc.words.length; i++) {
      const end = matchFrom(doc, phrase.elements, 0, i, -1);
      if (end >= i) {
        matches.push({ phrase, from: i, to: end });
        i = end;
      }
    }
  }
  if (matches.length < 2) return matches;
  matches.sort((a, b) => a.from - b.from || b.to - a.to);
  const kept: Match[] = [];
  let reach = -1;
  for (const m of matches) {
    if (m.from > reach) {
      kept.push(m);
      reach = m.to;
    }
  }
  return kept;
}
