import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { UsageError } from "../errors.js";
import type { Transcript } from "../session/engine.js";
import { sessionIdOf } from "../xapi/statements.js";
import { sessionsFolder } from "./sessions.js";
import { describeFsError } from "./write.js";

/**
 * Saved sessions read back from the JSON transcripts in the sessions folder. `findSessions` is
 * the one "which sessions" lookup of the exporters; the local store replaces it when it lands.
 */

export interface SavedSession {
  /** The session's stable id (derived from the scenario id and the start time). */
  id: string;
  file: string;
  transcript: Transcript;
}

export interface SessionSelection {
  sessions: SavedSession[];
  /** Files in the folder that are not readable transcripts, and why. */
  skipped: { file: string; reason: string }[];
}

/**
 * The sessions `which` names: "all" (oldest first), "last" (the newest), a transcript file's
 * path, or a saved session's id (or the start of one, 8 characters at least) or file name.
 * Throws a UsageError naming the folder when nothing matches.
 */
export function findSessions(which: string, folder: string = sessionsFolder()): SessionSelection {
  if (which !== "all" && which !== "last" && isFile(which)) {
    const file = resolve(which);
    const read = readTranscript(file);
    if ("reason" in read) throw new UsageError(`${which} is not a coach transcript: ${read.reason}`);
    return { sessions: [read], skipped: [] };
  }
  const all = readFolder(folder);
  const sessions = all.sessions.sort(
    (a, b) => a.transcript.startedAt.localeCompare(b.transcript.startedAt) || a.file.localeCompare(b.file),
  );
  if (which === "all") return all;
  if (sessions.length === 0)
    throw new UsageError(`no saved sessions in ${folder}; practise one with \`coach run\` first`);
  if (which === "last") return { sessions: sessions.slice(-1), skipped: all.skipped };
  const key = which.toLowerCase().replace(/\.json$/, "");
  const matches = sessions.filter(
    (s) => (key.length >= 8 && s.id.startsWith(key)) || fileStem(s.file).toLowerCase() === key,
  );
  if (matches.length === 1) return { sessions: matches, skipped: all.skipped };
  if (matches.length > 1)
    throw new UsageError(`\`${which}\` matches ${matches.length} sessions; give more of the id`);
  throw new UsageError(
    `no saved session \`${which}\` in ${folder}; give "last", a session id, or a transcript file`,
  );
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function fileStem(file: string): string {
  return (file.split(/[\\/]/).pop() ?? file).replace(/\.json$/, "");
}

function readFolder(folder: string): SessionSelection {
  let names: string[];
  try {
    names = readdirSync(folder).filter((n) => n.endsWith(".json") && !n.startsWith("."));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { sessions: [], skipped: [] };
    throw new UsageError(`cannot read the sessions folder ${folder}: ${describeFsError(error)}`);
  }
  const selection: SessionSelection = { sessions: [], skipped: [] };
  for (const name of names.sort()) {
    const read = readTranscript(join(folder, name));
    if ("reason" in read) selection.skipped.push(read);
    else selection.sessions.push(read);
  }
  return selection;
}

function readTranscript(file: string): SavedSession | { file: string; reason: string } {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    return { file, reason: error instanceof SyntaxError ? "not valid JSON" : describeFsError(error) };
  }
  if (!isTranscript(value)) return { file, reason: "not a coach transcript (format 1)" };
  return { id: sessionIdOf(value), file, transcript: value };
}

/** Enough of a transcript's shape to build records from it; the rest is trusted as coach wrote it. */
function isTranscript(value: unknown): value is Transcript {
  const t = value as Partial<Transcript> | null;
  return (
    typeof t === "object" &&
    t !== null &&
    t.format === 1 &&
    typeof t.scenario?.id === "string" &&
    typeof t.scenario.title === "string" &&
    typeof t.startedAt === "string" &&
    !Number.isNaN(Date.parse(t.startedAt)) &&
    Array.isArray(t.turns) &&
    t.turns.every(
      (turn) =>
        typeof turn?.reply === "string" &&
        typeof turn.node === "string" &&
        typeof turn.scorecard?.overall === "number" &&
        typeof turn.answeredAt === "string",
    )
  );
}
