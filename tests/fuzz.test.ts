import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scoreBatchLine } from "../src/commands/score-block.js";
import { parseScenarioText } from "../src/scenario/load.js";
import { DIMENSIONS, scoreReply } from "../src/scoring/index.js";

/**
 * Property-based fuzzing (fast-check): whatever text arrives, the scorer, the scenario loader and
 * a batch line neither throw nor hang, and what they return stays in range. Seeded, so a failure
 * reproduces; runs are kept small so `npm test` stays fast.
 */
const runs = { numRuns: 150, seed: 20261130 };
const anyText = fc.oneof(
  fc.string({ maxLength: 400 }),
  fc.string({ unit: "grapheme", maxLength: 200 }),
  fc.string({ unit: "binary", maxLength: 200 }),
  fc
    .array(fc.constantFrom("I", "can't", "refund", "sorry", "!!!", "NOW", "lol", "you", "idiot", "?", "\n"), {
      maxLength: 60,
    })
    .map((words) => words.join(" ")),
);

describe("fuzzing", () => {
  it("scoreReply never throws, and every score is a whole number from 0 to 100", () => {
    fc.assert(
      fc.property(anyText, anyText, fc.boolean(), (reply, customer, abusive) => {
        const card = scoreReply(reply, { customer, abusive, setting: customer });
        for (const d of DIMENSIONS) {
          expect(Number.isInteger(card.scores[d])).toBe(true);
          expect(card.scores[d]).toBeGreaterThanOrEqual(0);
          expect(card.scores[d]).toBeLessThanOrEqual(100);
        }
        expect(card.overall).toBeGreaterThanOrEqual(0);
        expect(card.overall).toBeLessThanOrEqual(100);
        expect(typeof card.tip.text).toBe("string");
      }),
      runs,
    );
  });

  it("the scenario loader never throws: any text gives a scenario or diagnostics with positions", () => {
    const yamlish = fc.oneof(
      anyText,
      fc
        .array(
          fc.constantFrom(
            "format: 1",
            "turns:",
            "  a:",
            "    customer: hi",
            "    next: [{goto: a}]",
            "- [",
            "{",
            "&x",
            "*x",
            "!!js/function",
            "  __proto__: 1",
            "\t",
          ),
          {
            maxLength: 30,
          },
        )
        .map((lines) => lines.join("\n")),
    );
    fc.assert(
      fc.property(yamlish, (text) => {
        const loaded = parseScenarioText(text, "fuzz.yaml");
        expect(loaded.scenario !== undefined || loaded.diagnostics.length > 0).toBe(true);
        for (const d of loaded.diagnostics) expect(d.line).toBeGreaterThanOrEqual(0);
      }),
      runs,
    );
  });

  it("a batch line never throws: it is scored or refused with a reason", () => {
    const line = fc.oneof(
      anyText,
      fc
        .record({ id: fc.oneof(fc.string(), fc.integer(), fc.double()), reply: anyText })
        .map((o) => JSON.stringify(o)),
    );
    fc.assert(
      fc.property(line, (text) => {
        const result = scoreBatchLine(text, 1);
        expect(result).toBeTypeOf("object");
      }),
      runs,
    );
  });
});
