import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain ES module script without types
import { COURTESY, fitWeights, vocabularyOf, weighable } from "../../scripts/fit-wording.mjs";
import { scoreReply, scoreReplyWith, WORDING_MAX, WORDING_SIGNAL } from "../../src/scoring/engine.js";
import { compileWording, wordingFeatures, wordingOf, wordingPoints } from "../../src/scoring/style.js";
import { analyse } from "../../src/scoring/text.js";
import { root } from "../helpers/cli.js";

describe("the wording layer's features", () => {
  it("reads normalised words and the pairs inside a sentence, plus ! and ?", () => {
    const features = wordingFeatures(analyse("I'll sort it! Can you wait?"));
    expect([...features].sort()).toEqual(
      [
        "!",
        "?",
        "can",
        "can you",
        "i",
        "i will",
        "it",
        "sort",
        "sort it",
        "wait",
        "will",
        "will sort",
        "you",
        "you wait",
      ].sort(),
    );
    // "it can" would cross a sentence end: not a pair.
    expect(features.has("it can")).toBe(false);
  });

  it("sums the weights the reply's features hold, and nothing for words the table lacks", () => {
    const table = new Map([
      ["you", -1.5],
      ["i will", 2],
    ]);
    expect(wordingOf(wordingFeatures(analyse("I'll call you.")), table)).toBeCloseTo(0.5);
    // A Map, so a word named like an Object property weighs nothing.
    expect(wordingOf(wordingFeatures(analyse("constructor toString __proto__")), table)).toBe(0);
  });
});

describe("the wording fit", () => {
  it("recovers a planted word and pulls a word seen in few replies towards zero", () => {
    const rows = [
      ...Array.from({ length: 200 }, (_, i) => ({ f: ["sharp", `w${i % 7}`], y: -10 })),
      ...Array.from({ length: 200 }, (_, i) => ({ f: [`w${i % 7}`], y: 0 })),
      { f: ["rare"], y: -40 },
    ];
    const weights = fitWeights(
      rows,
      new Set(["sharp", "rare", ...Array.from({ length: 7 }, (_, i) => `w${i}`)]),
      100,
    );
    expect(weights.get("sharp")).toBeLessThan(-5);
    expect(Math.abs(weights.get("rare"))).toBeLessThan(1);
  });

  it("weighs only words found in at least half of the sets", () => {
    const set = (name: string, ...words: string[]) => ({ name, cases: [{ f: words }] });
    const vocab = vocabularyOf([
      set("a", "you", "boiler"),
      set("b", "you"),
      set("c", "you", "skip"),
      set("d", "and"),
    ]);
    expect([...vocab]).toEqual(["you"]);
  });

  it("keeps single everyday words and courtesy words out of calm's layer, alone or in a pair", () => {
    const vocab = new Set(["the", "you", "people", "you should", "please", "could you", "read the", "!"]);
    const stopwords = new Set(["the", "you", "should", "could", "please"]);
    expect([...weighable("calm", vocab, stopwords)].sort()).toEqual([
      "!",
      "people",
      "read the",
      "you should",
    ]);
    expect(weighable("boundaries", vocab, stopwords)).toBe(vocab);
    expect(COURTESY.has("please")).toBe(true);
  });
});

