/** Shared matching helpers for detectors: lexicon phrases with negation scope, sentence tests. */
import { STOPWORDS } from "./lexicons/stopwords.js";
import { compilePhrase, findPhrases, type Need, type Phrase, phraseNeeds } from "./matcher.js";
import { type Doc, negated, spanOf, type Word } from "./text.js";
import type { Span } from "./types.js";

/**
 * Every lexicon's phrases in one index, filed under a word (or the first letters of a prefix) that
 * each phrase needs: phraseNeeds lists, for every element a match must consume, the words or
 * prefixes one of which the reply must hold, and a phrase is filed under its least common such
 * element. A reply is looked up once, word by word, for all lexicons, and each phrase found is
 * kept only if the reply meets all its needs; so a reply full of "i", "you" and "the" tries a few
 * dozen phrases rather than hundreds per lexicon. Phrases are compiled the first time a reply could
 * match them, so a one-off `coach score` compiles only the handful it needs, not all ~1,900.
 */
interface Lexicon {
  entries: Entry[];
  /** The index generation that added this lexicon. */
  generation: number;
}
interface Entry {
  lexicon: Lexicon;
  source: string;
  /** Rarest first, so a phrase that cannot match usually fails on the first test. */
  needs: Need[];
  phrase?: Phrase;
  /** The reply lookup that last took this entry (an entry can sit in several buckets). */
  taken: number;
  /** Each need's words by number (wordIds), once the entry has been numbered. */
  ids?: number[][];
}

const HEAD = 3;
const lexicons = new WeakMap<readonly string[], Lexicon>();
const byWord = new Map<string, Entry[]>();
const byHead = new Map<string, Entry[]>();
/** Phrases no element of which every match needs (all optional, or gaps): tried on every reply. */
const always: Entry[] = [];
let generation = 0;
let lookups = 0;

/** How common an element's matches are in replies: stop words and short prefixes count as common. */
function commonness(need: Need): number {
  let score = need.words.length + need.prefixes.length;
  for (const word of need.words) if (STOPWORDS.has(word) || word.length <= 2) score += 100;
  for (const prefix of need.prefixes) score += prefix.length < HEAD ? 100 : 1;
  return score;
}

function file(map: Map<string, Entry[]>, key: string, entry: Entry): void {
  const bucket = map.get(key);
  if (bucket) bucket.push(entry);
  else map.set(key, [entry]);
}

function register(list: readonly string[]): Lexicon {
  const lexicon: Lexicon = { entries: [], generation: ++generation };
  for (const source of list) {
    const needs = phraseNeeds(source).sort((a, b) => commonness(a) - commonness(b));
    const entry: Entry = { lexicon, source, needs, taken: 0 };
    lexicon.entries.push(entry);
    const key = needs[0];
    if (!key) always.push(entry);
    else {
      for (const word of key.words) file(byWord, word, entry);
      for (const prefix of key.prefixes) file(byHead, prefix.slice(0, HEAD), entry);
    }
  }
  lexicons.set(list, lexicon);
  return lexicon;
}

/** A reply's distinct normalised words. */
interface Vocabulary {
  words: ReadonlySet<string>;
}

function met(need: Need, { words }: Vocabulary): boolean {
  for (const word of need.words) if (words.has(word)) return true;
  // Few needs hold a prefix, and a reply has a few dozen distinct words.
  for (const prefix of need.prefixes) for (const word of words) if (word.startsWith(prefix)) return true;
  return false;
}

function viable(entry: Entry, vocabulary: Vocabulary): boolean {
  for (const need of entry.needs) if (!met(need, vocabulary)) return false;
  return true;
}

/**
 * The entries a reply word leads to: those filed under the word itself, whose first need it meets,
 * and those filed under its first 1 to HEAD letters; and the word's number, if a need holds it.
 * Worked out once per word, not once per reply (replies share most of their words), and again
 * when a lexicon joins the index.
 */
interface Filed {
  direct: readonly Entry[];
  byHead: readonly Entry[];
  id: number;
  /** The lookup that last met this word (a reply may repeat it). */
  stamp: number;
}
const NONE: readonly Entry[] = [];
const NOTHING_FILED: Filed = { direct: NONE, byHead: NONE, id: -1, stamp: 0 };
const filedCache = new Map<string, Filed>();
let filedGeneration = 0;

/**
 * Every word a need holds, numbered, so a lookup tests a need by index (`seen`) rather than by
 * hashing its words: a reply's words are numbered once, each need's words when it is filed.
 */
const wordIds = new Map<string, number>();
/** The lookup that last saw each numbered word in its reply. */
let seen = new Int32Array(1024);

function idOf(word: string): number {
  let id = wordIds.get(word);
  if (id === undefined) {
    id = wordIds.size;
    wordIds.set(word, id);
  }
  return id;
}

