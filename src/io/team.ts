import { randomBytes } from "node:crypto";
import { type Dirent, readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import { basename, dirname, join, resolve, sep } from "node:path";
import { ContentError, UsageError } from "../errors.js";
import type { TeamSession } from "../report/team.js";
import { nameKey } from "../report/team.js";
import type { Transcript } from "../session/engine.js";
import type { SessionSource } from "../store/types.js";
import { sanitize } from "../ui/text.js";
import { sessionsFolder } from "./sessions.js";
import { readTranscript } from "./transcripts.js";
import { ensureFolder, errorCode, writeFileAtomic } from "./write.js";

/**
 * The sessions of `coach team`, read from what trainees hand in: transcript files, folders of
 * them (searched recursively), and data folders (a folder with a `sessions/` folder or a
 * `coach.db`, read through the session source, so the JSON folder and the store both work).
 *
 * Who a session belongs to: the transcript's `trainee` when it has one; else the name of the
 * folder the file is in (the grandparent when that folder is called `sessions`, as in a data
 * folder); for a data folder, the data folder's own name. So `team/ana/*.json`, `team/ana.json`'s
 * folder and a copied data folder `team/ana/` all mean Ana.
 */

/** How deep a folder is searched; deeper folders are reported, never skipped silently. */
export const MAX_SCAN_DEPTH = 32;
/** More sessions than a team view needs; a folder holding more is a wrong folder, not a team. */
export const MAX_TEAM_SESSIONS = 20_000;
/** Files read at once: enough to overlap the reads, few enough to stay far from the open-file limit. */
const READ_BATCH = 32;

export interface TeamInput {
  sessions: TeamSession[];
  /** What was skipped and why, one line each (printed on stderr). */
  warnings: string[];
}

export type OpenSource = (dataDir: string) => SessionSource | Promise<SessionSource>;

/** A folder the store or `coach run` wrote: it has a sessions folder or a coach.db. */
export function isDataFolder(dir: string): boolean {
  return isDirectory(join(dir, "sessions")) || isFile(join(dir, "coach.db"));
}

/** The trainee a transcript file belongs to when the transcript does not say. */
export function traineeFromPath(file: string): string {
  const folder = dirname(resolve(file));
  const name = basename(folder);
  return name === "sessions" ? basename(dirname(folder)) || name : name || "unknown";
}

export async function readTeam(paths: readonly string[], openSource: OpenSource): Promise<TeamInput> {
  const sessions: TeamSession[] = [];
  const warnings: string[] = [];
  const seenFiles = new Set<string>();
  const add = (s: TeamSession) => {
    sessions.push(s);
    if (sessions.length > MAX_TEAM_SESSIONS)
      throw new UsageError(
        `more than ${MAX_TEAM_SESSIONS} sessions under ${paths.map(sanitize).join(", ")}; give the trainees' folders`,
      );
  };
  /** Read files a batch at a time (the reads overlap; order is kept), strict ones failing the command. */
  const fromFiles = async (files: readonly string[], strict: boolean): Promise<number> => {
    const fresh = files.filter((file) => {
      const real = realpathSync(file);
      if (seenFiles.has(real)) return false;
      seenFiles.add(real);
      return true;
    });
    for (let i = 0; i < fresh.length; i += READ_BATCH) {
      const batch = fresh.slice(i, i + READ_BATCH);
      const read = await Promise.allSettled(batch.map((file) => readTranscript(file)));
      for (const [j, result] of read.entries()) {
        const file = batch[j] as string;
        if (result.status === "fulfilled")
          add({ trainee: traineeOf(result.value, traineeFromPath(file)), transcript: result.value });
        else if (strict || !(result.reason instanceof ContentError)) throw result.reason;
        else warnings.push(`skipped ${sanitize(file)}: not a coach transcript`);
      }
    }
    return files.length;
  };
  const fromDataFolder = async (dir: string): Promise<number> => {
    const source = await openSource(dir);
    const name = basename(resolve(dir));
    const summaries = source.summaries();
    for (const summary of summaries) {
      const transcript = source.transcript(summary.id);
      if (transcript) add({ trainee: traineeOf(transcript, name), transcript });
    }
    return summaries.length;
  };
  for (const path of paths) {
    let stats: ReturnType<typeof statSync>;
    try {
      stats = statSync(path);
    } catch (error) {
      throw new UsageError(
        errorCode(error) === "ELOOP"
          ? `${sanitize(path)} is a loop of links`
          : `no such file or folder: ${sanitize(path)}`,
      );
    }
    let candidates = 0;
    if (stats.isFile()) candidates = await fromFiles([path], true);
    else if (isDataFolder(path)) candidates = await fromDataFolder(path);
    else {
      const root = realpathSync(path);
      const found = walk(path, 0, { root, seen: new Set([root]), warnings });
      for (const item of found) if (item.kind === "data") candidates += await fromDataFolder(item.path);
      candidates += await fromFiles(
        found.filter((item) => item.kind === "file").map((item) => item.path),
        false,
      );
    }
    if (candidates === 0) warnings.push(`no sessions in ${sanitize(path)}`);
  }
  if (!sessions.length)
    throw new UsageError(
      `no sessions found in ${paths.map(sanitize).join(", ")}; give transcript files (coach run --out, coach export), folders of them, or data folders`,
    );
  return { sessions: dedupe(sessions, warnings), warnings };
}

function traineeOf(transcript: Transcript, fallback: string): string {
  const named = typeof transcript.trainee === "string" ? transcript.trainee.trim() : "";
  return named || fallback;
}

/** The same session handed in twice (an export and the data folder it came from) counts once. */
function dedupe(sessions: readonly TeamSession[], warnings: string[]): TeamSession[] {
  const seen = new Set<string>();
  const out: TeamSession[] = [];
  for (const s of sessions) {
    const key = `${nameKey(s.trainee)}\u0000${s.transcript.scenario.id}\u0000${s.transcript.startedAt}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(s);
  }
  if (out.length < sessions.length)
    warnings.push(`${sessions.length - out.length} sessions were given more than once and count once`);
  return out;
}

interface Scan {
  root: string;
  /** Real paths of the folders already searched: a link back to one of them is a loop. */
  seen: Set<string>;
  warnings: string[];
}

type Found = { kind: "file" | "data"; path: string };

/**
 * Transcript files (*.json) and data folders under `dir`, in name order. As the scenario folder
 * scan does (src/scenario/load.ts): hidden entries and node_modules are skipped, links are
 * followed only while they stay inside the folder given, a link back to a folder already searched
 * is a loop, and folders deeper than MAX_SCAN_DEPTH are reported.
 */
function walk(dir: string, depth: number, scan: Scan): Found[] {
  const out: Found[] = [];
  if (depth > MAX_SCAN_DEPTH) {
    scan.warnings.push(`${sanitize(dir)}: folders deeper than ${MAX_SCAN_DEPTH} levels are not searched`);
    return out;
  }
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    scan.warnings.push(`${sanitize(dir)}: this folder cannot be read`);
    return out;
  }
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
    const path = join(dir, entry.name);
    let directory = entry.isDirectory();
    let file = entry.isFile();
    if (entry.isSymbolicLink()) {
      let real: string;
      try {
        real = realpathSync(path);
      } catch {
        scan.warnings.push(`${sanitize(path)}: this link points to nothing`);
        continue;
      }
      if (real !== scan.root && !real.startsWith(`${scan.root}${sep}`)) {
        scan.warnings.push(`${sanitize(path)}: this link leaves the folder being searched; not followed`);
        continue;
      }
      const stats = statSync(real);
      directory = stats.isDirectory();
      file = stats.isFile();
    }
    if (directory) {
      const real = realpathSync(path);
      if (scan.seen.has(real)) {
        scan.warnings.push(
          `${sanitize(path)}: this link leads back to a folder already searched; not followed`,
        );
        continue;
      }
      scan.seen.add(real);
      if (isDataFolder(path)) out.push({ kind: "data", path });
      else out.push(...walk(path, depth + 1, scan));
    } else if (file && entry.name.toLowerCase().endsWith(".json")) out.push({ kind: "file", path });
  }
  return out;
}

/**
 * The key of the pseudonyms: COACH_TEAM_KEY, else a random key kept in the data folder
 * (`team.key`, readable by its owner only), made on first use. The same key gives the same
 * pseudonyms on every run; a trainer who shares reports across machines sets COACH_TEAM_KEY.
 */
export function teamKey(env: NodeJS.ProcessEnv = process.env): string {
  if (env.COACH_TEAM_KEY) return env.COACH_TEAM_KEY;
  const folder = dirname(sessionsFolder(undefined, env));
  const file = join(folder, "team.key");
  try {
    const key = readFileSync(file, "utf8").trim();
    if (key) return key;
  } catch (error) {
    if (errorCode(error) !== "ENOENT") throw error;
  }
  const key = randomBytes(32).toString("hex");
  ensureFolder(folder);
  try {
    writeFileAtomic(file, `${key}\n`, { overwrite: false, mode: 0o600 });
  } catch (error) {
    // Another run made it first: use theirs.
    if (errorCode(error) === "EEXIST") return readFileSync(file, "utf8").trim();
    throw error;
  }
  return key;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
