import { bandOf, DIMENSIONS, type Dimension } from "../scoring/types.js";
import type { Outcome } from "../session/engine.js";
import type { SessionSummary } from "../store/types.js";
import type { View } from "./session.js";
import { paint } from "./style.js";
import { clip, displayWidth, sanitize, wrap } from "./text.js";

/**
 * Past sessions as a table, newest first: one line each, fitted to the terminal (60 columns at
 * least: the scenario column gives way first). `plain` gives one labelled sentence per session
 * for screen readers. Pure: returns text.
 */

const OUTCOME: Record<Outcome, { word: string; colour: (t: string) => string }> = {
  deescalated: { word: "calmed", colour: paint.green },
  escalated: { word: "escalated", colour: paint.red },
  unfinished: { word: "unfinished", colour: paint.yellow },
};

const SHORT: Record<Dimension, string> = { calm: "CLM", empathy: "EMP", honesty: "HON", boundaries: "BND" };

/** Local date (and time) of an ISO instant: 2026-11-30, or 2026-11-30 08:34. */
export function localDate(iso: string, withTime = false): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return "?".padEnd(withTime ? 16 : 10);
  const p = (n: number) => String(n).padStart(2, "0");
  const date = `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
  return withTime ? `${date} ${p(d.getHours())}:${p(d.getMinutes())}` : date;
}

const number = (value: number | null, plain: boolean) => {
  if (value === null) return plain ? "not tested" : paint.dim("–");
  if (plain) return String(value);
  const band = bandOf(value);
  const colour = band === "strong" ? paint.green : band === "needs work" ? paint.red : paint.yellow;
  return colour(String(value));
};

const padStart = (text: string, width: number) => " ".repeat(Math.max(0, width - displayWidth(text))) + text;
const padEnd = (text: string, width: number) => text + " ".repeat(Math.max(0, width - displayWidth(text)));

export function renderHistory(
  sessions: readonly SessionSummary[],
  options: { total: number; view: View; filtered: boolean },
): string {
  const { view, total } = options;
  if (sessions.length === 0)
    return options.filtered
      ? "No sessions match. `coach history` with no filters lists them all."
      : "No sessions yet. Practise with `coach run SCENARIO`, or `coach` to pick one from a list.";
  const out: string[] = [];
  if (view.plain) {
    for (const s of sessions) {
      const outcome = s.outcome === "deescalated" ? "de-escalated" : s.outcome;
      const dims = DIMENSIONS.map((d) => `${d} ${number(s.dimensions[d], true)}`).join(", ");
      const extras = [
        s.exam ? "exam" : "",
        s.hintsUsed ? `${s.hintsUsed} ${s.hintsUsed === 1 ? "hint" : "hints"}` : "",
        s.retries ? `${s.retries} ${s.retries === 1 ? "retry" : "retries"}` : "",
        s.modelsSeen ? `${s.modelsSeen} model ${s.modelsSeen === 1 ? "answer" : "answers"} seen` : "",
      ].filter(Boolean);
      out.push(
        `SESSION ${s.id}, ${localDate(s.startedAt, true)}, ${sanitize(s.scenarioId)}: ${outcome} after ${s.turns} ${s.turns === 1 ? "reply" : "replies"}; overall ${s.overall ?? "none"}; ${dims}${extras.length ? `; ${extras.join(", ")}` : ""}`,
      );
    }
  } else {
    const width = view.width;
    // id 6, date 10 (16 with the time), result 10, overall 3, four dimensions 3 each; one space between.
    const fixed = 6 + 1 + 10 + 1 + 1 + 10 + 1 + 3 + 4 * 4;
    const longest = Math.max(8, ...sessions.map((s) => displayWidth(sanitize(s.scenarioId))));
    const withTime = width - fixed - Math.min(longest, 24) >= 6;
    const dateWidth = withTime ? 16 : 10;
    const scenarioWidth = Math.max(8, Math.min(longest, width - fixed - (dateWidth - 10)));
    const row = (cells: string[]) => cells.join(" ");
    out.push(
      paint.bold(
        row([
          padEnd("ID", 6),
          padEnd("DATE", dateWidth),
          padEnd("SCENARIO", scenarioWidth),
          padEnd("RESULT", 10),
          "ALL",
          ...DIMENSIONS.map((d) => SHORT[d]),
        ]),
      ),
    );
    for (const s of sessions) {
      const outcome = OUTCOME[s.outcome] ?? OUTCOME.unfinished;
      out.push(
        row([
          padEnd(s.id, 6),
          localDate(s.startedAt, withTime),
          padEnd(clip(sanitize(s.scenarioId), scenarioWidth), scenarioWidth),
          outcome.colour(padEnd(outcome.word, 10)),
          padStart(number(s.overall, false), 3),
          ...DIMENSIONS.map((d) => padStart(number(s.dimensions[d], false), 3)),
        ]),
      );
    }
    const legend = "ALL overall, CLM calm, EMP empathy, HON honesty, BND boundaries; – not tested.";
    for (const line of wrap(legend, width)) out.push(paint.dim(line));
  }
  const shown = sessions.length < total ? `${sessions.length} of ${total} sessions (--limit 0 for all)` : "";
  const next = "`coach show ID` replays one; `coach show last` the newest.";
  if (view.plain) out.push(shown ? `SHOWING: ${shown}. ${next}` : next);
  else for (const line of wrap(shown ? `${shown}. ${next}` : next, view.width)) out.push(paint.dim(line));
  return out.join("\n");
}
