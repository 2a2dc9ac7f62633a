import { closeSync, existsSync, openSync, statfsSync } from "node:fs";
import { dirname } from "node:path";
import type { DatabaseSync, SQLInputValue, StatementSync } from "node:sqlite";
import { pathToFileURL } from "node:url";
import { distance } from "fastest-levenshtein";
import { IoError } from "../errors.js";
import { describeFsError, ensureFolder } from "../io/write.js";
import { DIMENSIONS, type Dimension } from "../scoring/types.js";
import type { Outcome, Transcript } from "../session/engine.js";
import { newSessionId } from "./id.js";
import { type ImportReport, importFolder } from "./import.js";
import { MIGRATIONS, SCHEMA_VERSION } from "./schema.js";
import { sessionFigures } from "./summary.js";
import type { ProgressFacts, SessionQuery, SessionSource, SessionSummary, SignalCost } from "./types.js";

/**
 * The local store: every session, its turns (one row per attempt) and the findings of each scored
 * reply, in one SQLite file (`node:sqlite`, built into Node) in WAL mode, so two coach processes
 * can read and write it at once. Nothing is opened until a method needs it: commands that never
 * touch sessions pay nothing. Every failure is a `StoreError` (an `IoError`: exit 3) that says
 * in words what is wrong with the file.
 */

/** How long a writer waits for another coach holding the database (ms). */
export const BUSY_TIMEOUT_MS = 5000;

export class StoreError extends IoError {
  override name = "StoreError";
}

export interface StoreOptions {
  /** A folder of JSON transcripts to import on open (the old sessions folder, where fallbacks go). */
  importFrom?: string;
  /** Told what an import did, when it did anything. */
  onImport?: (report: ImportReport) => void;
}

type Row = Record<string, SQLInputValue>;

const SUMMARY_COLUMNS = `id, scenario_id, scenario_title, started_at, ended_at, outcome, end_reason, exam, turns,
  overall, calm, empathy, honesty, boundaries, hints_used, retries, models_seen`;

export class Store implements SessionSource {
  private handle: DatabaseSync | undefined;
  private readonly statements = new Map<string, StatementSync>();
  /** Opened read-only (the folder or file cannot be written): reading works, saving does not. */
  readOnly = false;
  /** The flush mode the open connection commits with (see `save`). */
  private syncMode: "FULL" | "NORMAL" = "FULL";

  constructor(
    readonly file: string,
    private readonly options: StoreOptions = {},
  ) {}

  // -- reading (SessionSource) --

  summaries(query: SessionQuery = {}): SessionSummary[] {
    const { where, params } = this.filter(query);
    const limit = query.limit && query.limit > 0 ? ` LIMIT ${Math.floor(query.limit)}` : "";
    return this.guard(() =>
      this.statement(
        `SELECT ${SUMMARY_COLUMNS} FROM sessions${where} ORDER BY started_at DESC, seq DESC${limit}`,
      )
        .all(...params)
        .map(toSummary),
    );
  }

