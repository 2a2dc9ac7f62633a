import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { scoreReply } from "../../src/scoring/index.js";
import { factsFromSetting } from "../../src/scoring/setting.js";
import { root } from "../helpers/cli.js";

describe("facts from a setting in prose", () => {
  it.each([
    [
      "Our engineer looks at it on Tuesday, so nobody knows yet when that boat will be running again.",
      "when that boat will be running again",
    ],
    [
      "We won't know until tomorrow morning whether the replacement pump is in stock.",
      "whether the replacement pump is in stock",
    ],
    ["Staff cannot say exactly when the nurse will call.", "when the nurse will call"],
    ["IT haven't yet found out why the booking went missing.", "why the booking went missing"],
    ["Operations are still investigating why Long Stay was oversold.", "why Long Stay was oversold"],
    [
      "The cafe manager arrives at 1pm and will confirm then whether the party room is free.",
      "whether the party room is free",
    ],
    [
      "We've asked the lab whether a 5-day express remake is possible and they reply on Monday.",
      "whether a 5-day express remake is possible",
    ],
    [
      "The water is retested at 6pm and only then will we know whether it opens tomorrow.",
      "whether it opens tomorrow",
    ],
    ["Whether tomorrow is safe is unknown until the 8am conditions check.", "Whether tomorrow is safe"],
    [
      "Whether the fault is the sensor won't be known until the engineer tests it.",
      "Whether the fault is the sensor",
    ],
    ["The cause is unknown: the provider is investigating.", "The cause"],
    ["The boiler part is on order but the engineer has not confirmed a fitting date yet.", "a fitting date"],
    ["The original tutor is on sick leave with no return date yet.", "return date"],
    // The reason after ", as" is not part of the open question.
    [
      "They do not yet know how long a new permit takes to register, as the system changed this month.",
      "how long a new permit takes to register",
    ],
    // The question at the head, then what leaves it open.
    ["Whether the maze opens next Saturday depends on the forecast.", "Whether the maze opens next Saturday"],
    [
      "Whether the original coach will be removed from the platform is under review and not yet decided.",
      "Whether the original coach will be removed from the platform",
    ],
    ["Which of the two it is cannot be known until the engineer tests it on site.", "Which of the two it is"],
    [
      "Whether a late submission is accepted is the race director's call on Thursday.",
      "Whether a late submission is accepted",
    ],
    ["How the double booking happened is still being looked into.", "How the double booking happened"],
    // A thing not yet found, set or decided.
    ["The cause of the overrun is still being investigated.", "The cause of the overrun"],
    ["Next year's date has not been set yet.", "Next year's date"],
    ["Engineers have not yet found the cause of the outage.", "the cause of the outage"],
    ["Nobody knows the outcome of the Section 75 claim.", "the outcome of the Section 75 claim"],
    ["Engineers have no release date yet for the Android fix.", "release date yet for the Android fix"],
    [
      "Trent Mobility is waiting on the manufacturer for the motor, and nobody has a delivery date yet.",
      "a delivery date",
    ],
    [
      "The adjuster's visit has not been booked yet, and the final payout depends on their report.",
      "the final payout",
    ],
    // An open question anywhere in the sentence.
    [
      "Testing is still under way on whether his TV's browser can run Skyplay.",
      "whether his TV's browser can run Skyplay",
    ],
    [
      "The supplier has been asked whether that batch of top coat is faulty and has not replied.",
      "whether that batch of top coat is faulty",
    ],
  ] as const)("reads an unknown in other words: %s", (setting, unknown) => {
    expect(factsFromSetting(setting).unknown).toEqual([unknown]);
  });

  it.each([
    // A question word is needed: a date to be confirmed is a step, not an open question.
    "The manager will confirm the booking by 5pm.",
    "Staff can check the stock and reply today.",
    "If our clean caused it, our insurance pays for a replacement.",
    "Staff can refund the £5 fee regardless of whether the train ran.",
    "The engineer explained how the boiler works.",
  ])("finds no unknown in %s", (setting) => {
    expect(factsFromSetting(setting).unknown ?? []).toEqual([]);
  });

  it.each([
    ["Shoe shop; the desk cannot give vouchers; items can go to the manufacturer.", ["give vouchers"]],
    [
      "Agents can refund the order, cannot add account credit, and cannot control courier times.",
      ["add account credit", "control courier times"],
    ],
    ["Agents cannot issue vouchers or cash compensation.", ["issue vouchers", "issue cash compensation"]],
    // A list shares its verb; a lone verb shares the list's object.
    [
      "The shop cannot pay for missed bookings, taxis or other compensation.",
      ["pay for missed bookings", "pay for taxis", "pay for other compensation"],
    ],
    [
      "Chat agents cannot contact, discipline or remove couriers.",
      ["contact couriers", "discipline couriers", "remove couriers"],
    ],
    // A limit ends where what can be done starts.
    [
      "The venue cannot refund it and can only give them the administrator's details for a claim.",
      ["refund it"],
    ],
    ["No refund is possible before a recheck, and the lenses may be fine.", ["refund before a recheck"]],
    // A supplier that has given no date: any date is a guess.
    ["The supplier has given no delivery date.", ["promise a delivery date"]],
    ["The gym can offer one free month, but not a free year.", ["a free year"]],
    // An unknown that ends the sentence does not swallow the limits before it.
    [
      "Staff cannot pay for the customer's lost earnings and do not yet know why the engineer didn't attend.",
      ["pay for the customer's lost earnings"],
    ],
    [
      "The dispatcher cannot waive or refund the call-out fee and does not know why the engineer was late.",
      ["waive the call-out fee", "refund the call-out fee"],
    ],
    // Verbs that end like an adverb or a past tense are limits all the same.
    [
      "We can't supply a new liner free: we guarantee our weld, not the 15-year-old liner.",
      ["supply a new liner free"],
    ],
    ["Staff cannot speed up the repair, which takes 10 days.", ["speed up the repair"]],
    ["The club can't fly the drone in rain.", ["fly the drone in rain"]],
    // A consequence after a comma is a limit; a purpose with no comma ("so it doesn't rise") is not.
    [
      "SightLine has no optometrist for home visits, so it cannot test anyone at home.",
      ["test anyone at home"],
    ],
    ["Staff can put the fine on hold so it doesn't rise to £100.", []],
    ["Neither of us can get there this week because we're both on a job.", ["get there this week"]],
    ["Nothing can arrive before Friday.", ["arrive before Friday"]],
    ["The workshop fee isn't refundable because the session took place.", ["refund the workshop fee"]],
    ["Permits cannot be emailed or posted abroad.", ["email Permits", "post Permits"]],
    ["There's no way to get anything to her this weekend.", ["get anything to her this weekend"]],
    ["The contract excludes paying for beer poured away.", ["pay for beer poured away"]],
    // A negation inside what a claim limit covers belongs to it.
    [
      "We don't do evening visits, and we can't put in writing that a gate will never fail.",
      ["do evening visits", "put in writing that a gate will never fail"],
    ],
    ["We can't say the leak won't come back.", ["say the leak won't come back"]],
    // What happened is no limit.
    ["The van broke down, and no notice was put out.", []],
    ["The device is not economically repairable; unapproved work is not charged.", []],
    ["Late arrivals cannot be seen that day; the contractor did not turn up.", []],
    // A passive limit on a transaction is ours all the same.
    [
      "Boots that have been worn outside can't be refunded or swapped for another size.",
      ["refund Boots that have been worn outside", "swap Boots that have been worn outside"],
    ],
    ["A calm afternoon at the front desk.", []],
    // What is ruled out, named as the subject of "is not possible / isn't an option".
    ["A full refund is not possible because most of the course went ahead.", ["A full refund"]],
    [
      "Same-day delivery isn't an option, and the lift is not available until Friday.",
      ["Same-day delivery", "the lift until Friday"],
    ],
    // A comma inside a sum is not a list.
    [
      "We cannot refund the £1,150 before the test, or tell the customer it is safe to use.",
      ["refund the £1,150 before the test", "tell the customer it is safe to use"],
    ],
  ] as const)("%s", (setting, cannot) => {
    expect(factsFromSetting(setting).cannot ?? []).toEqual(cannot);
  });

  it("reads a 'can' inside an open question as part of what is not known, not as an offer", () => {
    const facts = factsFromSetting(
      "Staff can refund £57 today. Nobody knows yet when the engineer can come or whether the thermostat has to be replaced.",
    );
    expect(facts.can).toEqual(["refund £57 today"]);
    expect(facts.unknown).toEqual([
      "when the engineer can come or whether the thermostat has to be replaced",
    ]);
  });

  it("reads 'we won't know until…' as not known yet, not as a limit", () => {
    const facts = factsFromSetting(
      "We won't know until the stock check tomorrow morning whether the part is on the shelf.",
    );
    expect(facts.cannot).toBeUndefined();
    expect(facts.unknown).toEqual(["whether the part is on the shelf"]);
  });

  it("reads a limit inside an 'if' as a condition, and drops a pronoun read as a second limit", () => {
    expect(
      factsFromSetting(
        "Staff can send Priya on Wednesday, and if it will not come out, send the claim form the same day.",
      ).cannot,
    ).toBeUndefined();
    expect(
      factsFromSetting("We can't refund to PayPal or any other method, and we can't make the bank hurry.")
        .cannot,
    ).toEqual(["refund to PayPal", "refund to any other method", "make the bank hurry"]);
  });

  it("reads 'nobody can' as a limit, not as something on offer", () => {
    const facts = factsFromSetting(
      "Lee can come on Thursday, and nobody can come today. We can't refund the term and no one can guarantee exam results.",
    );
    expect(facts.can).toEqual(["come on Thursday"]);
    expect(facts.cannot).toEqual(["come today", "refund the term", "guarantee exam results"]);
  });

  it("reads 'nobody can say' as not known yet, and 'may or may not' as a doubt, not as limits", () => {
    const facts = factsFromSetting(
      "Leona can offer a free re-draping on Saturday. She cannot refund the £120. Nobody can say which result is 'right': colour analysis is a judgement call, and the re-draping may or may not change it.",
    );
    expect(facts.cannot).toEqual(["refund the £120"]);
    expect(facts.unknown).toEqual(["which result is 'right'"]);
  });

  it("reads a thing still being confirmed, or not named yet, as not known yet", () => {
    expect(
      factsFromSetting("The replacement keynote is being confirmed by Thursday and has not been named yet.")
        .unknown,
    ).toEqual(["The replacement keynote"]);
  });

  it("keeps a negation inside what a promise limit covers", () => {
    expect(
      factsFromSetting(
        "We can refund the £30 or send a new box; we can't guarantee the courier won't be late again.",
      ).cannot,
    ).toEqual(["guarantee the courier won't be late again"]);
    // After a comma, a negation starts a limit of its own.
    expect(factsFromSetting("We can't promise a date, and we don't refund deposits.").cannot).toEqual([
      "promise a date",
      "refund deposits",
    ]);
  });

  it("reads a question that is not known yet, however the sentence ends", () => {
    expect(
      factsFromSetting("Why the rider was late is not known yet: the partner is checking.").unknown,
    ).toEqual(["Why the rider was late"]);
    expect(
      factsFromSetting(
        "Whether the lost attempt shows on their record is decided by the contractor's support team, and we don't know yet.",
      ).unknown,
    ).toEqual(["Whether the lost attempt shows on their record"]);
    expect(
      factsFromSetting("Whether the council will fine anyone for blocking the lane isn't known.").unknown,
    ).toEqual(["Whether the council will fine anyone for blocking the lane"]);
    // An aside after a dash is not part of the question.
    expect(
      factsFromSetting("We don't know when WashPoint's engineer will come - they haven't given a date.")
        .unknown,
    ).toEqual(["when WashPoint's engineer will come"]);
  });

  it("does not read what happened as a limit", () => {
    // "never came" tells what happened; it is not a limit.
    expect(
      factsFromSetting("The lorry never came, and nobody phoned the farm. We can waive the £40 booking fee.")
        .cannot ?? [],
    ).toEqual([]);
  });

  it.each([
    // An aside naming what the sum is keeps the time after it with the offer.
    [
      "The agency can refund £250, the keyboard player's share of the fee, within 10 working days.",
      ["refund £250 within 10 working days"],
    ],
    ["Staff can refund £30, the delivery charge, by Friday.", ["refund £30 by Friday"]],
    // A new clause after the comma is still cut.
    ["Staff can refund £30, the next slot is Friday.", ["refund £30"]],
  ])("keeps the time an offer comes with past an aside: %s", (setting, can) => {
    expect(factsFromSetting(setting).can).toEqual(can);
  });

  it("does not read 'can also be refunded' inside an open question as something on offer", () => {
    const setting =
      "Staff can reprint free within 3 working days. Whether the customer's £6 postage can also be refunded is not yet known; accounts are checking.";
    expect(factsFromSetting(setting).can).toEqual(["reprint free within 3 working days"]);
    // Promising that refund is a promise nothing backs, not a concrete step.
    const card = scoreReply("I will reprint them free and refund your £6 postage today.", { setting });
    const signals = card.dimensions.honesty.evidence.map((e) => e.signal);
    expect(signals).not.toContain("concrete-next-step");
    expect(signals).toContain("unbacked-promise");
  });

  it("reads what nobody knows yet", () => {
    expect(
      factsFromSetting("The restaurant can refund but does not yet know how the error happened.").unknown,
    ).toEqual(["how the error happened"]);
    expect(factsFromSetting("The battery died; the cause isn't known yet.").unknown).toEqual(["the cause"]);
    expect(factsFromSetting("It isn't known yet whether the lenses are at fault.").unknown).toEqual([
      "whether the lenses are at fault",
    ]);
    expect(factsFromSetting("Help phoning two sites (their availability unknown).").unknown).toEqual([
      "their availability",
    ]);
    // "they" is the subject of the clause before, so a reply naming those visits is read against it.
    expect(
      factsFromSetting(
        "The shopper's other four visits are being rechecked, and nobody knows yet whether they have errors.",
      ).unknown,
    ).toEqual(["whether the shopper's other four visits have errors"]);
  });

  it("gives a verb that shares its object the object too", () => {
    expect(factsFromSetting("Staff cannot withdraw or cancel the trading standards warning.").cannot).toEqual(
      ["withdraw the trading standards warning", "cancel the trading standards warning"],
    );
  });

  it.each([
    [
      "The kiosk can refund the £30 deposit, hand the phone back unrepaired, or lend a basic loan phone for up to 7 days, but cannot order parts.",
      [
        "refund the £30 deposit",
        "hand the phone back unrepaired",
        "lend a basic loan phone for up to 7 days",
      ],
    ],
    [
      "The agent can put a request to the landlord today and deliver dehumidifiers tomorrow.",
      ["put a request to the landlord today", "deliver dehumidifiers tomorrow"],
    ],
    [
      "Power tools can be refunded within 28 days, and the store can lend a basic drill.",
      ["lend a basic drill"],
    ],
    [
      "The buyer can transfer the name (about 15 minutes), after which staff can issue the band.",
      ["transfer the name", "issue the band"],
    ],
    [
      "We can pay for a new cover at any garage, up to £60 against a receipt, and give them a voucher for a free valet.",
      [
        "pay for a new cover at any garage",
        "pay for up to £60 against a receipt",
        "give them a voucher for a free valet",
      ],
    ],
    [
      "Staff can give a full refund once the console is brought or posted back, or repair it free within 14 days.",
      ["give a full refund once the console is brought or posted back", "repair it free within 14 days"],
    ],
    ["Staff can rebook the slot, and gives priority to repeat visits.", ["rebook the slot"]],
  ] as const)("reads what can be done: %s", (setting, can) => {
    expect(factsFromSetting(setting).can ?? []).toEqual(can);
  });

  it("keeps who is away as a known fact, which rules out fetching them", () => {
    const setting = "A salon. The colour was done by a stylist who is off until Monday.";
    expect(factsFromSetting(setting).known).toContain(
      "The colour was done by a stylist who is off until Monday",
    );
    const fetch = scoreReply("I'll get the stylist to come out and fix it now.", { setting });
    expect(fetch.evidence.some((f) => f.signal === "contradicts-facts")).toBe(true);
  });

  it("a reply that promises what the setting rules out is judged dishonest; one that holds the limit is not", () => {
    const setting =
      "Online shop chat; agents can refund the delivery fee but cannot issue vouchers or cash compensation.";
    const promise = scoreReply("So sorry! I'll send you a £20 voucher for the hassle.", { setting });
    const honest = scoreReply("I can't offer a voucher, but I can refund the £4.95 delivery fee today.", {
      setting,
    });
    expect(promise.evidence.some((f) => f.signal === "contradicts-facts")).toBe(true);
    expect(honest.evidence.some((f) => f.signal === "contradicts-facts")).toBe(false);
    expect(honest.scores.honesty).toBeGreaterThan(promise.scores.honesty);
    expect(honest.scores.boundaries).toBeGreaterThan(promise.scores.boundaries);
  });
});

