import { describe, expect, it } from "vitest";
import { signalCostsOf } from "../../src/progress/costs.js";
import {
  adviceFor,
  computeProgress,
  HALF_LIFE,
  recencyWeighted,
  SERIES_LENGTH,
} from "../../src/progress/progress.js";
import { SIGNALS } from "../../src/scoring/index.js";
import type { Transcript } from "../../src/session/engine.js";
import { cost, flat, session } from "./fake.js";

const meta = (id: string) => SIGNALS.find((s) => s.id === id);

describe("recency weighting", () => {
  // The newest score counts 1; a score k places older counts 0.5^(k / halfLife).
  it.each([
    { scores: [], halfLife: 5, want: null },
    { scores: [62], halfLife: 5, want: 62 },
    { scores: [70, 70, 70, 70], halfLife: 5, want: 70 },
    { scores: [0, 100], halfLife: 1, want: 100 / 1.5 },
    { scores: [100, 0], halfLife: 1, want: (100 * 0.5) / 1.5 },
    { scores: [0, 100], halfLife: 5, want: 100 / (1 + 0.5 ** (1 / 5)) },
    { scores: [40, 40, 40, 40, 40, 80], halfLife: 5, want: undefined },
  ])("$scores with half-life $halfLife", ({ scores, halfLife, want }) => {
    const got = recencyWeighted(scores, halfLife);
    if (want === undefined) {
      // Newer sessions weigh more: above the plain mean (46.7), below the newest.
      expect(got).toBeGreaterThan(40 + 40 / 6);
      expect(got).toBeLessThan(80);
    } else if (want === null) expect(got).toBeNull();
    else expect(got).toBeCloseTo(want, 6);
  });

  it("halves a session's weight every HALF_LIFE sessions", () => {
    const old = [100, ...Array(HALF_LIFE).fill(0)];
    // 100 at weight 0.5 against five zeros weighing 1 + d + ... + d^4 (d = 0.5^(1/5)).
    const d = 0.5 ** (1 / HALF_LIFE);
    const zeros = [0, 1, 2, 3, 4].reduce((sum, k) => sum + d ** k, 0);
    expect(recencyWeighted(old)).toBeCloseTo((100 * 0.5) / (zeros + 0.5), 6);
  });
});

