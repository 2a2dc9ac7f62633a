import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DETECTORS } from "../../src/scoring/detectors/index.js";
import { compilePhrase, findPhrases, phraseNeeds } from "../../src/scoring/matcher.js";
import { candidates } from "../../src/scoring/phrases.js";
import { analyse } from "../../src/scoring/text.js";
import { root } from "../helpers/cli.js";

/**
 * The lexicon index (phrases.ts) only narrows which phrases are tried: for any reply, the phrases
 * it offers must find exactly what trying every phrase of the lexicon finds.
 */
const dir = join(root, "src", "scoring", "lexicons");
const lists: [string, readonly string[]][] = [];
for (const file of readdirSync(dir).filter((f) => f.endsWith(".ts"))) {
  const module = (await import(join(dir, file))) as Record<string, unknown>;
  for (const [name, value] of Object.entries(module))
    if (Array.isArray(value) && value.length && value.every((v) => typeof v === "string"))
      lists.push([`${file}:${name}`, value as string[]]);
}

/** A text a phrase should match: first option of each optional, last of each alternation, prefixes grown. */
function sample(source: string): string {
  return source
    .trim()
    .split(/\s+/)
    .map((token) => {
      if (token === "*") return "really";
      if (token === "...") return "very much";
      if (token === "#") return "3";
      const optional = token.startsWith("[") && token.endsWith("]");
      const options = (optional ? token.slice(1, -1) : token).split("|");
      const pick = (optional ? options[0] : options[options.length - 1]) as string;
      return pick.endsWith("*") ? `${pick.slice(0, -1)}ed` : pick;
    })
    .join(" ");
}

const texts = [
  ...DETECTORS.flatMap((d) =>
    [...d.meta.examples.fires, ...d.meta.examples.silent].map((e) => (typeof e === "string" ? e : e.reply)),
  ),
  ...lists.flatMap(([, list]) => list.map(sample)),
  "I can't promise Friday, but I'll call you by 5pm today. Calm down!! ur frustrated, im sorry",
];

describe("lexicon index", () => {
  it("finds lexicons to check", () => {
    expect(lists.length).toBeGreaterThan(20);
    expect(texts.length).toBeGreaterThan(1000);
  });

  it.each(lists)("%s: the index finds what trying every phrase finds", (_name, list) => {
    const every = list.map(compilePhrase);
    const missed: string[] = [];
    let matched = 0;
    for (const text of texts) {
      const doc = analyse(text);
      const all = findPhrases(doc, every).map((m) => [m.from, m.to]);
      const indexed = findPhrases(doc, candidates(doc, list)).map((m) => [m.from, m.to]);
      matched += all.length;
      if (JSON.stringify(all) !== JSON.stringify(indexed)) missed.push(text);
    }
    expect(missed).toEqual([]);
    expect(matched).toBeGreaterThan(0);
  });

  it.each([
    ["i understand", [["i"], ["understand"]]],
    ["[so] sorry ... about #", [["sorry"], ["about"]]],
    ["frustrat*|annoy* * can't", [["frustrat", "annoy"], ["can"]]],
    ["totally|really|* sure", [["sure"]]],
    ["calm|chill down", [["calm", "chill"], ["down"]]],
  ])("phraseNeeds(%j)", (source, expected) => {
    expect(phraseNeeds(source).map((need) => [...need.words, ...need.prefixes])).toEqual(expected);
  });
});
