import type { Transcript } from "../session/engine.js";
import { type Store, StoreError, storeError } from "../store/db.js";
import { type SaveResult, TranscriptFile } from "./sessions.js";

/**
 * Where a running session is saved: the store first (a row when it starts, updated after every
 * reply, finished at the end or when stopped), `--out`'s JSON file as well when asked for. When
 * the store cannot be opened or written (read-only or full disk, locked too long, a damaged
 * file), the session goes on in a JSON file in the data folder's sessions folder (or the
 * temporary folder's), which the store imports the next time it opens. `save` never throws.
 */
export interface SinkResult {
  /** The session is in the store, under this id. */
  stored?: { id: string; file: string };
  /** The store could not be used: which file and why. */
  storeFailed?: { file: string; reason: string };
  /** --out's JSON file. */
  out?: SaveResult;
  /** The JSON file kept instead of the store (after `storeFailed`). */
  fallback?: SaveResult;
  /** Everything asked for was saved where it was asked. */
  ok: boolean;
}

export class SessionSink {
  private id: string | undefined;
  private storeFailure: { file: string; reason: string } | undefined;
  private readonly outFile: TranscriptFile | undefined;
  private fallbackFile: TranscriptFile | undefined;

  constructor(
    private readonly transcript: Transcript,
    private readonly store: Store,
    private readonly options: { out?: string; data?: string; env?: NodeJS.ProcessEnv } = {},
  ) {
    this.outFile = options.out
      ? new TranscriptFile(transcript, { out: options.out, ...this.where() })
      : undefined;
  }

  /** The store's file (where the session is asked to go). */
  get folder(): string {
    return this.store.file;
  }

  /**
   * Save the session as it is now. `durable` is the final save: the store's commit and the JSON
   * files are flushed to the disk. A checkpoint (not durable) is written, not flushed: it survives
   * coach being killed, and the final save flushes it.
   */
  save(durable = true): SinkResult {
    if (!this.storeFailure) {
      try {
        this.id = this.store.save(this.transcript, this.id, "run", durable);
      } catch (error) {
        const failure = error instanceof StoreError ? error : storeError(this.store.file, error);
        this.storeFailure = { file: this.store.file, reason: failure.reason };
        this.store.close();
      }
    }
    const out = this.outFile?.save(durable);
    let fallback: SaveResult | undefined;
    if (this.storeFailure) {
      this.fallbackFile ??= new TranscriptFile(this.transcript, this.where());
      fallback = this.fallbackFile.save(durable);
    }
    return {
      ...(this.id !== undefined && !this.storeFailure
        ? { stored: { id: this.id, file: this.store.file } }
        : {}),
      ...(this.storeFailure ? { storeFailed: this.storeFailure } : {}),
      ...(out ? { out } : {}),
      ...(fallback ? { fallback } : {}),
      ok: !this.storeFailure && (!out || (out.path !== undefined && !out.failed)),
    };
  }

  private where(): { data?: string; env?: NodeJS.ProcessEnv } {
    return {
      ...(this.options.data ? { data: this.options.data } : {}),
      ...(this.options.env ? { env: this.options.env } : {}),
    };
  }
}