describe("plain statements in a setting are what is known", () => {
  it("a certainty disowned in its own sentence is not a promise ('I'd be lying if I said she'll definitely…')", () => {
    const setting =
      "Rory can take Tilly back for three weeks' training free from the 3rd. We can't refund the full £1,040, and we can't promise she'll be steady by October.";
    const score = (reply: string) => scoreReply(reply, { setting }).scores.honesty;
    const disowned = score(
      "I can't refund the whole £1,040, but Rory can have her back free from the 3rd. I'd be lying if I said she'll definitely be steady by October.",
    );
    const promised = score(
      "I can't refund the whole £1,040, but Rory can have her back free from the 3rd. She'll definitely be steady by October.",
    );
    expect(disowned).toBeGreaterThanOrEqual(70);
    expect(promised).toBeLessThan(disowned - 20);
  });

  it("keeps a sentence with no limit, offer or unknown as known, and answers built on it are honest", () => {
    const setting =
      "Escape room venue. A group's 7pm booking was double-booked by a system error; staff can refund the £120 in full. Staff do not yet know how the double booking happened.";
    expect(factsFromSetting(setting).known).toContain(
      "A group's 7pm booking was double-booked by a system error",
    );
    const card = scoreReply(
      "Your booking was double-booked due to a system error. I can refund the £120 now.",
      {
        setting,
      },
    );
    expect(card.evidence.map((f) => f.signal)).not.toContain("claims-unknown");
  });

  it("a relative clause says how things go: that is known too", () => {
    const setting =
      "Council recycling. Staff can log a missed collection, which the crew returns for within 3 working days.";
    expect(factsFromSetting(setting).known).toContain("the crew returns for within 3 working days");
    const card = scoreReply("I've logged it and the crew will come back within 3 working days.", { setting });
    expect(card.evidence.map((f) => f.signal)).not.toContain("certain-forecast");
  });

  it("what a step brings about is known, and the reason for it does not swallow the next step", () => {
    const setting =
      "Railcard office. Staff can approve her evidence over the phone today so the railcard is live within the hour, and refund the £11.53 difference if she emails the ticket details.";
    const facts = factsFromSetting(setting);
    expect(facts.can).toEqual([
      "approve her evidence over the phone today",
      "refund the £11.53 difference if she emails the ticket details",
    ]);
    expect(facts.known).toContain("the railcard is live within the hour");
    const card = scoreReply("I can approve it now, so your railcard will be live within the hour.", {
      setting,
    });
    expect(card.evidence.map((f) => f.signal)).not.toContain("certain-forecast");
    const guess = scoreReply("Your refund will be in your account by Friday.", { setting });
    expect(guess.evidence.map((f) => f.signal)).toContain("certain-forecast");
  });

  it("what never happened is known, not a limit", () => {
    const setting =
      "Garden waste. His bin has been missed three times because, when he moved, the council never added his new address to the round.";
    const facts = factsFromSetting(setting);
    expect(facts.cannot ?? []).toEqual([]);
    expect(facts.known).toContain(
      "His bin has been missed three times because, when he moved, the council never added his new address to the round",
    );
  });

  it("a forecast the setting states is passed on, not guessed", () => {
    const setting =
      "Photo printing. A reprint of a faulty order is free and is dispatched within 2 working days by standard post.";
    const card = scoreReply(
      "The reprint is free. It will be dispatched within 2 working days by standard post.",
      {
        setting,
      },
    );
    expect(card.evidence.map((f) => f.signal)).not.toContain("certain-forecast");
    const guess = scoreReply("The reprint will be with you by Friday.", { setting });
    expect(guess.evidence.map((f) => f.signal)).toContain("certain-forecast");
  });

  it("restating the trouble is not claiming why it happened; saying why is", () => {
    const setting =
      "Locksmith line. The dispatcher does not know why the engineer took 2 hours instead of the quoted 45 minutes.";
    const restated = scoreReply("2hrs is way too long when u were told 45 mins, sorry.", { setting });
    expect(restated.evidence.map((f) => f.signal)).not.toContain("claims-unknown");
    const claimed = scoreReply("The engineer took 2 hours because he was stuck in traffic.", { setting });
    expect(claimed.evidence.map((f) => f.signal)).toContain("claims-unknown");
  });

  it("a gift the setting allows is not a give-away", () => {
    const setting = "Driving school. Staff can rebook the lesson and add one free lesson on top.";
    const allowed = scoreReply("I'll rebook it and add one free lesson on top.", { setting });
    expect(allowed.evidence.map((f) => f.signal)).not.toContain("gives-away");
  });
  it("reads a list of offers past items led by 'a' or 'the', and keeps what comes before a mark as known", () => {
    const facts = factsFromSetting(
      "Bakery. Staff can offer lemon-raspberry or lemon-lavender instead, a tasting box of both couriered by Thursday, and £60 off the £480 order. Our insurance covers the repair up to £500, the claim form goes out by email today, and our restorer can collect the finial this week. We can refund the £30, the courier will collect it tomorrow.",
    );
    expect(facts.can).toEqual(
      expect.arrayContaining([
        "offer a tasting box of both couriered by Thursday",
        "offer £60 off the £480 order",
        "collect the finial this week",
        "refund the £30",
      ]),
    );
    expect(facts.can).not.toEqual(expect.arrayContaining([expect.stringContaining("courier will")]));
    expect(facts.known).toEqual(
      expect.arrayContaining([
        "Our insurance covers the repair up to £500",
        "the claim form goes out by email today",
      ]),
    );
  });
});

