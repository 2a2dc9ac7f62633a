import { describe, expect, it } from "vitest";
import { scoreReplyWith } from "../../src/scoring/engine.js";
import {
  bandOf,
  checkPattern,
  MAX_SCORED_CHARS,
  type ScoreContext,
  SIGNALS,
  scoreReply,
  type TrainerSignal,
} from "../../src/scoring/index.js";

const strong =
  "Two weeks without your laptop when you were told one is maddening, and I'm sorry. I can't promise the supplier's date, but I'll chase them today and text you by 5pm. Would a loan laptop help meanwhile?";
const poor = "Wow, lovely attitude. Calm down, it's only a laptop. You should have read the terms.";

describe("SIGNALS", () => {
  it("is sorted by id in the order localeCompare gives", () => {
    const ids = SIGNALS.map((s) => s.id);
    expect(ids.length).toBeGreaterThan(20);
    expect(ids).toEqual([...ids].sort((a, b) => a.localeCompare(b)));
  });
});

describe("bands", () => {
  it.each([
    [0, "needs work"],
    [39, "needs work"],
    [40, "developing"],
    [69, "developing"],
    [70, "strong"],
    [100, "strong"],
  ] as const)("%i is %s", (score, band) => {
    expect(bandOf(score)).toBe(band);
  });

  it("every dimension's band matches its score", () => {
    for (const reply of [strong, poor, "ok"]) {
      const card = scoreReply(reply);
      for (const d of ["calm", "empathy", "honesty", "boundaries"] as const)
        expect(card.bands[d]).toBe(bandOf(card.scores[d]));
    }
  });
});

