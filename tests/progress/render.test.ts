import { describe, expect, it } from "vitest";
import { recommend } from "../../src/progress/next.js";
import { computeProgress } from "../../src/progress/progress.js";
import { nextMenuLine, renderNext, renderProgress, sparkline, sparkWidth } from "../../src/ui/progress.js";
import { displayWidth } from "../../src/ui/text.js";
import { cost, dayAt, profile, session } from "./fake.js";

const BLOCKS = /[▁▂▃▄▅▆▇█]/;

describe("sparklines", () => {
  it.each([
    { series: [0, 12, 13, 25, 50, 87, 88, 100], plain: false, want: "▁▁▂▃▅▇██" },
    { series: [0, 9, 10, 55, 99, 100], plain: true, want: "001599" },
    { series: [40, null, 70], plain: false, want: "▄·▆" },
    { series: [40, null, 70], plain: true, want: "4.7" },
    { series: [], plain: false, want: "" },
  ])("$series (plain: $plain) -> $want", ({ series, plain, want }) => {
    expect(sparkline(series, plain)).toBe(want);
  });

  it.each([
    [40, 8],
    [60, 20],
    [80, 30],
    [100, 30],
  ])("at %i columns the sparkline gets %i", (width, spark) => {
    expect(sparkWidth(width)).toBe(spark);
  });
});

// 34 sessions: more than a sparkline holds, boundaries tested on some, empathy the weakest.
const summaries = Array.from({ length: 34 }, (_, i) =>
  session(
    i + 1,
    {
      calm: 50 + i,
      empathy: 30 + (i % 5) * 4,
      honesty: 60 + (i % 3) * 5,
      boundaries: i % 4 === 0 ? 45 + i : null,
    },
    { scenario: i % 2 ? "refund" : "late" },
  ),
);
const costs = [
  cost("but-undercut", "empathy", 6, 60),
  cost("names-feeling", "empathy", 4, 40),
  cost("invalidates", "empathy", 1, 25),
];
const full = computeProgress(summaries, costs);

