import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import * as boundaries from "../../src/scoring/lexicons/boundaries.js";
import * as calm from "../../src/scoring/lexicons/calm.js";
import * as customer from "../../src/scoring/lexicons/customer.js";
import * as empathy from "../../src/scoring/lexicons/empathy.js";
import * as feelings from "../../src/scoring/lexicons/feelings.js";
import * as honesty from "../../src/scoring/lexicons/honesty.js";
import * as politeness from "../../src/scoring/lexicons/politeness.js";
import * as tone from "../../src/scoring/lexicons/tone.js";
import { hits } from "../../src/scoring/phrases.js";
import { analyse } from "../../src/scoring/text.js";
import { root } from "../helpers/cli.js";

/**
 * A phrase's `a|b` alternates one word, not a run of words: "once you|once we" reads as
 * "once (you or once) (we)", which never matches. Catch that misuse in every lexicon: an option
 * that repeats a word, or an option, from earlier in the phrase.
 */
describe("lexicon phrases", () => {
  const dir = join(root, "src", "scoring", "lexicons");
  const files = readdirSync(dir).filter((f) => f.endsWith(".ts"));
  it.each(files)("%s: no alternation repeats a word from earlier in its phrase", (file) => {
    const bad: string[] = [];
    for (const [, phrase] of readFileSync(join(dir, file), "utf8").matchAll(/"([^"\n]*\|[^"\n]*)"/g)) {
      const tokens = (phrase ?? "").split(/\s+/);
      tokens.forEach((token, i) => {
        // An earlier word, or an option of an earlier alternation: "why did not|was not|has not" reads
        // as "why did (not or was) (not or has) not", where "not" fills two slots.
        const earlier = new Set(tokens.slice(0, i).flatMap((t) => t.split("|")));
        if (token.includes("|") && token.split("|").some((alt) => alt && earlier.has(alt)))
          bad.push(phrase as string);
      });
    }
    expect(bad).toEqual([]);
  });

  // Replies are matched word by word with punctuation dropped, so "okay, i will" could never match
  // "Okay, I will": a phrase holds words, "*", "..." and "a|b" only.
  it.each(files)("%s: no phrase holds punctuation a reply's words never carry", (file) => {
    const bad: string[] = [];
    for (const line of readFileSync(join(dir, file), "utf8").split("\n")) {
      const entry = /^\s*"([^"]*)",?\s*$/.exec(line)?.[1];
      if (entry !== undefined && /[,;!?]/.test(entry)) bad.push(entry);
    }
    expect(bad).toEqual([]);
  });
});

/**
 * Every plain entry (words only: no "*", "...", "#", "a|b" or "[a]") matches its own words as a
 * reply. "non-refundable" and "name-calling" once never did: a reply's words hold no hyphen.
 */
describe("plain lexicon entries", () => {
  const modules = { boundaries, calm, customer, empathy, feelings, honesty, politeness, tone };
  const entries = Object.entries(modules).flatMap(([file, module]) =>
    Object.entries(module).flatMap(([name, list]) =>
      Array.isArray(list) && list.every((v) => typeof v === "string")
        ? (list as string[]).filter((e) => !/[*|[\]#]|\.\.\./.test(e)).map((e) => `${file}.${name}: ${e}`)
        : [],
    ),
  );
  it("are many (the table below is not empty)", () => {
    expect(entries.length).toBeGreaterThan(1000);
  });
  it("each match their own text", () => {
    const dead = entries.filter((line) => {
      const entry = line.slice(line.indexOf(": ") + 2);
      return hits(analyse(entry), [entry], { negatable: false }).length === 0;
    });
    expect(dead).toEqual([]);
  });
});