/** Number the needs of every entry filed since the last time (the index grows as lexicons are first used). */
function numberEntries(): void {
  const each = (entry: Entry) => {
    entry.ids ??= entry.needs.map((need) => need.words.map(idOf));
  };
  for (const entry of always) each(entry);
  for (const bucket of byWord.values()) for (const entry of bucket) each(entry);
  for (const bucket of byHead.values()) for (const entry of bucket) each(entry);
  if (seen.length < wordIds.size) {
    const grown = new Int32Array(wordIds.size * 2);
    grown.set(seen);
    seen = grown;
  }
  filedCache.clear();
  filedGeneration = generation;
}

function filedUnder(word: string): Filed {
  let filed = filedCache.get(word);
  if (!filed) {
    let heads: Entry[] | undefined;
    for (let k = 1; k <= HEAD && k <= word.length; k++) {
      const bucket = byHead.get(word.slice(0, k));
      if (bucket) heads = heads ? heads.concat(bucket) : bucket;
    }
    const direct = byWord.get(word);
    const id = wordIds.get(word) ?? -1;
    filed =
      direct || heads || id >= 0
        ? { direct: direct ?? NONE, byHead: heads ?? NONE, id, stamp: 0 }
        : NOTHING_FILED;
    if (filedCache.size >= 5_000) filedCache.clear();
    filedCache.set(word, filed);
  }
  return filed;
}

/**
 * As viable, for the reply being looked up (its words are marked `lookup` in `seen`), from the
 * `from`th need (those before are known to be met).
 */
function viableNow(entry: Entry, words: readonly Word[], lookup: number, from: number): boolean {
  const { needs } = entry;
  const ids = entry.ids as number[][];
  for (let k = from; k < needs.length; k++) {
    const wanted = ids[k] as number[];
    let ok = false;
    for (let i = 0; i < wanted.length && !ok; i++) ok = seen[wanted[i] as number] === lookup;
    if (!ok)
      for (const prefix of (needs[k] as Need).prefixes) {
        for (const word of words)
          if (word.norm.startsWith(prefix)) {
            ok = true;
            break;
          }
        if (ok) break;
      }
    if (!ok) return false;
  }
  return true;
}

function compiled(entry: Entry): Phrase {
  entry.phrase ??= compilePhrase(entry.source);
  return entry.phrase;
}

/** What one reply could match: per lexicon (by its generation), its viable phrases; built on the reply's first lookup. */
interface Found {
  /** The index generation looked up; lexicons added later are looked up on their own. */
  generation: number;
  phrases: (Phrase[] | undefined)[];
}
const foundCache = new WeakMap<Doc, Found>();
const NO_PHRASES: Phrase[] = [];

function lookUp(doc: Doc): Found {
  if (filedGeneration !== generation) numberEntries();
  const found: Found = { generation, phrases: new Array(generation + 1) };
  const lookup = ++lookups;
  const take = (entry: Entry, from: number) => {
    if (entry.taken === lookup) return;
    entry.taken = lookup;
    if (!viableNow(entry, doc.words, lookup, from)) return;
    const list = found.phrases[entry.lexicon.generation];
    if (list) list.push(compiled(entry));
    else found.phrases[entry.lexicon.generation] = [compiled(entry)];
  };
  // Each distinct word's entries, once its number is marked (so every need can be tested).
  const filed: Filed[] = [];
  for (const word of doc.words) {
    const f = filedUnder(word.norm);
    if (f === NOTHING_FILED || f.stamp === lookup) continue;
    f.stamp = lookup;
    if (f.id >= 0) seen[f.id] = lookup;
    filed.push(f);
  }
  for (const entry of always) take(entry, 0);
  for (const f of filed) {
    for (const entry of f.direct) take(entry, 1);
    for (const entry of f.byHead) take(entry, 0);
  }
  return found;
}

/** The compiled phrases of a lexicon that could match this reply. */
export function candidates(doc: Doc, list: readonly string[]): Phrase[] {
  const lexicon = lexicons.get(list) ?? register(list);
  let found = foundCache.get(doc);
  if (!found) {
    found = lookUp(doc);
    foundCache.set(doc, found);
  }
  if (lexicon.generation > found.generation && !found.phrases[lexicon.generation]) {
    // A lexicon first used after this reply was looked up: look it up on its own.
    const vocabulary = { words: new Set(doc.words.map((w) => w.norm)) };
    const phrases: Phrase[] = [];
    for (const entry of lexicon.entries) if (viable(entry, vocabulary)) phrases.push(compiled(entry));
    found.phrases[lexicon.generation] = phrases;
  }
  return found.phrases[lexicon.generation] ?? NO_PHRASES;
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
