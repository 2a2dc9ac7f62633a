import { describe, expect, it } from "vitest";
import type { SessionSummary } from "../../src/store/types.js";
import { renderHistory } from "../../src/ui/history.js";
import { displayWidth } from "../../src/ui/text.js";

/** The history table fits the terminal: 60 columns at least, the scenario column gives way first. */

const summary = (over: Partial<SessionSummary>): SessionSummary => ({
  id: "7kq2ab",
  scenarioId: "refund-thrown-product",
  scenarioTitle: "The headphones on the counter",
  startedAt: "2026-11-30T08:34:00.000Z",
  outcome: "deescalated",
  turns: 3,
  overall: 72,
  dimensions: { calm: 80, empathy: 65, honesty: 70, boundaries: null },
  exam: false,
  hintsUsed: 0,
  retries: 0,
  modelsSeen: 0,
  ...over,
});

const sessions = [
  summary({}),
  summary({ id: "m3x0aa", scenarioId: "a-very-long-scenario-id-that-goes-on-and-on", outcome: "unfinished" }),
  summary({
    id: "zz9y8x",
    outcome: "escalated",
    overall: null,
    dimensions: { calm: 5, empathy: 100, honesty: null, boundaries: 0 },
  }),
];

describe("renderHistory", () => {
  it.each([60, 72, 80, 100])("fits %i columns", (width) => {
    const text = renderHistory(sessions, { total: 3, view: { plain: false, width }, filtered: false });
    for (const line of text.split("\n")) expect(displayWidth(line), line).toBeLessThanOrEqual(width);
    expect(text).toContain("7kq2ab");
    expect(text).toMatch(/calmed\s+72\s+80\s+65\s+70\s+–/);
    expect(text).toMatch(/escalated\s+–\s+5\s+100\s+–\s+0/);
  });

  it("shows the time when there is room, and cuts long scenario ids with …", () => {
    const wide = renderHistory(sessions, { total: 3, view: { plain: false, width: 100 }, filtered: false });
    expect(wide).toMatch(/7kq2ab \d{4}-\d\d-\d\d \d\d:\d\d refund-thrown-product/);
    const narrow = renderHistory(sessions, { total: 3, view: { plain: false, width: 60 }, filtered: false });
    expect(narrow).toMatch(/m3x0aa \d{4}-\d\d-\d\d a-very-lon…/);
  });

  it("says how many are not shown", () => {
    const text = renderHistory(sessions, { total: 30, view: { plain: true, width: 80 }, filtered: false });
    expect(text).toContain("SHOWING: 3 of 30 sessions (--limit 0 for all).");
    expect(text).toContain("boundaries not tested");
  });
});
