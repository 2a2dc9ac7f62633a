import { describe, expect, it } from "vitest";
import { scoreReply } from "../../src/scoring/index.js";
import { looksNonEnglish } from "../../src/scoring/language.js";
import { analyse } from "../../src/scoring/text.js";
import { runCli } from "../helpers/cli.js";

describe("replies not in English get a notice, not a confident score", () => {
  it.each([
    ["Lo siento mucho, entiendo que esto es muy frustrante. Puedo devolverle el dinero hoy.", true],
    ["Es tut mir wirklich leid, das ist unser Fehler, Ihr Platz wurde bei uns doppelt vergeben.", true],
    ["Je suis désolé, je comprends que c'est frustrant pour vous.", true],
    ["Bardzo mi przykro z powodu śmierci mamy. Rozumiem, że po czterech telefonach ma Pan dość.", true],
    ["Mi dispiace molto, capisco che sia frustrante. Posso rimborsarla oggi.", true],
    // English, however rough, is read as English
    ["sorry i no can do refund, but i give you store credit ok?", false],
    ["Per our policy the die is cast: it is non-refundable, I'm afraid.", false],
    ["ok", false],
    ["Entiendo. I can refund you today and email the receipt.", false],
  ])("%s -> not English: %s", (reply, expected) => {
    expect(looksNonEnglish(analyse(reply))).toBe(expected);
  });

  it("scores nothing: every dimension untested, no evidence, a notice and an English tip", () => {
    const card = scoreReply("Lo siento mucho, entiendo que esto es muy frustrante.", {
      customer: "This is ridiculous, I want my money back NOW!",
    });
    expect(card.notice).toMatch(/Only English is read/);
    expect(Object.values(card.assessed)).toEqual([false, false, false, false]);
    expect(card.evidence).toEqual([]);
    expect(card.tip.text).toMatch(/English/);
  });

  it("coach score prints the notice", () => {
    const { code, stdout } = runCli([
      "score",
      "--plain",
      "Lo siento mucho, entiendo que esto es muy frustrante.",
    ]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^NOTICE: Only English is read/m);
    expect(stdout).toMatch(/SCORE calm not tested/);
  });
});
