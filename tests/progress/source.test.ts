import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Transcript } from "../../src/session/engine.js";
import {
  folderSessionSource,
  jsonSessionSource,
  openSessionSource,
  summaryOf,
} from "../../src/store/source.js";
import { tempDir } from "../helpers/cli.js";

/** A transcript with one turn per entry: scores, which dimensions were tested, and hurts. */
function transcript(
  scenario: string,
  startedAt: string,
  turns: { scores: number[]; untested?: string[]; hurts?: [string, number][]; hint?: boolean }[],
): Transcript {
  const dims = ["calm", "empathy", "honesty", "boundaries"] as const;
  return {
    format: 1,
    scenario: { id: scenario, version: 1, title: `Title ${scenario}` },
    startedAt,
    outcome: "deescalated",
    anger: { start: 50, end: 30 },
    turns: turns.map((t, index) => ({
      index,
      hintUsed: t.hint ?? false,
      answeredAt: `${startedAt}+${index}`,
      scorecard: {
        scores: Object.fromEntries(dims.map((d, i) => [d, t.scores[i]])),
        assessed: Object.fromEntries(dims.map((d) => [d, !(t.untested ?? []).includes(d)])),
        overall: Math.round(t.scores.reduce((a, b) => a + b, 0) / 4),
        evidence: (t.hurts ?? []).map(([signal, points]) => ({
          signal,
          dimension: "empathy",
          effect: "hurts",
          points,
          message: signal,
        })),
      },
    })),
  } as unknown as Transcript;
}

const a1 = transcript("a", "2026-11-01T10:00:00.000Z", [
  { scores: [60, 40, 70, 50], untested: ["boundaries"], hurts: [["dismissive", -20]], hint: true },
  { scores: [80, 60, 70, 30], untested: ["boundaries"] },
]);
const b1 = transcript("b", "2026-11-02T10:00:00.000Z", [
  { scores: [50, 50, 50, 50], hurts: [["but-undercut", -10]] },
]);
const a2 = transcript("a", "2026-11-03T10:00:00.000Z", [
  { scores: [90, 90, 90, 90], hurts: [["dismissive", -5]] },
]);

describe("the JSON transcripts as a SessionSource", () => {
  const source = jsonSessionSource(
    new Map([
      ["a1", a1],
      ["b1", b1],
      ["a2", a2],
    ]),
  );

  it("summarises a session: means over the turns that tested each dimension, null where none did", () => {
    expect(summaryOf("a1", a1)).toMatchObject({
      id: "a1",
      scenarioId: "a",
      scenarioTitle: "Title a",
      turns: 2,
      overall: 57.5, // the turns' own overalls (55 and 60), as the report card takes them
      dimensions: { calm: 70, empathy: 50, honesty: 70, boundaries: null },
      hintsUsed: 1,
      retries: 0,
      exam: false,
    });
  });

  it("lists newest first, by scenario, since a date, and up to a limit", () => {
    expect(source.summaries().map((s) => s.id)).toEqual(["a2", "b1", "a1"]);
    expect(source.summaries({ scenario: "a" }).map((s) => s.id)).toEqual(["a2", "a1"]);
    expect(source.summaries({ since: "2026-11-02" }).map((s) => s.id)).toEqual(["a2", "b1"]);
    expect(source.summaries({ limit: 1 }).map((s) => s.id)).toEqual(["a2"]);
    expect(source.transcript("last")).toBe(a2);
    expect(source.transcript("b1")).toBe(b1);
    expect(source.transcript("nope")).toBeUndefined();
  });

  it("counts signal costs over the newest sessions", () => {
    expect(source.signalCosts().map((c) => [c.signal, c.count, c.points])).toEqual([
      ["dismissive", 2, 25],
      ["but-undercut", 1, 10],
    ]);
    expect(source.signalCosts({ sessions: 1 }).map((c) => c.signal)).toEqual(["dismissive"]);
    expect(source.signalCosts({ dimension: "calm" })).toEqual([]);
  });

  it("reads a folder of JSON transcripts, skipping damaged and foreign files; an empty data folder has no sessions", () => {
    const data = tempDir("source-");
    mkdirSync(join(data, "sessions"));
    writeFileSync(join(data, "sessions", "a1.json"), JSON.stringify(a1));
    writeFileSync(join(data, "sessions", "cut.json"), JSON.stringify(b1).slice(0, 40));
    writeFileSync(join(data, "sessions", "other.json"), JSON.stringify({ format: 1, turns: "x" }));
    writeFileSync(join(data, "sessions", "notes.txt"), "not a session");
    // (The store's import of DIR/sessions is tested with real transcripts in tests/store-cli.test.ts.)
    expect(openSessionSource(join(data, "missing")).summaries()).toEqual([]);
    expect(
      folderSessionSource(join(data, "sessions"))
        .summaries()
        .map((s) => s.id),
    ).toEqual(["a1"]);
  });
});
