import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseYaml } from "../../src/scenario/parse.js";
import { Scenario } from "../../src/scenario/schema.js";
import type { Band, Scorecard } from "../../src/scoring/index.js";
import {
  type Answer,
  modelsOf,
  retryTarget,
  runSession,
  type Transcript,
  type TurnPrompt,
} from "../../src/session/engine.js";
import { buildReport } from "../../src/session/report.js";

const band = (n: number): Band => (n >= 70 ? "strong" : n >= 40 ? "developing" : "needs work");

/** A scripted scorer: the reply text is "calm,empathy,honesty,boundaries", all four tested. */
function fakeScore(reply: string): Scorecard {
  const [calm, empathy, honesty, boundaries] = reply.split(",").map(Number) as [
    number,
    number,
    number,
    number,
  ];
  const scores = { calm, empathy, honesty, boundaries };
  const bands = {
    calm: band(calm),
    empathy: band(empathy),
    honesty: band(honesty),
    boundaries: band(boundaries),
  };
  return {
    dimensions: {} as Scorecard["dimensions"],
    scores,
    bands,
    overall: Math.round((calm + empathy + honesty + boundaries) / 4),
    evidence: [],
    assessed: { calm: true, empathy: true, honesty: true, boundaries: true },
    stakes: { empathy: "high", boundaries: true, cues: { upset: [], demand: [] } },
    tip: { text: "keep going" },
  } as Scorecard;
}

const scenario = (() => {
  const file = join(import.meta.dirname, "..", "..", "scenarios", "refund-thrown-product.yaml");
  const parsed = parseYaml(readFileSync(file, "utf8"), file, Scenario);
  if (!parsed.value) throw new Error(JSON.stringify(parsed.diagnostics));
  return parsed.value;
})();

/** An ask that plays the given answers in order and records every prompt it was shown. */
function scripted(answers: Answer[]) {
  const prompts: TurnPrompt[] = [];
  const ask = async (prompt: TurnPrompt): Promise<Answer> => {
    prompts.push(prompt);
    return answers.shift() ?? { quit: true, reason: "no-more-replies" };
  };
  return { prompts, ask };
}

const reply = (text: string, extra: { hintUsed?: boolean; modelSeen?: boolean } = {}): Answer => ({
  reply: text,
  ...extra,
});
const RETRY: Answer = { retry: true };
const POOR = "50,50,50,50"; // opening -> still-angry (anger rises a little)
const FAIR = "60,40,60,40"; // still-angry -> refund-timing
const GOOD = "80,80,80,80"; // opening -> refund-timing (anger falls)

