import { dirname, resolve } from "node:path";
import { ContentError, EXIT, IoError, UsageError } from "../errors.js";
import {
  authorizationFrom,
  type FlushResult,
  flushQueue,
  LrsError,
  normaliseEndpoint,
  StatementQueue,
} from "../io/lrs.js";
import { findSessions, type SavedSession } from "../io/saved-sessions.js";
import { dataFolder } from "../io/sessions.js";
import { ensureFolder, writeFileAtomic } from "../io/write.js";
import { countBy } from "../scenario/diagnostics.js";
import { resolveScenario, scenarioFolders } from "../scenario/load.js";
import { paint } from "../ui/style.js";
import { safeJson, shown } from "../ui/text.js";
import { agentFor, buildStatements, type Statement } from "../xapi/statements.js";

/**
 * `coach export --xapi`: the saved sessions as xAPI 1.0.3 statements, written to a file or
 * stdout, and sent to a learning record store with --lrs (through the offline queue).
 */

export interface ExportXapiOptions {
  all?: boolean;
  output?: string;
  actor?: string;
  lrs?: string;
  scenarios?: string;
  /** The data folder (the store, and the xAPI queue). */
  data?: string;
  /** The first retry's delay in ms when the store is busy (hidden; tests make it short). */
  retryDelay?: string;
  /** How long to wait for the store's answer, in ms (hidden; tests make it short). */
  timeout?: string;
}

export interface ExportXapiResult {
  sessions: { id: string; file: string; statements: number }[];
  statements: Statement[];
  /** Where the statements were written with -o. */
  file?: string;
  /** With --lrs: what the store took. */
  lrs?: {
    endpoint: string;
    /** New statements queued by this run. */
    added: number;
    /** Statements left in the queue by an earlier run, sent now. */
    earlier: number;
    /** Statements the store took in an earlier run: not sent again. */
    alreadySent: number;
    /** Statements queued for other stores (another --lrs address), left waiting. */
    elsewhere: number;
  } & FlushResult;
  warnings: string[];
}

/** Who the statements are about: --actor, else COACH_XAPI_ACTOR. */
function actorFrom(options: ExportXapiOptions, env: NodeJS.ProcessEnv) {
  const given = options.actor ?? env.COACH_XAPI_ACTOR;
  if (!given)
    throw new UsageError(
      "say who the learning records are about: --actor mailto:you@example.com (or set COACH_XAPI_ACTOR)",
    );
  const actor = agentFor(given);
  if (!actor)
    throw new UsageError(
      `${options.actor ? "--actor" : "COACH_XAPI_ACTOR"} must be a mailbox such as mailto:you@example.com (got ${given})`,
    );
  return actor;
}

/** Each scenario's pass mark, looked up once; a scenario that is gone or broken has none (with a warning). */
function passMarks(
  sessions: readonly SavedSession[],
  folder: string | undefined,
  env: NodeJS.ProcessEnv,
  warnings: string[],
) {
  const marks = new Map<string, number | undefined>();
  const folders = scenarioFolders(folder, env);
  for (const { transcript } of sessions) {
    const id = transcript.scenario.id;
    if (marks.has(id)) continue;
    const loaded = resolveScenario(id, folders);
    if (!loaded?.scenario || countBy(loaded.diagnostics, "error") > 0) {
      warnings.push(
        `scenario \`${id}\` was not found or has errors: its sessions end "completed" (its pass mark, if any, is unknown)`,
      );
      marks.set(id, undefined);
    } else marks.set(id, loaded.scenario.pass_mark);
  }
  return marks;
}

function milliseconds(option: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const ms = Number(value);
  if (!(ms >= 0)) throw new UsageError(`${option} must be a number of milliseconds`);
  return ms;
}

