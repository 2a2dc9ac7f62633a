import { readFileSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { IoError, UsageError } from "../errors.js";
import { XAPI_VERSION } from "../xapi/statements.js";
import { describeFsError, ensureFolder, errorCode, writeFileAtomic } from "./write.js";

/**
 * Sending xAPI statements to a learning record store (LRS), with an offline queue.
 *
 * - The queue (`xapi/queue.jsonl` in the data folder, one `{lrs, statement}` a line) is written
 *   before anything is sent, and rewritten (atomically) after each batch the store accepts, so a
 *   refused connection, a crash or Ctrl+C loses nothing: the next run sends what is left.
 * - The ledger (`xapi/sent.jsonl`, one `{lrs, id}` a line) remembers what each store accepted, so
 *   exporting a session again sends nothing twice. A store that answers 409 (it already holds a
 *   statement with that id) counts as having it.
 * - 429, 502, 503 and 504 are retried with exponential backoff (honouring a short Retry-After).
 */

/** The statement fields the client reads; the rest goes through as built. */
export interface OutgoingStatement {
  id: string;
}

export interface LrsOptions {
  /** The store's endpoint, as given (`https://lrs.example.com/xapi`); `/statements` is appended. */
  endpoint: string;
  /** The Authorization header's value, from COACH_LRS_AUTH. Never printed. */
  authorization?: string | undefined;
  /** Tries per request when the store is busy (429/502/503/504), the first included. */
  tries?: number;
  /** The first backoff delay; each retry doubles it. */
  retryDelayMs?: number;
  /** Give up on a request after this long. */
  timeoutMs?: number;
  /** Statements per POST. */
  batchSize?: number;
}

export type LrsFailure = "unreachable" | "busy" | "auth" | "rejected" | "failed";

/** The store could not take the statements. `failure` says why, for the exit code. */
export class LrsError extends Error {
  override name = "LrsError";
  constructor(
    message: string,
    readonly failure: LrsFailure,
    readonly status?: number,
  ) {
    super(message);
  }
}

const RETRY_STATUSES = new Set([429, 502, 503, 504]);
const MAX_RETRY_AFTER_MS = 60_000;

/** Check an endpoint given with --lrs: http(s), no credentials in it. Returns it without a trailing slash. */
export function normaliseEndpoint(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new UsageError(
      `--lrs needs the record store's address, such as https://lrs.example.com/xapi (got ${url})`,
    );
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:")
    throw new UsageError(`--lrs must be an http or https address (got ${parsed.protocol})`);
  if (parsed.username || parsed.password)
    throw new UsageError("put the record store's credentials in COACH_LRS_AUTH, not in the --lrs address");
  if (parsed.search || parsed.hash) throw new UsageError("--lrs must be the endpoint, without ? or #");
  return parsed.href.replace(/\/+$/, "");
}

/**
 * The Authorization header for COACH_LRS_AUTH: "user:password" becomes Basic auth; a ready
 * header value ("Basic ...") or a bare Basic token is used as it is.
 */
export function authorizationFrom(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  if (!trimmed) return undefined;
  if (/^basic\s+/i.test(trimmed)) return `Basic ${trimmed.replace(/^basic\s+/i, "")}`;
  if (trimmed.includes(":")) return `Basic ${Buffer.from(trimmed, "utf8").toString("base64")}`;
  return `Basic ${trimmed}`;
}

export interface SendResult {
  /** Ids the store stored now. */
  stored: string[];
  /** Ids the store already had (409 Conflict). */
  already: string[];
}

/**
 * POST a batch to `endpoint/statements`. A 409 on a batch means the store already holds one of
 * them: the batch is then sent one by one, so the new ones are stored and the old ones counted.
 */
export async function postStatements(
  statements: readonly OutgoingStatement[],
  options: LrsOptions,
): Promise<SendResult> {
  const response = await request(statements, options);
  if (response === "conflict") {
    if (statements.length === 1) return { stored: [], already: [statements[0]?.id as string] };
    const result: SendResult = { stored: [], already: [] };
    for (const statement of statements) {
      const one = await postStatements([statement], options);
      result.stored.push(...one.stored);
      result.already.push(...one.already);
    }
    return result;
  }
  return { stored: statements.map((s) => s.id), already: [] };
}

async function request(
  statements: readonly OutgoingStatement[],
  options: LrsOptions,
): Promise<"ok" | "conflict"> {
  const url = `${options.endpoint}/statements`;
  const tries = Math.max(1, options.tries ?? 4);
  const delay = options.retryDelayMs ?? 500;
  for (let attempt = 1; ; attempt++) {
    let response: Response;
    try {
      response = await fetch(url, {
        method: "POST",
        headers: {
          "Content-Type": "application/json",
          "X-Experience-API-Version": XAPI_VERSION,
          ...(options.authorization ? { Authorization: options.authorization } : {}),
        },
        body: JSON.stringify(statements),
        signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
      });
    } catch (error) {
      throw new LrsError(
        `cannot reach the record store at ${options.endpoint}: ${networkReason(error)}`,
        "unreachable",
      );
    }
    if (response.ok) {
      await response.body?.cancel();
      return "ok";
    }
    if (response.status === 409) {
      await response.body?.cancel();
      return "conflict";
    }
    if (RETRY_STATUSES.has(response.status) && attempt < tries) {
      await response.body?.cancel();
      await sleep(retryAfterMs(response.headers.get("retry-after")) ?? delay * 2 ** (attempt - 1));
      continue;
    }
    throw await failureOf(response, options.endpoint, attempt);
  }
}

function retryAfterMs(header: string | null): number | undefined {
  if (header === null || !/^\d+$/.test(header.trim())) return undefined;
  const ms = Number(header.trim()) * 1000;
  return ms <= MAX_RETRY_AFTER_MS ? ms : undefined;
}

async function failureOf(response: Response, endpoint: string, attempts: number): Promise<LrsError> {
  const status = response.status;
  const detail = (await response.text().catch(() => "")).replace(/\s+/g, " ").trim().slice(0, 300);
  const said = detail ? `: ${detail}` : "";
  if (status === 401 || status === 403)
    return new LrsError(
      `the record store at ${endpoint} refused the credentials (HTTP ${status}); set COACH_LRS_AUTH to user:password or a Basic token`,
      "auth",
      status,
    );
  if (RETRY_STATUSES.has(status))
    return new LrsError(
      `the record store at ${endpoint} is busy (HTTP ${status}) after ${attempts} tries; try again later`,
      "busy",
      status,
    );
  if (status === 400)
    return new LrsError(
      `the record store at ${endpoint} rejected the statements (HTTP 400)${said}`,
      "rejected",
      status,
    );
  return new LrsError(`the record store at ${endpoint} answered HTTP ${status}${said}`, "failed", status);
}

function networkReason(error: unknown): string {
  const name = (error as Error | undefined)?.name;
  if (name === "TimeoutError" || name === "AbortError") return "no answer in time";
  const code = errorCode((error as { cause?: unknown } | undefined)?.cause) ?? errorCode(error);
  const words: Record<string, string> = {
    ECONNREFUSED: "connection refused",
    ENOTFOUND: "no such host",
    EAI_AGAIN: "the host name could not be looked up",
    ECONNRESET: "the connection was reset",
    EHOSTUNREACH: "the host is unreachable",
    ENETUNREACH: "the network is unreachable",
    ETIMEDOUT: "the connection timed out",
  };
  if (code) return `${words[code] ?? "network error"} (${code})`;
  // fetch says "fetch failed" and keeps the reason in its cause ("bad port", a TLS error).
  const cause = (error as { cause?: unknown } | undefined)?.cause;
  if (cause instanceof Error && cause.message) return cause.message;
  return (error as Error | undefined)?.message ?? String(error);
}

interface QueueEntry<S extends OutgoingStatement> {
  lrs: string;
  statement: S;
}

/**
 * The offline queue and the ledger of what each store accepted, in `folder` (the data folder's
 * `xapi`). Read once, changed in memory, written with `save()` (atomically, whole files).
 */
export class StatementQueue<S extends OutgoingStatement> {
  readonly queueFile: string;
  readonly sentFile: string;
  private entries: QueueEntry<S>[];
  private readonly sent: Set<string>;
  private sentLines: string[];
  /** Lines of the files that could not be read (reported, then dropped at the next save). */
  readonly damaged: string[] = [];

  constructor(readonly folder: string) {
    this.queueFile = join(folder, "queue.jsonl");
    this.sentFile = join(folder, "sent.jsonl");
    this.entries = this.readLines(this.queueFile).filter((e): e is QueueEntry<S> => {
      const entry = e as Partial<QueueEntry<S>> | null;
      return typeof entry?.lrs === "string" && typeof entry.statement?.id === "string";
    });
    this.sentLines = [];
    this.sent = new Set();
    for (const e of this.readLines(this.sentFile)) {
      const line = e as { lrs?: unknown; id?: unknown } | null;
      if (typeof line?.lrs === "string" && typeof line.id === "string") this.markSent(line.lrs, line.id);
    }
  }

  private readLines(file: string): unknown[] {
    let text: string;
    try {
      text = readFileSync(file, "utf8");
    } catch (error) {
      if (errorCode(error) === "ENOENT") return [];
      throw new IoError(`cannot read ${file}: ${describeFsError(error)}`, file, errorCode(error));
    }
    const values: unknown[] = [];
    for (const [n, line] of text.split("\n").entries()) {
      if (!line.trim()) continue;
      try {
        values.push(JSON.parse(line));
      } catch {
        this.damaged.push(`${file}:${n + 1}`);
      }
    }
    return values;
  }

  private markSent(lrs: string, id: string): void {
    const key = `${lrs}\n${id}`;
    if (this.sent.has(key)) return;
    this.sent.add(key);
    this.sentLines.push(JSON.stringify({ lrs, id }));
  }

  /** Whether `lrs` has accepted the statement `id` before. */
  wasSent(lrs: string, id: string): boolean {
    return this.sent.has(`${lrs}\n${id}`);
  }

  /** Queue statements for `lrs`, skipping those it has or that wait already. Returns how many were added. */
  add(lrs: string, statements: readonly S[]): number {
    const queued = new Set(this.entries.filter((e) => e.lrs === lrs).map((e) => e.statement.id));
    let added = 0;
    for (const statement of statements) {
      if (queued.has(statement.id) || this.wasSent(lrs, statement.id)) continue;
      queued.add(statement.id);
      this.entries.push({ lrs, statement });
      added++;
    }
    return added;
  }

  /** What waits for `lrs`, in the order it was queued. */
  pending(lrs: string): S[] {
    return this.entries.filter((e) => e.lrs === lrs).map((e) => e.statement);
  }

  /** How many statements wait for other stores. */
  waitingElsewhere(lrs: string): number {
    return this.entries.filter((e) => e.lrs !== lrs).length;
  }

  /** The store took these (or had them): out of the queue, into the ledger. */
  accepted(lrs: string, ids: readonly string[]): void {
    const done = new Set(ids);
    this.entries = this.entries.filter((e) => e.lrs !== lrs || !done.has(e.statement.id));
    for (const id of ids) this.markSent(lrs, id);
  }

  save(): void {
    ensureFolder(this.folder);
    const lines = (values: string[]) => values.map((l) => `${l}\n`).join("");
    writeFileAtomic(this.sentFile, lines(this.sentLines), { mode: 0o600 });
    writeFileAtomic(this.queueFile, lines(this.entries.map((e) => JSON.stringify(e))), { mode: 0o600 });
  }
}

export interface FlushResult {
  stored: string[];
  already: string[];
  /** Statements still waiting for this store (after a failure). */
  queued: number;
}

/**
 * Send what waits for `options.endpoint`, batch by batch, saving the queue after each batch the
 * store accepts. On failure the error goes up, and `progress` says what was sent before it.
 */
export async function flushQueue<S extends OutgoingStatement>(
  queue: StatementQueue<S>,
  options: LrsOptions,
  progress: FlushResult = { stored: [], already: [], queued: 0 },
): Promise<FlushResult> {
  const lrs = options.endpoint;
  const size = Math.max(1, options.batchSize ?? 50);
  for (
    let batch = queue.pending(lrs).slice(0, size);
    batch.length > 0;
    batch = queue.pending(lrs).slice(0, size)
  ) {
    try {
      const result = await postStatements(batch, options);
      progress.stored.push(...result.stored);
      progress.already.push(...result.already);
      queue.accepted(lrs, [...result.stored, ...result.already]);
      queue.save();
    } finally {
      progress.queued = queue.pending(lrs).length;
    }
  }
  progress.queued = queue.pending(lrs).length;
  return progress;
}
