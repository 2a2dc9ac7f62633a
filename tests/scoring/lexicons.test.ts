import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
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
