/**
 * The learned wording layer: small fitted weights on the everyday words and word pairs of a reply,
 * added to calm and boundaries after the detectors have spoken. It carries what no single phrase
 * list catches: on boundaries, replies built on "I'll", "okay" and "whatever" lean towards giving
 * in, ones built on "can", "or" and "but" hold their ground; on calm, "people", "properly", "you
 * should" and "did not" go with blame and point-scoring, "I can" and "it will" with steady help.
 * Calm's layer weighs no single everyday word and no courtesy word (fit-wording.mjs COURTESY):
 * weighed, they read well on our sets and worse on public text in other domains.
 *
 * Only words and pairs found in at least half of the labelled sets are weighed (so no setting's
 * own vocabulary, "boiler" or "skip", can carry a score), each weight is pulled hard towards zero,
 * and the weights are fitted by `npm run fit` (scripts/fit-wording.mjs) on what the detectors
 * leave unexplained. Pure.
 */
import type { Doc } from "./text.js";

/** Weight per word or pair; a Map, so a reply word such as "constructor" finds nothing. */
export type WordingTable = ReadonlyMap<string, number>;

/** The words and word pairs of a reply (normalised: "I'll" is "i will"), plus "!" and "?" when present. */
export function wordingFeatures(doc: Doc): Set<string> {
  const out = new Set<string>();
  const words = doc.words;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (!w) continue;
    out.add(w.norm);
    const next = words[i + 1];
    if (next && next.sentence === w.sentence) out.add(`${w.norm} ${next.norm}`);
  }
  if (doc.text.includes("!")) out.add("!");
  if (doc.sentences.some((s) => s.question)) out.add("?");
  return out;
}

/** The sum of the weights of the reply's words and pairs in one dimension's table. */
export function wordingOf(features: ReadonlySet<string>, table: WordingTable): number {
  let points = 0;
  for (const f of features) points += table.get(f) ?? 0;
  return points;
}

/** A feature's weight in each of the compiled tables, and the call that last counted it. */
interface Entry {
  weights: number[];
  stamp: number;
}

/**
 * Tables made ready for scoring together: each word or pair's weights in all of them, and the pairs
 * by first word, so a reply is read once for every dimension that uses the layer.
 */
export interface CompiledWording {
  entries: ReadonlyMap<string, Entry>;
  /** The pairs' entries by first word, then second ("i will": "i", then "will"): no pair string is built per reply. */
  pairs: ReadonlyMap<string, ReadonlyMap<string, Entry>>;
  size: number;
  /** Calls so far: an entry stamped with the current call has been counted (no set per reply). */
  calls: number;
}

export function compileWordings(tables: readonly WordingTable[]): CompiledWording {
  const entries = new Map<string, Entry>();
  const pairs = new Map<string, Map<string, Entry>>();
  tables.forEach((table, k) => {
    for (const [f, w] of table) {
      let entry = entries.get(f);
      if (!entry) {
        entry = { weights: new Array<number>(tables.length).fill(0), stamp: 0 };
        entries.set(f, entry);
      }
      entry.weights[k] = w;
      const space = f.indexOf(" ");
      if (space > 0) {
        const head = f.slice(0, space);
        let rest = pairs.get(head);
        if (!rest) {
          rest = new Map();
          pairs.set(head, rest);
        }
        rest.set(f.slice(space + 1), entry);
      }
    }
  });
  return { entries, pairs, size: tables.length, calls: 0 };
}

export function compileWording(table: WordingTable): CompiledWording {
  return compileWordings([table]);
}

/**
 * wordingOf(wordingFeatures(doc), table) for each compiled table, without building every feature:
 * only the words and pairs the tables hold are looked at, each counted once (the hot path of
 * `coach score --batch`).
 */
export function wordingPointsEach(doc: Doc, compiled: CompiledWording): number[] {
  const { entries, pairs } = compiled;
  const points = new Array<number>(compiled.size).fill(0);
  const stamp = ++compiled.calls;
  const count = (entry: Entry | undefined) => {
    if (entry === undefined || entry.stamp === stamp) return;
    entry.stamp = stamp;
    for (let k = 0; k < points.length; k++) points[k] = (points[k] as number) + (entry.weights[k] as number);
  };
  const words = doc.words;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (!w) continue;
    count(entries.get(w.norm));
    const next = words[i + 1];
    // The pair "w next": a word holds no space, so the pair's first word is w's whole norm.
    if (next && next.sentence === w.sentence) {
      const rest = pairs.get(w.norm);
      if (rest) count(rest.get(next.norm));
    }
  }
  if (doc.text.includes("!")) count(entries.get("!"));
  if (doc.sentences.some((s) => s.question)) count(entries.get("?"));
  return points;
}

/** wordingPointsEach for one table. */
export function wordingPoints(doc: Doc, table: CompiledWording): number {
  return wordingPointsEach(doc, table)[0] ?? 0;
}