  /**
   * The whole-history figures of progress (see ProgressFacts), counted by SQLite over a covering
   * index of the dimension columns (no transcript is read), then the few sessions they name.
   */
  progressFacts(query: SessionQuery = {}): ProgressFacts {
    const { where, params } = this.filter(query);
    const and = (clause: string) => (where ? `${where} AND ${clause}` : ` WHERE ${clause}`);
    const from = "FROM sessions INDEXED BY sessions_progress";
    const anyTested = `turns > 0 AND (${DIMENSIONS.map((d) => `${d} IS NOT NULL`).join(" OR ")})`;
    return this.guard(() => {
      const counts = this.statement(
        `SELECT COUNT(*) AS total, COALESCE(SUM(${anyTested}), 0) AS scored,
          MIN(CASE WHEN ${anyTested} THEN started_at END) AS first,
          ${DIMENSIONS.map((d) => `COALESCE(SUM(turns > 0 AND ${d} IS NOT NULL), 0) AS ${d}`).join(", ")}
        ${from}${where}`,
      ).get(...params);
      const idOf = (sql: string) => {
        const row = this.statement(sql).get(...params);
        return row ? String(row.id) : undefined;
      };
      const picks = DIMENSIONS.map((d) => {
        const tested = and(`turns > 0 AND ${d} IS NOT NULL`);
        return {
          d,
          first: idOf(`SELECT id ${from}${tested} ORDER BY started_at ASC, id ASC LIMIT 1`),
          // The earliest session to reach the highest score (scores are stored as whole numbers).
          best: idOf(`SELECT id ${from}${tested} ORDER BY ${d} DESC, started_at ASC, id ASC LIMIT 1`),
        };
      });
      const ids = [...new Set(picks.flatMap((p) => [p.first, p.best]))].filter(
        (id): id is string => id !== undefined,
      );
      const chosen = new Map(
        ids.length
          ? this.statement(
              `SELECT ${SUMMARY_COLUMNS} FROM sessions WHERE id IN (${ids.map(() => "?").join(", ")})`,
            )
              .all(...ids)
              .map((row) => [String(row.id), toSummary(row)] as const)
          : [],
      );
      const dimensions = Object.fromEntries(
        picks.map(({ d, first, best }) => {
          const a = first === undefined ? undefined : chosen.get(first);
          const b = best === undefined ? undefined : chosen.get(best);
          return [
            d,
            { tested: Number(counts?.[d] ?? 0), ...(a ? { first: a } : {}), ...(b ? { best: b } : {}) },
          ];
        }),
      ) as ProgressFacts["dimensions"];
      return {
        total: Number(counts?.total ?? 0),
        scored: Number(counts?.scored ?? 0),
        ...(counts?.first ? { from: String(counts.first) } : {}),
        dimensions,
      };
    });
  }

  /** How many sessions match (for "20 of 312"). */
  count(query: SessionQuery = {}): number {
    const { where, params } = this.filter(query);
    return this.guard(() =>
      Number(this.statement(`SELECT count(*) AS n FROM sessions${where}`).get(...params)?.n ?? 0),
    );
  }

  transcript(ref: string): Transcript | undefined {
    const id = this.resolve(ref);
    if (id === undefined) return undefined;
    const row = this.guard(() => this.statement("SELECT transcript FROM sessions WHERE id = ?").get(id));
    return row ? (JSON.parse(String(row.transcript)) as Transcript) : undefined;
  }

  /** The summary of one session (`last`, an id, or a unique start of one). */
  summary(ref: string): SessionSummary | undefined {
    const id = this.resolve(ref);
    if (id === undefined) return undefined;
    const row = this.guard(() =>
      this.statement(`SELECT ${SUMMARY_COLUMNS} FROM sessions WHERE id = ?`).get(id),
    );
    return row ? toSummary(row) : undefined;
  }

  /**
   * The full id for `last`, an id, or the start of exactly one id (as git takes a short hash).
   * Undefined when nothing (or more than one session) matches.
   */
  resolve(ref: string): string | undefined {
    const wanted = ref.trim().toLowerCase();
    return this.guard(() => {
      if (wanted === "last") {
        const row = this.statement(
          "SELECT id FROM sessions ORDER BY started_at DESC, seq DESC LIMIT 1",
        ).get();
        return row ? String(row.id) : undefined;
      }
      if (!/^[0-9a-z]+$/.test(wanted)) return undefined;
      const rows = this.statement("SELECT id FROM sessions WHERE id >= ? AND id < ? LIMIT 2").all(
        wanted,
        `${wanted}\u{10ffff}`,
      );
      const exact = rows.find((r) => r.id === wanted);
      if (exact) return wanted;
      return rows.length === 1 ? String(rows[0]?.id) : undefined;
    });
  }

