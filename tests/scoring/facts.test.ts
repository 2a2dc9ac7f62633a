import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadScenarioFile } from "../../src/scenario/load.js";
import { conceptsOf } from "../../src/scoring/detectors/_facts.js";
import { type Facts, type ScoreContext, scoreReply } from "../../src/scoring/index.js";
import { analyse } from "../../src/scoring/text.js";
import { contextFor } from "../../src/session/context.js";
import { root } from "../helpers/cli.js";

/** Promises read against the facts by meaning: lemmas, synonyms, numbers, who is away. */
const fired = (reply: string, context: ScoreContext) =>
  new Set(scoreReply(reply, context).evidence.map((f) => f.signal));

const returns: Facts = {
  known: ["Refunds to the card are only given within 30 days of purchase."],
  can: [
    "Give 120 pounds store credit today, valid for 12 months in any branch and online.",
    "Send a written exception request to head office; they answer within 10 working days.",
  ],
  cannot: ["Refund to the card after 30 days.", "Promise that head office will agree to an exception."],
};

// [reply, facts or setting, signal, fires]
const table: [string, Facts | string, string, boolean][] = [
  // What the business "offers" is what staff can do, and a sum in brackets stays with it.
  [
    "sorry about that. we can redo free or half back",
    "Nail salon. The salon offers a free redo within 7 days or a half refund (£17.50); it does not give full refunds once a service is done.",
    "concrete-next-step",
    true,
  ],
  [
    "I can't do the whole lot, but I can give you £17.50 back.",
    "Nail salon. The salon offers a free redo within 7 days or a half refund (£17.50); it does not give full refunds once a service is done.",
    "unbacked-promise",
    false,
  ],
  // A "which" aside inside a list of offers does not end the list.
  [
    "What I can do is send 20 plain jackets to you next-day.",
    "Chef whites. We can re-embroider all 20 free, which takes 7 working days, and send 20 plain jackets next-day. We cannot get corrected jackets there by Friday.",
    "concrete-next-step",
    true,
  ],
  // A "which" aside before another action in the list does not end it either.
  [
    "I'll refund the £8 electric charge for both nights as well.",
    "Campsite. We can move them to pitch 14, which is free now and has a working hook-up, refund the £8 a night electric charge for both nights, and lend them a power pack. We can't refund the pitch fees.",
    "concrete-next-step",
    true,
  ],
  // "100%" is the whole of it: a full refund is the "refund 100%" a limit rules out.
  [
    "I'll refund the full amount by Friday.",
    { can: ["Refund 70% (£2,450)"], cannot: ["Refund 100%"] },
    "contradicts-facts",
    true,
  ],
  // A sum written with a thousands comma, handed back with no verb.
  [
    "You're right. The full £3,500 back to you by Friday.",
    { can: ["Refund 70% (£2,450)"], cannot: ["Give a full refund of the £3,500"] },
    "contradicts-facts",
    true,
  ],
  // An offer with no subject: "can do …".
  [
    "sorry, callum has a family emergency. can do £60 refund or the lessons with fiona weds 6pm",
    {
      can: ["Refund the three missed lessons (£60)", "Move the lessons to Fiona on Wednesdays at 6pm"],
      cannot: ["Say when Callum will be back"],
    },
    "concrete-next-step",
    true,
  ],
  // The present for a time ahead, said of what we send or who we send.
  [
    "Apologies, the wrong ribbon was sent. The correct one goes first class today.",
    { can: ["Post the correct ribbon today by first class"], cannot: ["Send it by courier"] },
    "concrete-next-step",
    true,
  ],
  [
    "Sorry for the cold. Engineer come tomorrow before 11 to your mooring.",
    { can: ["Send the engineer tomorrow before 11am"], cannot: ["Swap them onto another boat"] },
    "concrete-next-step",
    true,
  ],
  // An estimate of when it comes is no promise.
  [
    "I can't promise Saturday, I'm sorry. If the courier hasn't found it by 5pm Friday, I'll send a replacement by next-day tracked, which usually arrives Saturday.",
    {
      can: [
        "If the trace finds nothing by 5pm Friday, send a replacement by next-day tracked delivery (which arrives Saturday or Monday).",
      ],
      cannot: ["Guarantee a delivery date or that the parcel arrives by Saturday."],
    },
    "contradicts-facts",
    false,
  ],
  // News said to come is not an act of ours.
  [
    "I can't tell you yet: the quarry is testing the batch and the results come back Friday.",
    "A topsoil supplier. We can collect the bag and bring screened soil on Monday; nothing can go out before Monday because the screener is broken. The quarry is testing the rest of that batch and we won't have results until Friday.",
    "contradicts-facts",
    false,
  ],
  // Voiding a bill is cancelling it.
  [
    "you're right, i'll void the invoice myself",
    { can: ["Take 15% off the £900 invoice (£135)"], cannot: ["Cancel the invoice"] },
    "contradicts-facts",
    true,
  ],
  // A remedy named with no verb, then refused in the same sentence.
  [
    "A refund and the raw files are both things I can't do, but I can re-edit three images.",
    { can: ["Re-edit up to three images free"], cannot: ["Refund the sitting fee", "Release raw files"] },
    "contradicts-facts",
    false,
  ],
  // The clause names a thing of the can fact, and its sentence names the fact in full.
  [
    "I can have a leg cut and waiting for you from 4 this afternoon.",
    { can: ["Have a lamb leg ready to collect from 4pm today"], cannot: ["Deliver to the house"] },
    "unbacked-promise",
    false,
  ],
  // A clause that names nothing of the sentence's other offer is not backed by it.
  [
    "I'll refund the £50 today and give you a free month on top.",
    { can: ["Refund the £50 booking fee today"], cannot: ["Give free months"] },
    "contradicts-facts",
    true,
  ],
  // Saying the limit is not breaking it: a negative outcome, a call, a sum under a ceiling.
  [
    "The courier won't go earlier than 1pm, so I'm not going to promise you 10.",
    {
      can: ["Send the right hat by courier, arriving after 1pm"],
      cannot: ["Commit to anything earlier than 1pm"],
    },
    "contradicts-facts",
    false,
  ],
  [
    "I can't promise it'll turn up, and will call you by 5pm tomorrow with what she's found.",
    { can: ["Have the manager search the archive today"], cannot: ["Promise it will be found"] },
    "contradicts-facts",
    false,
  ],
  [
    "The sheets are our mistake, sorry. If they're ruined we pay £40 for new.",
    "Laundry. Staff can rewash the sheets free today; they cannot pay more than £40 without the owner's sign-off.",
    "contradicts-facts",
    false,
  ],
  [
    "Fine, we'll pay the full £150 for new sheets.",
    "Laundry. Staff can rewash the sheets free today; they cannot pay more than £40 without the owner's sign-off.",
    "contradicts-facts",
    true,
  ],
  // The sum the can fact offers, and no limit names, settles which fact a clause is.
  [
    "Tomorrow 7 to 9 we bring a working e-bike and we give back £29 for this month.",
    "Bike subscription. We can swap the bike tomorrow between 7am and 9am and credit one month (£29). We cannot refund earlier months.",
    "contradicts-facts",
    false,
  ],
  // Restating what the setting says we do is no over-promise of a date.
  [
    "The reprint is free. We send it out within 2 working days and post usually takes 2-4 working days after that.",
    "Photo printing. A reprint of a faulty order is free and is dispatched within 2 working days by standard post, which usually takes 2-4 working days to arrive. Staff cannot guarantee an exact delivery day.",
    "contradicts-facts",
    false,
  ],
  // A reason after the limit ends it: "other claims go to the insurer" is no limit of its own.
  [
    "I'll send our insurer's claim form today.",
    "Equipment hire. Staff can refund the £45 hire; they cannot pay for spoiled food or the caterer's losses, as liability is limited to the hire fee and other claims go to the insurer.",
    "contradicts-facts",
    false,
  ],
  // Another's word passed on, or the customer's view understood, claims nothing.
  [
    "I honestly don't have a start date: the supplier says the new dehumidifier will be in within a fortnight.",
    "Damp treatment. Staff can refund the £60 deposit. Nobody knows yet when the new dehumidifier will arrive.",
    "claims-unknown",
    false,
  ],
  [
    "The new dehumidifier will be in within a fortnight.",
    "Damp treatment. Staff can refund the £60 deposit. Nobody knows yet when the new dehumidifier will arrive.",
    "claims-unknown",
    true,
  ],
  // Money off the bill is the refund of that sum the facts allow.
  [
    "sorry for the runaround, we'll knock £50 off the bill as well",
    { can: ["Refund £50 for the delay"], cannot: ["Backdate the report"] },
    "unbacked-promise",
    false,
  ],
  // A text is contact, not an outcome handed over.
  [
    "You'll get a text from me by 6pm either way.",
    { can: ["Refund £30 for the day"], cannot: ["Refund the whole week"] },
    "unbacked-promise",
    false,
  ],
  // "you'll have been looking forward to it" hands nothing over; "it'll have been left with a neighbour" claims.
  [
    "What a shame, you'll have been looking forward to seeing her photo.",
    { can: ["Book a free retake on 14 March"] },
    "unbacked-promise",
    false,
  ],
  [
    "It'll have been left with a neighbour, have a knock round.",
    { can: ["Open a trace with the courier today"] },
    "unbacked-promise",
    true,
  ],
  // "Gone ahead and" introduces the action it claims as done.
  [
    "I've gone ahead and issued a full £120 refund to your card.",
    "Crowdfunding chat. Once charged, the money is paid to the creator and the platform cannot refund it.",
    "contradicts-facts",
    true,
  ],
  [
    "I went ahead and refunded it.",
    "Crowdfunding chat. Once charged, the money is paid to the creator and the platform cannot refund it.",
    "contradicts-facts",
    true,
  ],
  // A lock taken off is the overlock removed; a present-tense promise ("I give you refund") is a promise.
  [
    "Ok, I'll take the lock off now so you can get your tools.",
    "Self-storage desk. Staff cannot remove the overlock before payment.",
    "contradicts-facts",
    true,
  ],
  ["Ok, I am sorry. I give you the money back today, no problem.", returns, "contradicts-facts", true],
  // Certainty about someone else's decision is a guarantee.
  [
    "I will make a request to my manager and I am sure they will pay back the day.",
    "Boiler servicing. Staff cannot pay for the customer's lost earnings.",
    "guarantees-outcome",
    true,
  ],
  // Trades and clinicians by another name; a fresh one is a new one; dropping it off is delivering.
  [
    "I'll get a fitter out to sort the roof tomorrow.",
    "Garden centre. Staff can order a replacement panel but cannot send a fitter.",
    "contradicts-facts",
    true,
  ],
  [
    "We'll bake a fresh one and I'll have it dropped at the venue by 6.",
    "Bakery. Staff can re-ice the top by 5pm. They cannot bake a new cake today and the bakery does not deliver.",
    "contradicts-facts",
    true,
  ],
  [
    "I can re-ice the top with the right name by 5pm.",
    "Bakery. Staff can re-ice the top by 5pm. They cannot bake a new cake today and the bakery does not deliver.",
    "contradicts-facts",
    false,
  ],
  // A refund in other words is still a refund; the card and the 30 days are the limit's condition.
  ["I'll make sure you get a full refund today.", returns, "contradicts-facts", true],
  ["I'll make sure you get a full refund today.", returns, "concrete-next-step", false],
  ["Leave it with me and I'll get your money back to you right away.", returns, "contradicts-facts", true],
  ["I can't refund it to your card after 30 days.", returns, "contradicts-facts", false],
  // One of the `can` facts, in other words, is a concrete step and no over-promise.
  ["I can put a written request to head office.", returns, "contradicts-facts", false],
  ["I can put a written request to head office.", returns, "concrete-next-step", true],
  ["I can give you the full 120 pounds as store credit.", returns, "concrete-next-step", true],
  // Lemmas: "missed flights" / "miss the flight"; a pro-verb takes its object from the sentence.
  [
    "If you miss the flight, just send us the receipts and we'll sort it.",
    "A taxi firm. The firm can make this trip free but cannot pay for missed flights or other taxis.",
    "contradicts-facts",
    true,
  ],
  [
    "I can't cover a missed flight, but I can make this trip free.",
    "A taxi firm. The firm can make this trip free but cannot pay for missed flights or other taxis.",
    "contradicts-facts",
    false,
  ],
  // A limit on a claim: a date stated as certain breaks "cannot promise a repair date".
  [
    "so sorry, leave it with me, you'll have it back on Friday afternoon",
    "A repair kiosk. The part is out of stock and staff cannot promise a repair date.",
    "contradicts-facts",
    true,
  ],
  [
    "I can't give you a date yet; I'll text you the moment the part is in.",
    "A repair kiosk. The part is out of stock and staff cannot promise a repair date.",
    "contradicts-facts",
    false,
  ],
  // Synonyms: moving other guests, reporting a courier.
  [
    "Give me ten minutes and I'll get the people on pitch 4 moved over.",
    "A campsite. Reception can offer another pitch but cannot move other campers.",
    "contradicts-facts",
    true,
  ],
  [
    "I've reported the driver so he won't deliver to you again.",
    "Delivery app chat. Agents can refund the fee but cannot contact, discipline or remove couriers.",
    "contradicts-facts",
    true,
  ],
  // "and get them moved over" carries on the commitment before it; "and every room is taken" does not.
  [
    "Give me ten minutes, I'll have a word with the guests on pitch 14 and get them moved over.",
    "A campsite. Reception can offer another pitch but cannot move other campers.",
    "contradicts-facts",
    true,
  ],
  [
    "I've checked and every room is taken tonight, so I can't move you.",
    "A hotel desk. The hotel is full so no room move is possible tonight; the desk can offer earplugs.",
    "contradicts-facts",
    false,
  ],
  // Sending a request to someone else promises nothing.
  [
    "I'll send the fee refund request to head office today.",
    "A car hire desk. The desk cannot refund the booking fee on the spot.",
    "contradicts-facts",
    false,
  ],
  // A date claim is broken only by a date about its subject.
  [
    "I've escalated it, so an inspector will visit within five working days.",
    "Council repairs. The agent cannot give a repair completion date before inspection.",
    "contradicts-facts",
    false,
  ],
  [
    "I'll get someone out and the ceiling will be fixed by the end of next week.",
    "Council repairs. The agent cannot give a repair completion date before inspection.",
    "contradicts-facts",
    true,
  ],
  // A setting's "No refund is possible before a recheck".
  [
    "fine, bring them back and ill refund",
    "An optician. No refund is possible before a recheck.",
    "contradicts-facts",
    true,
  ],
  // A remedy promised in the passive is our own act, held to the same limits.
  [
    "As a gesture of goodwill, a full refund of £149 will be processed today.",
    { can: ["refund £100 of the £149"], cannot: ["refund the full £149"] },
    "contradicts-facts",
    true,
  ],
  [
    "A refund of £100 will be processed today.",
    { can: ["refund £100 of the £149"], cannot: ["refund the full £149"] },
    "contradicts-facts",
    false,
  ],
  [
    "I've written the balance off, you won't hear from us again.",
    { can: ["stop the texts"], cannot: ["write the debt off"] },
    "contradicts-facts",
    true,
  ],
  // A promise with no time keeps a limit that only lifts at a date.
  [
    "A partial refund will be processed in due course.",
    {
      can: ["refund half of what they paid"],
      cannot: ["process any refund until the office reopens after the festivals on 7 October"],
    },
    "contradicts-facts",
    false,
  ],
  [
    "A partial refund will be processed today.",
    {
      can: ["refund half of what they paid"],
      cannot: ["process any refund until the office reopens after the festivals on 7 October"],
    },
    "contradicts-facts",
    true,
  ],
  // Plain estimates and future knowledge are not claims about an unknown.
  [
    "The engineer will know when he sees it.",
    { unknown: ["What the engineer will find when he sees it"] },
    "claims-unknown",
    false,
  ],
  [
    "The cause was a faulty cell.",
    "Bike hire. The battery died; the cause isn't known yet.",
    "claims-unknown",
    true,
  ],
  // Money "sent back to your card" is a refund, not the credit the facts offer.
  [
    "i'll get the £17 sent back to your card this week",
    { can: ["Put a £17 credit against July's fee"], cannot: ["Give cash refunds"] },
    "unbacked-promise",
    true,
  ],
  // "open again" answers "when it reopens".
  [
    "Our range will be open again by the end of the month.",
    "A rifle club. Its range is shut after an inspection. When the range reopens is unknown.",
    "claims-unknown",
    true,
  ],
  // Word to come after "and" ("get back to you") is no promise of an outcome.
  ["I'll look into what happened and get back to you.", {}, "guarantees-outcome", false],
  ["A week is far too soon for them to stop working.", {}, "vague-deflection", false],
  ["We'll sort it as soon as we can.", {}, "vague-deflection", true],
];

