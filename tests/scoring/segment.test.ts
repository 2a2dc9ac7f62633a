import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { asciiWords, wordSegments } from "../../src/scoring/text.js";

/**
 * The scorer segments plain ASCII replies itself (asciiWords) rather than through ICU, to start
 * fast. Its segments must be exactly ICU's: same text, same offsets, same word-likeness.
 */
const icu = new Intl.Segmenter("en", { granularity: "word" });
const byIcu = (text: string) =>
  Array.from(icu.segment(text), ({ segment, index, isWordLike }) => ({
    segment,
    index,
    isWordLike: isWordLike === true,
  }));

// One character of each Word_Break class found in ASCII, and a few of class Other.
const ALPHABET = ["a", "Z", "7", ":", ".", "'", ",", ";", "_", " ", "\t", "\r", "\n", "\v", "-", '"', "#"];

function* strings(length: number, prefix = ""): Generator<string> {
  if (length === 0) {
    yield prefix;
    return;
  }
  for (const c of ALPHABET) yield* strings(length - 1, prefix + c);
}

describe("asciiWords", () => {
  it("segments every string of up to 4 characters from each ASCII word-break class as ICU does", () => {
    let checked = 0;
    for (let length = 1; length <= 4; length++)
      for (const text of strings(length)) {
        const mine = asciiWords(text);
        const theirs = byIcu(text);
        if (JSON.stringify(mine) !== JSON.stringify(theirs))
          expect({ text, mine }).toEqual({ text, mine: theirs });
        checked++;
      }
    expect(checked).toBe(17 + 17 ** 2 + 17 ** 3 + 17 ** 4);
  });

  it("segments random ASCII text as ICU does", () => {
    const ascii = fc.string({
      unit: fc.integer({ min: 0, max: 127 }).map((c) => String.fromCharCode(c)),
      maxLength: 60,
    });
    const wordy = fc.string({
      unit: fc.constantFrom(...ALPHABET, "b", "c", "0", "9", "!", "?", "(", ")", "$", "%", "/"),
      maxLength: 60,
    });
    fc.assert(
      fc.property(fc.oneof(ascii, wordy), (text) => {
        expect(asciiWords(text)).toEqual(byIcu(text));
      }),
      { numRuns: 3000, seed: 20261130 },
    );
  });

  it("segments replies as ICU does, and leaves text beyond ASCII to ICU", () => {
    for (const text of [
      "I can't promise Friday, but I'll call you by 5:30pm on 01.12 - ref #A_12; OK?",
      "sorry about that, ive refunded u now, 3-5 days to show",
      "£64.50 was charged — I’m sorry, that’s our mistake 😞",
      "naïve café. Ça va?",
    ])
      expect(wordSegments(text)).toEqual(byIcu(text));
  });
});
