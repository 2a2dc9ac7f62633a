import { countBy } from "../scenario/diagnostics.js";
import { resolveScenario, scenarioFolders } from "../scenario/load.js";
import type { Scenario } from "../scenario/schema.js";
import type { Transcript, TurnRecord } from "../session/engine.js";
import { buildReport, type ReportCard } from "../session/report.js";
import { importMessage, openStore, sessionIdOrError } from "../store/open.js";
import type { SessionSummary } from "../store/types.js";
import { localDate } from "../ui/history.js";
import {
  renderAngerChange,
  renderCustomer,
  renderFeedback,
  renderReport,
  scoreBar,
  type View,
  viewFor,
} from "../ui/session.js";
import { disableColour, paint } from "../ui/style.js";
import { displayWidth, safeJson, sanitize, wrap } from "../ui/text.js";

export interface ShowOptions {
  json?: boolean;
  plain?: boolean;
  color?: boolean;
  data?: string;
  scenarios?: string;
}

export interface ShownSession {
  session: SessionSummary;
  transcript: Transcript;
  report: ReportCard;
}

/** `coach show SESSION|last`: a past session replayed, turn by turn, then its report card. */
export async function showCommand(
  ref: string,
  options: ShowOptions,
): Promise<{ code: number; shown: ShownSession }> {
  const plain = Boolean(options.plain) || !process.stdout.isTTY;
  if (plain || options.color === false) disableColour();
  const store = openStore({
    ...(options.data ? { data: options.data } : {}),
    onImport: (report) => process.stderr.write(`${importMessage(report, store.file)}\n`),
  });
  let shown: ShownSession;
  try {
    const id = sessionIdOrError(store, ref);
    const session = store.summary(id) as SessionSummary;
    const transcript = store.transcript(id) as Transcript;
    const scenario = scenarioFor(transcript, options.scenarios);
    shown = { session, transcript, report: buildReport(transcript, scenario ?? NO_SCENARIO) };
    if (options.json) process.stdout.write(`${safeJson(shown, 2)}\n`);
    else {
      const view = viewFor(Boolean(options.plain), process.stdout.columns);
      process.stdout.write(`${renderSession(shown, scenario?.persona.name ?? "Customer", view)}\n`);
    }
  } finally {
    store.close();
  }
  return { code: 0, shown };
}

/** A scenario with no turns: the report card then has no model answer to quote. */
const NO_SCENARIO = { turns: {} } as unknown as Scenario;

/**
 * The scenario the session was played on, for the customer's name and the report's model answer;
 * undefined when it is gone, has errors, or has changed version since.
 */
function scenarioFor(transcript: Transcript, extraFolder?: string): Scenario | undefined {
  try {
    const loaded = resolveScenario(transcript.scenario.id, scenarioFolders(extraFolder));
    if (!loaded?.scenario || countBy(loaded.diagnostics, "error") > 0) return undefined;
    if ((loaded.scenario.version ?? 1) !== transcript.scenario.version) return undefined;
    return loaded.scenario;
  } catch {
    return undefined;
  }
}

export function renderSession(shown: ShownSession, name: string, view: View): string {
  const { session, transcript, report } = shown;
  const out: string[] = [];
  const when = localDate(session.startedAt, true);
  const facts = [`session ${session.id}`, when, ...(session.exam ? ["exam"] : [])];
  out.push(
    view.plain
      ? `SESSION: ${session.id}, ${when}${session.exam ? ", exam" : ""}, ${sanitize(transcript.scenario.title)} (${sanitize(transcript.scenario.id)})`
      : displayWidth(`${sanitize(transcript.scenario.title)}  ${facts.join(" · ")}`) <= view.width
        ? `${paint.bold(sanitize(transcript.scenario.title))}  ${paint.dim(facts.join(" · "))}`
        : `${paint.bold(sanitize(transcript.scenario.title))}\n${paint.dim(facts.join(" · "))}`,
  );
  for (const turn of transcript.turns) out.push(renderTurn(turn, name, view));
  out.push(renderReport(report, transcript.closing?.customer, view));
  const used = [
    `${session.hintsUsed} ${session.hintsUsed === 1 ? "hint" : "hints"} used`,
    `${session.retries} ${session.retries === 1 ? "retry" : "retries"}`,
    `${session.modelsSeen} model ${session.modelsSeen === 1 ? "answer" : "answers"} seen`,
  ].join(", ");
  out.push(view.plain ? `HELP USED: ${used}` : `  ${paint.dim(used)}`);
  return out.join("\n");
}

function renderTurn(turn: TurnRecord, name: string, view: View): string {
  const out: string[] = [
    renderCustomer(
      {
        index: turn.index,
        node: turn.node,
        customer: turn.customer,
        name,
        mood: turn.mood,
        anger: turn.angerBefore,
        abusive: turn.abusive,
      },
      view,
    ),
  ];
  const you = (reply: string, label = "You") =>
    view.plain
      ? `${label.toUpperCase()}: ${sanitize(reply)}`
      : wrap(`${paint.bold(`${label}:`)} ${sanitize(reply)}`, view.width - 2)
          .map((l) => `  ${l}`)
          .join("\n");
  for (const [n, attempt] of (turn.attempts ?? []).entries()) {
    out.push(you(attempt.reply, `Attempt ${n + 1}`));
    if (attempt.hintUsed) out.push(view.plain ? "HINT USED" : paint.dim("  (after a hint)"));
    const card = attempt.scorecard;
    out.push(
      view.plain
        ? `SCORES: overall ${card.overall}; ${Object.entries(card.scores)
            .map(([d, s]) =>
              card.assessed?.[d as keyof typeof card.scores] === false ? `${d} not tested` : `${d} ${s}`,
            )
            .join(", ")}`
        : (Object.keys(card.scores) as (keyof typeof card.scores)[])
            .map((d) =>
              scoreBar(
                d,
                card.scores[d],
                card.bands[d],
                view,
                card.assessed?.[d] === false ? "not tested" : undefined,
              ),
            )
            .join("\n"),
    );
    out.push(view.plain ? "RETRIED" : paint.dim("  Retried:"));
  }
  out.push(you(turn.reply));
  const notes = [turn.hintUsed ? "after a hint" : "", turn.modelSeen ? "model answer seen" : ""].filter(
    Boolean,
  );
  if (notes.length)
    out.push(
      view.plain ? notes.map((n) => n.toUpperCase()).join("\n") : paint.dim(`  (${notes.join("; ")})`),
    );
  out.push(renderFeedback(turn.scorecard, turn.reply, view));
  out.push(renderAngerChange(turn, view));
  return out.join("\n");
}
