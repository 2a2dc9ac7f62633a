import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CheckOptions } from "../../src/scenario/check.js";
import { ALWAYS_TESTED, defaultCheckOptions, parseScenarioText } from "../../src/scenario/load.js";
import { DIMENSION_NAMES } from "../../src/scenario/schema.js";
import { testedByLine } from "../../src/scoring/index.js";

/**
 * `validate` reads a customer's lines (the costly part of checking a turn) only where a condition
 * names a dimension a line may leave untested, and stops reading a turn's lines once the ones the
 * conditions name are all tested. The warnings must be the ones a full reading gives.
 */
const runs = { numRuns: 120, seed: 20261130 };

const lines = [
  "Where is my parcel?",
  "This is the third time the card reader has failed me!",
  "Refund me NOW or I'm calling my lawyer.",
  "You people are useless, absolutely useless.",
  "Could you tell me when the shop closes?",
  "I want to speak to your manager. Today.",
  "Fine. Thanks, I suppose.",
  "My kids were waiting all day and nobody rang.",
];
const aLine = fc.oneof(
  fc.constantFrom(...lines),
  fc
    .array(fc.constantFrom("I", "want", "refund", "NOW", "why", "?", "!", "sorry", "useless", "kids"), {
      minLength: 1,
      maxLength: 12,
    })
    .map((words) => words.join(" ")),
);
const dimensions = fc.subarray([...DIMENSION_NAMES], { minLength: 0 });

/** One turn with its lines, conditions on some dimensions (one nested in `any`), maybe `tests`. */
const scenario = fc
  .record({
    customer: aLine,
    calmer: fc.option(aLine, { nil: undefined }),
    angrier: fc.option(aLine, { nil: undefined }),
    abusive: fc.boolean(),
    first: dimensions,
    nested: dimensions,
    tests: fc.option(fc.subarray([...DIMENSION_NAMES], { minLength: 1 }), { nil: undefined }),
  })
  .map((t) => {
    const when = (dims: string[]) => dims.map((d) => `${d}: ">= 50"`).join(", ");
    const nested = t.nested.length > 0 ? `, any: [{ ${when(t.nested)} }]` : "";
    const quote = (line: string) => JSON.stringify(line);
    return [
      "format: 1",
      "title: Generated",
      "summary: A generated turn.",
      "difficulty: 1",
      "tags: [test]",
      "setting: A shop counter.",
      "facts: { known: [The shop closes at six.] }",
      "persona: { name: Sam, description: A regular customer., anger: 60 }",
      "turns:",
      "  opening:",
      `    customer: ${quote(t.customer)}`,
      t.calmer || t.angrier
        ? `    variants: { ${[t.calmer && `calmer: ${quote(t.calmer)}`, t.angrier && `angrier: ${quote(t.angrier)}`].filter(Boolean).join(", ")} }`
        : "",
      t.abusive ? "    abusive: true" : "",
      t.tests ? `    tests: [${t.tests.join(", ")}]` : "",
      "    hint: Name it.",
      "    model: I hear you.",
      "    next:",
      t.first.length > 0 || nested ? `      - { when: { ${when(t.first)}${nested} }, goto: done }` : "",
      "      - goto: done",
      "  done: { end: resolved, customer: Thanks. }",
      "",
    ]
      .filter((l) => l !== "")
      .join("\n");
  });

/** Options that count the lines read; `full` reads every line of every turn with a condition. */
function counting(full: boolean): { options: CheckOptions; reads: () => number } {
  let reads = 0;
  const base = defaultCheckOptions();
  const { alwaysTested: _, ...rest } = base;
  return {
    options: {
      ...(full ? rest : base),
      testedByLine: (line, abusive) => {
        reads += 1;
        return testedByLine(line, abusive);
      },
    },
    reads: () => reads,
  };
}

describe("reading customer lines for untested-dimension warnings", () => {
  it("holds the scorer to ALWAYS_TESTED: every line tests those dimensions", () => {
    expect([...ALWAYS_TESTED].sort()).toEqual(["calm", "honesty"]);
    fc.assert(
      fc.property(fc.oneof(aLine, fc.string({ maxLength: 300 })), fc.boolean(), (line, abusive) => {
        const tested = testedByLine(line, abusive);
        for (const d of ALWAYS_TESTED) expect(tested[d]).toBe(true);
      }),
      { ...runs, numRuns: 300 },
    );
  });

  it("gives the warnings a full reading gives, reading no more lines", () => {
    let saved = 0;
    fc.assert(
      fc.property(scenario, (text) => {
        const lazy = counting(false);
        const full = counting(true);
        const a = parseScenarioText(text, "generated.yaml", lazy.options).diagnostics;
        const b = parseScenarioText(text, "generated.yaml", full.options).diagnostics;
        expect(a).toEqual(b);
        expect(lazy.reads()).toBeLessThanOrEqual(full.reads());
        saved += full.reads() - lazy.reads();
      }),
      runs,
    );
    expect(saved).toBeGreaterThan(0);
  });

  it("reads no line for conditions on calm and honesty only, and one when the first settles it", () => {
    const turn = (when: string, variants = "") =>
      [
        "format: 1",
        "title: T",
        "summary: S.",
        "difficulty: 1",
        "tags: [test]",
        "setting: A shop.",
        "facts: { known: [Open.] }",
        "persona: { name: Sam, description: A customer., anger: 60 }",
        "turns:",
        "  opening:",
        "    customer: This is the third time the card reader has failed me!",
        variants,
        "    hint: H.",
        "    model: M.",
        `    next: [{ when: { ${when} }, goto: done }, { goto: done }]`,
        "  done: { end: resolved, customer: Thanks. }",
        "",
      ].join("\n");
    const reads = (text: string) => {
      const lazy = counting(false);
      const diagnostics = parseScenarioText(text, "t.yaml", lazy.options).diagnostics;
      return [lazy.reads(), diagnostics.map((d) => d.rule)];
    };
    const both = '    variants: { calmer: "Fine.", angrier: "Useless!" }';
    expect(reads(turn('honesty: ">= 50", calm: "< 40"', both))).toEqual([0, []]);
    expect(reads(turn('empathy: ">= 50"', both))).toEqual([1, []]);
    // Boundaries is tested by no line here: all three are read, and the warning says so.
    expect(reads(turn('boundaries: ">= 50"', both))).toEqual([3, ["untested-dimension"]]);
  });
});