  /** How many session ids start with `prefix`. */
  startingWith(prefix: string): number {
    return this.guard(() =>
      Number(
        this.statement("SELECT count(*) AS n FROM sessions WHERE id >= ? AND id < ?").get(
          prefix,
          `${prefix}\u{10ffff}`,
        )?.n ?? 0,
      ),
    );
  }

  /** Ids close to a mistyped one, nearest first (for "did you mean"). */
  suggest(ref: string, max = 3): string[] {
    const wanted = ref.trim().toLowerCase();
    const ids = this.guard(() =>
      this.statement("SELECT id FROM sessions")
        .all()
        .map((r) => String(r.id)),
    );
    return ids
      .map((id) => ({ id, d: distance(wanted, id.slice(0, Math.max(wanted.length, 1))) }))
      .filter((x) => x.d <= Math.max(1, Math.floor(wanted.length / 3)))
      .sort((a, b) => a.d - b.d || a.id.localeCompare(b.id))
      .slice(0, max)
      .map((x) => x.id);
  }

  signalCosts(options: { sessions?: number; dimension?: Dimension } = {}): SignalCost[] {
    const params: SQLInputValue[] = [];
    let recent = "";
    if (options.sessions !== undefined) {
      recent = " AND f.session IN (SELECT seq FROM sessions ORDER BY started_at DESC, seq DESC LIMIT ?)";
      params.push(Math.max(0, Math.floor(options.sessions)));
    }
    let dimension = "";
    if (options.dimension) {
      dimension = " AND f.dimension = ?";
      params.push(options.dimension);
    }
    // max() picks the newest firing; SQLite then takes `message` from that same row.
    const sql = `SELECT f.signal, f.dimension, count(DISTINCT f.session * 100000 + f.turn) AS count,
        -sum(f.points) AS points, max(f.at) AS latest, f.message
      FROM findings f
      WHERE f.effect = 'hurts'${recent}${dimension}
      GROUP BY f.signal, f.dimension
      ORDER BY points DESC, count DESC, f.signal`;
    return this.guard(() =>
      this.statement(sql)
        .all(...params)
        .map((r) => ({
          signal: String(r.signal),
          dimension: r.dimension as Dimension,
          count: Number(r.count),
          points: Math.abs(Number(r.points)),
          message: String(r.message),
        })),
    );
  }

  /** The best overall per scenario id (the menu's "(best 69)"). */
  bestOverall(): Map<string, number> {
    return this.guard(
      () =>
        new Map(
          this.statement(
            "SELECT scenario_id, max(overall) AS best FROM sessions WHERE overall IS NOT NULL GROUP BY scenario_id",
          )
            .all()
            .map((r) => [String(r.scenario_id), Number(r.best)] as const),
        ),
    );
  }

  /** Every transcript, newest first. */
  *transcripts(query: SessionQuery = {}): Generator<{ id: string; transcript: Transcript }> {
    const { where, params } = this.filter(query);
    const rows = this.guard(() =>
      this.statement(
        `SELECT id, transcript FROM sessions${where} ORDER BY started_at DESC, seq DESC`,
      ).iterate(...params),
    );
    for (const row of rows)
      yield { id: String(row.id), transcript: JSON.parse(String(row.transcript)) as Transcript };
  }

  // -- writing --

  /**
   * Save a session as it is now: its row, every attempt at every turn, and the findings of the
   * scored replies, in one transaction (a reader sees the session before or after, never half).
   * The first save of a transcript gives it a new id; pass that id to later saves.
   *
   * `durable: false` is a checkpoint during a session: its commit is not flushed to the disk
   * (synchronous NORMAL), which a killed coach does not need (the write is in the system's cache
   * once the call returns), and which saves a flush per reply. The next durable save (the
   * session's last) flushes it with everything before it: in WAL mode the log is written in order.
   */
  save(transcript: Transcript, id?: string, source: "run" | "import" = "run", durable = true): string {
    return this.guard(() => {
      this.synchronous(durable ? "FULL" : "NORMAL");
      return this.write(() => {
        let sessionId = id;
        if (sessionId === undefined) {
          do sessionId = newSessionId(transcript.startedAt, transcript.scenario.id);
          while (this.statement("SELECT 1 FROM sessions WHERE id = ?").get(sessionId));
        }
        this.writeSession(sessionId, transcript, source);
        return sessionId;
      });
    });
  }