describe("the wording layer in the score", () => {
  const angry = { customer: "I took the morning off and nobody came. I want my money back!" };
  const none = { calm: new Map(), empathy: new Map(), honesty: new Map(), boundaries: new Map() };

  it("moves a score by at most WORDING_MAX, as one piece of evidence that accounts for it", () => {
    const strong = { ...none, calm: new Map([["you", -50]]) };
    const reply = "You can collect it from the depot.";
    const plain = scoreReplyWith(reply, angry, none);
    const nudged = scoreReplyWith(reply, angry, strong);
    const finding = nudged.evidence.find((f) => f.signal === WORDING_SIGNAL);
    expect(finding).toMatchObject({ dimension: "calm", effect: "hurts", points: -WORDING_MAX });
    expect(plain.scores.calm - nudged.scores.calm).toBe(WORDING_MAX);
    expect(plain.evidence.some((f) => f.signal === WORDING_SIGNAL)).toBe(false);
  });

  it("never puts a dimension in play on its own", () => {
    const calmLine = { customer: "Does the voucher expire, and can I use it online?" };
    const leaning = { ...none, boundaries: new Map([["it", -50]]) };
    const card = scoreReplyWith("It doesn't expire, and yes, it works online.", calmLine, leaning);
    expect(card.evidence.some((f) => f.signal === WORDING_SIGNAL && f.dimension === "boundaries")).toBe(true);
    expect(card.assessed.boundaries).toBe(false);
  });

  it("uses the shipped tables in scoreReply, on calm and boundaries only", () => {
    const cards = [
      "Oh no, I'm so sorry! I'll refund the lot now, no problem at all, leave it with me.",
      "I can't refund the hire, but I can take £20 off your next booking or rebook you for Friday.",
    ].map((reply) => scoreReply(reply, angry));
    const nudges = cards.map(
      (c) => c.evidence.find((f) => f.signal === WORDING_SIGNAL && f.dimension === "boundaries")?.points ?? 0,
    );
    expect(nudges[0]).toBeLessThan(0);
    expect(nudges[1]).toBeGreaterThan(0);
    // Blame worded in everyday words reads sharper on calm than a plain offer does.
    const calm = (reply: string) =>
      scoreReply(reply, angry).evidence.find((f) => f.signal === WORDING_SIGNAL && f.dimension === "calm")
        ?.points ?? 0;
    expect(calm("Most people check the dates properly before they book, to be honest.")).toBeLessThan(0);
    expect(
      calm("I can get a new one to you by Friday, and I'll text you when it's on its way."),
    ).toBeGreaterThan(0);
    for (const c of cards)
      expect(
        c.evidence.some(
          (f) => f.signal === WORDING_SIGNAL && (f.dimension === "empathy" || f.dimension === "honesty"),
        ),
      ).toBe(false);
  });

  it("weighs no courtesy word on calm", async () => {
    const { WORDING } = await import("../../src/scoring/wording.js");
    const words = Object.keys(WORDING.calm).flatMap((f) => f.split(" "));
    expect(words.length).toBeGreaterThan(100);
    expect(words.filter((w) => COURTESY.has(w))).toEqual([]);
  });
});

describe("src/scoring/wording.ts", () => {
  const shared = existsSync(join(root, "..", "shared", "eval", "dev.jsonl"));
  it.skipIf(!shared)("is what `npm run fit` writes from today's detectors and data", () => {
    const run = spawnSync(process.execPath, [join(root, "scripts", "fit-wording.mjs"), "--check"], {
      encoding: "utf8",
    });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
  });
});

describe("wordingPoints, the hot path", () => {
  it("sums exactly what wordingOf sums over every feature, on every labelled reply", () => {
    const file = join(root, "..", "shared", "eval", "dev-realistic.jsonl");
    const replies = existsSync(file)
      ? readFileSync(file, "utf8")
          .split("\n")
          .filter((l) => l.trim())
          .map((l) => (JSON.parse(l) as { reply: string }).reply)
      : [];
    replies.push("I'll sort it! Can you wait?", "ok ok ok", "", "constructor toString", "Sorry. Sorry! Why?");
    const table = new Map([
      ["i will", 1.5],
      ["you", -1],
      ["ok", 0.25],
      ["sorry", 2],
      ["!", 0.5],
      ["?", -0.75],
      ["can you", 3],
    ]);
    const ready = compileWording(table);
    for (const reply of replies) {
      const doc = analyse(reply);
      expect(wordingPoints(doc, ready)).toBeCloseTo(wordingOf(wordingFeatures(doc), table), 9);
    }
  });
});
