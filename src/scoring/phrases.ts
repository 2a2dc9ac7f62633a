/** Shared matching helpers for detectors: lexicon phrases with negation scope, sentence tests. */
import { PREBUILT_INDEX } from "./lexicon-index.js";
import { STOPWORDS } from "./lexicons/stopwords.js";
import {
  compilePhrase,
  findPhrases,
  type Need,
  type Phrase,
  packNeeds,
  phraseNeeds,
  unpackNeeds,
} from "./matcher.js";
import { type Doc, negated, refusedAfter, type Word } from "./text.js";
import type { Span } from "./types.js";

/**
 * Every lexicon's phrases in one index, filed under a word (or the first letters of a prefix) that
 * each phrase needs: phraseNeeds lists, for every element a match must consume, the words or
 * prefixes one of which the reply must hold, and a phrase is filed under its least common such
 * element. A reply is looked up once, word by word, for all lexicons, and each phrase found is
 * kept only if the reply meets all its needs; so a reply full of "i", "you" and "the" tries a few
 * dozen phrases rather than hundreds per lexicon. Phrases are compiled the first time a reply could
 * match them, so a one-off `coach score` compiles only the handful it needs, not all ~2,000.
 *
 * The built-in lexicons come indexed from the build (a PrebuiltIndex: lexicon-index.ts, made by
 * `prebuildIndex` below when the CLI is bundled): their entries are made only when a reply's
 * words reach them, so start-up neither works out nor files ~2,000 phrases. Any other list (a
 * trainer's) is worked out and filed here on first use.
 *
 * For `coach score --batch`, what each reply word leads to (its buckets, prebuilt or not) is
 * cached by word, and the words the needs hold are numbered: a reply marks its words' numbers,
 * and a need is met when one of its numbers is marked, with no set of the reply's words built.
 */
interface Lexicon {
  /** Its entries; for a prebuilt lexicon, made on first need (entriesOf). */
  entries?: Entry[];
  /** The index generation that added this lexicon. */
  generation: number;
  /** A prebuilt lexicon's place in the PrebuiltIndex's lists. */
  prebuilt?: number;
  /** Its place in a reply's Found phrases. */
  slot: number;
}
interface Entry {
  lexicon: Lexicon;
  source: string;
  /** Rarest first, so a phrase that cannot match usually fails on the first test. */
  needs: Need[];
  phrase?: Phrase;
  /** Each need's words by number (LexiconIndex #idOf). */
  ids: number[][];
  /** The reply lookup that last took this entry (an entry can sit in several buckets). */
  taken: number;
  /** Its place in the index's list of entries (LexiconIndex #entries). */
  number: number;
}

/** Lexicons indexed at build time: entries are numbered through the lists, in order. */
export interface PrebuiltIndex {
  lists: readonly (readonly string[])[];
  /** Each entry's needs, rarest first, packed (matcher.ts packNeeds). */
  needs: readonly string[];
  /** The entries filed under a word, under the first HEAD letters of a prefix, and tried always. */
  byWord: Readonly<Record<string, readonly number[]>>;
  byHead: Readonly<Record<string, readonly number[]>>;
  always: readonly number[];
}

const HEAD = 3;

/**
 * The words most replies hold, the commonest first ("the" is in 71% of the labelled replies, "off"
 * in 8%). A phrase made only of stop words ("i can give") is filed under the least common of
 * them ("give", not "i"): filed under "i" or "you", it was tried on nearly every reply, and the
 * index tested ~160 phrases a reply, ~70 with this order. Only the order of the tests changes:
 * every phrase whose needs a reply meets is still offered.
 */
const FREQUENT = (
  "the you will i not is and it sorry we to a can for do that your on am so in be are have with " +
  "this back of our if or refund no at free get but know by about us was out up what today please " +
  "next days all now one would really right me yet they come give there tomorrow full off"
).split(" ");
const FREQUENCY = new Map(FREQUENT.map((word, k) => [word, 200 + FREQUENT.length - k]));

/** How common an element's matches are in replies: stop words, short prefixes and FREQUENT words count as common. */
function commonness(need: Need): number {
  let score = need.words.length + need.prefixes.length;
  for (const word of need.words) {
    const frequent = FREQUENCY.get(word);
    if (frequent !== undefined) score += frequent;
    else if (STOPWORDS.has(word) || word.length <= 2) score += 100;
  }
  for (const prefix of need.prefixes) score += prefix.length < HEAD ? 100 : 1;
  return score;
}

