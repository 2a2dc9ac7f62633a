/**
 * The database's schema, as numbered migrations. `PRAGMA user_version` holds how many have run;
 * opening a store runs the missing ones, in order, inside one write transaction. Never edit a
 * migration that has shipped: add the next one.
 */
export const MIGRATIONS: readonly string[] = [
  // 1: sessions, one row per attempt at a turn, the findings of each scored (last) attempt, and
  // the JSON files already imported from the old sessions folder, and a few facts about the store.
  `
  CREATE TABLE sessions (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    scenario_id TEXT NOT NULL,
    scenario_title TEXT NOT NULL,
    scenario_version INTEGER NOT NULL,
    started_at TEXT NOT NULL,
    ended_at TEXT,
    outcome TEXT NOT NULL,
    end_reason TEXT,
    exam INTEGER NOT NULL DEFAULT 0,
    turns INTEGER NOT NULL DEFAULT 0,
    overall INTEGER,
    calm INTEGER,
    empathy INTEGER,
    honesty INTEGER,
    boundaries INTEGER,
    hints_used INTEGER NOT NULL DEFAULT 0,
    retries INTEGER NOT NULL DEFAULT 0,
    models_seen INTEGER NOT NULL DEFAULT 0,
    transcript TEXT NOT NULL,
    source TEXT NOT NULL,
    saved_at TEXT NOT NULL
  );
  CREATE INDEX sessions_started ON sessions (started_at DESC, seq DESC);
  CREATE INDEX sessions_scenario ON sessions (scenario_id, started_at DESC);

  CREATE TABLE turns (
    session INTEGER NOT NULL,
    turn INTEGER NOT NULL,
    attempt INTEGER NOT NULL,
    is_last INTEGER NOT NULL,
    node TEXT NOT NULL,
    customer TEXT NOT NULL,
    reply TEXT NOT NULL,
    calm INTEGER NOT NULL,
    empathy INTEGER NOT NULL,
    honesty INTEGER NOT NULL,
    boundaries INTEGER NOT NULL,
    calm_assessed INTEGER NOT NULL,
    empathy_assessed INTEGER NOT NULL,
    honesty_assessed INTEGER NOT NULL,
    boundaries_assessed INTEGER NOT NULL,
    overall INTEGER NOT NULL,
    hint_used INTEGER NOT NULL,
    model_seen INTEGER NOT NULL,
    anger_after INTEGER NOT NULL,
    answered_at TEXT NOT NULL,
    PRIMARY KEY (session, turn, attempt)
  ) WITHOUT ROWID;

  CREATE TABLE findings (
    session INTEGER NOT NULL,
    turn INTEGER NOT NULL,
    n INTEGER NOT NULL,
    signal TEXT NOT NULL,
    dimension TEXT NOT NULL,
    effect TEXT NOT NULL,
    points INTEGER NOT NULL,
    message TEXT NOT NULL,
    -- When it fired, for "the newest" without a join: the session's start (ms) * 1000 + turn.
    at INTEGER NOT NULL,
    PRIMARY KEY (session, turn, n)
  ) WITHOUT ROWID;
  CREATE INDEX findings_hurts ON findings (signal, dimension, points, message, session, turn, at)
    WHERE effect = 'hurts';

  CREATE TABLE imported_files (
    name TEXT PRIMARY KEY,
    size INTEGER NOT NULL,
    mtime_ms INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    session TEXT,
    status TEXT NOT NULL
  );
  CREATE INDEX imported_files_sha256 ON imported_files (sha256);

  CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
  `,
  // 2: the columns progress reads over a whole history, in one covering index, so reading them
  // for 10,000 sessions never touches the transcripts' pages.
  `
  CREATE INDEX sessions_progress ON sessions (started_at, id, scenario_id, turns, calm, empathy, honesty, boundaries);
  `,
];

export const SCHEMA_VERSION = MIGRATIONS.length;