describe("scoreReply", () => {
  it("ranks a strong reply above a poor one on every dimension", () => {
    const context: ScoreContext = {
      customer: "It's been two weeks and my laptop is STILL not fixed. You people are useless!",
      abusive: false,
    };
    const good = scoreReply(strong, context);
    const bad = scoreReply(poor, context);
    for (const d of ["calm", "empathy", "honesty"] as const)
      expect(good.scores[d]).toBeGreaterThan(bad.scores[d]);
    expect(good.overall).toBeGreaterThanOrEqual(70);
    expect(bad.overall).toBeLessThan(40);
  });

  it("is deterministic and pure: the same input gives the same card", () => {
    expect(scoreReply(strong, { customer: "late again" })).toEqual(
      scoreReply(strong, { customer: "late again" }),
    );
  });

  it("quotes evidence spans from the reply itself", () => {
    const card = scoreReply(poor);
    for (const f of card.evidence) if (f.span) expect(poor.slice(f.span.start, f.span.end)).toBe(f.span.text);
    expect(card.evidence.some((f) => f.signal === "sarcasm" && f.effect === "hurts")).toBe(true);
  });

  it("holds an unbacked promise at 'needs work' on honesty, and one beside a plainly said limit at 'developing'", () => {
    const facts = { can: ["Refund the £36 left on the course"], cannot: ["Refund the whole course"] };
    const bare = scoreReply("So sorry! I'll get a brand new bed sent round to you tomorrow, £36 back too.", {
      facts,
    });
    const beside = scoreReply(
      "So sorry! I can't refund the whole course, but I'll get a brand new bed sent round to you tomorrow, £36 back too.",
      { facts },
    );
    for (const card of [bare, beside])
      expect(card.evidence.some((e) => e.signal === "unbacked-promise")).toBe(true);
    expect(beside.evidence.some((e) => e.signal === "transparent-limits")).toBe(true);
    expect(bare.dimensions.honesty.score).toBeLessThan(40);
    expect(beside.dimensions.honesty.score).toBeGreaterThanOrEqual(40);
  });

  it("counts a limit said plainly toward boundaries as well as honesty", () => {
    const card = scoreReply("I can't refund the whole course, but I can move you to Saturday's class free.", {
      customer: "Refund the whole course or I'm posting everywhere.",
    });
    const limits = card.evidence.filter((e) => e.signal === "transparent-limits");
    expect(limits.map((e) => e.dimension).sort()).toEqual(["boundaries", "honesty"]);
    expect(limits.every((e) => e.points > 0)).toBe(true);
  });

  it("holds a rhetorical tag question at 'needs work' on calm", () => {
    const card = scoreReply(
      "Well the weather isn't something we can change, is it? Refund or rebook, your choice.",
    );
    expect(card.evidence.some((e) => e.signal === "tag-question")).toBe(true);
    expect(card.dimensions.calm.score).toBeLessThan(40);
  });

  it("holds giving in to the demand at 'needs work' on honesty, whatever else the reply offers", () => {
    const card = scoreReply("Ok fine, full refund then, and I'll move your ticket to Saturday too.", {
      facts: { can: ["Move the ticket to another date"], cannot: ["Refund a used ticket"] },
      customer: "I want a full refund or I'm going to the papers.",
    });
    expect(card.evidence.some((e) => e.signal === "gives-in" || e.signal === "grants-demand")).toBe(true);
    expect(card.dimensions.honesty.score).toBeLessThan(40);
  });

  it("keeps grovelling and pleading at 'developing' on honesty unless something untrue is said too", () => {
    const reply =
      "I'm so so sorry, I'm useless, this is all my fault, please please don't leave a bad review";
    const manner = scoreReply(reply);
    const signals = manner.dimensions.honesty.evidence.map((e) => e.signal);
    expect(signals).toEqual(expect.arrayContaining(["grovels", "pleads"]));
    expect(manner.dimensions.honesty.band).toBe("developing");
    const untrue = scoreReply(`${reply}, I'll refund the whole year today`, {
      facts: { can: ["Refund this month"], cannot: ["Refund the whole year"] },
    });
    expect(untrue.dimensions.honesty.evidence.some((e) => e.signal === "contradicts-facts")).toBe(true);
    expect(untrue.dimensions.honesty.band).toBe("needs work");
  });

  it("holds bare blame at 'needs work' on calm, and blame softened by an acknowledgement at 'developing'", () => {
    const bare = scoreReply("You should have read the delivery terms before planning your weekend.");
    const softened = scoreReply(
      "I'm sorry it was late, but you should have read the delivery terms before planning your weekend.",
    );
    for (const card of [bare, softened])
      expect(card.evidence.some((e) => e.signal === "blames-customer")).toBe(true);
    expect(bare.dimensions.calm.score).toBeLessThan(40);
    expect(softened.dimensions.calm.score).toBeGreaterThanOrEqual(40);
    expect(softened.dimensions.calm.score).toBeLessThan(70);
  });

  it("gives one concrete tip, aimed at the costliest problem", () => {
    const card = scoreReply(poor);
    // Sarcasm and blaming both hold calm at 35 ("needs work"); the tip is about one of them, not
    // about a lighter problem such as "calm down".
    expect(["sarcasm", "blames-customer"]).toContain(card.tip.signal);
    expect(card.tip.text.length).toBeGreaterThan(20);
    const missingFeeling = scoreReply("I've refunded it; it shows in 3 to 5 days.");
    expect(missingFeeling.tip.signal).toBe("names-feeling");
  });

  it("handles empty, huge and odd-unicode replies without throwing", () => {
    expect(scoreReply("").overall).toBeGreaterThanOrEqual(0);
    const huge = "I'm sorry. ".repeat(2000);
    const card = scoreReply(huge);
    for (const f of card.evidence) if (f.span) expect(f.span.end).toBeLessThanOrEqual(MAX_SCORED_CHARS);
    expect(() => scoreReply("Ｉ’m ｓｏｒｒｙ 😡🙏 e\u0301 \u200b\u0000 日本語")).not.toThrow();
  });

  it("reads curly apostrophes like straight ones", () => {
    expect(scoreReply("I can’t promise that, but I’ll call you by 5pm.").scores).toEqual(
      scoreReply("I can't promise that, but I'll call you by 5pm.").scores,
    );
  });
});

