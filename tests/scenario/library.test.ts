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

describe("the shipped model answers", () => {
  const results = loaded
    .flatMap((l) => runExamples(l, scoreReply, { models: true }))
    .filter((r) => r.kind === "model");
  it("every turn's model answer is checked", () => {
    expect(results.length).toBeGreaterThanOrEqual(89);
  });
  it("every model answer passes in its own turn: a trainee who types it is never told it was weak", () => {
    const failing = results
      .filter((r) => !r.passed)
      .map((r) => ({ at: `${r.scenario} › ${r.node}`, failures: r.failures }));
    expect(failing).toEqual([]);
  });
});