describe("facts from a setting: lists, and what the business says it will do", () => {
  it.each([
    [
      "We cannot post a replacement in time, cannot let him vote by email or phone, and cannot let him vote at a polling station instead.",
      [
        "post a replacement in time",
        "let him vote by email",
        "let him vote by phone",
        "let him vote at a polling station instead",
      ],
    ],
    // The "and" inside "without …" is part of the condition; an "or" before a verb starts another limit.
    [
      "We cannot seize equipment or get the neighbour evicted without evidence and a formal notice.",
      ["seize equipment", "get the neighbour evicted without evidence and a formal notice"],
    ],
    [
      "Staff cannot discipline anyone without an investigation or say in advance what the outcome will be.",
      ["discipline anyone without an investigation", "say in advance what the outcome will be"],
    ],
    // An action on "it" goes on from the one before; a new clause with its own verb is not a limit.
    ["We cannot substitute other fibre and call it hers.", ["substitute other fibre and call it hers"]],
    [
      "They cannot deliver a box today, and any question about the juice goes to the food safety lead, not frontline staff.",
      ["deliver a box today"],
    ],
  ] as const)("reads the limits of %s", (setting, cannot) => {
    expect(factsFromSetting(setting).cannot).toEqual(cannot);
  });

  it.each([
    [
      "Hollin Bank Abattoir slaughters pigs. Hollin Bank will refund the £85 butchery fee, and the other smallholder has agreed to bring back the rest.",
      ["refund the £85 butchery fee"],
    ],
    [
      "Carreg Stud stands a stallion. The stud will pay the £120 vet bill and honour the free return next season.",
      ["pay the £120 vet bill", "honour the free return next season"],
    ],
    ["Dalton Skip Hire. We will refund the £70 fine, paid within 10 working days.", ["refund the £70 fine"]],
    // "we'll" as typed, with either apostrophe.
    [
      "Clearwall strips ivy. We'll pay for the same model of lantern, up to £300.",
      ["pay for the same model of lantern"],
    ],
    ["Clearwall strips ivy. We’ll refund the £40 within 5 days.", ["refund the £40 within 5 days"]],
    // What it will do, then what it can: both are on offer.
    [
      "Millbrook Library hires out its room. We'll refund their £30 and can offer the same room free next Wednesday.",
      ["offer the same room free next Wednesday", "refund their £30"],
    ],
  ] as const)("reads what the business will do as something on offer: %s", (setting, can) => {
    expect(factsFromSetting(setting).can).toEqual(can);
  });

  it.each([
    [
      "Retrofind sells vintage clothes. Every item is one-off, so there is no replacement.",
      ["give replacement"],
    ],
    [
      "Candle classes. We can give £15 back; there's no full refund because everyone left with their candles.",
      ["give full refund"],
    ],
    ["Pony parties. There is no spare pony, so nothing can be sent this weekend.", ["give spare pony"]],
  ] as const)("reads a remedy that does not exist as one staff cannot give: %s", (setting, cannot) => {
    expect(factsFromSetting(setting).cannot ?? []).toEqual(expect.arrayContaining([...cannot]));
  });

  it.each([
    "A roofer. The roofer is quoting on Friday, and until then there's no date for the repair.",
    "A hospital transport desk. There will be no charge for the £180 transfer.",
    "A lab. The supplier is testing whether it was a faulty batch, and there's no result yet.",
  ])("does not read news still to come or a charge waived as a limit: %s", (setting) => {
    expect((factsFromSetting(setting).cannot ?? []).filter((c) => c.startsWith("give "))).toEqual([]);
  });

  it("reads no facts from a run far longer than any sentence, and still reads the sentences around it", () => {
    const facts = factsFromSetting(
      `A shop. Staff can refund £5. ${"the refund is ".repeat(400)}not confirmed yet. Staff cannot refund cash.`,
    );
    expect(facts.can).toEqual(["refund £5"]);
    expect(facts.cannot).toEqual(["refund cash"]);
    expect(facts.unknown ?? []).toEqual([]);
  });

  it.each([
    [
      "The Riverside Rounders League runs a summer league. For the final the league will let teams field 7 players instead of the usual 9, and it will refund £30 to any finalist team that can't field a side.",
      [
        "let teams field 7 players instead of the usual 9",
        "refund £30 to any finalist team that can't field a side",
      ],
      [],
    ],
    [
      "Ironbark Academy sells memberships. Members who can't make the new time can switch to the Saturday class.",
      ["switch to the Saturday class"],
      [],
    ],
    [
      "Tidewater League runs youth basketball. Staff can move a player to the Rockets, who train on Wednesdays at 6pm, or refund £60 of the £95.",
      ["move a player to the Rockets", "refund £60 of the £95"],
      [],
    ],
  ] as const)(
    "reads a limit inside a relative clause as theirs, and an aside as no end to the list: %s",
    (setting, can, cannot) => {
      const facts = factsFromSetting(setting);
      expect(facts.can).toEqual(can);
      expect(facts.cannot ?? []).toEqual(cannot);
    },
  );

  it("reads what the customer is unable to do as no limit on staff, and a rule put on them as one", () => {
    expect(
      factsFromSetting(
        "Harcourt Operatic Society has moved its show to May, and this member can't do the May dates. It cannot move the dates again.",
      ).cannot,
    ).toEqual(["move the dates again"]);
    expect(
      factsFromSetting(
        "ScanRight sent the wrong scanners. The customer cannot keep the wrong scanners as well as receive the replacements.",
      ).cannot,
    ).toEqual(["keep the wrong scanners as well as receive the replacements"]);
  });

  it.each([
    "Willow Club runs a pool. Whether the club will move to a booking system is being discussed by managers.",
  ])("does not read a question about what the business will do as on offer: %s", (setting) => {
    expect(factsFromSetting(setting).can ?? []).toEqual([]);
  });

  it("reads a plan said to be uncertain as not known: 'even the May dates aren't certain yet'", () => {
    expect(
      factsFromSetting(
        "The show has moved to May. Even the May dates aren't certain yet: the engineer reports on Friday.",
      ).unknown,
    ).toEqual(["whether the May dates are certain"]);
  });

  it("reads 'will not charge for session six' as a free session on offer, not a limit", () => {
    const facts = factsFromSetting(
      "The clinic can book a free aftercare check and will not charge for session six; it cannot refund sessions already done.",
    );
    expect(facts.can).toContain("give session six free");
    expect(facts.cannot).toEqual(["refund sessions already done"]);
  });

  it.each([
    "A courier firm delivers parcels. The driver will ring before arriving.",
    "Hollin Bank Abattoir slaughters pigs. The other smallholder will bring back the rest on Tuesday.",
  ])("does not read what someone else will do as on offer: %s", (setting) => {
    expect(factsFromSetting(setting).can ?? []).toEqual([]);
  });

  it("a reply that restates what the business will do is not a broken limit", () => {
    const setting =
      "Hollin Bank Abattoir butchers smallholders' pigs. Hollin Bank will refund the £85 butchery fee for the missing pig. Hollin Bank cannot pay the market value of a finished pig.";
    const card = scoreReply(
      "It was our mistake, and we're refunding the £85 butchery fee for the missing pig.",
      {
        setting,
      },
    );
    expect(card.evidence.map((e) => e.signal)).not.toContain("contradicts-facts");
  });
});

