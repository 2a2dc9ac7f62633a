import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FirstLines } from "../src/commands/score-ids.js";

/** The batch's repeated-id check: what a Map of id -> first line would answer, in far less heap. */
describe("FirstLines", () => {
  const reference = (ids: string[]) => {
    const map = new Map<string, number>();
    return ids.map((id, line) => {
      const first = map.get(id);
      if (first === undefined) map.set(id, line);
      return first;
    });
  };
  const answers = (ids: string[]) => {
    const firstLines = new FirstLines();
    return ids.map((id, line) => firstLines.firstOrAdd(id, line));
  };

  it("answers as a Map would, for any ids (repeats, empty, non-ASCII, prefixes of each other)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom("a", "ab", "", "é😀")), {
          maxLength: 300,
        }),
        (ids) => {
          expect(answers(ids)).toEqual(reference(ids));
        },
      ),
      { numRuns: 500 },
    );
  });

  it("keeps 200,000 ids through its growth, and finds each one's first line", () => {
    const ids = Array.from({ length: 200_000 }, (_, i) => `"b${i}"`);
    const firstLines = new FirstLines();
    expect(ids.filter((id, i) => firstLines.firstOrAdd(id, i + 1) !== undefined)).toEqual([]);
    expect(firstLines.firstOrAdd('"b0"', 1)).toBe(1);
    expect(firstLines.firstOrAdd('"b199999"', 1)).toBe(200_000);
    expect(firstLines.firstOrAdd("12345678901234567890", 7)).toBeUndefined();
    expect(firstLines.firstOrAdd("12345678901234567890", 8)).toBe(7);
  });
});