  /** The connection's flush mode (FULL when opened), set only when it changes. */
  private synchronous(mode: "FULL" | "NORMAL"): void {
    if (this.syncMode === mode || this.readOnly) return;
    this.db().exec(`PRAGMA synchronous = ${mode}`);
    this.syncMode = mode;
  }

  /** Run `fn` inside one write transaction (BEGIN IMMEDIATE: it waits for other writers up front). */
  write<T>(fn: () => T): T {
    const db = this.db();
    if (this.readOnly)
      throw new StoreError(
        `cannot save in ${this.file}: it can only be read here`,
        this.file,
        "EROFS",
        "it can only be read here (the file or its folder is read-only)",
      );
    db.exec("BEGIN IMMEDIATE");
    try {
      const result = fn();
      db.exec("COMMIT");
      return result;
    } catch (error) {
      try {
        db.exec("ROLLBACK");
      } catch {
        /* the transaction is already gone */
      }
      throw error;
    }
  }

  /** Write one session's rows (inside `write`). */
  writeSession(id: string, transcript: Transcript, source: string): void {
    const figures = sessionFigures(transcript);
    const session: Row = {
      id,
      scenario_id: transcript.scenario.id,
      scenario_title: transcript.scenario.title,
      scenario_version: transcript.scenario.version,
      started_at: transcript.startedAt,
      ended_at: transcript.endedAt ?? null,
      outcome: transcript.outcome,
      end_reason: transcript.endReason ?? null,
      exam: transcript.exam ? 1 : 0,
      turns: figures.turns,
      overall: figures.overall,
      calm: figures.dimensions.calm,
      empathy: figures.dimensions.empathy,
      honesty: figures.dimensions.honesty,
      boundaries: figures.dimensions.boundaries,
      hints_used: figures.hintsUsed,
      retries: figures.retries,
      models_seen: figures.modelsSeen,
      transcript: JSON.stringify(transcript),
      source,
      saved_at: new Date().toISOString(),
    };
    const keys = Object.keys(session);
    const seq = Number(
      this.statement(
        `INSERT INTO sessions (${keys.join(", ")}) VALUES (${keys.map(() => "?").join(", ")})
         ON CONFLICT (id) DO UPDATE SET ${keys
           .filter((k) => k !== "id" && k !== "source")
           .map((k) => `${k} = excluded.${k}`)
           .join(", ")}
         RETURNING seq`,
      ).get(...Object.values(session))?.seq,
    );
    this.statement("DELETE FROM turns WHERE session = ?").run(seq);
    this.statement("DELETE FROM findings WHERE session = ?").run(seq);
    const insertTurn = this.statement(
      `INSERT INTO turns (session, turn, attempt, is_last, node, customer, reply, calm, empathy, honesty,
        boundaries, calm_assessed, empathy_assessed, honesty_assessed, boundaries_assessed, overall,
        hint_used, model_seen, anger_after, answered_at)
       VALUES (${Array(20).fill("?").join(", ")})`,
    );
    const insertFinding = this.statement(
      "INSERT INTO findings (session, turn, n, signal, dimension, effect, points, message, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
    );
    const started = Date.parse(transcript.startedAt);
    const at = (turn: number) => (Number.isNaN(started) ? 0 : started) * 1000 + turn;
    for (const turn of transcript.turns) {
      const attempts = [...(turn.attempts ?? []), turn];
      for (const [n, attempt] of attempts.entries()) {
        const last = n === attempts.length - 1;
        const card = attempt.scorecard;
        insertTurn.run(
          seq,
          turn.index,
          n,
          last ? 1 : 0,
          // Transcripts from files may lack a field that coach has always written: store a blank.
          turn.node ?? "",
          turn.customer ?? "",
          attempt.reply,
          ...DIMENSIONS.map((d) => card.scores[d] ?? 0),
          ...DIMENSIONS.map((d) => (card.assessed?.[d] === false ? 0 : 1)),
          card.overall,
          attempt.hintUsed ? 1 : 0,
          last && turn.modelSeen ? 1 : 0,
          attempt.angerAfter ?? 0,
          attempt.answeredAt ?? "",
        );
      }
      for (const [n, finding] of turn.scorecard.evidence.entries())
        insertFinding.run(
          seq,
          turn.index,
          n,
          String(finding.signal),
          String(finding.dimension),
          String(finding.effect),
          Number(finding.points) || 0,
          String(finding.message ?? ""),
          at(turn.index),
        );
    }
  }

