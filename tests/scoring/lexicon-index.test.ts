import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs build script, without types
import { prebuiltIndexOfSources } from "../../scripts/lexicon-index.mjs";
import { DIMENSIONS, scoreReply } from "../../src/scoring/index.js";
import { packNeeds, unpackNeeds } from "../../src/scoring/matcher.js";
import { LexiconIndex, lexiconNeeds, type PrebuiltIndex, prebuildIndex } from "../../src/scoring/phrases.js";
import { analyse } from "../../src/scoring/text.js";
import { root, runCli } from "../helpers/cli.js";

/**
 * The bundled CLI gets the built-in lexicons indexed at build time (scripts/lexicon-index.mjs,
 * src/scoring/lexicon-index.ts) rather than on first use. That index must offer exactly the
 * phrases that indexing on first use offers, so the bundled scorer scores as the sources do.
 */
const dir = join(root, "src", "scoring", "lexicons");
const lists: { file: string; name: string; list: string[] }[] = [];
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith(".ts"))
  .sort()) {
  const module = (await import(join(dir, file))) as Record<string, unknown>;
  for (const [name, value] of Object.entries(module).sort(([a], [b]) => (a < b ? -1 : 1)))
    if (Array.isArray(value) && value.length && value.every((v) => typeof v === "string"))
      lists.push({ file, name, list: value as string[] });
}

const replies = [
  "I can hear how frustrating this is; I'll call you by 5pm.",
  "Calm down, it's only a parcel. You should have read the terms!!",
  "sorry about that, ive refunded u now, 3-5 days to show",
  "I won't accept being sworn at. I do want to sort this, so let's keep it civil.",
  "I can't promise Friday, but I'll chase the depot today and text you by 4pm.",
  "Totally understand, that's really not good enough and it's on us — I’m sorry.",
  "Well, you are most welcome to take your business elsewhere, constructor __proto__ toString.",
  "That is company policy. There is nothing I can do. Next!",
  "I'm so sorry, I'm begging you, please don't leave a bad review, I'll give you anything.",
];

describe("the lexicon index built at bundle time", () => {
  it("is prebuildIndex of every lexicon list, from the sources, with needs packed without loss", async () => {
    const generated = (await prebuiltIndexOfSources(root)) as {
      lists: { file: string; name: string }[];
      index: Omit<PrebuiltIndex, "lists">;
    };
    expect(generated.lists).toEqual(lists.map(({ file, name }) => ({ file, name })));
    expect(lists.length).toBeGreaterThan(30);
    expect(generated.index).toEqual(prebuildIndex(lists.map((l) => l.list)));
    const needs = lists.flatMap((l) => lexiconNeeds(l.list));
    expect(generated.index.needs.map((packed) => unpackNeeds(packed))).toEqual(needs);
    expect(needs.map(packNeeds)).toEqual(generated.index.needs);
  });

  it("offers each reply the phrases that indexing on first use offers", () => {
    const all = lists.map((l) => l.list);
    const prebuilt = new LexiconIndex({ lists: all, ...prebuildIndex(all) });
    const onFirstUse = new LexiconIndex();
    // A list the build did not see (a trainer's) goes through the same index.
    const trainer = ["[i] totally get *", "business elsewhere", "#"];
    const sources = (phrases: { source: string }[]) => phrases.map((p) => p.source).sort();
    let offered = 0;
    for (const reply of replies) {
      const a = analyse(reply);
      const b = analyse(reply);
      for (const list of [...all, trainer]) {
        const expected = sources(onFirstUse.candidates(a, list));
        expect(sources(prebuilt.candidates(b, list)), reply).toEqual(expected);
        offered += expected.length;
      }
    }
    expect(offered).toBeGreaterThan(50);
  });

  it("offers a reply the same phrases after many replies as on its own (words and needs cached per index)", () => {
    const all = lists.map((l) => l.list);
    const prebuilt = prebuildIndex(all);
    const trainer = ["[i] totally get *", "business elsewhere", "#", "frustrat* ... parcel"];
    const sources = (phrases: { source: string }[]) => phrases.map((p) => p.source).sort();
    // One index each way, reused across replies, in two orders; the trainer's list joins midway.
    const sharedPrebuilt = new LexiconIndex({ lists: all, ...prebuilt });
    const sharedOnFirstUse = new LexiconIndex();
    const sequence = [...replies, ...[...replies].reverse()];
    let offered = 0;
    sequence.forEach((reply, n) => {
      const used = n < replies.length / 2 ? all : [...all, trainer];
      const fresh = new LexiconIndex({ lists: all, ...prebuilt });
      const a = analyse(reply);
      const expected = used.map((list) => sources(fresh.candidates(a, list)));
      for (const shared of [sharedPrebuilt, sharedOnFirstUse]) {
        const b = analyse(reply);
        expect(
          used.map((list) => sources(shared.candidates(b, list))),
          reply,
        ).toEqual(expected);
      }
      offered += expected.flat().length;
    });
    expect(offered).toBeGreaterThan(100);
  });

  it("is in the bundle, and the bundled CLI scores exactly as the sources do", () => {
    const bundle = join(root, "dist", "bundle");
    const chunks = readdirSync(bundle).map((f) => readFileSync(join(bundle, f), "utf8"));
    // unpackNeeds is only called for prebuilt entries: without the generated module, the bundle
    // would still hold it, but never a JSON index with "byWord".
    expect(chunks.some((code) => code.includes('\\"byWord\\":{'))).toBe(true);

    const cases = replies.map((reply, i) => ({ reply, customer: "Where is my refund?", abusive: i === 3 }));
    const input = cases.map((c, i) => JSON.stringify({ id: i, ...c })).join("\n");
    const result = runCli(["score", "--batch", "-"], { input });
    expect(result.stderr).toBe("");
    const lines = result.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { scores: unknown; evidence: { signal: string; points: number }[] });
    expect(lines).toHaveLength(cases.length);
    cases.forEach(({ reply, ...context }, i) => {
      const card = scoreReply(reply, context);
      expect(lines[i]?.scores).toEqual(Object.fromEntries(DIMENSIONS.map((d) => [d, card.scores[d]])));
      expect(lines[i]?.evidence.map((f) => [f.signal, f.points])).toEqual(
        card.evidence.map((f) => [f.signal, f.points]),
      );
    });
  });
});
