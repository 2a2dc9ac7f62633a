/** Shared matching helpers for detectors: lexicon phrases with negation scope, sentence tests. */
import { compilePhrases, findPhrases, type Phrase } from "./matcher.js";
import { type Doc, negated, spanOf } from "./text.js";
import type { Span } from "./types.js";

const cache = new WeakMap<readonly string[], Phrase[]>();

/** Compile a lexicon once (lexicons are module constants, so the cache is keyed by identity). */
export function lexicon(list: readonly string[]): Phrase[] {
  let compiled = cache.get(list);
  if (!compiled) {
    compiled = compilePhrases(list);
    cache.set(list, compiled);
  }
  return compiled;
}

export interface HitOptions {
  /** Drop matches inside a negation's scope ("I'm not going to tell you to calm down"). Default true. */
  negatable?: boolean;
  /** How many words back a negator reaches (default 6). */
  window?: number;
  /** Keep only matches for which this holds. */
  where?: (from: number, to: number, doc?: Doc) => boolean;
}

export interface WordHit extends Span {
  from: number;
  to: number;
}

export function hits(doc: Doc, list: readonly string[], options: HitOptions = {}): WordHit[] {
  const out: WordHit[] = [];
  for (const m of findPhrases(doc, lexicon(list))) {
    if ((options.negatable ?? true) && negated(doc, m.from, options.window)) continue;
    if (options.where && !options.where(m.from, m.to, doc)) continue;
    out.push({ ...spanOf(doc, m.from, m.to), from: m.from, to: m.to });
  }
  return out;
}

/** Is word `index` the first word of its sentence? */
export function sentenceInitial(doc: Doc, index: number): boolean {
  const word = doc.words[index];
  return !!word && (index === 0 || doc.words[index - 1]?.sentence !== word.sentence);
}

/** The word indices of sentence `s`. */
export function sentenceWords(doc: Doc, s: number): number[] {
  const out: number[] = [];
  doc.words.forEach((w, i) => {
    if (w.sentence === s) out.push(i);
  });
  return out;
}

export function firstPerson(norm: string | undefined): boolean {
  return norm === "i" || norm === "we";
}
