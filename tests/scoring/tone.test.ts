import { describe, expect, it } from "vitest";
import { scoreReply } from "../../src/scoring/index.js";

/**
 * Calm that hears tone (LABELS.md "calm"): sarcasm is 0; curt, flustered, pleading and
 * self-abasing replies are 1 (developing, 40-69), not crushed; giving in while composed is no
 * calm fault. One line per case: the reply, the signal that should carry the evidence, the band.
 */
const customer =
  "I was promised a call back on Monday, nobody rang, and now you tell me the repair isn't even booked. This is a joke.";

const cases: [string, string | null, "needs work" | "developing" | "strong"][] = [
  // polite-worded sarcasm
  [
    "I'm so terribly sorry you feel let down. We treasure customers like you.",
    "polite-sarcasm",
    "needs work",
  ],
  ["I'm sure the engineers will be thrilled to hear it. The slot is Friday.", "polite-sarcasm", "needs work"],
  ["Sorry the booking system is too complicated for you. It's Friday.", "polite-sarcasm", "needs work"],
  // curt minimal replies
  ["ok", "curt-reply", "developing"],
  ["booked for fri", "curt-reply", "developing"],
  // flippancy
  ["lol, the engineer is booked for Friday morning, he will ring you first", "flippant", "developing"],
  ["Oh well, the engineer can come on Friday instead, if that suits 😂", "flippant", "developing"],
  // panicky caving
  ["ok ok, I'll do whatever you want, please don't report me", "panics", "developing"],
  ["Sorry, sorry, I'm so sorry, I'll book it now, sorry!", "panics", "developing"],
  // self-abasement
  ["I'm so sorry, I'm useless, we deserve this. I'll book it for Friday.", "self-abasing", "developing"],
  ["I'm mortified. I'll get the engineer out on Friday.", "self-abasing", "developing"],
  // composed, including composed giving in: no tone finding, calm stays strong
  [
    "I'm sorry nobody rang you on Monday. I've booked the engineer for Friday at 9 and I'll call you Thursday.",
    null,
    "strong",
  ],
  ["You're right, that's our mistake. I'll waive the call-out fee and book Friday at 9.", null, "strong"],
];

const TONE = ["polite-sarcasm", "curt-reply", "flippant", "panics", "self-abasing"];

describe("calm hears tone", () => {
  it.each(cases)("%j -> %s, calm %s", (reply, signal, band) => {
    const card = scoreReply(reply, { customer });
    const fired = card.dimensions.calm.evidence.map((f) => f.signal).filter((s) => TONE.includes(s));
    if (signal) expect(fired).toContain(signal);
    else expect(fired).toEqual([]);
    expect(card.bands.calm).toBe(band);
  });
});

// Courtesy lifts calm a little above the composed base; contradiction lowers it. Same wording
// before and after, so the difference is the strategy alone.
const plain = "The engineer is booked for Friday at 9, and he will ring you half an hour before he arrives.";
const courtesy: [string, string, "up" | "down"][] = [
  ["thanks", `Thanks for bearing with us. ${plain}`, "up"],
  ["greets", `Hi Sam. ${plain}`, "up"],
  ["polite-request", `${plain} Could you confirm the address?`, "up"],
  ["hedges", `I think the part was delayed. ${plain}`, "up"],
  ["open-to-view", `That's fair. ${plain}`, "up"],
  ["confrontational", `Actually, nobody promised Monday. ${plain}`, "down"],
  ["confrontational", `Why did you not call us? ${plain}`, "down"],
];

describe("politeness and receptiveness strategies move calm", () => {
  const base = scoreReply(plain, { customer }).scores.calm;
  it.each(courtesy)("%s on %j moves calm %s", (signal, reply, direction) => {
    const card = scoreReply(reply, { customer });
    expect(card.dimensions.calm.evidence.map((f) => f.signal)).toContain(signal);
    if (direction === "up") expect(card.scores.calm).toBeGreaterThan(base);
    else expect(card.scores.calm).toBeLessThan(base);
  });

  it("courtesy cannot lift a capped reply out of its band", () => {
    const card = scoreReply("Thanks so much. I'm sure the engineers will be thrilled. Could you hold?", {
      customer,
    });
    expect(card.bands.calm).toBe("needs work");
  });
});

/**
 * Faults of manner stacked (stock coldness, a flat no, curtness, panic, self-abasement) stay calm 1
 * (LABELS.md), however many there are; beside anything hostile, sarcastic or blaming they do not.
 */
const stacked: [string, "needs work" | "developing"][] = [
  [
    "As per our terms and conditions, engineers are subject to change. Refunds are not available. We are unable to expedite this.",
    "developing",
  ],
  [
    "oh god I'm so so sorry, this is completely our fault, I'm mortified, honestly we're hopeless, sorry sorry sorry",
    "developing",
  ],
  ["Noted. Repairs are a matter for the landlord.", "developing"],
  ["Noted. You should have read the terms. Refunds are not available.", "needs work"],
];

describe("faults of manner alone keep calm at developing", () => {
  it.each(stacked)("%j -> calm %s", (reply, band) => {
    expect(scoreReply(reply, { customer }).bands.calm).toBe(band);
  });
});