describe("progress per dimension", () => {
  it("finds first, latest and best in time order whatever order the summaries come in", () => {
    const summaries = [flat(3, 72), flat(1, 40), flat(4, 65), flat(2, 80)];
    const p = computeProgress(summaries);
    const calm = p.dimensions.find((d) => d.dimension === "calm");
    expect(calm).toMatchObject({
      practised: true,
      sessions: 4,
      first: { score: 40, session: "s001" },
      latest: { score: 65, session: "s004" },
      best: { score: 80, session: "s002" },
      series: [40, 80, 72, 65],
    });
    expect(calm?.recent).toBe(Math.round(recencyWeighted([40, 80, 72, 65]) as number));
    expect(p.sessions).toBe(4);
    expect(p.from).toBe(session(1, {}).startedAt);
    expect(p.to).toBe(session(4, {}).startedAt);
  });

  it("keeps the earliest session that reached the best", () => {
    const p = computeProgress([flat(1, 80), flat(2, 80), flat(3, 50)]);
    expect(p.dimensions[0]?.best?.session).toBe("s001");
  });

  it("shows a dimension no session tested as not yet practised, never 0", () => {
    const p = computeProgress([
      session(1, { calm: 60, honesty: 70, empathy: 30 }),
      session(2, { calm: 62, honesty: 71 }),
    ]);
    const boundaries = p.dimensions.find((d) => d.dimension === "boundaries");
    expect(boundaries).toMatchObject({
      practised: false,
      sessions: 0,
      recent: null,
      first: null,
      best: null,
      trend: "not practised",
    });
    expect(boundaries?.series).toEqual([null, null]);
    // Empathy counts only the session that tested it, and its series has a gap.
    const empathy = p.dimensions.find((d) => d.dimension === "empathy");
    expect(empathy).toMatchObject({ sessions: 1, recent: 30, series: [30, null] });
    expect(p.weakest?.dimension).toBe("empathy");
    expect(p.notes.join(" ")).toMatch(/Boundaries have not been tested yet/);
  });

  it("leaves out sessions with no scored reply, and says how many", () => {
    const p = computeProgress([flat(1, 60), session(2, {}, { turns: 0 })]);
    expect(p.sessions).toBe(1);
    expect(p.unscored).toBe(1);
  });

  it("keeps the newest SERIES_LENGTH sessions in the series", () => {
    const many = Array.from({ length: SERIES_LENGTH + 7 }, (_, i) => flat(i + 1, i));
    const calm = computeProgress(many).dimensions[0];
    expect(calm?.series).toHaveLength(SERIES_LENGTH);
    expect(calm?.series[0]).toBe(7);
    expect(calm?.series.at(-1)).toBe(SERIES_LENGTH + 6);
    expect(calm?.first?.score).toBe(0);
  });

  // Trend: the recency-weighted figure against the first, from 3 sessions on, ±5 points.
  it.each([
    { scores: [50], trend: "too early" },
    { scores: [50, 90], trend: "too early" },
    { scores: [50, 60, 70], trend: "rising" },
    { scores: [70, 60, 50], trend: "falling" },
    { scores: [50, 52, 54], trend: "steady" },
    { scores: [50, 40, 58], trend: "steady" },
    // A weak session just before the best one drags the weighted figure down: not "falling".
    { scores: [66, 66, 19, 83], trend: "mixed" },
    { scores: [60, 60, 99, 50], trend: "mixed" },
  ])("calls $scores $trend", ({ scores, trend }) => {
    const p = computeProgress(scores.map((s, i) => flat(i + 1, s)));
    expect(p.dimensions[0]?.trend).toBe(trend);
  });
});

describe("what the notes say about movement", () => {
  it("says when the weighted figure and the latest session disagree", () => {
    const p = computeProgress([66, 66, 19, 83].map((s, i) => flat(i + 1, s)));
    expect(p.notes.find((n) => n.startsWith("Against your first session"))).toMatch(
      /calm is down \d+ overall but above it in your latest session/,
    );
  });

  it("names rises, falls and what held, in plain grammar", () => {
    const p = computeProgress([
      session(1, { calm: 40, empathy: 80, honesty: 60, boundaries: 40 }),
      session(2, { calm: 60, empathy: 60, honesty: 61, boundaries: 60 }),
      session(3, { calm: 70, empathy: 50, honesty: 62, boundaries: 70 }),
    ]);
    const note = p.notes.find((n) => n.startsWith("Against your first session"));
    expect(note).toMatch(
      /calm is up \d+, boundaries are up \d+ and empathy is down \d+; honesty is within 5 points of where it started\./,
    );
  });
});

describe("few sessions: honest, sensible output", () => {
  it.each([
    { n: 0, note: /Once you have practised, this shows how each skill moves/, weakest: false },
    { n: 1, note: /One session so far: these are first readings, not a trend/, weakest: true },
    { n: 2, note: /Two sessions so far: too early to call a trend/, weakest: true },
    { n: 3, note: /Against your first session/, weakest: true },
  ])("$n sessions", ({ n, note, weakest }) => {
    const p = computeProgress(Array.from({ length: n }, (_, i) => flat(i + 1, 50 + i * 10)));
    expect(p.sessions).toBe(n);
    expect(p.notes.join(" ")).toMatch(note);
    expect(p.weakest !== undefined).toBe(weakest);
    if (n === 0) expect(p.dimensions.every((d) => !d.practised && d.recent === null)).toBe(true);
    expect(p.notes.join(" ")).not.toMatch(/streak|badge|level up|congrat/i);
  });
});

