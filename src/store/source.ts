import { readdirSync, readFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { signalCostsOf } from "../progress/costs.js";
import { DIMENSIONS, type Dimension } from "../scoring/index.js";
import type { Transcript } from "../session/engine.js";
import { importMessage, openStore } from "./open.js";
import type { SessionQuery, SessionSource, SessionSummary } from "./types.js";

/**
 * Where the readers (progress, next, the menu) get sessions from: the store in the data folder
 * (`--data DIR`, COACH_DATA, or the platform's), which imports the JSON transcripts it finds in
 * `DIR/sessions` when it opens. The readers depend only on `SessionSource`.
 */
export function openSessionSource(dataDir?: string): SessionSource {
  const store = openStore({
    ...(dataDir ? { data: dataDir } : {}),
    onImport: (report) => process.stderr.write(`${importMessage(report, store.file)}\n`),
  });
  return store;
}

/** The transcripts of a folder of JSON files (exports, `--out`), as a read-only source. */
export function folderSessionSource(folder: string): SessionSource {
  return jsonSessionSource(readTranscripts(resolve(folder)));
}

/** Every readable transcript in a folder, keyed by file name without `.json`. */
function readTranscripts(folder: string): Map<string, Transcript> {
  const out = new Map<string, Transcript>();
  let names: string[];
  try {
    names = readdirSync(folder).filter((n) => n.endsWith(".json"));
  } catch {
    return out; // no folder yet: no sessions
  }
  for (const name of names.sort()) {
    try {
      const t = JSON.parse(readFileSync(join(folder, name), "utf8")) as Transcript;
      if (isTranscript(t)) out.set(basename(name, ".json"), t);
    } catch {
      /* a damaged or foreign file: skip it */
    }
  }
  return out;
}

function isTranscript(t: unknown): t is Transcript {
  const x = t as Transcript;
  return (
    typeof x === "object" &&
    x !== null &&
    x.format === 1 &&
    typeof x.scenario?.id === "string" &&
    typeof x.startedAt === "string" &&
    !Number.isNaN(Date.parse(x.startedAt)) &&
    Array.isArray(x.turns) &&
    x.turns.every(
      (turn) => typeof turn?.scorecard?.overall === "number" && typeof turn.scorecard.scores === "object",
    )
  );
}

const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : null);

/** One transcript as a row of history (the same means as the report card). */
export function summaryOf(id: string, t: Transcript): SessionSummary {
  const turns = t.turns;
  const dimensions = Object.fromEntries(
    DIMENSIONS.map((d) => [
      d,
      mean(turns.filter((x) => x.scorecard.assessed?.[d] !== false).map((x) => x.scorecard.scores[d])),
    ]),
  ) as Record<Dimension, number | null>;
  const scoredTurns = turns.filter(
    (x) => !x.scorecard.assessed || Object.values(x.scorecard.assessed).some(Boolean),
  );
  return {
    id,
    scenarioId: t.scenario.id,
    scenarioTitle: t.scenario.title ?? t.scenario.id,
    startedAt: t.startedAt,
    ...(t.endedAt ? { endedAt: t.endedAt } : {}),
    outcome: t.outcome,
    ...(t.endReason ? { endReason: t.endReason } : {}),
    turns: turns.length,
    overall: mean(scoredTurns.map((x) => x.scorecard.overall)),
    dimensions,
    exam: t.exam === true,
    hintsUsed: turns.filter((x) => x.hintUsed).length,
    retries: turns.reduce((n, x) => n + (x.attempts?.length ?? 0), 0),
    modelsSeen: turns.filter((x) => x.modelSeen).length,
  };
}

/** A SessionSource over transcripts held in memory. */
export function jsonSessionSource(transcripts: ReadonlyMap<string, Transcript>): SessionSource {
  const newestFirst = [...transcripts.entries()]
    .map(([id, t]) => ({ id, t, summary: summaryOf(id, t) }))
    .sort((a, b) =>
      a.t.startedAt < b.t.startedAt ? 1 : a.t.startedAt > b.t.startedAt ? -1 : a.id < b.id ? 1 : -1,
    );
  const select = (query: SessionQuery = {}) => {
    const since = query.since ? Date.parse(query.since) : undefined;
    const rows = newestFirst.filter(
      (row) =>
        (!query.scenario || row.t.scenario.id === query.scenario) &&
        (since === undefined || Date.parse(row.t.startedAt) >= since),
    );
    return query.limit === undefined ? rows : rows.slice(0, query.limit);
  };
  return {
    summaries: (query) => select(query).map((row) => row.summary),
    transcript: (id) => (id === "last" ? newestFirst[0]?.t : transcripts.get(id)),
    signalCosts: (options = {}) => {
      const rows = select(options.sessions === undefined ? {} : { limit: options.sessions });
      return signalCostsOf(
        rows.map((row) => row.t),
        options.dimension,
      );
    },
  };
}