/** What each phrase of a list needs, rarest first: what the index files a phrase under. */
export function lexiconNeeds(list: readonly string[]): Need[][] {
  return list.map((source) => phraseNeeds(source).sort((a, b) => commonness(a) - commonness(b)));
}

/** Where a phrase with these needs is filed: under its rarest need's words and prefix heads, else always. */
function fileUnder(needs: readonly Need[]): { words: readonly string[]; heads: string[] } | undefined {
  const key = needs[0];
  return key && { words: key.words, heads: key.prefixes.map((prefix) => prefix.slice(0, HEAD)) };
}

/** The PrebuiltIndex of these lists, but for `lists` itself (the build adds the lists' imports). */
export function prebuildIndex(lists: readonly (readonly string[])[]): Omit<PrebuiltIndex, "lists"> {
  const needs: string[] = [];
  const byWord: Record<string, number[]> = {};
  const byHead: Record<string, number[]> = {};
  const always: number[] = [];
  const file = (map: Record<string, number[]>, key: string, id: number) => {
    if (Object.hasOwn(map, key)) map[key]?.push(id);
    else map[key] = [id];
  };
  for (const list of lists)
    for (const phrase of lexiconNeeds(list)) {
      const id = needs.push(packNeeds(phrase)) - 1;
      const under = fileUnder(phrase);
      if (!under) always.push(id);
      else {
        for (const word of under.words) file(byWord, word, id);
        for (const head of under.heads) file(byHead, head, id);
      }
    }
  return { needs, byWord, byHead, always };
}