  /** The id of a stored session that started at `startedAt` on `scenarioId`, and its turn count. */
  findByStart(scenarioId: string, startedAt: string): { id: string; turns: number } | undefined {
    const row = this.statement(
      "SELECT id, turns FROM sessions WHERE scenario_id = ? AND started_at = ? LIMIT 1",
    ).get(scenarioId, startedAt);
    return row ? { id: String(row.id), turns: Number(row.turns) } : undefined;
  }

  /** A prepared statement, prepared once per store. */
  statement(sql: string): StatementSync {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db().prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  close(): void {
    this.statements.clear();
    try {
      this.handle?.close();
    } catch {
      /* closing a database that failed is no news */
    }
    this.handle = undefined;
  }

  // -- opening --

  /** Open the database on first use: the folder, WAL mode, the busy timeout, migrations, imports. */
  db(): DatabaseSync {
    if (this.handle) return this.handle;
    const { DatabaseSync } = loadSqlite(this.file);
    try {
      ensureFolder(dirname(this.file));
    } catch (error) {
      throw storeError(this.file, error);
    }
    let db: DatabaseSync;
    try {
      // Sessions are private: make the file owner-only before SQLite creates it (its -wal and
      // -shm files take the same permissions).
      if (!existsSync(this.file)) closeSync(openSync(this.file, "a", 0o600));
      db = new DatabaseSync(this.file);
      this.prepare(db);
    } catch (error) {
      // A read-only folder or file: history, show and export can still read what is there.
      const code = sqliteCode(error);
      if (
        !existsSync(this.file) ||
        !(code === SQLITE.READONLY || code === SQLITE.CANTOPEN || isFsDenied(error))
      )
        throw storeError(this.file, error);
      try {
        db = openReadOnly(DatabaseSync, this.file);
        db.exec(`PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`);
        const version = Number(db.prepare("PRAGMA user_version").get()?.user_version ?? 0);
        if (version !== SCHEMA_VERSION) throw error;
        this.readOnly = true;
      } catch {
        throw storeError(this.file, error);
      }
    }
    this.handle = db;
    if (!this.readOnly && this.options.importFrom) {
      // An import that cannot finish now (another coach holding the store) is tried again on
      // the next open; it must not stop this command from using the store.
      let report: ImportReport | undefined;
      try {
        report = importFolder(this, this.options.importFrom);
      } catch {
        report = undefined;
      }
      if (report && report.imported + report.damaged + report.merged > 0) this.options.onImport?.(report);
    }
    return db;
  }

  private prepare(db: DatabaseSync): void {
    try {
      db.exec(`PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`);
      db.exec("PRAGMA journal_mode = WAL");
      db.exec("PRAGMA synchronous = FULL");
      this.syncMode = "FULL";
      const version = Number(db.prepare("PRAGMA user_version").get()?.user_version ?? 0);
      if (version > SCHEMA_VERSION)
        throw new StoreError(
          `cannot use ${this.file}: a newer coach wrote it (schema ${version}; this coach knows ${SCHEMA_VERSION}); update coach`,
          this.file,
          undefined,
          `a newer coach wrote it (schema ${version}; this coach knows ${SCHEMA_VERSION}); update coach`,
        );
      if (version < SCHEMA_VERSION) migrate(db);
    } catch (error) {
      try {
        db.close();
      } catch {
        /* already closed */
      }
      throw error;
    }
  }

  private filter(query: SessionQuery): { where: string; params: SQLInputValue[] } {
    const clauses: string[] = [];
    const params: SQLInputValue[] = [];
    if (query.scenario) {
      clauses.push("scenario_id = ?");
      params.push(query.scenario);
    }
    if (query.since) {
      clauses.push("started_at >= ?");
      params.push(normaliseSince(query.since));
    }
    return { where: clauses.length ? ` WHERE ${clauses.join(" AND ")}` : "", params };
  }

  /** Run `fn`, turning SQLite's errors into a `StoreError` that names the file. */
  private guard<T>(fn: () => T): T {
    try {
      return fn();
    } catch (error) {
      throw storeError(this.file, error);
    }
  }
}

/** Migrations run in one write transaction; the version is read again inside it, so two coach
 * processes opening a new store at once migrate it once. */
function migrate(db: DatabaseSync): void {
  db.exec("BEGIN IMMEDIATE");
  try {
    const version = Number(db.prepare("PRAGMA user_version").get()?.user_version ?? 0);
    for (let v = version; v < MIGRATIONS.length; v++) db.exec(MIGRATIONS[v] as string);
    if (version < MIGRATIONS.length) db.exec(`PRAGMA user_version = ${MIGRATIONS.length}`);
    db.exec("COMMIT");
  } catch (error) {
    try {
      db.exec("ROLLBACK");
    } catch {
      /* nothing to roll back */
    }
    throw error;
  }
}

/** `since` as an ISO instant in UTC, the form `started_at` is stored in. */
export function normaliseSince(since: string): string {
  const date = new Date(since);
  if (Number.isNaN(date.getTime())) throw new StoreError(`not a date: ${since}`, since);
  return date.toISOString();
}

function toSummary(row: Record<string, SQLInputValue>): SessionSummary {
  const orNull = (v: SQLInputValue | undefined) => (v === null || v === undefined ? null : Number(v));
  return {
    id: String(row.id),
    scenarioId: String(row.scenario_id),
    scenarioTitle: String(row.scenario_title),
    startedAt: String(row.started_at),
    ...(row.ended_at ? { endedAt: String(row.ended_at) } : {}),
    outcome: row.outcome as Outcome,
    ...(row.end_reason ? { endReason: String(row.end_reason) } : {}),
    turns: Number(row.turns),
    overall: orNull(row.overall),
    dimensions: {
      calm: orNull(row.calm),
      empathy: orNull(row.empathy),
      honesty: orNull(row.honesty),
      boundaries: orNull(row.boundaries),
    },
    exam: Boolean(row.exam),
    hintsUsed: Number(row.hints_used),
    retries: Number(row.retries),
    modelsSeen: Number(row.models_seen),
  };
}

// SQLite's primary result codes that need words of their own (https://sqlite.org/rescode.html).
export const SQLITE = {
  BUSY: 5,
  LOCKED: 6,
  READONLY: 8,
  IOERR: 10,
  CORRUPT: 11,
  FULL: 13,
  CANTOPEN: 14,
  NOTADB: 26,
};

export function sqliteCode(error: unknown): number | undefined {
  const code = (error as { errcode?: unknown } | undefined)?.errcode;
  return typeof code === "number" ? code & 0xff : undefined;
}

function isFsDenied(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === "EACCES" || code === "EPERM" || code === "EROFS";
}

/** Why the store failed, in words, as a `StoreError` naming the file. */
export function storeError(file: string, error: unknown): StoreError {
  if (error instanceof StoreError) return error;
  if (error instanceof IoError)
    return new StoreError(`cannot use ${file}: ${error.reason}`, file, error.code, error.reason);
  const reasons: Record<number, [string, string]> = {
    [SQLITE.BUSY]: [
      `another coach has held it locked for more than ${BUSY_TIMEOUT_MS / 1000} s`,
      "SQLITE_BUSY",
    ],
    [SQLITE.LOCKED]: ["it is locked", "SQLITE_LOCKED"],
    [SQLITE.READONLY]: ["it is read-only, or its folder is", "SQLITE_READONLY"],
    [SQLITE.IOERR]: ["the device reported an I/O error", "SQLITE_IOERR"],
    [SQLITE.CORRUPT]: ["it is damaged (copy it somewhere safe and see README: Your data)", "SQLITE_CORRUPT"],
    [SQLITE.FULL]: ["the disk is full", "SQLITE_FULL"],
    [SQLITE.CANTOPEN]: ["it cannot be opened (permission denied, or a read-only folder)", "SQLITE_CANTOPEN"],
    [SQLITE.NOTADB]: ["it is not a coach database, or it is damaged", "SQLITE_NOTADB"],
  };
  let code = sqliteCode(error);
  // A full disk often shows as an I/O error (the WAL's shared-memory file cannot grow): say so.
  if ((code === SQLITE.IOERR || code === SQLITE.FULL) && diskFull(file)) code = SQLITE.FULL;
  const known = code === undefined ? undefined : reasons[code];
  const reason = known ? `${known[0]} (${known[1]})` : describeFsError(error);
  return new StoreError(`cannot use ${file}: ${reason}`, file, known?.[1], reason);
}

/**
 * Open a store that cannot be written. In WAL mode even a reader needs the -shm file; where the
 * folder is read-only and there is none, open it as immutable (nothing can change it there).
 */
function openReadOnly(Database: Sqlite["DatabaseSync"], file: string): DatabaseSync {
  try {
    const db = new Database(file, { readOnly: true });
    db.prepare("PRAGMA user_version").get();
    return db;
  } catch {
    const url = pathToFileURL(file);
    url.searchParams.set("immutable", "1");
    return new Database(url, { readOnly: true });
  }
}

/** Less than 64 KiB left where `file` lives. */
function diskFull(file: string): boolean {
  try {
    const stats = statfsSync(dirname(file));
    return stats.bavail * stats.bsize < 64 * 1024;
  } catch {
    return false;
  }
}

type Sqlite = typeof import("node:sqlite");

/**
 * `node:sqlite`, loaded when first needed (process.getBuiltinModule keeps it out of start-up).
 * It is built into Node 22.13 and later without a flag; the experimental warning older Nodes
 * print is not for the trainee. A Node without it gets a `StoreError`, so a session falls back
 * to JSON files.
 */
function loadSqlite(file: string): Sqlite {
  const original = process.emitWarning;
  process.emitWarning = ((warning: string | Error, ...rest: unknown[]) => {
    const text = typeof warning === "string" ? warning : warning?.message;
    if (/sqlite/i.test(text ?? "")) return;
    return (original as (...args: unknown[]) => void).call(process, warning, ...rest);
  }) as typeof process.emitWarning;
  try {
    const sqlite = process.getBuiltinModule?.("node:sqlite") as Sqlite | undefined;
    if (sqlite?.DatabaseSync) return sqlite;
  } catch {
    /* reported below */
  } finally {
    process.emitWarning = original;
  }
  const reason = `this Node.js (${process.version}) has no node:sqlite; use Node.js 22.13 or newer`;
  throw new StoreError(`cannot use ${file}: ${reason}`, file, undefined, reason);
}
