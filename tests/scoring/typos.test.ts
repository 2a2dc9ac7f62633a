import { describe, expect, it } from "vitest";
import { scoreReply } from "../../src/scoring/index.js";
import { misspelt } from "../../src/scoring/text.js";

describe("misspelt: one slip of typing on a word the lexicons hinge on", () => {
  it.each([
    ["defintely", "definitely"],
    ["definitly", "definitely"],
    ["garanteed", "guaranteed"],
    ["gaurantee", "guarantee"],
    ["absolutly", "absolutely"],
    ["inconvinience", "inconvenience"],
    ["disapointed", "disappointed"],
  ])("%s reads as %s", (typed, meant) => {
    expect(misspelt(typed)).toBe(meant);
  });

  it.each([
    "definitely", // the word itself
    "guarantees", // an ending, not a slip
    "frustrates",
    "promise",
    "understood", // two letters away
    "indefinitely",
    "absolute",
  ])("%s is left alone", (word) => {
    expect(misspelt(word)).toBeUndefined();
  });

  it("a misspelt certainty is read as one", () => {
    const typed = scoreReply("the right kit is defintely shipping friday").evidence.map((e) => e.signal);
    expect(typed).toContain("guarantees-outcome");
  });
});