describe("the progress report", () => {
  it.each([
    [60, false],
    [80, false],
    [60, true],
    [80, true],
  ])("fits %i columns (plain: %s), Unicode blocks only when not plain", (width, plain) => {
    const text = renderProgress(full, { width, plain });
    for (const line of text.split("\n")) expect(displayWidth(line), line).toBeLessThanOrEqual(width);
    expect(BLOCKS.test(text)).toBe(!plain);
    if (plain) expect(text).not.toMatch(/[·→]/);
    expect(text).toMatch(/recency-weighted\s+mean/);
    expect(text).toMatch(/halves\s+for\s+every\s+5\s+sessions/);
  });

  it("shows each dimension's sparkline, now, latest, first and best at 80 columns", () => {
    const text = renderProgress(full, { width: 80, plain: false });
    const calm = full.dimensions[0];
    const row = text.split("\n").find((l) => l.startsWith("  calm"));
    expect(row).toBe(
      `  calm        ${sparkline(calm?.series.slice(-30) ?? [], false)}  ${String(calm?.recent).padStart(3)}      83     50    83`,
    );
    expect(text).toContain("now  latest  first  best");
    expect(text).toContain("Weakest lately: empathy");
    expect(text).toContain("• An acknowledgement undone by 'but' and blame");
    expect(text).toContain("6 times, 60 points in all.");
    expect(text).toContain("Try: Stop the acknowledgement before the 'but'");
  });

  it("reads as the inline snapshot at 60 columns (colour off)", () => {
    const few = computeProgress(
      [
        session(1, { calm: 60, empathy: 35, honesty: 70 }),
        session(2, { calm: 66, empathy: 42, honesty: 72 }),
        session(3, { calm: 71, empathy: 40, honesty: 74, boundaries: 55 }),
      ],
      [cost("generic-feeling", "empathy", 2, 10)],
    );
    expect(renderProgress(few, { width: 60, plain: false })).toMatchInlineSnapshot(`
      "Progress over 3 sessions, 2026-11-02 to 2026-11-04

                    oldest → newest       now  latest  first  best
        calm        ▅▆▆                    66      71     60    71
        empathy     ▃▄▄                    39      40     35    42
        honesty     ▆▆▆                    72      74     70    74
        boundaries  ··▅                    55      55     55    55

        Against your first session, the recency-weighted figures
        show: calm is up 6; empathy and honesty are within 5
        points of where they started.
        Scenarios differ in difficulty, so some of the movement is
        the scenario, not you.

        Weakest lately: empathy (39). What most often cost you
        points there, in your recent sessions:
        • A feeling named with nothing of the customer's own
          situation ('That's awful, I'm so sorry'): twice, 10
          points in all.
          Try: Tie the feeling to one detail they gave you: 'A
          third postponement, with your dad's heart on your mind:
          that's frightening.'

        How these are computed: "now" is a recency-weighted mean
        of your session scores on each dimension: a session's
        weight halves for every 5 sessions played since, so the
        newest count most. A session counts only for the
        dimensions it tested (its score there is the mean of the
        replies that tested it). Bars: one per session, oldest
        first, from ▁ (0) to █ (100); · not tested."
    `);
  });

  it("in plain mode uses fixed labels and digits, one per session", () => {
    const text = renderProgress(full, { width: 80, plain: true });
    expect(text).toMatch(/^PROGRESS: over 34 sessions, 2026-11-02 to 2026-12-05$/m);
    expect(text).toMatch(/^calm: now \d+, latest 83, first 50, best 83, over 34 sessions; by session/m);
    expect(text).toMatch(/^WEAKEST: empathy \d+$/m);
    expect(text).toMatch(/^COST: An acknowledgement undone by 'but'/m);
    expect(text).toMatch(/^TRY: /m);
    expect(text).toMatch(/^METHOD: /m);
  });

  it("says plainly when there is nothing yet, and never shows an unpractised dimension as 0", () => {
    const none = renderProgress(computeProgress([]), { width: 60, plain: false });
    expect(none).toMatch(/^No scored sessions yet\./);
    expect(none).not.toMatch(BLOCKS);
    const one = renderProgress(computeProgress([session(1, { calm: 60, honesty: 50 })]), {
      width: 60,
      plain: false,
    });
    expect(one).toMatch(/^ {2}boundaries {2}not yet practised$/m);
    expect(one).toMatch(/^ {2}empathy {5}not yet practised$/m);
    expect(one).toContain("One session so far");
  });

  it("removes control characters from messages read from session files", () => {
    const p = computeProgress(
      [session(1, { calm: 40 })],
      [cost("own-rule", "calm", 2, 8, "Bad\u001b[31m words\u0007")],
    );
    const text = renderProgress(p, { width: 80, plain: false });
    expect(text).toContain("Bad words: twice");
    expect(text).not.toContain("\u001b");
  });
});

describe("the next recommendation", () => {
  const library = [profile("gentle", {}, { difficulty: 1 }), profile("limits", { boundaries: 3 })];
  const rec = recommend(
    library,
    [session(1, { calm: 70, honesty: 70, empathy: 60 }, { scenario: "gentle" })],
    dayAt(1.2),
  );

  it.each([60, 80])("fits %i columns and ends with the command that starts it", (width) => {
    for (const plain of [false, true]) {
      const text = renderNext(rec, { width, plain });
      for (const line of text.split("\n")) expect(displayWidth(line), line).toBeLessThanOrEqual(width);
      expect(text.split("\n").at(-1)).toBe("Next: coach run limits");
    }
  });

  it("gives the menu one line: the title, and the reasons in a few words, cut to fit", () => {
    if (!rec) throw new Error("no recommendation");
    const line = nextMenuLine(rec, 40);
    expect(line.name).toBe("Suggested: Title of limits");
    expect(displayWidth(line.description)).toBeLessThanOrEqual(36);
    expect(line.description.endsWith("…")).toBe(true);
    expect(nextMenuLine(rec, 200).description).toBe("Tests boundaries, not practised yet · not played yet");
  });

  it("says so when there is nothing to practise", () => {
    expect(renderNext(undefined, { width: 60, plain: false })).toMatch(/no valid scenarios/);
  });
});