/** Does a reply with these distinct normalised words meet all the entry's needs? */
function viable(entry: Entry, words: ReadonlySet<string>): boolean {
  for (const need of entry.needs) {
    let ok = need.words.some((word) => words.has(word));
    if (!ok)
      for (const prefix of need.prefixes) {
        for (const word of words) if (word.startsWith(prefix)) ok = true;
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

/** What one reply could match: per lexicon (by its slot), its viable phrases; built on the reply's first lookup. */
interface Found {
  /** The index generation looked up; lexicons added later are looked up on their own. */
  generation: number;
  phrases: (Phrase[] | undefined)[];
}

/**
 * The entries a reply word leads to: those filed under the word itself, whose first need it meets,
 * and those filed under its first 1 to HEAD letters; and the word's number, if a need holds it.
 * Worked out once per word, not once per reply (replies share most of their words), and again
 * when a lexicon joins the index.
 */
interface Filed {
  direct: readonly Entry[];
  /**
   * `direct`'s needs after the first (which the word itself meets), packed for the lookup, made on
   * first use: per entry, its length, its number, and per need, how many word numbers, those
   * numbers, and 1 if it has prefixes, else 0. Testing ~70 such needs a reply from one typed array
   * reads far less memory than from each entry's arrays.
   */
  packed?: Int32Array;
  byHead: readonly Entry[];
  id: number;
  /** The lookup that last met this word (a reply may repeat it). */
  stamp: number;
}
const NONE: readonly Entry[] = [];
const NO_PHRASES: Phrase[] = [];
/** Words cached at most: a batch of any size keeps a bounded cache. */
const FILED_MAX = 20_000;

function bucket<T>(map: Map<string, T[]>, key: string, item: T): void {
  const items = map.get(key);
  if (items) items.push(item);
  else map.set(key, [item]);
}

export class LexiconIndex {
  readonly #lexicons = new WeakMap<readonly string[], Lexicon>();
  readonly #byWord = new Map<string, Entry[]>();
  readonly #byHead = new Map<string, Entry[]>();
  /** Phrases no element of which every match needs (all optional, or gaps): tried on every reply. */
  readonly #always: Entry[] = [];
  readonly #found = new WeakMap<Doc, Found>();
  #generation = 0;
  #lookups = 0;
  #slots = 0;
  /** The prebuilt index, once filed; before the first lookup, the one to file. */
  #pending: PrebuiltIndex | undefined;
  #prebuilt: PrebuiltIndex | undefined;
  /** The prebuilt entries made so far, by number, and where each prebuilt list's numbers start. */
  readonly #made: (Entry | undefined)[] = [];
  readonly #starts: number[] = [];
  readonly #prebuiltLexicons: Lexicon[] = [];
  /** The prebuilt entries tried on every reply, made when the prebuilt index is filed. */
  #prebuiltAlways: Entry[] = [];
  /** Each reply word seen so far, what it leads to (emptied when a lexicon joins the index). */
  readonly #filed = new Map<string, Filed>();
  /**
   * Every word a made entry's needs hold, numbered, so a lookup tests a need by index (`#seen`)
   * rather than by hashing its words: a reply's words are numbered through #filed.
   */
  readonly #wordIds = new Map<string, number>();
  /** The lookup that last saw each numbered word in its reply. */
  #seen = new Int32Array(1024);
  /** Every entry made, by number. */
  readonly #entries: Entry[] = [];
  /** The last reply looked up and what it could match (most calls are for the reply being scored). */
  #lastDoc: Doc | undefined;
  #lastFound: Found | undefined;

  constructor(prebuilt?: PrebuiltIndex) {
    this.#pending = prebuilt;
  }

  /** The compiled phrases of a lexicon that could match this reply. */
  candidates(doc: Doc, list: readonly string[]): Phrase[] {
    if (this.#pending) this.#filePrebuilt(this.#pending);
    const lexicon = this.#lexicons.get(list) ?? this.#register(list);
    let found = this.#lastDoc === doc ? this.#lastFound : this.#found.get(doc);
    if (!found) {
      found = this.#lookUp(doc);
      this.#found.set(doc, found);
    }
    this.#lastDoc = doc;
    this.#lastFound = found;
    if (lexicon.generation > found.generation && !found.phrases[lexicon.slot]) {
      // A lexicon first used after this reply was looked up: look it up on its own.
      const words = new Set(doc.words.map((w) => w.norm));
      const phrases: Phrase[] = [];
      for (const entry of this.#entriesOf(lexicon)) if (viable(entry, words)) phrases.push(compiled(entry));
      found.phrases[lexicon.slot] = phrases;
    }
    return found.phrases[lexicon.slot] ?? NO_PHRASES;
  }

  /** Take in the prebuilt lexicons, once; one that does not fit its list (never, from a build) is dropped whole. */
  #filePrebuilt(prebuilt: PrebuiltIndex): void {
    this.#pending = undefined;
    let next = 0;
    for (const list of prebuilt.lists) {
      this.#starts.push(next);
      next += list.length;
    }
    if (next !== prebuilt.needs.length) return;
    const generation = ++this.#generation;
    prebuilt.lists.forEach((list, at) => {
      const lexicon: Lexicon = { generation, slot: this.#slots++, prebuilt: at };
      this.#prebuiltLexicons.push(lexicon);
      this.#lexicons.set(list, lexicon);
    });
    this.#prebuilt = prebuilt;
    this.#prebuiltAlways = prebuilt.always.map((id) => this.#entry(prebuilt, id));
    this.#filed.clear();
  }

  /** The number of a word some need holds; a reply word already cached learns it. */
  #idOf(word: string): number {
    let id = this.#wordIds.get(word);
    if (id === undefined) {
      id = this.#wordIds.size;
      this.#wordIds.set(word, id);
      const filed = this.#filed.get(word);
      if (filed) filed.id = id;
      if (this.#seen.length <= id) {
        const grown = new Int32Array(this.#seen.length * 2);
        grown.set(this.#seen);
        this.#seen = grown;
      }
    }
    return id;
  }

  #newEntry(lexicon: Lexicon, source: string, needs: Need[]): Entry {
    const entry: Entry = {
      lexicon,
      source,
      needs,
      ids: needs.map((need) => need.words.map((w) => this.#idOf(w))),
      taken: 0,
      number: this.#entries.length,
    };
    this.#entries.push(entry);
    return entry;
  }

  /** Prebuilt entry `id`, made on first need. */
  #entry(prebuilt: PrebuiltIndex, id: number): Entry {
    let entry = this.#made[id];
    if (!entry) {
      let at = 0;
      for (let lo = 0, hi = this.#starts.length - 1; lo <= hi; ) {
        const mid = (lo + hi) >> 1;
        if ((this.#starts[mid] as number) <= id) {
          at = mid;
          lo = mid + 1;
        } else hi = mid - 1;
      }
      entry = this.#newEntry(
        this.#prebuiltLexicons[at] as Lexicon,
        prebuilt.lists[at]?.[id - (this.#starts[at] as number)] as string,
        unpackNeeds(prebuilt.needs[id] as string),
      );
      this.#made[id] = entry;
    }
    return entry;
  }

  #entriesOf(lexicon: Lexicon): Entry[] {
    const prebuilt = this.#prebuilt;
    if (!lexicon.entries && prebuilt && lexicon.prebuilt !== undefined) {
      const start = this.#starts[lexicon.prebuilt] as number;
      const length = prebuilt.lists[lexicon.prebuilt]?.length ?? 0;
      lexicon.entries = Array.from({ length }, (_, k) => this.#entry(prebuilt, start + k));
    }
    return lexicon.entries ?? [];
  }

  #register(list: readonly string[]): Lexicon {
    const lexicon: Lexicon = { entries: [], generation: ++this.#generation, slot: this.#slots++ };
    const all = lexiconNeeds(list);
    list.forEach((source, k) => {
      const needs = all[k] as Need[];
      const entry = this.#newEntry(lexicon, source, needs);
      lexicon.entries?.push(entry);
      const under = fileUnder(needs);
      if (!under) this.#always.push(entry);
      else {
        for (const word of under.words) bucket(this.#byWord, word, entry);
        for (const head of under.heads) bucket(this.#byHead, head, entry);
      }
    });
    this.#lexicons.set(list, lexicon);
    this.#filed.clear();
    return lexicon;
  }

  /** What a reply word leads to, worked out on its first use (prebuilt entries are made here). */
  #filedUnder(word: string): Filed {
    let filed = this.#filed.get(word);
    if (!filed) {
      const prebuilt = this.#prebuilt;
      const ids = (map: Readonly<Record<string, readonly number[]>>, key: string) =>
        Object.hasOwn(map, key) ? (map[key] as readonly number[]) : [];
      let direct: Entry[] = this.#byWord.get(word) ?? [];
      if (prebuilt) direct = direct.concat(ids(prebuilt.byWord, word).map((id) => this.#entry(prebuilt, id)));
      const byHead: Entry[] = [];
      for (let k = 1; k <= HEAD && k <= word.length; k++) {
        const head = word.slice(0, k);
        for (const entry of this.#byHead.get(head) ?? NONE) byHead.push(entry);
        if (prebuilt) for (const id of ids(prebuilt.byHead, head)) byHead.push(this.#entry(prebuilt, id));
      }
      filed = {
        direct: direct.length ? direct : NONE,
        byHead: byHead.length ? byHead : NONE,
        id: this.#wordIds.get(word) ?? -1,
        stamp: 0,
      };
      this.#filed.set(word, filed);
    }
    return filed;
  }

  /**
   * Does the reply being looked up (its words marked `lookup` in #seen) meet the entry's needs
   * from the `from`th on (those before are known to be met)?
   */
  #viableNow(entry: Entry, words: readonly Word[], lookup: number, from: number): boolean {
    const { needs, ids } = entry;
    const seen = this.#seen;
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

  #lookUp(doc: Doc): Found {
    const found: Found = { generation: this.#generation, phrases: [] };
    const lookup = ++this.#lookups;
    // Emptied between lookups only: a Filed this lookup holds must learn its word's number.
    if (this.#filed.size >= FILED_MAX) this.#filed.clear();
    // Each distinct word's entries first (making the prebuilt ones numbers their words), then
    // every word's number is marked, so each need can be tested.
    const filed: Filed[] = [];
    for (const word of doc.words) {
      const f = this.#filedUnder(word.norm);
      if (f.stamp === lookup) continue;
      f.stamp = lookup;
      filed.push(f);
    }
    const seen = this.#seen;
    for (const f of filed) if (f.id >= 0) seen[f.id] = lookup;
    // An entry can sit in several buckets: the first place it is met that finds it viable takes it
    // (viability does not depend on the bucket, so testing before the check for a repeat, as the
    // packed loop does, takes the same entries in the same order).
    const keep = (entry: Entry) => {
      if (entry.taken === lookup) return;
      entry.taken = lookup;
      const list = found.phrases[entry.lexicon.slot];
      if (list) list.push(compiled(entry));
      else found.phrases[entry.lexicon.slot] = [compiled(entry)];
    };
    const take = (entry: Entry) => {
      if (entry.taken !== lookup && this.#viableNow(entry, doc.words, lookup, 0)) keep(entry);
    };
    for (const entry of this.#always) take(entry);
    for (const entry of this.#prebuiltAlways) take(entry);
    const entries = this.#entries;
    for (const f of filed) {
      if (f.direct === NONE) continue;
      f.packed ??= packed(f.direct);
      const at = f.packed;
      for (let p = 0; p < at.length; ) {
        const end = p + (at[p] as number);
        const entry = entries[at[p + 1] as number] as Entry;
        p += 2;
        let ok = true;
        for (let k = 1; p < end; k++) {
          const count = at[p] as number;
          let met = false;
          for (let i = p + 1; i <= p + count; i++)
            if (seen[at[i] as number] === lookup) {
              met = true;
              break;
            }
          p += count + 1;
          if (!met && at[p] === 1) met = prefixMet((entry.needs[k] as Need).prefixes, doc.words);
          p++;
          if (!met) {
            ok = false;
            break;
          }
        }
        p = end;
        if (ok) keep(entry);
      }
    }
    for (const f of filed) for (const entry of f.byHead) take(entry);
    return found;
  }
}

/** Filed.packed for these entries. */
function packed(entries: readonly Entry[]): Int32Array {
  const out: number[] = [];
  for (const entry of entries) {
    const start = out.length;
    out.push(0, entry.number);
    for (let k = 1; k < entry.needs.length; k++) {
      const ids = entry.ids[k] as number[];
      out.push(ids.length, ...ids, (entry.needs[k] as Need).prefixes.length ? 1 : 0);
    }
    out[start] = out.length - start;
  }
  return Int32Array.from(out);
}

/** Does a word of the reply start with one of these prefixes? */
function prefixMet(prefixes: readonly string[], words: readonly Word[]): boolean {
  for (const prefix of prefixes) for (const word of words) if (word.norm.startsWith(prefix)) return true;
  return false;
}

const index = new LexiconIndex(PREBUILT_INDEX);

/** The compiled phrases of a lexicon that could match this reply. */
export function candidates(doc: Doc, list: readonly string[]): Phrase[] {
  return index.candidates(doc, list);
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
    if ((options.negatable ?? true) && (negated(doc, m.from, options.window) || refusedAfter(doc, m.to)))
      continue;
    if (options.where && !options.where(m.from, m.to, doc)) continue;
    const start = (doc.words[m.from] as Word).start;
    const end = (doc.words[m.to] as Word).end;
    out.push({ start, end, text: doc.text.slice(start, end), from: m.from, to: m.to });
  }
  return out;
}

const FIRST_PERSON = new Set(["i", "me", "my", "we", "us", "our"]);

/**
 * Does the sentence speak for us ("I", "we", "our")? Then advice or "it'll be your…" in it is an
 * offer, not blame (blames-customer, doubts-customer).
 */
export function firstPersonIn(doc: Doc, sentence: number | undefined): boolean {
  return doc.words.some((w) => w.sentence === sentence && FIRST_PERSON.has(w.norm));
}

/** Is word `index` the first word of its sentence? */
export function sentenceInitial(doc: Doc, index: number): boolean {
  const word = doc.words[index];
  return !!word && (index === 0 || doc.words[index - 1]?.sentence !== word.sentence);
}

/** `extra` spans added to `base`, less those that overlap one already there (one finding, counted once). */
export function addSpans<T extends Span>(base: T[], extra: readonly T[]): T[] {
  const out = [...base];
  for (const span of extra) if (!out.some((b) => b.start < span.end && span.start < b.end)) out.push(span);
  return out;
}

/**
 * A feeling put as "can't": "I can't stop thinking about it", "I can't help feeling we let you
 * down" (not "I can't stop the order now", a limit). `to` is the index of "can't"'s last word.
 */
export function feelingAsCannot(doc: Doc | undefined, to: number): boolean {
  const next = doc?.words[to + 1]?.norm ?? "";
  return /^(?:stop|help)$/.test(next) && /ing$/.test(doc?.words[to + 2]?.norm ?? "");
}
