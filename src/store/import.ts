import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Transcript } from "../session/engine.js";
import { SQLITE, type Store, sqliteCode } from "./db.js";
import { importedSessionId, sha256 } from "./id.js";

/**
 * Importing JSON transcripts (the sessions folder of earlier versions, and the fallback files a
 * session writes when the database cannot be written) into the store. Each file is imported
 * once: a file already seen (same name, size and time) is not read again, and a file whose
 * content was imported under another name is not imported twice. Damaged files are counted and
 * left alone; nothing is ever deleted.
 */

export interface ImportReport {
  folder: string;
  /** New sessions added. */
  imported: number;
  /** Sessions already stored that a file held more of (a fallback written after the store failed). */
  merged: number;
  /** Files that are not transcripts (not JSON, or not the shape coach writes). */
  damaged: number;
  damagedFiles: string[];
}

const FOLDER_SEEN = "import-folder-mtime";

export function importFolder(store: Store, folder: string): ImportReport {
  const report: ImportReport = { folder, imported: 0, merged: 0, damaged: 0, damagedFiles: [] };
  let folderTime: number;
  try {
    folderTime = statSync(folder).mtimeMs;
  } catch {
    return report; // no folder: nothing to import
  }
  // A folder whose entries have not changed since the last scan holds nothing new (every save
  // there is a rename, which changes the folder's time): skip the scan, which costs a stat per
  // file. A time within the last two seconds is not trusted, as a file may land in the same tick.
  const seen = store.statement("SELECT value FROM meta WHERE key = ?").get(FOLDER_SEEN);
  if (seen && Number(seen.value) === folderTime) return report;

  let names: string[];
  try {
    names = readdirSync(folder).filter((n) => n.endsWith(".json") && !n.startsWith("."));
  } catch {
    return report;
  }
  store.write(() => {
    const known = store.statement("SELECT size, mtime_ms FROM imported_files WHERE name = ?");
    const sameContent = store.statement("SELECT 1 FROM imported_files WHERE sha256 = ? LIMIT 1");
    const remember = store.statement(
      `INSERT INTO imported_files (name, size, mtime_ms, sha256, session, status) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (name) DO UPDATE SET size = excluded.size, mtime_ms = excluded.mtime_ms,
         sha256 = excluded.sha256, session = excluded.session, status = excluded.status`,
    );
    for (const name of names.sort()) {
      const path = join(folder, name);
      let size: number;
      let mtime: number;
      let bytes: Buffer;
      try {
        const stats = statSync(path);
        if (!stats.isFile()) continue;
        size = stats.size;
        mtime = Math.floor(stats.mtimeMs);
        const before = known.get(name);
        if (before && Number(before.size) === size && Number(before.mtime_ms) === mtime) continue;
        bytes = readFileSync(path);
      } catch {
        continue; // unreadable now (removed meanwhile, no permission): try again next time
      }
      const hash = sha256(bytes);
      if (sameContent.get(hash)) {
        remember.run(name, size, mtime, hash, null, "duplicate");
        continue;
      }
      const transcripts = parseTranscripts(bytes);
      if (!transcripts) {
        report.damaged++;
        report.damagedFiles.push(name);
        remember.run(name, size, mtime, hash, null, "damaged");
        continue;
      }
      // One file at a time: a file the store refuses is counted as damaged, not the whole import.
      store.statement("SAVEPOINT import_file").run();
      const before = { imported: report.imported, merged: report.merged };
      try {
        const ids = transcripts.map((transcript) => importOne(store, transcript, report));
        store.statement("RELEASE import_file").run();
        remember.run(name, size, mtime, hash, ids.length === 1 ? (ids[0] as string) : null, "imported");
      } catch (error) {
        store.statement("ROLLBACK TO import_file").run();
        store.statement("RELEASE import_file").run();
        const code = sqliteCode(error);
        if (code === SQLITE.FULL || code === SQLITE.IOERR) throw error; // the disk, not the file
        Object.assign(report, before);
        report.damaged++;
        report.damagedFiles.push(name);
        remember.run(name, size, mtime, hash, null, "damaged");
      }
    }
    if (Date.now() - folderTime > 2000)
      store
        .statement(
          "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        )
        .run(FOLDER_SEEN, String(folderTime));
  });
  return report;
}

/**
 * Add one transcript, or complete the stored copy of the same session (same scenario and start):
 * a fallback file written when a save failed part-way, or --out's copy. The copy with more
 * replies wins. Returns the session's id.
 */
function importOne(store: Store, transcript: Transcript, report: ImportReport): string {
  const stored = store.findByStart(transcript.scenario.id, transcript.startedAt);
  if (stored) {
    if (transcript.turns.length > stored.turns) {
      store.writeSession(stored.id, transcript, "import");
      report.merged++;
    }
    return stored.id;
  }
  let id = importedSessionId(transcript.startedAt, transcript.scenario.id);
  for (let n = 1; store.statement("SELECT 1 FROM sessions WHERE id = ?").get(id); n++)
    id = importedSessionId(`${transcript.startedAt}#${n}`, transcript.scenario.id);
  store.writeSession(id, transcript, "import");
  report.imported++;
  return id;
}

/**
 * The transcripts in a file: one transcript (as coach run saves it), or an array of them (as
 * `coach export --all` writes). Undefined if the file is not JSON or anything in it is not a
 * transcript.
 */
export function parseTranscripts(bytes: Uint8Array): Transcript[] | undefined {
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    return undefined;
  }
  const items = Array.isArray(value) ? value : [value];
  const transcripts = items.map(asTranscript);
  return transcripts.every((t) => t !== undefined) ? (transcripts as Transcript[]) : undefined;
}

/** A transcript as coach writes it, or undefined for anything else (damaged, foreign, cut off). */
function asTranscript(value: unknown): Transcript | undefined {
  const t = value as Partial<Transcript> | null;
  if (!t || typeof t !== "object" || t.format !== 1) return undefined;
  if (typeof t.scenario?.id !== "string" || typeof t.scenario.title !== "string") return undefined;
  if (typeof t.startedAt !== "string" || Number.isNaN(Date.parse(t.startedAt))) return undefined;
  if (!["deescalated", "escalated", "unfinished"].includes(t.outcome as string)) return undefined;
  if (!Array.isArray(t.turns)) return undefined;
  for (const turn of t.turns) {
    const card = turn?.scorecard;
    if (typeof turn?.reply !== "string" || typeof turn.index !== "number") return undefined;
    if (!card || typeof card.overall !== "number" || !card.scores || !Array.isArray(card.evidence))
      return undefined;
  }
  if (typeof t.scenario.version !== "number") t.scenario.version = 1;
  return t as Transcript;
}
