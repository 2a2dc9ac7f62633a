import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { DatabaseSync } from "node:sqlite";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { resolveScenario, scenarioFolders } from "../../src/scenario/load.js";
import type { Scenario } from "../../src/scenario/schema.js";
import { scoreReply } from "../../src/scoring/index.js";
import { type Answer, runSession, type Transcript } from "../../src/session/engine.js";
import { buildReport } from "../../src/session/report.js";
import { Store, StoreError } from "../../src/store/db.js";
import { SCHEMA_VERSION } from "../../src/store/schema.js";
import { sessionFigures } from "../../src/store/summary.js";
import { tempDir } from "../helpers/cli.js";

/** The store on its own: what it keeps, what it answers, and how it fails. */

let scenario: Scenario;
beforeAll(() => {
  scenario = resolveScenario("refund-thrown-product", scenarioFolders())?.scenario as Scenario;
});

const replies = {
  good: "A week is far too soon for them to stop working, I can see why you're fed up.",
  refund: "I will put it through now; your bank shows it in 3 to 5 working days.",
  curt: "Calm down. Policy is policy.",
  fr: "Je comprends, je vais vous rembourser.",
};

async function session(lines: string[], startedAt = "2026-11-01T10:00:00.000Z"): Promise<Transcript> {
  const queue = [...lines];
  let clock = Date.parse(startedAt);
  return runSession(scenario, "refund-thrown-product", {
    ask: async (): Promise<Answer> => {
      const reply = queue.shift();
      return reply === undefined ? { quit: true, reason: "no-more-replies" } : { reply };
    },
    score: scoreReply,
    now: () => {
      clock += 1000;
      return new Date(clock);
    },
  });
}

/** The transcript with an earlier attempt at its first turn (a /retry), a hint and a model seen. */
function withRetry(transcript: Transcript, earlier: Transcript): Transcript {
  const first = transcript.turns[0];
  const old = earlier.turns[0];
  if (!first || !old) throw new Error("needs a turn");
  first.attempts = [
    {
      reply: old.reply,
      hintUsed: true,
      scorecard: old.scorecard,
      fired: old.fired,
      angerAfter: old.angerAfter,
      next: old.next,
      askedAt: old.askedAt,
      answeredAt: old.answeredAt,
    },
  ];
  first.modelSeen = true;
  return transcript;
}

const newStore = () => new Store(join(tempDir("store-"), "coach.db"));

describe("a session's figures are the report card's", () => {
  it.each([
    ["two replies", [replies.good, replies.refund]],
    ["a curt reply", [replies.curt, replies.good]],
    ["a reply not in English (tests nothing)", [replies.fr, replies.good]],
    ["no replies", []],
  ])("%s", async (_, lines) => {
    const transcript = await session(lines);
    const report = buildReport(transcript, scenario);
    const figures = sessionFigures(transcript);
    expect(figures.overall).toBe(report.overall);
    for (const d of ["calm", "empathy", "honesty", "boundaries"] as const)
      expect(figures.dimensions[d]).toBe(report.dimensions[d].average);
  });
});

