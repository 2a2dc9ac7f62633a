/** Shared matching helpers for detectors: lexicon phrases with negation scope, sentence tests. */
import { PREBUILT_NEEDS } from "./lexicon-index.js";
import { STOPWORDS } from "./lexicons/stopwords.js";
import { compilePhrase, findPhrases, type Need, type Phrase, phraseNeeds } from "./matcher.js";
import { type Doc, negated, spanOf } from "./text.js";
import type { Span } from "./types.js";

/**
 * Every lexicon's phrases in one index, filed under a word (or the first letters of a prefix) that
 * each phrase needs: phraseNeeds lists, for every element a match must consume, the words or
 * prefixes one of which the reply must hold, and a phrase is filed under its least common such
 * element. A reply is looked up once, word by word, for all lexicons, and each phrase found is
 * kept only if the reply meets all its needs; so a reply full of "i", "you" and "the" tries a few
 * dozen phrases rather than hundreds per lexicon. Phrases are compiled the first time a reply could
 * match them, so a one-off `coach score` compiles only the handful it needs, not all ~2,000.
 * The built-in lexicons' needs are worked out when the CLI is bundled (lexicon-index.ts), so
 * start-up only files them; any other list (a trainer's) is worked out here on first use.
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

/** What each phrase of a list needs, rarest first: what the index files a phrase under. */
export function lexiconNeeds(list: readonly string[]): Need[][] {
  return list.map((source) => phraseNeeds(source).sort((a, b) => commonness(a) - commonness(b)));
}

function register(list: readonly string[], at = ++generation): Lexicon {
  const lexicon: Lexicon = { entries: [], generation: at };
  const prebuilt = PREBUILT_NEEDS.get(list);
  const all = prebuilt && prebuilt.length === list.length ? prebuilt : lexiconNeeds(list);
  for (let k = 0; k < list.length; k++) {
    const source = list[k] as string;
    const needs = all[k] as Need[];
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

/** A reply's distinct normalised words and their first 1 to HEAD letters. */
interface Vocabulary {
  words: ReadonlySet<string>;
  heads: ReadonlySet<string>;
}

function met(need: Need, { words, heads }: Vocabulary): boolean {
  for (const word of need.words) if (words.has(word)) return true;
  for (const prefix of need.prefixes)
    if (heads.has(prefix.slice(0, HEAD))) for (const word of words) if (word.startsWith(prefix)) return true;
  return false;
}

function viable(entry: Entry, vocabulary: Vocabulary): boolean {
  for (const need of entry.needs) if (!met(need, vocabulary)) return false;
  return true;
}

function compiled(entry: Entry): Phrase {
  entry.phrase ??= compilePhrase(entry.source);
  return entry.phrase;
}

/** What one reply could match: per lexicon, its viable phrases; built on the reply's first lookup. */
interface Found {
  vocabulary: Vocabulary;
  /** The index generation looked up; lexicons added later are looked up on their own. */
  generation: number;
  phrases: Map<Lexicon, Phrase[]>;
}
const foundCache = new WeakMap<Doc, Found>();

function lookUp(doc: Doc): Found {
  const words = new Set(doc.words.map((w) => w.norm));
  const heads = new Set<string>();
  for (const word of words) for (let k = 1; k <= HEAD && k <= word.length; k++) heads.add(word.slice(0, k));
  const found: Found = { vocabulary: { words, heads }, generation, phrases: new Map() };
  const lookup = ++lookups;
  const take = (entry: Entry) => {
    if (entry.taken === lookup) return;
    entry.taken = lookup;
    if (!viable(entry, found.vocabulary)) return;
    const list = found.phrases.get(entry.lexicon);
    if (list) list.push(compiled(entry));
    else found.phrases.set(entry.lexicon, [compiled(entry)]);
  };
  for (const entry of always) take(entry);
  for (const word of words) for (const entry of byWord.get(word) ?? []) take(entry);
  for (const head of heads) for (const entry of byHead.get(head) ?? []) take(entry);
  return found;
}

/**
 * Every built-in lexicon with prebuilt needs, filed at once in one generation, so a reply's first
 * lookup finds its phrases in all of them through the index rather than lexicon by lexicon.
 */
let prebuiltFiled = false;
function filePrebuilt(): void {
  prebuiltFiled = true;
  const at = ++generation;
  for (const list of PREBUILT_NEEDS.keys()) if (!lexicons.has(list)) register(list, at);
}

/** The compiled phrases of a lexicon that could match this reply. */
export function candidates(doc: Doc, list: readonly string[]): Phrase[] {
  if (!prebuiltFiled && !lexicons.has(list)) filePrebuilt();
  const lexicon = lexicons.get(list) ?? register(list);
  let found = foundCache.get(doc);
  if (!found) {
    found = lookUp(doc);
    foundCache.set(doc, found);
  }
  if (lexicon.generation > found.generation && !found.phrases.has(lexicon)) {
    // A lexicon first used after this reply was looked up: look it up on its own.
    const phrases: Phrase[] = [];
    for (const entry of lexicon.entries) if (viable(entry, found.vocabulary)) phrases.push(compiled(entry));
    found.phrases.set(lexicon, phrases);
  }
  return found.phrases.get(lexicon) ?? [];
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
