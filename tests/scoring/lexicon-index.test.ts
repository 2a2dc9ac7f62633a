import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs build script, without types
import { lexiconNeedsBySource } from "../../scripts/lexicon-index.mjs";
import { DIMENSIONS, scoreReply } from "../../src/scoring/index.js";
import { packNeeds, unpackNeeds } from "../../src/scoring/matcher.js";
import { lexiconNeeds } from "../../src/scoring/phrases.js";
import { root, runCli } from "../helpers/cli.js";

/**
 * The bundled CLI gets the lexicons' phrase needs worked out at build time (scripts/lexicon-index.mjs,
 * src/scoring/lexicon-index.ts) rather than on first use. That data must be exactly what first use
 * would work out, so the bundled scorer scores as the sources do.
 */
const dir = join(root, "src", "scoring", "lexicons");

describe("the lexicon index built at bundle time", () => {
  it("holds, for every lexicon list, the needs phrases.ts works out, packed without loss", async () => {
    const generated = (await lexiconNeedsBySource(root)) as {
      file: string;
      name: string;
      needs: string[][];
    }[];
    let lists = 0;
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".ts"))) {
      const module = (await import(join(dir, file))) as Record<string, unknown>;
      for (const [name, value] of Object.entries(module)) {
        if (!Array.isArray(value) || !value.length || !value.every((v) => typeof v === "string")) continue;
        const needs = lexiconNeeds(value as string[]);
        const found = generated.find((g) => g.file === file && g.name === name);
        expect(found?.needs, `${file}:${name}`).toEqual(needs.map(packNeeds));
        expect(unpackNeeds(found?.needs ?? []), `${file}:${name}`).toEqual(needs);
        lists++;
      }
    }
    expect(lists).toBeGreaterThan(30);
    expect(generated).toHaveLength(lists);
  });

  it("is in the bundle, and the bundled CLI scores exactly as the sources do", () => {
    const bundle = join(root, "dist", "bundle");
    const chunks = readdirSync(bundle).map((f) => readFileSync(join(bundle, f), "utf8"));
    // unpackNeeds is only called by the generated module: without it, it is tree-shaken away.
    expect(chunks.some((code) => /\bfunction unpackNeeds\b/.test(code))).toBe(true);

    const cases = [
      {
        reply: "I can hear how frustrating this is; I'll call you by 5pm.",
        customer: "Nobody calls me back!",
      },
      { reply: "Calm down, it's only a parcel. You should have read the terms!!", customer: "Where is it?" },
      { reply: "sorry about that, ive refunded u now, 3-5 days to show", customer: "I want my money." },
      {
        reply: "I won't accept being sworn at. I do want to sort this, so let's keep it civil.",
        abusive: true,
      },
      {
        reply: "I can't promise Friday, but I'll chase the depot today and text you by 4pm.",
        customer: "Friday?",
      },
      {
        reply: "Totally understand, that's really not good enough and it's on us — I’m sorry.",
        customer: "Again?!",
      },
      { reply: "Well, you are most welcome to take your business elsewhere.", customer: "Useless." },
    ];
    const input = cases.map((c, i) => JSON.stringify({ id: i, ...c })).join("\n");
    const result = runCli(["score", "--batch", "-"], { input });
    expect(result.stderr).toBe("");
    const lines = result.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { scores: unknown; evidence: { signal: string; points: number }[] });
    expect(lines).toHaveLength(cases.length);
    cases.forEach(({ reply, ...context }, i) => {
      const card = scoreReply(reply, { abusive: false, ...context });
      expect(lines[i]?.scores).toEqual(Object.fromEntries(DIMENSIONS.map((d) => [d, card.scores[d]])));
      expect(lines[i]?.evidence.map((f) => [f.signal, f.points])).toEqual(
        card.evidence.map((f) => [f.signal, f.points]),
      );
    });
  });
});
