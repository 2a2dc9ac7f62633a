import { describe, expect, it } from "vitest";
import { buildSessionReport, replyParts } from "../../src/report/model.js";
import type { Finding } from "../../src/scoring/index.js";
import { playScenario, REPLIES, shippedScenario } from "./fixtures.js";

const finding = (effect: "helps" | "hurts", start: number, end: number): Finding => ({
  signal: `${effect}-${start}-${end}`,
  dimension: "calm",
  effect,
  points: effect === "helps" ? 10 : -10,
  span: { start, end, text: "" },
  message: "m",
});

describe("replyParts cuts a reply at the evidence spans", () => {
  const reply = "I'm so sorry, calm down";
  // [evidence, expected parts as "text:flags:ends" where flags are + (helps) and - (hurts)]
  const table: [string, Finding[], string[]][] = [
    ["no evidence", [], ["I'm so sorry, calm down::"]],
    ["one help", [finding("helps", 7, 12)], ["I'm so ::", "sorry:+:1", ", calm down::"]],
    [
      "a help and a hurt",
      [finding("helps", 7, 12), finding("hurts", 14, 23)],
      ["I'm so ::", "sorry:+:1", ", ::", "calm down:-:2"],
    ],
    [
      "nested spans keep both",
      [finding("helps", 4, 12), finding("helps", 7, 12)],
      ["I'm ::", "so sorry:+:1,2", ", calm down::"],
    ],
    [
      "an overlap of a help and a hurt",
      [finding("helps", 0, 12), finding("hurts", 7, 23)],
      ["I'm so :+:", "sorry:+-:1", ", calm down:-:2"],
    ],
    ["a span past the end is ignored", [finding("hurts", 20, 99)], ["I'm so sorry, calm down::"]],
    ["an empty span is ignored", [finding("hurts", 5, 5)], ["I'm so sorry, calm down::"]],
    [
      "a finding without a span marks nothing",
      [{ ...finding("hurts", 0, 1), span: undefined } as unknown as Finding],
      ["I'm so sorry, calm down::"],
    ],
  ];
  it.each(table)("%s", (_name, evidence, expected) => {
    const parts = replyParts(reply, evidence).map(
      (p) => `${p.text}:${p.helps ? "+" : ""}${p.hurts ? "-" : ""}:${p.ends.join(",")}`,
    );
    expect(parts).toEqual(expected);
    expect(
      replyParts(reply, evidence)
        .map((p) => p.text)
        .join(""),
    ).toBe(reply);
  });
});

describe("buildSessionReport", () => {
  it("with its scenario: setting, persona, facts, model answers per turn, and the card", async () => {
    const transcript = await playScenario("late-delivery-overpromise", REPLIES);
    const report = buildSessionReport(transcript, shippedScenario("late-delivery-overpromise"));
    expect(report.scenarioFile).toBe("found");
    expect(report.notes).toEqual([]);
    expect(report.scenario.persona?.name).toBe("Dana");
    expect(report.facts).toEqual(transcript.facts);
    expect(report.turns).toHaveLength(transcript.turns.length);
    for (const turn of report.turns) {
      expect(turn.models.length).toBeGreaterThan(0);
      expect(turn.parts.map((p) => p.text).join("")).toBe(turn.reply);
    }
    expect(report.turns[1]?.parts.some((p) => p.hurts)).toBe(true);
    expect(report.card.anger).toEqual([transcript.anger.start, ...transcript.turns.map((t) => t.angerAfter)]);
  });

  it("marks untested dimensions as null with the reason, never as a score", async () => {
    const transcript = await playScenario("late-delivery-overpromise", REPLIES);
    const report = buildSessionReport(transcript);
    const untested = report.turns.flatMap((t) =>
      Object.entries(t.scores.dimensions).filter(([, cell]) => cell === null),
    );
    expect(untested.length).toBeGreaterThan(0);
    for (const turn of report.turns)
      for (const [d, cell] of Object.entries(turn.scores.dimensions))
        expect(cell === null).toBe(
          transcript.turns[turn.number - 1]?.scorecard.assessed[d as "calm"] === false,
        );
  });

  it("without the scenario: the transcript alone, with its saved facts and no model answers", async () => {
    const transcript = await playScenario("late-delivery-overpromise", REPLIES);
    const report = buildSessionReport(transcript);
    expect(report.scenarioFile).toBe("missing");
    expect(report.notes[0]).toMatch(/was not found/);
    expect(report.facts.sections.length).toBeGreaterThan(0);
    expect(report.turns.every((t) => t.models.length === 0)).toBe(true);
    expect(report.card.weakest?.model).toBeUndefined();
    expect(report.scenario.setting).toBeUndefined();
  });

  it("a changed scenario (another version) is not trusted for model answers", async () => {
    const transcript = await playScenario("late-delivery-overpromise", REPLIES);
    const scenario = shippedScenario("late-delivery-overpromise");
    const report = buildSessionReport(transcript, { ...scenario, version: (scenario.version ?? 1) + 1 });
    expect(report.scenarioFile).toBe("changed");
    expect(report.notes[0]).toMatch(/has changed since this session/);
    expect(report.turns.every((t) => t.models.length === 0)).toBe(true);
  });

  it("shows earlier attempts when the transcript has them", async () => {
    const transcript = await playScenario("late-delivery-overpromise", REPLIES);
    const first = transcript.turns[0];
    if (!first) throw new Error("no turn");
    first.attempts = [
      {
        reply: "whatever",
        hintUsed: false,
        scorecard: transcript.turns[1]?.scorecard ?? first.scorecard,
        fired: [],
        angerAfter: 70,
        next: first.next,
        askedAt: first.askedAt,
        answeredAt: first.answeredAt,
      },
    ];
    const report = buildSessionReport(transcript);
    expect(report.turns[0]?.attempts).toHaveLength(1);
    expect(report.turns[0]?.attempts[0]?.reply).toBe("whatever");
    expect(report.turns[1]?.attempts).toEqual([]);
  });

  it("numbers turns by their place in the file, whatever index a doctored file gives them", async () => {
    const transcript = await playScenario("late-delivery-overpromise", REPLIES);
    for (const turn of transcript.turns) turn.index = 99;
    const report = buildSessionReport(transcript);
    expect(report.turns.map((t) => t.number)).toEqual(transcript.turns.map((_, i) => i + 1));
    expect(report.card.best?.index).toBeLessThan(transcript.turns.length);
    expect(report.card.weakest?.index).toBeLessThan(transcript.turns.length);
  });
});