describe("context", () => {
  it("expects a boundary when the customer was abusive", () => {
    const reply = "I can refund the delivery charge today.";
    const calmCustomer = scoreReply(reply, { abusive: false });
    const abusiveCustomer = scoreReply(reply, { abusive: true });
    expect(abusiveCustomer.scores.boundaries).toBeLessThan(calmCustomer.scores.boundaries);
    expect(abusiveCustomer.evidence.some((f) => f.signal === "ignores-abuse")).toBe(true);
    const limit = scoreReply(
      "I want to help, and I need the name-calling to stop; if it continues, I'll end the call. I can refund the delivery charge today.",
      { abusive: true },
    );
    expect(limit.bands.boundaries).toBe("strong");
  });

  it("never rates a reply 'strong' on boundaries when it lets abuse pass, however well it holds the policy", () => {
    const holds =
      "I can't refund the whole order, as the terms don't allow it, but I can refund the £12 delivery today and send a replacement by Friday.";
    const customer = "You useless idiots. Refund the lot or I'll trash you online.";
    const abused = scoreReply(holds, { customer, abusive: true });
    expect(abused.evidence.some((f) => f.signal === "ignores-abuse")).toBe(true);
    expect(abused.bands.boundaries).not.toBe("strong");
    const named = scoreReply(`I want to help, and I need the name-calling to stop. ${holds}`, {
      customer,
      abusive: true,
    });
    expect(named.scores.boundaries).toBeGreaterThan(abused.scores.boundaries);
  });

  it("counts reflection of the customer's own words", () => {
    const reply = "A cracked screen two days after buying it is rotten luck.";
    const withCustomer = scoreReply(reply, { customer: "The screen cracked two days after I bought it!" });
    const without = scoreReply(reply);
    expect(withCustomer.scores.empathy).toBeGreaterThan(without.scores.empathy);
  });

  it("judges honesty against the scenario's facts", () => {
    const facts = { cannot: ["refund without a receipt"], unknown: ["when the manufacturer replies"] };
    const promise = scoreReply("I'll refund you without the receipt.", { facts });
    const honest = scoreReply("I can't refund without the receipt, but I can offer an exchange.", { facts });
    expect(promise.evidence.some((f) => f.signal === "contradicts-facts")).toBe(true);
    expect(promise.scores.honesty).toBeLessThan(40);
    expect(honest.scores.honesty).toBeGreaterThan(promise.scores.honesty);
  });

  it("applies the turn's weights to the overall score", () => {
    const reply = "That's maddening. I've refunded it.";
    const even = scoreReply(reply);
    const empathyHeavy = scoreReply(reply, { weights: { empathy: 5 } });
    const distance = (overall: number) => Math.abs(overall - even.scores.empathy);
    expect(distance(empathyHeavy.overall)).toBeLessThan(distance(even.overall));
    expect(scoreReply(reply, { weights: { calm: 1, empathy: 0, honesty: 0 } }).overall).toBe(
      even.scores.calm,
    );
  });

  it("a pathological trainer pattern cannot hang scoring (linear-time matching)", () => {
    const signals: TrainerSignal[] = [
      { id: "slow", kind: "pattern", dimension: "calm", effect: "hurts", pattern: "(x|x)*y", message: "m" },
    ];
    const started = performance.now();
    scoreReply("x".repeat(MAX_SCORED_CHARS), { signals });
    expect(performance.now() - started).toBeLessThan(5000); // a backtracking engine would never finish
  });

  it("costs points for the turn's avoid phrases, on the dimension they hurt", () => {
    const reply = "Your parcel is guaranteed for Friday.";
    const card = scoreReply(reply, { avoid: ["guaranteed"] });
    const finding = card.evidence.find((f) => f.signal === "avoid-phrase");
    expect(finding?.dimension).toBe("honesty");
    expect(finding?.span?.text).toBe("guaranteed");
    expect(card.scores.honesty).toBeLessThan(scoreReply(reply).scores.honesty);
  });

  it("costs points when an expected signal is missing", () => {
    const card = scoreReply("I've refunded it.", { expect: ["names-feeling"] });
    const missing = card.evidence.find((f) => f.signal === "names-feeling");
    expect(missing?.effect).toBe("hurts");
    expect(missing?.span).toBeUndefined();
    expect(
      scoreReply("That's maddening. I've refunded it.", { expect: ["names-feeling"] }).evidence.some(
        (f) => f.signal === "names-feeling" && f.effect === "hurts",
      ),
    ).toBe(false);
  });

  it("a stock phrase repeated turn after turn loses its effect", () => {
    const reply = "I understand. Let me check that for you.";
    const first = scoreReply(reply);
    const again = scoreReply(reply, { previousReplies: ["I understand, that's annoying.", "I understand."] });
    expect(again.scores.empathy).toBeLessThan(first.scores.empathy);
    expect(again.evidence.some((f) => f.signal === "repeated-stock-phrase")).toBe(true);
  });
});

