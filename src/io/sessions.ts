import { lstatSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import envPaths from "env-paths";
import type { Transcript } from "../session/engine.js";
import {
  describeFsError,
  ensureFolder,
  type FileSystem,
  safeFileStem,
  writeFileAtomic,
  writeNewFile,
} from "./write.js";

/**
 * The data folder: --data, else COACH_DATA (COACH_DATA_DIR is the older name, still honoured),
 * else the platform's data folder via env-paths (XDG_DATA_HOME/coach on Linux,
 * ~/Library/Application Support/coach on macOS, %LOCALAPPDATA%\coach\Data on Windows). It holds
 * the session store (coach.db) and the sessions folder of JSON transcripts.
 */
export function dataFolder(data?: string, env: NodeJS.ProcessEnv = process.env): string {
  if (data) return resolve(data);
  if (env.COACH_DATA) return resolve(env.COACH_DATA);
  if (env.COACH_DATA_DIR) return resolve(env.COACH_DATA_DIR);
  return envPaths("coach", { suffix: "" }).data;
}

/**
 * Where JSON transcripts go: --out, else the data folder's sessions folder (where earlier
 * versions saved every session, and where a session goes when the store cannot be written; the
 * store imports what it finds there).
 */
export function sessionsFolder(out?: string, env: NodeJS.ProcessEnv = process.env, data?: string): string {
  if (out) return resolve(out);
  return join(dataFolder(data, env), "sessions");
}

/**
 * Where a transcript goes when the folder asked for cannot be written: the data folder (when
 * --out failed), then a private folder in the system's temporary folder.
 */
export function fallbackFolders(out?: string, env: NodeJS.ProcessEnv = process.env, data?: string): string[] {
  const uid = typeof process.getuid === "function" ? process.getuid() : "user";
  const folders = [sessionsFolder(undefined, env, data), join(tmpdir(), `coach-${uid}`, "sessions")];
  const primary = sessionsFolder(out, env, data);
  return [...new Set(folders)].filter((f) => f !== primary);
}

/** The file name for a transcript: its start time and scenario id, short and safe on any file system. */
export function transcriptStem(transcript: Transcript): string {
  const stamp = transcript.startedAt.replace(/[:.]/g, "-");
  return `${stamp}-${safeFileStem(transcript.scenario.id, 64)}`;
}

export interface SaveResult {
  /** Where the transcript is now, if anywhere. */
  path?: string;
  /** The folder asked for (--out or the data folder) could not be written: where and why. */
  failed?: { folder: string; reason: string };
  /** True when `path` is a fallback location rather than the folder asked for. */
  fallback: boolean;
}

/**
 * One session's transcript file, written as the session goes so a crash loses at most the reply
 * being typed. The first `save` claims a new file (exclusively) in the folder asked for; later
 * saves replace it atomically. When the folder cannot be written, the transcript moves to the
 * first fallback that works, and the failure is remembered for the report. `save` never throws:
 * a failed save must not lose the session that is still in memory.
 */
export class TranscriptFile {
  private readonly folders: string[];
  /** Index in `folders` of the folder in use (or to try next). */
  private at = 0;
  private path: string | undefined;
  private failure: { folder: string; reason: string } | undefined;

  private readonly fs: FileSystem | undefined;

  constructor(
    private readonly transcript: Transcript,
    options: { out?: string; data?: string; env?: NodeJS.ProcessEnv; fs?: FileSystem } = {},
  ) {
    this.folders = [
      sessionsFolder(options.out, options.env, options.data),
      ...fallbackFolders(options.out, options.env, options.data),
    ];
    this.fs = options.fs;
  }

  /** The folder asked for (--out, or the data folder's sessions folder). */
  get folder(): string {
    return this.folders[0] as string;
  }

  /**
   * Write the transcript as it is now. `durable` flushes it to the disk (the final save);
   * checkpoints between replies skip that, since each is replaced by the next.
   */
  save(durable = true): SaveResult {
    const text = `${JSON.stringify(this.transcript, null, 2)}\n`;
    if (this.path !== undefined) {
      try {
        writeFileAtomic(this.path, text, { durable, mode: 0o600, ...(this.fs ? { fs: this.fs } : {}) });
        return this.result();
      } catch (error) {
        // The file written so far stays (an older, complete copy); carry on in the next folder.
        this.remember(this.folders[this.at] as string, error);
        this.path = undefined;
        this.at++;
      }
    }
    for (; this.at < this.folders.length; this.at++) {
      const folder = this.folders[this.at] as string;
      try {
        if (this.at > 0 && !this.isPrivateFallback(folder)) continue;
        ensureFolder(folder, this.fs, this.at === this.folders.length - 1 ? 0o700 : 0o777);
        this.path = writeNewFile(folder, transcriptStem(this.transcript), ".json", text, {
          durable,
          mode: 0o600,
          ...(this.fs ? { fs: this.fs } : {}),
        });
        return this.result();
      } catch (error) {
        this.remember(folder, error);
      }
    }
    return this.result();
  }

  private remember(folder: string, error: unknown): void {
    if (folder === this.folder) this.failure ??= { folder, reason: describeFsError(error) };
  }

  private result(): SaveResult {
    return {
      ...(this.path !== undefined ? { path: this.path } : {}),
      ...(this.failure ? { failed: this.failure } : {}),
      fallback: this.path !== undefined && this.at > 0,
    };
  }

  /**
   * The last fallback sits in the shared temporary folder: use it only if its `coach-UID` folder
   * is missing or a real folder we own, never a link someone else planted.
   */
  private isPrivateFallback(folder: string): boolean {
    if (this.at < this.folders.length - 1) return true;
    const mine = resolve(folder, "..");
    try {
      const stats = lstatSync(mine);
      if (stats.isSymbolicLink() || !stats.isDirectory()) return false;
      return typeof process.getuid !== "function" || stats.uid === process.getuid();
    } catch {
      return true; // not there yet: ensureFolder makes it, private (0700)
    }
  }
}
