import { afterEach, describe, expect, it } from "vitest";
import { scoreReply } from "../../src/scoring/index.js";
import { attemptOf, type TurnRecord } from "../../src/session/engine.js";
import {
  renderModel,
  renderRetryFeedback,
  renderScoreChange,
  renderWordDiff,
  type View,
  wordDiff,
} from "../../src/ui/session.js";
import { paint } from "../../src/ui/style.js";
import { displayWidth, sanitize } from "../../src/ui/text.js";

const plain: View = { plain: true, width: 80 };
const terminal = (width: number): View => ({ plain: false, width });
const level = paint.level;
afterEach(() => {
  paint.level = level;
});

describe("score change per dimension", () => {
  it.each([
    ["calm", 55, 80, "CHANGE calm 55 to 80 (+25)", "  calm       55 → 80 (+25)"],
    ["empathy", 70, 40, "CHANGE empathy 70 to 40 (-30)", "  empathy    70 → 40 (-30)"],
    ["honesty", 60, 60, "CHANGE honesty 60 to 60 (no change)", "  honesty    60 → 60 (±0)"],
    ["boundaries", null, null, "CHANGE boundaries not tested", "  boundaries not tested"],
    ["boundaries", null, 65, "CHANGE boundaries not tested to 65", "  boundaries not tested → 65"],
    ["empathy", 50, null, "CHANGE empathy 50 to not tested", "  empathy    50 → not tested"],
  ] as const)("%s %s → %s", (label, before, after, plainText, terminalText) => {
    paint.level = 0;
    expect(renderScoreChange({ label, before, after }, plain)).toBe(plainText);
    expect(renderScoreChange({ label, before, after }, terminal(80))).toBe(terminalText);
  });
});

describe("word diff of two replies", () => {
  it.each([
    [
      "Calm down, I can't do that!",
      "I can't do that today, but I can refund it.",
      "[-Calm down,-] I can't do that[-!-] {+today, but I can refund it.+}",
    ],
    ["I hear you.", "I hear you.", "I hear you."],
    ["Sorry.", "", "[-Sorry.-]"],
    ["", "Sorry.", "{+Sorry.+}"],
    // Words stay whole across apostrophes; control characters from a reply never reach the screen.
    ["you're fine", "you are fine\u001b[2J", "[-you're-]{+you are+} fine"],
  ])("%j → %j is %j without colour", (before, after, shown) => {
    paint.level = 0;
    expect(renderWordDiff(wordDiff(before, after))).toBe(shown);
  });

  it("with colour, added and removed words are coloured, word by word, without the markers", () => {
    paint.level = 2;
    const text = renderWordDiff(wordDiff("I hear you", "I really hear you now"));
    expect(text).not.toMatch(/\{\+|\[-/);
    // Each added word is green on its own (SGR 32), so wrapping never carries colour to the next line.
    const ESC = "\u001b";
    expect(text.split(`${ESC}[32m`).length - 1).toBe(2);
    expect(text).toContain(`${ESC}[32mreally${ESC}[39m hear you ${ESC}[32mnow${ESC}[39m`);
    expect(sanitize(text)).toBe("I really hear you now");
    const removed = renderWordDiff(wordDiff("I hear you", "I you"));
    expect(removed).toContain(`${ESC}[31m${ESC}[9mhear`);
    // A replaced run keeps a space between the old words and the new, as colour alone would not.
    expect(sanitize(renderWordDiff(wordDiff("I hear you.", "I see you.")))).toBe("I hear see you.");
  });
});

describe("retry feedback", () => {
  const customer = "These packed in after a week. I want my money back NOW.";
  const card = (reply: string) => scoreReply(reply, { customer });
  const first: TurnRecord = {
    index: 0,
    node: "opening",
    customer,
    mood: "same",
    abusive: false,
    reply: "Calm down. There is nothing I can do about that, it's policy.",
    hintUsed: false,
    scorecard: card("Calm down. There is nothing I can do about that, it's policy."),
    fired: [],
    angerBefore: 75,
    angerAfter: 85,
    next: "still-angry",
    askedAt: "",
    answeredAt: "",
  };
  const better = "I'm sorry they broke so soon, that's really frustrating. I can refund your card today.";
  const second: TurnRecord = {
    ...first,
    reply: better,
    scorecard: card(better),
    angerAfter: 60,
    attempts: [attemptOf(first)],
  };

  it.each([80, 60])("fits %i columns, with the change, the diff, evidence and a tip", (width) => {
    paint.level = 0;
    const text = renderRetryFeedback(attemptOf(first), second, terminal(width));
    for (const line of text.split("\n")) expect(displayWidth(line)).toBeLessThanOrEqual(width);
    expect(text).toContain("Turn 1, attempt 2 against attempt 1");
    expect(text).toMatch(/^ {2}calm {7}\d+ → \d+ \(([+-]\d+|±0)\)$/m);
    expect(text).toMatch(/^ {2}overall {4}\d+ → \d+ \(\+\d+\)$/m);
    expect(text).toContain("What changed:");
    expect(text).toContain("[-Calm down-]{+I'm sorry they broke so soon,");
    expect(text).toContain("Tip:");
  });

  it("plain mode gives fixed labels, one line each", () => {
    const text = renderRetryFeedback(attemptOf(first), second, plain);
    expect(text.split("\n").slice(0, 7)).toEqual([
      "RETRY: turn 1, attempt 2 against attempt 1",
      expect.stringMatching(/^CHANGE calm \d+ to \d+ \(/),
      expect.stringMatching(/^CHANGE empathy /),
      expect.stringMatching(/^CHANGE honesty /),
      expect.stringMatching(/^CHANGE boundaries /),
      expect.stringMatching(/^CHANGE overall \d+ to \d+ \(\+\d+\)$/),
      "DIFF: [-Calm down-]{+I'm sorry they broke so soon, that's really frustrating+}. [-There is nothing-] I can [-do about that, it's policy-]{+refund your card today+}.",
    ]);
  });
});

describe("/model", () => {
  it.each([
    [undefined, /^NOTE: No model answer yet/],
    [{ index: 1, answers: [] }, /^MODEL ANSWER: none for turn 2 in this scenario$/],
    [
      { index: 0, answers: ["One.", "Two."] },
      /^MODEL ANSWER \(turn 1\): One\.\nMODEL ANSWER \(turn 1\): Two\.$/,
    ],
  ])("%j", (model, shown) => {
    expect(renderModel(model, plain)).toMatch(shown);
  });
});