describe("retrying a turn", () => {
  it("asks the same line again, scores afresh, keeps the earlier attempt and follows the last one", async () => {
    const { ask, prompts } = scripted([reply(POOR), RETRY, reply(GOOD)]);
    const t = await runSession(scenario, "x", { ask, score: fakeScore });
    // The prompt after the poor reply (still-angry) is abandoned; the opening is asked again.
    expect(prompts.map((p) => [p.index, p.node, p.attempt])).toEqual([
      [0, "opening", undefined],
      [1, "still-angry", undefined],
      [0, "opening", 2],
      [1, "refund-timing", undefined],
    ]);
    expect(prompts[2]).toMatchObject({ customer: prompts[0]?.customer, mood: "same", anger: 75 });
    expect(t.turns).toHaveLength(1);
    const [turn] = t.turns;
    expect(turn).toMatchObject({
      index: 0,
      node: "opening",
      reply: GOOD,
      angerBefore: 75,
      next: "refund-timing",
    });
    expect(turn?.angerAfter).toBeLessThan(75);
    expect(turn?.attempts).toHaveLength(1);
    expect(turn?.attempts?.[0]).toMatchObject({ reply: POOR, next: "still-angry", hintUsed: false });
    expect(turn?.attempts?.[0]?.angerAfter).toBeGreaterThan(75);
    expect(turn?.attempts?.[0]?.scorecard.overall).toBe(50);
    expect(t.anger.end).toBe(turn?.angerAfter);
  });

  it("a retried turn that ended the session cannot be retried: the session is over", async () => {
    // opening -> still-angry -> personal-attack -> walkout (an end) with no prompt after it.
    const BAD = "20,20,20,20";
    const { ask, prompts } = scripted([reply(POOR), reply(BAD), reply(BAD), RETRY]);
    const t = await runSession(scenario, "x", { ask, score: fakeScore });
    expect(t.outcome).toBe("escalated");
    expect(prompts.map((p) => [p.node, p.attempt])).toEqual([
      ["opening", undefined],
      ["still-angry", undefined],
      ["personal-attack", undefined],
    ]);
    expect(retryTarget(t)).toEqual({
      refused: "The session has ended, so there is no turn to retry; run the scenario again.",
    });
  });

  it("retrying the same turn again keeps every attempt, oldest first", async () => {
    const { ask, prompts } = scripted([reply(POOR), RETRY, reply("30,30,30,30"), RETRY, reply(GOOD)]);
    const t = await runSession(scenario, "x", { ask, score: fakeScore });
    expect(prompts.filter((p) => p.node === "opening").map((p) => p.attempt)).toEqual([undefined, 2, 3]);
    expect(t.turns[0]?.attempts?.map((a) => a.reply)).toEqual([POOR, "30,30,30,30"]);
    expect(t.turns[0]?.reply).toBe(GOOD);
  });

  it("a retry of a later turn rolls back the anger and the earlier replies the scorer sees", async () => {
    const seen: string[][] = [];
    const { ask, prompts } = scripted([reply(POOR), reply(FAIR), RETRY, reply(GOOD)]);
    const t = await runSession(scenario, "x", {
      ask,
      score: (text, context) => {
        seen.push([...(context.previousReplies ?? [])]);
        return fakeScore(text);
      },
    });
    expect(seen).toEqual([[], [POOR], [POOR]]);
    const second = prompts.filter((p) => p.index === 1);
    expect(second.map((p) => [p.node, p.anger, p.attempt])).toEqual([
      ["still-angry", t.turns[0]?.angerAfter, undefined],
      ["still-angry", t.turns[0]?.angerAfter, 2],
    ]);
    expect(second[1]?.mood).toBe(second[0]?.mood);
    expect(second[1]?.customer).toBe(second[0]?.customer);
    expect(t.turns.map((x) => x.reply)).toEqual([POOR, GOOD]);
    expect(t.turns[1]).toMatchObject({ angerBefore: t.turns[0]?.angerAfter, next: "refund-timing" });
    expect(t.turns[1]?.attempts?.map((a) => a.reply)).toEqual([FAIR]);
  });

  it("/retry before any reply is refused with a message, and nothing happens", async () => {
    const { ask, prompts } = scripted([RETRY, reply(GOOD)]);
    const t = await runSession(scenario, "x", { ask, score: fakeScore });
    expect(prompts[1]).toMatchObject({ index: 0, node: "opening" });
    expect(prompts[1]?.notice).toBe("Nothing to retry yet: reply to this line first.");
    expect(prompts[1]?.attempt).toBeUndefined();
    expect(t.turns).toHaveLength(1);
    expect(t.turns[0]?.attempts).toBeUndefined();
  });

  it("/retry while already retrying is refused; so is any retry in an exam", async () => {
    const first = scripted([reply(POOR), RETRY, RETRY, reply(GOOD)]);
    const t = await runSession(scenario, "x", { ask: first.ask, score: fakeScore });
    expect(first.prompts[3]?.notice).toMatch(/^This is the retry/);
    expect(t.turns[0]?.attempts).toHaveLength(1);

    const exam: Transcript = { ...t, turns: [], endReason: undefined, exam: true };
    delete exam.endReason;
    const second = scripted([reply(POOR), RETRY, reply(GOOD)]);
    const e = await runSession(scenario, "x", { ask: second.ask, score: fakeScore }, exam);
    expect(second.prompts[2]?.notice).toBe("No retries in an exam: your first reply stands.");
    expect(e.turns.map((x) => x.reply)).toEqual([POOR, GOOD]);
    expect(e.turns[0]?.attempts).toBeUndefined();
  });

  it("a session stopped mid-retry keeps the earlier attempt as the turn", async () => {
    const { ask } = scripted([reply(POOR), RETRY, { quit: true, reason: "quit" }]);
    const t = await runSession(scenario, "x", { ask, score: fakeScore });
    expect(t.endReason).toBe("quit");
    expect(t.turns.map((x) => x.reply)).toEqual([POOR]);
    expect(t.anger.end).toBe(t.turns[0]?.angerAfter);
  });

  it("the last turn before the turn limit cannot be retried: the session is over", async () => {
    const limited = structuredClone(scenario);
    limited.max_turns = 2;
    const { ask, prompts } = scripted([reply(POOR), RETRY, reply(POOR), reply(FAIR), RETRY]);
    const t = await runSession(limited, "x", { ask, score: fakeScore });
    expect(prompts.map((p) => [p.node, p.attempt])).toEqual([
      ["opening", undefined],
      ["still-angry", undefined],
      ["opening", 2],
      ["still-angry", undefined],
    ]);
    expect(t.endReason).toBe("turn-limit");
    expect(t.turns.map((x) => x.reply)).toEqual([POOR, FAIR]);
    expect("refused" in retryTarget(t)).toBe(true);
  });
});

