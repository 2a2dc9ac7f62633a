import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyse, refusedAfter, segmentWords, straighten } from "../../src/scoring/text.js";
import { root } from "../helpers/cli.js";

/** The scorer's fast word segmenter must give exactly what ICU gives, or scores would change. */
const icu = new Intl.Segmenter("en", { granularity: "word" });
const expected = (text: string) =>
  [...icu.segment(text)].map(({ segment, index, isWordLike }) => ({ segment, index, isWordLike }));
const actual = (text: string) =>
  segmentWords(text).map(({ segment, index, isWordLike }) => ({ segment, index, isWordLike }));

describe("segmentWords", () => {
  it.each([
    "a:b",
    "1:2",
    "a_b",
    "_",
    "__",
    "__a",
    "a__",
    "1_2",
    "_1",
    "e.g.",
    "3.5",
    "1,000,000",
    "1,a",
    "a,1",
    "1;2",
    "a;b",
    "5pm",
    "a1.5b",
    "can't",
    "5'6",
    "a'1",
    "'hi'",
    "a''b",
    "U.S.A.",
    "a.1",
    "1.a",
    "a..b",
    "x  y",
    " lead",
    "a\t\tb",
    "a\r\nb\n\nc\r",
    "\r\r\n",
    "$5 or £64 or €9 – 3—5 … ok",
    "100%!!",
    "",
    "ünïcödé and 😊 go to ICU",
    "I'm sorry—I'll call you at 5:30pm, OK? (ref AB-1234)",
  ])("%j", (text) => {
    expect(actual(text)).toEqual(expected(text));
  });

  it("agrees with ICU on every reply and customer line of the labelled sets", () => {
    const files = [
      "holdout-team.jsonl",
      "holdout-team-2.jsonl",
      "holdout-team-5.jsonl",
      "holdout-team-8.jsonl",
    ];
    let checked = 0;
    for (const name of files)
      for (const line of readFileSync(join(root, "eval", name), "utf8").split("\n")) {
        if (!line.trim()) continue;
        const item = JSON.parse(line) as { reply?: string; customer?: string };
        for (const text of [item.reply ?? "", item.customer ?? ""]) {
          expect(actual(straighten(text))).toEqual(expected(straighten(text)));
          checked += 1;
        }
      }
    expect(checked).toBeGreaterThan(500);
  });

  it("agrees with ICU on random text from the characters it reads itself", () => {
    const alphabet = fc.constantFrom(
      ..."aZq0 9_:.',;!?\"()-/&%$#@*+=<>[]{}|\\~^`\t\r\n£€–—…".split(""),
      "a",
      "b",
      "1",
      " ",
      ".",
      "'",
    );
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 24 }), (chars) => {
        const text = chars.join("");
        expect(actual(text)).toEqual(expected(text));
      }),
      { numRuns: 20_000 },
    );
  });
});

// One character of each Word_Break class found in ASCII, and a few of class Other.
const ALPHABET = ["a", "Z", "7", ":", ".", "'", ",", ";", "_", " ", "\t", "\r", "\n", "\v", "-", '"', "#"];

function* strings(length: number, prefix = ""): Generator<string> {
  if (length === 0) {
    yield prefix;
    return;
  }
  for (const c of ALPHABET) yield* strings(length - 1, prefix + c);
}

describe("segmentWords, exhaustively", () => {
  it("segments every string of up to 4 characters from each ASCII word-break class as ICU does", () => {
    let checked = 0;
    for (let length = 1; length <= 4; length++)
      for (const text of strings(length)) {
        const mine = actual(text);
        const theirs = expected(text);
        if (JSON.stringify(mine) !== JSON.stringify(theirs))
          expect({ text, mine }).toEqual({ text, mine: theirs });
        checked++;
      }
    expect(checked).toBe(17 + 17 ** 2 + 17 ** 3 + 17 ** 4);
  });
});

describe("clauses", () => {
  const clauseOf = (text: string, word: string) => analyse(text).words.find((w) => w.norm === word)?.clause;

  it("a hyphen typed as a dash, with spaces either side, ends a clause", () => {
    const text = "no warning - I'd want an answer too";
    expect(clauseOf(text, "warning")).not.toBe(clauseOf(text, "want"));
  });

  it("a hyphen inside a word does not", () => {
    const text = "a well-known fault";
    expect(clauseOf(text, "well")).toBe(clauseOf(text, "known"));
  });
});

describe("refusedAfter", () => {
  // [reply, the last word of what is named, refused after it in the same sentence]
  const table: [string, string, boolean][] = [
    ["Full refund and new deck, this is not possible.", "deck", true],
    ["All bricks 100% clean we cannot promise, the old bricks are soft.", "clean", true],
    ["The 3 points without a game we can't give.", "game", true],
    ["That full refund, it's impossible for us now.", "refund", true],
    // Another sentence, or a refusal too far on, is not this one's.
    ["Full refund today. This is not possible for the deck, though.", "today", false],
    [
      "I'll refund you in full today and rebook you for Friday morning, which is not possible for the deck.",
      "full",
      false,
    ],
    ["I'll refund the full £60 today.", "60", false],
    ["We can refund it now and we can not wait to see you again.", "now", false],
  ];
  it.each(table)("%s (after %j: %s)", (reply, word, expected) => {
    const doc = analyse(reply);
    const at = doc.words.findIndex((w) => w.norm === word);
    expect(at).toBeGreaterThanOrEqual(0);
    expect(refusedAfter(doc, at)).toBe(expected);
  });
});

describe("texting shorthand read in context", () => {
  const norms = (text: string) => analyse(text).words.map((w) => w.norm);
  it.each([
    // "ill" is "I'll" before a verb, the adjective at the end, after "made" or before "and".
    ["ill call u tmrw", ["i", "will", "call", "you", "tomorrow"]],
    ["our food made your dog ill", ["our", "food", "made", "your", "dog", "ill"]],
    ["he was ill and couldn't come", ["he", "was", "ill", "and", "could", "not", "come"]],
    ["she's been ill since monday", ["she", "is", "been", "ill", "since", "monday"]],
  ])("%s", (text, want) => {
    expect(norms(text)).toEqual(want);
  });
});
