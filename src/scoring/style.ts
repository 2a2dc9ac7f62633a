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

/** A table made ready for scoring: the weights, and the first words of its pairs. */
export interface CompiledWording {
  weights: WordingTable;
  heads: ReadonlySet<string>;
}

export function compileWording(weights: WordingTable): CompiledWording {
  const heads = new Set<string>();
  for (const f of weights.keys()) {
    const space = f.indexOf(" ");
    if (space > 0) heads.add(f.slice(0, space));
  }
  return { weights, heads };
}

/**
 * wordingOf(wordingFeatures(doc), table), without building every feature: only the words and
 * pairs the table holds are looked at, each counted once (the hot path of `coach score --batch`).
 */
export function wordingPoints(doc: Doc, table: CompiledWording): number {
  const { weights, heads } = table;
  let points = 0;
  let seen: Set<string> | undefined;
  const once = (f: string) => {
    const w = weights.get(f);
    if (w === undefined) return;
    seen ??= new Set();
    if (seen.has(f)) return;
    seen.add(f);
    points += w;
  };
  const words = doc.words;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (!w) continue;
    once(w.norm);
    const next = words[i + 1];
    if (next && next.sentence === w.sentence && heads.has(w.norm)) once(`${w.norm} ${next.norm}`);
  }
  if (doc.text.includes("!")) once("!");
  if (doc.sentences.some((s) => s.question)) once("?");
  return points;
}
