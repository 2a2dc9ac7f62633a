import {
  closeSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  writeSync,
} from "node:fs";
import { join, resolve } from "node:path";
import envPaths from "env-paths";
import type { Transcript } from "./engine.js";

/**
 * Transcripts live in the user's data folder (XDG_DATA_HOME/coach/sessions on Linux, the
 * platform's equivalent elsewhere, via env-paths) unless --out or COACH_DATA_DIR says otherwise.
 */
export function sessionsFolder(out?: string, env: NodeJS.ProcessEnv = process.env): string {
  if (out) return resolve(out);
  if (env.COACH_DATA_DIR) return resolve(env.COACH_DATA_DIR, "sessions");
  return join(envPaths("coach", { suffix: "" }).data, "sessions");
}

/** Write atomically: a temporary file in the same folder, flushed, then renamed over the name. */
export function writeFileAtomic(path: string, text: string): void {
  const temporary = `${path}.${process.pid}.tmp`;
  const fd = openSync(temporary, "w", 0o600);
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, path);
}

export function saveTranscript(transcript: Transcript, out?: string): string {
  const folder = sessionsFolder(out);
  mkdirSync(folder, { recursive: true });
  const stamp = transcript.startedAt.replace(/[:.]/g, "-");
  const path = join(folder, `${stamp}-${transcript.scenario.id}.json`);
  writeFileAtomic(path, `${JSON.stringify(transcript, null, 2)}\n`);
  return path;
}

/** Best overall score per scenario id, from saved transcripts (for the menu). Unreadable files are skipped. */
export function bestScores(out?: string): Map<string, number> {
  const best = new Map<string, number>();
  let names: string[];
  try {
    names = readdirSync(sessionsFolder(out)).filter((n) => n.endsWith(".json"));
  } catch {
    return best;
  }
  for (const name of names) {
    try {
      const t = JSON.parse(readFileSync(join(sessionsFolder(out), name), "utf8")) as Transcript;
      if (!t.turns?.length) continue;
      const overall = Math.round(t.turns.reduce((a, x) => a + x.scorecard.overall, 0) / t.turns.length);
      best.set(t.scenario.id, Math.max(best.get(t.scenario.id) ?? 0, overall));
    } catch {
      /* a damaged or foreign file: ignore it */
    }
  }
  return best;
}
