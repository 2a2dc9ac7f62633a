import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findScenarioFiles, loadScenarioFile, SHIPPED_SCENARIOS } from "../../src/scenario/load.js";
import { isEnd, scenarioJsonSchema, type TurnNode } from "../../src/scenario/schema.js";
import { scoreReply } from "../../src/scoring/index.js";
import { runExamples } from "../../src/trainer/examples.js";

const files = findScenarioFiles([SHIPPED_SCENARIOS]).files;
const loaded = files.map((file) => loadScenarioFile(file));

describe("the JSON Schema", () => {
  it("scenarios/scenario.schema.json matches the zod schema (run `npm run schema` after changing it)", () => {
    const committed = JSON.parse(readFileSync(join(SHIPPED_SCENARIOS, "scenario.schema.json"), "utf8"));
    expect(committed).toEqual(JSON.parse(JSON.stringify(scenarioJsonSchema())));
  });
});

describe("the shipped library", () => {
  it("has at least 14 scenarios with unique ids", () => {
    expect(loaded.length).toBeGreaterThanOrEqual(14);
    expect(new Set(loaded.map((l) => l.id)).size).toBe(loaded.length);
  });

  it("spreads difficulty over 1-5", () => {
    const levels = new Set(loaded.map((l) => l.scenario?.difficulty));
    expect([...levels].sort()).toEqual([1, 2, 3, 4, 5]);
  });

  it.each(loaded.map((l) => [l.id, l] as const))(
    "%s validates with no errors or warnings and meets the library bar",
    (_id, l) => {
      expect(l.diagnostics).toEqual([]);
      const scenario = l.scenario;
      if (!scenario) throw new Error("not loaded");
      expect(readFileSync(l.file, "utf8").split("\n")[0]).toBe(
        "# yaml-language-server: $schema=./scenario.schema.json",
      );
      const nodes = Object.values(scenario.turns);
      const turns = nodes.filter((n) => !isEnd(n)) as TurnNode[];
      expect(turns.length).toBeGreaterThanOrEqual(4);
      for (const turn of turns) {
        expect(turn.hint).toBeTruthy();
        expect(turn.model).toBeTruthy();
      }
      const ends = new Set(nodes.filter(isEnd).map((n) => n.end));
      expect(ends).toEqual(new Set(["resolved", "escalated"]));
      expect(scenario.examples?.length ?? 0).toBeGreaterThanOrEqual(3);
    },
  );
});

describe("the shipped rubric tests", () => {
  it.each(loaded.map((l) => [l.id, l] as const))(
    "%s: every example scores as its trainer expects",
    (_id, l) => {
      const results = runExamples(l, scoreReply);
      expect(results.length).toBeGreaterThanOrEqual(3);
      const failing = results.filter((r) => !r.passed).map((r) => ({ name: r.name, failures: r.failures }));
      expect(failing).toEqual([]);
    },
  );
});

/**
 * Model answers scored in their own turn (`coach test --models`). These still fail and are being
 * fixed (scorer or scenario, see the issue notes). The list may only shrink: a new failure fails
 * this test, and so does a listed answer that now passes (take it off the list).
 */
const MODEL_ANSWERS_STILL_FAILING = new Set([
  "abusive-caller-boundary › opening",
  "abusive-caller-boundary › more-abuse",
  "billing-error-our-fault › money-back-when",
  "budget-customer-rushed › opening",
  "budget-customer-rushed › size-unsure",
  "frightened-patient-front-desk › is-it-bad",
  "frightened-patient-front-desk › wait-time",
  "late-delivery-overpromise › guarantee-push",
  "late-delivery-overpromise › follow-up-contact",
  "light-humour-with-care › where-is-it",
  "manager-demand › opening",
  "manager-demand › manager-still",
  "picky-phone-caller › jargon-test",
  "picky-phone-caller › security-checks",
  "public-review-threat › bribe-ask",
  "refund-thrown-product › still-angry",
  "refund-thrown-product › personal-attack",
  "repeat-complaint-failed-followup › opening",
  "repeat-complaint-failed-followup › replacement-date",
  "right-and-rude › personal-dig",
  "right-and-rude › timeline",
]);

describe("the shipped model answers", () => {
  const results = loaded
    .flatMap((l) => runExamples(l, scoreReply, { models: true }))
    .filter((r) => r.kind === "model");
  it("every turn's model answer is checked", () => {
    expect(results.length).toBeGreaterThanOrEqual(89);
  });
  it("no model answer fails that is not on the known list, and none on the list passes", () => {
    const failing = results.filter((r) => !r.passed).map((r) => `${r.scenario} › ${r.node}`);
    expect(failing.filter((id) => !MODEL_ANSWERS_STILL_FAILING.has(id))).toEqual([]);
    const passingListed = results
      .filter((r) => r.passed && MODEL_ANSWERS_STILL_FAILING.has(`${r.scenario} › ${r.node}`))
      .map((r) => `${r.scenario} › ${r.node}`);
    expect(passingListed).toEqual([]);
  });
});
