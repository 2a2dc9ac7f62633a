import { readFileSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { UsageError } from "../errors.js";
import type { Transcript } from "../session/engine.js";
import { importMessage, openStore, sessionIdOrError } from "../store/open.js";
import { sessionIdOf } from "../xapi/statements.js";
import { describeFsError } from "./write.js";

/**
 * Saved sessions for the exporters: from the store in the data folder (which imports any JSON
 * transcripts in its sessions folder), or from a transcript file given by path.
 */

export interface SavedSession {
  /** The session's stable xAPI id (derived from the scenario id and the start time). */
  id: string;
  /** Where it came from: the transcript file, or `STORE#ID` for a stored session. */
  file: string;
  transcript: Transcript;
}

export interface SessionSelection {
  sessions: SavedSession[];
  /** Files that are not readable transcripts, and why. */
  skipped: { file: string; reason: string }[];
}

/**
 * The sessions `which` names: "all" (oldest first), "last" (the newest), a stored session's id
 * (or the start of one, as `coach history` shows it), or a transcript file's path. Throws a
 * UsageError (with "did you mean") when nothing matches.
 */
export function findSessions(
  which: string,
  options: { data?: string; env?: NodeJS.ProcessEnv } = {},
): SessionSelection {
  if (which !== "all" && which !== "last" && isFile(which)) {
    const file = resolve(which);
    const read = readTranscript(file);
    if ("reason" in read) throw new UsageError(`${which} is not a coach transcript: ${read.reason}`);
    return { sessions: [read], skipped: [] };
  }
  const store = openStore({
    ...(options.data ? { data: options.data } : {}),
    ...(options.env ? { env: options.env } : {}),
    onImport: (report) => process.stderr.write(`${importMessage(report, store.file)}\n`),
  });
  try {
    const saved = (id: string): SavedSession[] => {
      const transcript = store.transcript(id);
      return transcript ? [{ id: sessionIdOf(transcript), file: `${store.file}#${id}`, transcript }] : [];
    };
    if (which === "all")
      return {
        sessions: store
          .summaries()
          .reverse()
          .flatMap((s) => saved(s.id)),
        skipped: [],
      };
    return { sessions: saved(sessionIdOrError(store, which)), skipped: [] };
  } finally {
    store.close();
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
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