describe("model answers and hints", () => {
  it("/model offers the model answers of the last line replied to; none before the first reply", async () => {
    const { ask, prompts } = scripted([reply(POOR), RETRY, reply(GOOD)]);
    await runSession(scenario, "x", { ask, score: fakeScore });
    const opening = modelsOf(scenario, "opening");
    expect(opening.length).toBeGreaterThan(0);
    expect(prompts[0]?.model).toBeUndefined();
    expect(prompts[0]?.hint).toMatch(/\w/);
    // After the first reply (the next line on screen) and during its retry: the opening's models.
    expect(prompts[1]?.model).toEqual({ index: 0, answers: opening });
    expect(prompts[2]?.model).toEqual({ index: 0, answers: opening });
    expect(prompts[3]?.model?.index).toBe(0);
  });

  it("modelSeen marks the turn whose model was shown, and carries over to a retry of it", async () => {
    const { ask } = scripted([
      reply(POOR),
      reply(GOOD, { hintUsed: true, modelSeen: true }), // saw turn 0's model, used turn 1's hint
      { retry: true, modelSeen: true }, // saw turn 1's model, then retried it
      reply(GOOD),
      reply(GOOD),
    ]);
    const t = await runSession(scenario, "x", { ask, score: fakeScore });
    expect(t.turns[0]).toMatchObject({ modelSeen: true, hintUsed: false });
    expect(t.turns[1]).toMatchObject({ modelSeen: true, hintUsed: true });
    expect(t.turns[1]?.attempts?.[0]).toMatchObject({ hintUsed: true, modelSeen: true });
    expect(t.turns[2]?.modelSeen).toBeUndefined();
    expect(buildReport(t, scenario).help).toEqual({ hints: [1], models: [0, 1], retries: [1] });
  });

  it("a hint seen at a line abandoned by /retry does not mark the line asked instead", async () => {
    const { ask } = scripted([reply(POOR), { retry: true, hintUsed: true }, reply(GOOD)]);
    const t = await runSession(scenario, "x", { ask, score: fakeScore });
    expect(t.turns[0]?.hintUsed).toBe(false);
  });

  it("a hint used before a retry counts for the retried attempt too", async () => {
    const { ask } = scripted([reply(POOR, { hintUsed: true }), RETRY, reply(GOOD)]);
    const t = await runSession(scenario, "x", { ask, score: fakeScore });
    expect(t.turns[0]?.hintUsed).toBe(true);
    expect(t.turns[0]?.attempts?.[0]?.hintUsed).toBe(true);
  });
});
