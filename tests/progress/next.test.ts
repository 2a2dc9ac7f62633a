import { describe, expect, it } from "vitest";
import { GOOD_RUN, isGoodRun, REVIEW_DAYS, recommend, reviewOf } from "../../src/progress/next.js";
import { profileOf } from "../../src/scenario/profile.js";
import type { Scenario } from "../../src/scenario/schema.js";
import { dayAt, flat, profile, session } from "./fake.js";

const good = (n: number, scenario = "a") => flat(n, 80, { scenario, day: n });
const poor = (n: number, scenario = "a") => flat(n, 45, { scenario, day: n });

describe("spaced review of a scenario", () => {
  // G = a good run (de-escalated, overall >= 70), P = anything else. Intervals 1, 3, 7, 14, 30 days.
  it.each([
    { runs: "P", days: 1 },
    { runs: "G", days: 3 },
    { runs: "GG", days: 7 },
    { runs: "GGG", days: 14 },
    { runs: "GGGG", days: 30 },
    { runs: "GGGGGG", days: 30 },
    { runs: "GGP", days: 1 },
    { runs: "GGPG", days: 3 },
    { runs: "PPGG", days: 7 },
  ])("$runs: due again after $days days", ({ runs, days }) => {
    const summaries = [...runs].map((r, i) => (r === "G" ? good(i + 1) : poor(i + 1)));
    const review = reviewOf(summaries, dayAt(0));
    expect(review?.intervalDays).toBe(days);
    const last = summaries.at(-1);
    expect(review?.due).toBe(new Date(Date.parse(last?.startedAt ?? "") + days * 86_400_000).toISOString());
  });

  it("grows with each good run and starts again after a poor one", () => {
    const runs = [good(1), good(2), good(3), poor(4), good(5)];
    const intervals = runs.map((_, i) => reviewOf(runs.slice(0, i + 1), dayAt(0))?.intervalDays);
    expect(intervals).toEqual([
      REVIEW_DAYS[1],
      REVIEW_DAYS[2],
      REVIEW_DAYS[3],
      REVIEW_DAYS[0],
      REVIEW_DAYS[1],
    ]);
  });

  it.each([
    { what: "a strong score that escalated", s: flat(1, 85, { outcome: "escalated" }), good: false },
    { what: "a strong score left unfinished", s: flat(1, 85, { outcome: "unfinished" }), good: false },
    { what: "just below the line", s: flat(1, GOOD_RUN - 1), good: false },
    { what: "on the line", s: flat(1, GOOD_RUN), good: true },
  ])("$what is good: $good", ({ s, good: want }) => {
    expect(isGoodRun(s)).toBe(want);
  });

  it("is due once its interval has passed", () => {
    const runs = [poor(10)];
    expect(reviewOf(runs, dayAt(10))?.isDue).toBe(false);
    expect(reviewOf(runs, dayAt(11.5))?.isDue).toBe(true);
  });
});

