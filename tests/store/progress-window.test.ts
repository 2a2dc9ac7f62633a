import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROGRESS_WINDOW, progressReport } from "../../src/progress/from-source.js";
import { computeProgress } from "../../src/progress/progress.js";
import { DIMENSIONS } from "../../src/scoring/types.js";
import type { Transcript, TurnRecord } from "../../src/session/engine.js";
import { Store } from "../../src/store/db.js";
import { tempDir } from "../helpers/cli.js";

/** A one-turn session with these scores; null leaves a dimension untested. */
function session(i: number, scores: Record<string, number | null>): Transcript {
  const startedAt = new Date(Date.parse("2025-01-01T00:00:00.000Z") + i * 3_600_000).toISOString();
  const assessed = Object.fromEntries(DIMENSIONS.map((d) => [d, scores[d] !== null]));
  const values = Object.fromEntries(DIMENSIONS.map((d) => [d, scores[d] ?? 50]));
  const turn = {
    index: 0,
    node: "opening",
    customer: "Where is my parcel?",
    mood: "same",
    abusive: false,
    reply: `reply ${i}`,
    hintUsed: false,
    scorecard: { scores: values, assessed, overall: 60, evidence: [] },
    fired: [],
    angerBefore: 60,
    angerAfter: 55,
    next: "end",
    askedAt: startedAt,
    answeredAt: startedAt,
  } as unknown as TurnRecord;
  return {
    format: 1,
    scenario: {
      id: i % 3 ? "late-delivery-overpromise" : "refund-thrown-product",
      version: 1,
      title: "A scenario",
    },
    startedAt,
    endedAt: startedAt,
    outcome: "deescalated",
    anger: { start: 60, end: 55 },
    turns: [turn],
  };
}

/** A store of `n` sessions, and a view of it that records the limit of every summaries() call. */
function seeded(n: number, everyNth: number): { store: Store; spy: Store; limits: (number | undefined)[] } {
  const store = new Store(join(tempDir("progress-window-"), "coach.db"));
  store.write(() => {
    for (let i = 0; i < n; i++)
      store.writeSession(
        `w${i.toString(36).padStart(4, "0")}`,
        session(i, {
          calm: (i * 37) % 101,
          // The best empathy is early (session 3), far outside the window.
          empathy: i === 3 ? 99.6 : 20 + ((i * 13) % 60),
          // Honesty is tested in one session of every `everyNth`.
          honesty: i % everyNth === 0 ? (i * 7) % 100 : null,
          boundaries: i % 2 === 0 ? 30 + (i % 50) : null,
        }),
        "run",
      );
  });
  const limits: (number | undefined)[] = [];
  const spy = Object.assign(Object.create(store), {
    summaries: (query: Parameters<Store["summaries"]>[0] = {}) => {
      limits.push(query.limit);
      return store.summaries(query);
    },
  }) as Store;
  return { store, spy, limits };
}

describe("progress over more sessions than the window", () => {
  const n = PROGRESS_WINDOW + 137;

  it("reads only the window, and gives exactly the figures of reading every session", () => {
    const { store, spy, limits } = seeded(n, 2);
    const windowed = progressReport(spy);
    expect(limits).toEqual([PROGRESS_WINDOW]);
    const whole = computeProgress(store.summaries(), store.signalCosts({ sessions: 10 }));
    expect(windowed.sessions).toBe(n);
    expect(windowed.dimensions).toEqual(whole.dimensions);
    expect(windowed.from).toBe(whole.from);
    expect(windowed.to).toBe(whole.to);
    expect(windowed.notes).toEqual(whole.notes);
    expect(windowed.dimensions.find((d) => d.dimension === "empathy")?.best?.score).toBe(100);
    store.close();
  });

  it("reads every session when the window holds too few of a dimension's tests", () => {
    const { store, spy, limits } = seeded(n, 4);
    const report = progressReport(spy);
    expect(limits.at(-1)).toBeUndefined();
    expect(report.dimensions).toEqual(computeProgress(store.summaries(), []).dimensions);
    store.close();
  });
});