describe("the weakest dimension and its advice", () => {
  const summaries = [
    session(1, { calm: 70, empathy: 40, honesty: 65, boundaries: 60 }),
    session(2, { calm: 75, empathy: 45, honesty: 60, boundaries: 62 }),
  ];

  it("is the lowest recency-weighted figure; ties go to the first in calm, empathy, honesty, boundaries", () => {
    expect(computeProgress(summaries).weakest?.dimension).toBe("empathy");
    expect(computeProgress([flat(1, 50)]).weakest?.dimension).toBe("calm");
  });

  it("lists the signals that most often cost it points, with words and tips from the detectors' meta", () => {
    const costs = [
      cost("dismissive", "empathy", 2, 40),
      cost("but-undercut", "empathy", 5, 50),
      cost("names-feeling", "empathy", 3, 30, "Expected here and missing: ..."),
      cost("shouting", "calm", 9, 90),
      cost("brush-off-phrase", "empathy", 1, 10, "They said it was brushed off."),
      cost("generic-feeling", "empathy", 2, 10),
    ];
    const advice = computeProgress(summaries, costs).weakest?.advice ?? [];
    // Most frequent first, then most points; at most three; other dimensions left out.
    expect(advice.map((a) => a.signal)).toEqual(["but-undercut", "names-feeling", "dismissive"]);
    expect(advice[0]).toMatchObject({
      count: 5,
      points: 50,
      habit: meta("but-undercut")?.summary.replace(/\.$/, ""),
      tip: meta("but-undercut")?.tip,
      missing: false,
    });
    // A signal that helps cost points by being expected and missing.
    expect(advice[1]?.missing).toBe(true);
    expect(advice[1]?.habit).toMatch(/^Left out where it was expected: naming what the customer feels/);
  });

  it("leaves out the wording layer's nudge, which is a tendency, not a habit with advice", () => {
    const boundaries = [
      session(1, { calm: 80, empathy: 80, honesty: 80, boundaries: 40 }),
      session(2, { calm: 80, empathy: 80, honesty: 80, boundaries: 45 }),
    ];
    const costs = [cost("wording", "boundaries", 9, 54), cost("capitulates", "boundaries", 2, 70)];
    const advice = computeProgress(boundaries, costs).weakest?.advice ?? [];
    expect(advice.map((a) => a.signal)).toEqual(["capitulates"]);
  });

  it("uses the finding's message for a scenario's own signal, with no tip", () => {
    expect(adviceFor(cost("brush-off-phrase", "empathy", 1, 10, "They said it was brushed off."))).toEqual({
      signal: "brush-off-phrase",
      count: 1,
      points: 10,
      habit: "They said it was brushed off",
      missing: false,
    });
  });

  it("falls back to a standing tip when no signal explains the weakest dimension", () => {
    const p = computeProgress(summaries, []);
    expect(p.weakest?.advice).toEqual([]);
    expect(p.notes).toContain(p.weakest?.standing);
  });
});

describe("signal costs from transcripts", () => {
  const finding = (signal: string, dimension: "calm" | "empathy", points: number, message = signal) => ({
    signal,
    dimension,
    effect: points < 0 ? ("hurts" as const) : ("helps" as const),
    points,
    message,
  });
  const transcript = (startedAt: string, turns: ReturnType<typeof finding>[][]) =>
    ({
      startedAt,
      turns: turns.map((evidence, i) => ({ answeredAt: `${startedAt}#${i}`, scorecard: { evidence } })),
    }) as unknown as Transcript;

  it("counts turns and sums points per signal and dimension, keeps the last message, most costly first", () => {
    const costs = signalCostsOf([
      transcript("2026-11-01", [
        [finding("shouting", "calm", -10, "old"), finding("shouting", "empathy", -3)],
        [finding("shouting", "calm", -15, "new"), finding("names-feeling", "empathy", 12)],
      ]),
      transcript("2026-11-02", [[finding("dismissive", "empathy", -30)]]),
    ]);
    expect(costs).toEqual([
      { signal: "dismissive", dimension: "empathy", count: 1, points: 30, message: "dismissive" },
      { signal: "shouting", dimension: "calm", count: 2, points: 25, message: "new" },
      { signal: "shouting", dimension: "empathy", count: 1, points: 3, message: "shouting" },
    ]);
    expect(signalCostsOf([], "calm")).toEqual([]);
  });
});
