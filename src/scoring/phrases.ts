/** Shared matching helpers for detectors: lexicon phrases with negation scope, sentence tests. */
import { compilePhrase, findPhrases, type Phrase } from "./matcher.js";
import { type Doc, expand, negated, spanOf } from "./text.js";
import type { Span } from "./types.js";

/**
 * A lexicon indexed by the words its phrases can start with. Phrases are compiled the first time
 * a reply contains their first word, so a short reply (or a one-off `coach score`) compiles only
 * the handful it could match, not all ~1,200.
 */
interface Entry {
  source: string;
  phrase?: Phrase;
}
interface Lexicon {
  byFirst: Map<string, Entry[]>;
  always: Entry[];
}

const cache = new WeakMap<readonly string[], Lexicon>();

function index(list: readonly string[]): Lexicon {
  const byFirst = new Map<string, Entry[]>();
  const always: Entry[] = [];
  for (const source of list) {
    const entry: Entry = { source };
    const head = source.trim().toLowerCase().split(/\s+/, 1)[0] ?? "";
    if (!head || /[[*#]|\.\.\./.test(head)) {
      always.push(entry);
      continue;
    }
    for (const option of head.split("|")) {
      const first = expand(option, option, "", "")[0] ?? option;
      const bucket = byFirst.get(first);
      if (bucket) bucket.push(entry);
      else byFirst.set(first, [entry]);
    }
  }
  return { byFirst, always };
}

/** The compiled phrases of a lexicon that could match this reply. */
export function candidates(doc: Doc, list: readonly string[]): Phrase[] {
  let lexicon = cache.get(list);
  if (!lexicon) {
    lexicon = index(list);
    cache.set(list, lexicon);
  }
  const seen = new Set<Entry>();
  const out: Phrase[] = [];
  const take = (entry: Entry) => {
    if (seen.has(entry)) return;
    seen.add(entry);
    entry.phrase ??= compilePhrase(entry.source);
    out.push(entry.phrase);
  };
  for (const entry of lexicon.always) take(entry);
  for (const word of doc.words) for (const entry of lexicon.byFirst.get(word.norm) ?? []) take(entry);
  return out;
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
  for (const m of findPhrases(doc, candidates(doc, list))) {
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