describe("what to practise next", () => {
  const library = [
    profile("gentle", {}, { difficulty: 1 }),
    profile("empathy-heavy", { empathy: 4 }, { difficulty: 3 }),
    profile("some-empathy", { empathy: 1 }, { difficulty: 2 }),
    profile("limits", { boundaries: 3, empathy: 1 }, { difficulty: 4 }),
  ];
  const weakOnEmpathy = (n: number, scenario: string, day = n) =>
    session(n, { calm: 75, empathy: 40, honesty: 70, boundaries: 70 }, { scenario, day, overall: 72 });

  it("with no sessions, starts with the gentlest scenario", () => {
    const rec = recommend(library, [], dayAt(0));
    expect(rec?.scenario.id).toBe("gentle");
    expect(rec?.reasons.map((r) => r.kind)).toEqual(["first-session", "not-played"]);
    expect(rec?.due).toBeUndefined();
  });

  it("picks an unplayed scenario that weighs the weakest recent dimension most", () => {
    const rec = recommend(library, [weakOnEmpathy(1, "gentle")], dayAt(1.1));
    expect(rec?.scenario.id).toBe("empathy-heavy");
    expect(rec?.focus).toEqual({ dimension: "empathy", recent: 40, practised: true });
    expect(rec?.reasons.map((r) => r.kind)).toEqual(["focus", "not-played"]);
    expect(rec?.reasons[0]?.text).toBe(
      "Your weakest area lately is empathy (40, recency-weighted); all 4 of its turns test it.",
    );
  });

  it("puts a scenario due after a poor run before anything unplayed", () => {
    const rec = recommend(library, [poor(1, "limits")], dayAt(2.5));
    expect(rec?.scenario.id).toBe("limits");
    expect(rec?.reasons[0]?.kind).toBe("review-poor");
    expect(rec?.reasons[0]?.text).toMatch(/scored 45: a scenario comes back the day after a run like that/);
    expect(rec?.due).toBe(rec?.review?.due);
    expect(rec?.review).toMatchObject({ intervalDays: 1, isDue: true, lastGood: false });
  });

  it("does not bring back a poor run before its day is up", () => {
    const rec = recommend(library, [poor(1, "limits")], dayAt(1.5));
    expect(rec?.scenario.id).not.toBe("limits");
  });

  it("prefers a scenario that tests a dimension never tested yet", () => {
    const noBoundaries = session(
      1,
      { calm: 80, empathy: 50, honesty: 80 },
      { scenario: "gentle", overall: 70 },
    );
    const rec = recommend(library, [noBoundaries], dayAt(1.5));
    expect(rec?.scenario.id).toBe("limits");
    expect(rec?.focus).toEqual({ dimension: "boundaries", recent: null, practised: false });
    expect(rec?.reasons[0]?.text).toBe(
      "You have not been tested on boundaries yet; 3 of its 4 turns test it.",
    );
  });

  it("after the unplayed ones that test the focus, reviews a scenario due after good runs", () => {
    const played = [
      weakOnEmpathy(1, "empathy-heavy", 0),
      weakOnEmpathy(2, "some-empathy", 0),
      weakOnEmpathy(3, "limits", 0),
      good(4, "gentle"),
    ];
    // Every scenario is played. gentle's good run on day 4 comes due on day 7; the other three had
    // one good run (72, de-escalated) on day 0, so they are due on day 3: the one that weighs
    // empathy (the weakest) most goes first.
    const rec = recommend(library, played, dayAt(3.5));
    expect(rec?.scenario.id).toBe("empathy-heavy");
    expect(rec?.reasons.map((r) => r.kind)).toEqual(["review-good", "focus"]);
    expect(rec?.reasons[0]?.text).toMatch(/after one good run in a row it comes back after 3 days/);
  });

  it("with everything played and nothing due, names the one that comes due soonest", () => {
    const played = [good(1, "gentle"), good(2, "empathy-heavy"), good(3, "some-empathy"), good(4, "limits")];
    const rec = recommend(library, played, dayAt(3.9));
    expect(rec?.scenario.id).toBe("gentle");
    expect(rec?.reasons.at(-1)?.kind).toBe("soonest-due");
    expect(rec?.due).toBe(reviewOf([played[0] as never], dayAt(0))?.due);
  });

  it("ignores sessions of scenarios no longer in the library, and returns nothing with no scenarios", () => {
    expect(recommend(library, [poor(1, "gone")], dayAt(5))?.scenario.id).toBe("gentle");
    expect(recommend([], [poor(1)], dayAt(5))).toBeUndefined();
  });

  it("is deterministic: the same inputs in any order give the same answer", () => {
    const played = [
      poor(1, "gentle"),
      weakOnEmpathy(2, "limits"),
      good(3, "some-empathy"),
      poor(4, "limits"),
    ];
    const once = recommend(library, played, dayAt(9));
    for (let i = 0; i < 5; i++) {
      const shuffled = [...played].sort(() => (i % 2 ? 1 : -1));
      expect(recommend([...library].reverse(), shuffled, dayAt(9))).toEqual(once);
    }
  });
});

describe("scenario profiles", () => {
  const scenario = {
    title: "T",
    difficulty: 3,
    tags: ["x"],
    rubric: { weights: { boundaries: 2 } },
    turns: {
      open: { customer: "Where is my parcel?", next: [{ goto: "rant" }] },
      rant: {
        customer: "This is RIDICULOUS. I want a refund today!",
        rubric: { weights: { empathy: 3 } },
        next: [{ goto: "fixed" }],
      },
      asked: { customer: "Fine.", tests: ["empathy"], next: [{ goto: "fixed" }] },
      fixed: { end: "resolved", customer: "Thanks." },
    },
  } as unknown as Scenario;

  it("counts the turns that test each dimension (author's tests, else the line) and their weight share", () => {
    const p = profileOf("t", scenario);
    expect(p.turns).toBe(3);
    expect(p.tested).toEqual({ calm: 2, empathy: 2, honesty: 2, boundaries: 1 });
    // Weights: calm 1+1, honesty 1+1, empathy 3 (rant) + 1 (asked), boundaries 2 (rant).
    expect(p.share.empathy).toBeCloseTo(4 / 10);
    expect(p.share.boundaries).toBeCloseTo(2 / 10);
    expect(p.share.calm).toBeCloseTo(2 / 10);
  });
});