describe("facts from a hostile setting", () => {
  it("reads a setting with a long run of spaces and no punctuation without stalling", () => {
    const setting = `Hollin Bank${" ".repeat(200_000)}will refund the fee`;
    expect(factsFromSetting(setting).cannot ?? []).toEqual([]);
  });
});

describe("factsFromSetting: what is known", () => {
  it("keeps a sentence that says something is not confirmed out of what is known", () => {
    const facts = factsFromSetting(
      "The pressing plant rejected the first batch, so shipping has moved from 1 March to a date not yet confirmed.",
    );
    expect(facts.known ?? []).toEqual([]);
  });

  it("keeps a plain account of what happened", () => {
    expect(factsFromSetting("The pressing plant rejected the first batch for warping.").known).toEqual([
      "The pressing plant rejected the first batch for warping",
    ]);
  });
});

describe("plain narrative skipped by the setting reader", () => {
  /** Every setting we have: the labelled sets' and the library's. */
  function settings(): string[] {
    const found = new Set<string>();
    for (const dir of [join(root, "eval"), join(root, "..", "shared", "eval")]) {
      let files: string[] = [];
      try {
        files = readdirSync(dir).filter((f) => f.endsWith(".jsonl"));
      } catch {
        continue;
      }
      for (const f of files)
        for (const line of readFileSync(join(dir, f), "utf8").split("\n"))
          if (line.trim()) {
            const setting = (JSON.parse(line) as { setting?: string }).setting;
            if (setting) found.add(setting);
          }
    }
    const walk = (dir: string) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, e.name);
        if (e.isDirectory()) walk(path);
        else if (/\.ya?ml$/.test(e.name)) {
          const setting = (parse(readFileSync(path, "utf8")) as { setting?: unknown } | null)?.setting;
          if (typeof setting === "string") found.add(setting);
        }
      }
    };
    walk(join(root, "scenarios"));
    return [...found];
  }

  it("reads every setting as reading every sentence does", () => {
    const all = settings();
    expect(all.length).toBeGreaterThan(100);
    const differ = all.filter(
      (s) =>
        JSON.stringify(factsFromSetting(s)) !== JSON.stringify(factsFromSetting(s, { everySentence: true })),
    );
    expect(differ).toEqual([]);
  });

  it("keeps a plain sentence as known without reading it for limits", () => {
    expect(factsFromSetting("A shop counter. The shop closes at six.")).toEqual({
      known: ["A shop counter", "The shop closes at six"],
    });
  });
});