describe("promises read against the facts by meaning", () => {
  it.each(table)("%j with %j: %s fires %s", (reply, facts, signal, fires) => {
    const context: ScoreContext = typeof facts === "string" ? { setting: facts } : { facts };
    expect(fired(reply, context).has(signal)).toBe(fires);
  });

  it("never counts one clause as both a concrete step and an over-promise", () => {
    const card = scoreReply("I'll make sure you get a full refund today.", { facts: returns });
    const spans = (id: string) => card.evidence.filter((f) => f.signal === id).map((f) => f.span?.start);
    for (const start of spans("contradicts-facts")) expect(spans("concrete-next-step")).not.toContain(start);
    expect(card.scores.honesty).toBeLessThan(40);
  });
});

describe("the scenario library's facts", () => {
  const load = (id: string) => {
    const { scenario } = loadScenarioFile(join(root, "scenarios", `${id}.yaml`));
    if (!scenario) throw new Error(`${id} did not load`);
    return scenario;
  };

  it("a manager who is away all day cannot be fetched (manager-demand)", () => {
    const context = contextFor(load("manager-demand"), "opening");
    expect(fired("I can get the duty manager for you.", context).has("contradicts-facts")).toBe(true);
    expect(
      fired("Jo is away today; I can ask her to call you on Monday before 10.", context).has(
        "contradicts-facts",
      ),
    ).toBe(false);
  });

  it("the model answers in return-window-refusal are not read as over-promising", () => {
    const scenario = load("return-window-refusal");
    for (const node of ["policy-pushback", "manager-threat"]) {
      const turn = scenario.turns[node] as { model: string };
      const card = scoreReply(turn.model, contextFor(scenario, node));
      const signals = new Set(card.evidence.map((f) => f.signal));
      expect(signals.has("contradicts-facts"), node).toBe(false);
      expect(signals.has("claims-unknown"), node).toBe(false);
      expect(card.scores.honesty, node).toBeGreaterThanOrEqual(70);
    }
  });

  it("a warm reply that promises the refund the facts rule out is needs work on honesty", () => {
    const scenario = load("return-window-refusal");
    const card = scoreReply(
      "I'm so sorry, five weeks away is awful. Don't worry, I'll make sure you get a full refund today.",
      contextFor(scenario, "policy-pushback"),
    );
    expect(card.bands.honesty).toBe("needs work");
  });
});

describe("numbers in facts and replies", () => {
  const keys = (text: string) => conceptsOf(analyse(text).words).map((c) => c.key);
  it("reads a time written 7.30 as the 7:30am a fact names, and keeps £7.30 a sum", () => {
    expect(keys("tomorrow 7.30")).toEqual(keys("tomorrow 7:30am"));
    expect(keys("at 10.30")).toEqual(["#10", "#30"]);
    expect(keys("£7.30")).toEqual(["#7.30"]);
    expect(keys("2.5 days")).toEqual(["#2.5", "day"]);
  });
});