describe("trainer signals", () => {
  const signals: TrainerSignal[] = [
    {
      id: "mentions-warranty",
      kind: "phrases",
      dimension: "honesty",
      effect: "helps",
      weight: 12,
      phrases: ["warranty check"],
      message: "Warranty is the honest route.",
    },
    {
      id: "quotes-days",
      kind: "pattern",
      dimension: "honesty",
      effect: "helps",
      pattern: "\\b\\d+ (working )?days\\b",
      message: "A timeline.",
    },
    {
      id: "names-the-store",
      kind: "required",
      dimension: "empathy",
      effect: "hurts",
      weight: 5,
      phrases: ["Mill Road"],
      message: "Say which store.",
    },
  ];

  it.each([
    ["I can send them for a warranty check.", "mentions-warranty", true],
    ["It takes 10 working days.", "quotes-days", true],
    ["It takes a while.", "quotes-days", false],
    ["Collect it from the store.", "names-the-store", true],
    ["Collect it from Mill Road.", "names-the-store", false],
  ] as const)("%j: %s fires %s", (reply, id, fires) => {
    const card = scoreReply(reply, { signals });
    expect(card.evidence.some((f) => f.signal === id)).toBe(fires);
  });

  it("uses the signal's weight and effect", () => {
    const card = scoreReply("I can send them for a warranty check.", { signals });
    expect(card.evidence.find((f) => f.signal === "mentions-warranty")?.points).toBe(12);
    expect(
      scoreReply("Collect it from the store.", { signals }).evidence.find(
        (f) => f.signal === "names-the-store",
      )?.points,
    ).toBe(-5);
  });
});

describe("checkPattern", () => {
  it.each([
    ["\\bwarranty\\b", true],
    ["(a+)+$", true], // allowed: no backtracking in RE2
    ["(x|x)*y", true], // allowed: RE2 matches it in linear time
    ["(a)\\1", false],
    ["[unclosed", false],
    ["a*", false],
  ] as const)("%s is allowed: %s", (source, ok) => {
    expect(checkPattern(source).ok).toBe(ok);
  });
});

describe("a limit with its consequence", () => {
  const reply =
    "I do need us to keep it respectful; if the insults carry on I'll end the call and ask a colleague to call you back.";
  const context: ScoreContext = { customer: "Is there anyone competent there, you idiots?", abusive: true };
  // A wording table that pulls boundaries down by its full ten points on this reply's words.
  const against = new Map([["respectful", -20]]);
  const none = new Map<string, number>();
  const tables = { calm: none, empathy: none, honesty: none, boundaries: against };

  it("is strong on boundaries however the learned wording nudge leans", () => {
    const card = scoreReplyWith(reply, context, tables);
    expect(card.evidence.some((e) => e.signal === "states-consequence")).toBe(true);
    expect(
      card.evidence.some((e) => e.signal === "wording" && e.dimension === "boundaries" && e.points < 0),
    ).toBe(true);
    expect(card.scores.boundaries).toBeGreaterThanOrEqual(70);
  });

  it("is not lifted past a hurt beside it", () => {
    const card = scoreReplyWith(`${reply} Honestly, you're pathetic.`, context, tables);
    expect(card.scores.boundaries).toBeLessThan(70);
  });
});
