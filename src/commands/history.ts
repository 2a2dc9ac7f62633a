import { UsageError } from "../errors.js";
import { importMessage, openStore } from "../store/open.js";
import type { SessionQuery, SessionSummary } from "../store/types.js";
import { renderHistory } from "../ui/history.js";
import { disableColour } from "../ui/style.js";
import { safeJson } from "../ui/text.js";

export interface HistoryOptions {
  scenario?: string;
  since?: string;
  limit?: string;
  json?: boolean;
  plain?: boolean;
  color?: boolean;
  data?: string;
}

/** Sessions shown when --limit is not given (in the terminal; --json gives them all). */
export const DEFAULT_LIMIT = 20;

/** `coach history`: past sessions, newest first. Returns the sessions shown. */
export async function historyCommand(
  options: HistoryOptions,
): Promise<{ code: number; sessions: SessionSummary[] }> {
  const plain = Boolean(options.plain) || !process.stdout.isTTY;
  if (plain || options.color === false) disableColour();
  const query: SessionQuery = {
    ...(options.scenario ? { scenario: options.scenario } : {}),
    ...(options.since ? { since: parseSince(options.since) } : {}),
  };
  const limit = options.limit === undefined ? (options.json ? 0 : DEFAULT_LIMIT) : parseLimit(options.limit);
  const store = openStore({
    ...(options.data ? { data: options.data } : {}),
    onImport: (report) => process.stderr.write(`${importMessage(report, store.file)}\n`),
  });
  try {
    const sessions = store.summaries({ ...query, ...(limit ? { limit } : {}) });
    if (options.json) process.stdout.write(`${safeJson(sessions, 2)}\n`);
    else {
      const total = limit && sessions.length === limit ? store.count(query) : sessions.length;
      // As ui/session.ts viewFor, without loading the session screen (and the scenario schema) here.
      const view = {
        plain: Boolean(options.plain),
        width: Math.max(40, Math.min(100, process.stdout.columns ?? 80)),
      };
      process.stdout.write(
        `${renderHistory(sessions, { total, view, filtered: Boolean(query.scenario || query.since) })}\n`,
      );
    }
    return { code: 0, sessions };
  } finally {
    store.close();
  }
}

function parseLimit(text: string): number {
  if (!/^\d+$/.test(text.trim()))
    throw new UsageError(`--limit takes a whole number of sessions (0 for all), not \`${text}\``);
  return Number(text);
}

/**
 * --since: a date (2026-11-30, midnight local time), a date and time (2026-11-30T14:00), or an
 * age (7d, 2w, 12h). Returns an ISO instant.
 */
export function parseSince(text: string, now: Date = new Date()): string {
  const value = text.trim();
  const age = /^(\d+)\s*([hdw])$/i.exec(value);
  if (age) {
    const hours = { h: 1, d: 24, w: 24 * 7 }[(age[2] as string).toLowerCase() as "h" | "d" | "w"];
    return new Date(now.getTime() - Number(age[1]) * hours * 3_600_000).toISOString();
  }
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = day
    ? new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3]))
    : /^\d{4}-\d{2}-\d{2}T/.test(value)
      ? new Date(value)
      : new Date(Number.NaN);
  if (Number.isNaN(date.getTime()) || (day && date.getDate() !== Number(day[3])))
    throw new UsageError(
      `--since takes a date (2026-11-30), a date and time (2026-11-30T14:00) or an age (7d, 2w, 12h), not \`${text}\``,
    );
  return date.toISOString();
}