export async function exportXapi(
  session: string | undefined,
  options: ExportXapiOptions,
  env: NodeJS.ProcessEnv = process.env,
): Promise<ExportXapiResult> {
  if (session !== undefined && options.all) throw new UsageError("give a session or --all, not both");
  const actor = actorFrom(options, env);
  const endpoint = options.lrs === undefined ? undefined : normaliseEndpoint(options.lrs);
  const retryDelayMs = milliseconds("--retry-delay", options.retryDelay);
  const timeoutMs = milliseconds("--timeout", options.timeout);

  const selection = findSessions(options.all ? "all" : (session ?? "last"), {
    ...(options.data ? { data: options.data } : {}),
    env,
  });
  const warnings = selection.skipped.map((s) => `skipped ${s.file}: ${s.reason}`);
  const marks = passMarks(selection.sessions, options.scenarios, env, warnings);
  const result: ExportXapiResult = { sessions: [], statements: [], warnings };
  for (const saved of selection.sessions) {
    const statements = buildStatements(saved.transcript, {
      actor,
      passMark: marks.get(saved.transcript.scenario.id),
    });
    result.sessions.push({ id: saved.id, file: saved.file, statements: statements.length });
    result.statements.push(...statements);
  }

  if (options.output !== undefined && options.output !== "-") {
    const file = resolve(options.output);
    ensureFolder(dirname(file));
    writeFileAtomic(file, `${JSON.stringify(result.statements, null, 2)}\n`);
    result.file = file;
  }
  if (endpoint !== undefined) {
    const queue = new StatementQueue<Statement>(resolve(dataFolder(options.data, env), "xapi"));
    for (const line of queue.damaged) warnings.push(`skipped a damaged queue line at ${line}`);
    const alreadySent = result.statements.filter((s) => queue.wasSent(endpoint, s.id)).length;
    const added = queue.add(endpoint, result.statements);
    const earlier = queue.pending(endpoint).length - added;
    queue.save(); // queued before anything is sent
    const lrsOptions = {
      endpoint,
      authorization: authorizationFrom(env.COACH_LRS_AUTH),
      ...(retryDelayMs !== undefined ? { retryDelayMs } : {}),
      ...(timeoutMs !== undefined ? { timeoutMs } : {}),
    };
    const progress: FlushResult = { stored: [], already: [], queued: 0 };
    try {
      await flushQueue(queue, lrsOptions, progress);
    } catch (error) {
      if (error instanceof LrsError)
        throw new LrsExportError(error, queue.queueFile, progress, endpoint, warnings);
      throw error;
    }
    const elsewhere = queue.waitingElsewhere(endpoint);
    result.lrs = { endpoint, added, earlier, alreadySent, elsewhere, ...progress };
  }
  return result;
}

/** The store failed: what it took before failing, and where the rest waits. */
export class LrsExportError extends Error {
  constructor(
    readonly failure: LrsError,
    readonly queueFile: string,
    readonly progress: FlushResult,
    readonly endpoint: string,
    readonly warnings: readonly string[],
  ) {
    super(failure.message);
  }
}

function printWarnings(warnings: readonly string[]): void {
  for (const warning of warnings) process.stderr.write(`${paint.yellow("warning:")} ${shown(warning)}\n`);
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

export async function exportXapiCommand(
  session: string | undefined,
  options: ExportXapiOptions,
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  let result: ExportXapiResult;
  try {
    result = await exportXapi(session, options, env);
  } catch (error) {
    if (!(error instanceof LrsExportError)) throw error;
    printWarnings(error.warnings);
    const { progress, queueFile, endpoint } = error;
    const sent = progress.stored.length + progress.already.length;
    if (sent > 0)
      process.stdout.write(`sent ${plural(sent, "statement")} to ${shown(endpoint)} before it failed\n`);
    const rest =
      `${plural(progress.queued, "statement")} wait in the queue (${shown(queueFile)}); ` +
      `the next \`coach export --xapi --lrs ${shown(endpoint)}\` sends them`;
    // A store that will never take these statements as they are is a content problem (1);
    // one that cannot be reached, is busy or refuses the credentials is an I/O problem (3).
    if (error.failure.failure === "rejected") throw new ContentError(`${error.message}\n${rest}`);
    throw new IoError(`${error.message}\n${rest}`, endpoint);
  }
  printWarnings(result.warnings);
  const count = `${plural(result.statements.length, "statement")} from ${plural(result.sessions.length, "session")}`;
  const onStdout = options.output === "-" || (result.file === undefined && result.lrs === undefined);
  if (onStdout) process.stdout.write(`${safeJson(result.statements, 2)}\n`);
  // With the statements on stdout, what was sent is said on stderr, out of the JSON's way.
  const say = (line: string) => (onStdout ? process.stderr : process.stdout).write(`${line}\n`);
  if (result.file !== undefined) say(`wrote ${count} to ${shown(result.file)}`);
  if (result.lrs !== undefined) {
    const { endpoint, stored, already, alreadySent, earlier, queued } = result.lrs;
    const parts = [`sent ${plural(stored.length, "statement")} to ${shown(endpoint)}`];
    if (earlier) parts.push(`${earlier} of them queued by an earlier run`);
    if (already.length) parts.push(`${already.length} it already had`);
    if (alreadySent) parts.push(`${alreadySent} sent before, skipped`);
    parts.push(`${queued} queued`);
    say(parts.join("; "));
    if (result.lrs.elsewhere)
      say(
        `${plural(result.lrs.elsewhere, "statement")} in the queue wait for other record stores (their --lrs address)`,
      );
  }
  return EXIT.ok;
}