describe("Store", () => {
  it("keeps the transcript exactly, one row per attempt, and counts hints, retries and models seen", async () => {
    const store = newStore();
    const transcript = withRetry(
      await session([replies.good, replies.refund]),
      await session([replies.curt]),
    );
    const id = store.save(transcript);
    expect(id).toMatch(/^[0-9a-z]{6}$/);
    expect(store.transcript(id)).toEqual(transcript);
    expect(store.transcript("last")).toEqual(transcript);
    const [summary] = store.summaries();
    expect(summary).toMatchObject({ id, turns: 2, hintsUsed: 1, retries: 1, modelsSeen: 1, exam: false });
    const rows = store
      .statement(
        "SELECT turn, attempt, is_last, reply, hint_used, model_seen FROM turns ORDER BY turn, attempt",
      )
      .all();
    expect(rows).toEqual([
      { turn: 0, attempt: 0, is_last: 0, reply: replies.curt, hint_used: 1, model_seen: 0 },
      { turn: 0, attempt: 1, is_last: 1, reply: replies.good, hint_used: 0, model_seen: 1 },
      { turn: 1, attempt: 0, is_last: 1, reply: replies.refund, hint_used: 0, model_seen: 0 },
    ]);
    store.close();
  });

  it("saving again updates the same session (the checkpoint after each reply)", async () => {
    const store = newStore();
    const transcript = await session([replies.good]);
    const id = store.save({ ...transcript, turns: [] });
    expect(store.summaries()[0]?.turns).toBe(0);
    expect(store.save(transcript, id)).toBe(id);
    expect(store.summaries()).toHaveLength(1);
    expect(store.summaries()[0]?.turns).toBe(1);
    store.close();
  });

  it("a checkpoint is committed without a flush, where another reader sees it; the final save flushes", async () => {
    const store = newStore();
    const transcript = await session([replies.good]);
    const pragmas: string[] = [];
    const exec = DatabaseSync.prototype.exec;
    const spy = vi.spyOn(DatabaseSync.prototype, "exec").mockImplementation(function (
      this: DatabaseSync,
      sql,
    ) {
      if (/^PRAGMA synchronous/.test(sql)) pragmas.push(sql);
      return exec.call(this, sql);
    });
    try {
      const id = store.save({ ...transcript, turns: [] }, undefined, "run", false);
      const reader = new DatabaseSync(store.file, { readOnly: true });
      expect(reader.prepare("SELECT turns FROM sessions WHERE id = ?").get(id)).toEqual({ turns: 0 });
      store.save(transcript, id, "run", false);
      expect(reader.prepare("SELECT turns FROM sessions WHERE id = ?").get(id)).toEqual({ turns: 1 });
      reader.close();
      store.save(transcript, id);
      // Opened FULL; NORMAL for the two checkpoints (set once), FULL again for the last save.
      expect(pragmas).toEqual([
        "PRAGMA synchronous = FULL",
        "PRAGMA synchronous = NORMAL",
        "PRAGMA synchronous = FULL",
      ]);
    } finally {
      spy.mockRestore();
      store.close();
    }
  });

  it("summaries: newest first, by scenario, since a time, at most a limit", async () => {
    const store = newStore();
    for (const day of ["01", "03", "02"])
      store.save(await session([replies.good], `2026-11-${day}T09:00:00.000Z`));
    const other = await session([replies.good], "2026-11-04T09:00:00.000Z");
    other.scenario = { ...other.scenario, id: "other" };
    store.save(other);
    expect(store.summaries().map((s) => s.startedAt.slice(8, 10))).toEqual(["04", "03", "02", "01"]);
    expect(store.summaries({ scenario: "refund-thrown-product" })).toHaveLength(3);
    expect(store.summaries({ since: "2026-11-03" }).map((s) => s.scenarioId)).toEqual([
      "other",
      "refund-thrown-product",
    ]);
    expect(store.summaries({ limit: 2 })).toHaveLength(2);
    expect(store.count({ scenario: "other" })).toBe(1);
    expect(store.bestOverall().get("other")).toBe(store.summaries()[0]?.overall);
    store.close();
  });

  it("signalCosts: each signal that took points, most costly first, over the newest sessions", async () => {
    const store = newStore();
    const older = await session([replies.curt, replies.curt], "2026-11-01T09:00:00.000Z");
    const newer = await session([replies.curt], "2026-11-02T09:00:00.000Z");
    store.save(older);
    store.save(newer);
    /** What the findings add up to, counted by hand: turns each signal hurt on, and points taken. */
    const expected = (transcripts: Transcript[]) => {
      const costs = new Map<string, { count: number; points: number }>();
      for (const t of transcripts)
        for (const turn of t.turns) {
          const seen = new Set<string>();
          for (const f of turn.scorecard.evidence.filter((x) => x.effect === "hurts")) {
            const key = `${f.signal}|${f.dimension}`;
            const entry = costs.get(key) ?? { count: 0, points: 0 };
            if (!seen.has(key)) entry.count++;
            seen.add(key);
            entry.points += Math.abs(f.points);
            costs.set(key, entry);
          }
        }
      return costs;
    };
    const asMap = (costs: ReturnType<Store["signalCosts"]>) =>
      new Map(costs.map((c) => [`${c.signal}|${c.dimension}`, { count: c.count, points: c.points }]));
    const costs = store.signalCosts();
    expect(costs.length).toBeGreaterThan(0);
    expect(asMap(costs)).toEqual(expected([older, newer]));
    expect(costs.map((c) => c.points)).toEqual([...costs.map((c) => c.points)].sort((a, b) => b - a));
    expect(asMap(store.signalCosts({ sessions: 1 }))).toEqual(expected([newer]));
    const calm = store.signalCosts({ dimension: "calm" });
    expect(calm.length).toBeGreaterThan(0);
    for (const c of calm) expect(c.dimension).toBe("calm");
    store.close();
  });

  it("resolves ids by their first letters, and suggests near ones", async () => {
    const store = newStore();
    const id = store.save(await session([replies.good]));
    expect(store.resolve(id.slice(0, 3))).toBe(id);
    expect(store.resolve(id.toUpperCase())).toBe(id);
    expect(store.resolve("x' OR 1=1 --")).toBeUndefined();
    const typo = `${id.slice(0, 5)}${id[5] === "z" ? "y" : "z"}`;
    expect(store.resolve(typo)).toBeUndefined();
    expect(store.suggest(typo)).toEqual([id]);
    store.close();
  });

  it("two stores on one file see each other's sessions; migrations run once", async () => {
    const file = join(tempDir("store-"), "coach.db");
    const a = new Store(file);
    const b = new Store(file);
    a.save(await session([replies.good]));
    b.save(await session([replies.refund]));
    expect(a.summaries()).toHaveLength(2);
    a.close();
    b.close();
    const db = new DatabaseSync(file, { readOnly: true });
    expect(db.prepare("PRAGMA user_version").get()).toEqual({ user_version: SCHEMA_VERSION });
    expect(db.prepare("PRAGMA journal_mode").get()).toEqual({ journal_mode: "wal" });
    db.close();
  });

  it("opens nothing until used, and fails with words, not SQLite codes", () => {
    const dir = tempDir("store-");
    const store = new Store(join(dir, "file", "coach.db"));
    expect(store.summaries).toBeDefined();
    const error = (() => {
      try {
        writeFileSync(join(dir, "file"), "");
        store.summaries();
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).message).toContain("is a file, not a folder");
  });
});
