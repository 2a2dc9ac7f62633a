import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadScenarioFile } from "../../src/scenario/load.js";
import type { Scenario } from "../../src/scenario/schema.js";
import { splitTip } from "../../src/scoring/engine.js";
import { readStakes, scoreReply, testedByLine } from "../../src/scoring/index.js";
import { analyse } from "../../src/scoring/text.js";
import { contextFor } from "../../src/session/context.js";
import { root } from "../helpers/cli.js";

/** What a customer's line puts in play: one row per line (RuleTester style). */
describe("readStakes: how much empathy a line owes, and whether boundaries are in play", () => {
  it.each([
    // customer line, abusive, empathy owed, boundaries in play
    ["Fine. Does it expire? Can I use it online?", false, "some", false],
    ["And if it's not back on Friday night?", false, "none", false],
    ["What time do you open on Sunday?", false, "none", false],
    ["So when will it actually be ready?", false, "some", false],
    ["I'm not a computer person. I'm a baker. I'm honestly panicking here.", false, "high", false],
    ["How much longer, then? I can't sit out here with everyone staring at me.", false, "high", false],
    ["My husband died last year. I've got nobody to sit with me for this.", false, "high", false],
    ["I want to speak to your manager. Now.", false, "high", true],
    ["Get. The. Manager.", false, "high", true],
    ["I want my money back NOW", false, "high", true],
    ["I was working away for five weeks. Fifteen days over and you won't budge?", false, "high", true],
    ["My order was supposed to arrive on TUESDAY. It's Thursday. Where is it?", false, "high", false],
    ["So when do I actually see the money? I need it for the weekend.", false, "some", true],
    ["Make it worth my while, a free night say, and I won't post the review.", false, "high", true],
    ["Respectful? I pay your wages, sunshine.", true, "high", true],
    // The trade's own remedies as orders.
    ["Redo the whole lot in the right colour, for free.", false, "high", true],
    ["Knock fifty quid off the bill.", false, "high", true],
    // What is asked of a booking, a test or a record.
    ["Just book me in now and I'll sort the logs after.", false, "high", true],
    ["Just verify it from the scan, it's obviously genuine.", false, "high", true],
    ["Issue the certificate.", false, "high", true],
    // A grievance told as a story, with no feeling word: two families of it make the line upset.
    ["I took the morning off work for this. Nobody turned up and nobody phoned.", false, "high", false],
    ["Your men dropped my late grandmother's dresser on the stairs this morning.", false, "high", false],
    ["Two days with no showers and my kids are filthy.", false, "high", false],
    ["You told me 48 hours. That's twice I've come in and it's still not ready.", false, "high", false],
    [
      "The number on my cards is wrong. The proof I signed off was right. So how did this happen?",
      false,
      "high",
      false,
    ],
    // Calling names or swearing is anger, with or without a "!".
    ["You clowns downgraded my room", false, "high", false],
    ["Where is my bloody parcel", false, "high", false],
    // One family alone is an edge, not upset: it also turns up in plain questions.
    ["Will my son's kit be ready by Friday?", false, "some", false],
    ["What happens if the train is cancelled?", false, "some", false],
    // Calm lines stay calm.
    ["You've been lovely. I'll bring him on Saturday. Thank you, dear.", false, "none", false],
    ["Alright. Thanks for being straight with me. Sorry I snapped.", false, "none", false],
  ] as const)("%s", (line, abusive, empathy, boundaries) => {
    const stakes = readStakes(analyse(line), abusive);
    expect(stakes.empathy).toBe(empathy);
    expect(stakes.boundaries).toBe(boundaries);
    expect(testedByLine(line, abusive)).toEqual({
      calm: true,
      empathy: empathy === "high",
      honesty: true,
      boundaries,
    });
  });

  it("without a customer line, empathy is owed in full and boundaries follow the reply", () => {
    expect(readStakes(undefined, false)).toMatchObject({ empathy: "high", boundaries: false });
    expect(readStakes(undefined, true)).toMatchObject({ empathy: "high", boundaries: true });
  });
});

describe("assessment in the scorecard", () => {
  const question = "Fine. Does it expire? Can I use it online?";
  const answer = "It lasts 12 months from today and works online and in any branch.";

  it("a calm question for facts does not test empathy: untested, with a reason, out of the overall", () => {
    const card = scoreReply(answer, { customer: question });
    expect(card.assessed).toEqual({ calm: true, empathy: false, honesty: true, boundaries: false });
    expect(card.untested?.empathy).toMatch(/not tested/);
    expect(card.untested?.boundaries).toMatch(/no demand/);
    const tested = Math.round((card.scores.calm + card.scores.honesty) / 2);
    expect(card.overall).toBe(tested);
    // The tip is about a tested dimension, never "name the feeling" here.
    expect(
      card.tip.signal === undefined || !["names-feeling", "reflects-situation"].includes(card.tip.signal),
    ).toBe(true);
  });

  it("an upset line tests empathy", () => {
    const card = scoreReply(answer, { customer: "This is ridiculous, I've been waiting an HOUR!" });
    expect(card.assessed.empathy).toBe(true);
  });

  it("a reply that hurts a dimension brings it into play", () => {
    const card = scoreReply("Calm down, it's only a voucher.", { customer: question });
    expect(card.assessed.empathy).toBe(true);
  });

  it("the author's `tests` list overrides the reading of the line", () => {
    const card = scoreReply(answer, { customer: question, tests: ["calm", "empathy", "honesty"] });
    expect(card.assessed).toEqual({ calm: true, empathy: true, honesty: true, boundaries: false });
    expect(card.untested?.boundaries).toMatch(/scenario says so/);
  });
});

describe("tips inside a scenario speak about this turn", () => {
  const loaded = loadScenarioFile(join(root, "scenarios", "return-window-refusal.yaml"));
  const scenario = loaded.scenario as Scenario;
  const context = contextFor(scenario, "policy-pushback");

  it("splits a built-in tip into its instruction and example", () => {
    expect(splitTip("Say the limit: 'I can't refund it, but I can swap it.'")).toEqual({
      instruction: "Say the limit.",
      example: "I can't refund it, but I can swap it.",
    });
    expect(splitTip("Say the limit once, plainly.")).toEqual({ instruction: "Say the limit once, plainly." });
  });

  it.each([
    "I'm sorry.",
    "That's the policy, nothing I can do.",
    "I will refund your card today, no problem.",
    "Calm down, it's only a jacket.",
    "ok",
  ])("%s: the tip quotes this turn's model answer, never another shop's example", (reply) => {
    const tip = scoreReply(reply, context).tip;
    const model = String(context.model);
    if (tip.example) expect(model).toContain(tip.example);
    // The scenario forbids a card refund: no tip may suggest one.
    expect(tip.text).not.toMatch(/refund (it to )?your card/i);
    expect(tip.text).not.toMatch(/laptop|security check/i);
  });

  it("outside a scenario the built-in example stays", () => {
    expect(scoreReply("ok").tip.text).toMatch(/'/);
  });
});
