import { describe, expect, it } from "vitest";
import { scoreReply } from "../../src/scoring/index.js";
import { factsFromSetting } from "../../src/scoring/setting.js";

describe("facts from a setting in prose", () => {
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
    ["The device is not economically repairable; unapproved work is not charged.", []],
    ["Late arrivals cannot be seen that day; the contractor did not turn up.", []],
    ["A calm afternoon at the front desk.", []],
  ] as const)("%s", (setting, cannot) => {
    expect(factsFromSetting(setting).cannot ?? []).toEqual(cannot);
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
  ] as const)("reads what can be done: %s", (setting, can) => {
    expect(factsFromSetting(setting).can ?? []).toEqual(can);
  });

  it("keeps who is away as a known fact, which rules out fetching them", () => {
    const setting = "A salon. The colour was done by a stylist who is off until Monday.";
    expect(factsFromSetting(setting).known).toEqual([
      "The colour was done by a stylist who is off until Monday",
    ]);
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
