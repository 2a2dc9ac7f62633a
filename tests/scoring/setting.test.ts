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
    ["Agents cannot issue vouchers or cash compensation.", ["issue vouchers", "cash compensation"]],
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
