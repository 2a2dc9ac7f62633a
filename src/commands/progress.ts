import { signalCostsOf } from "../progress/costs.js";
import { computeProgress, type Progress } from "../progress/progress.js";
import type { Transcript } from "../session/engine.js";
import type { SessionSource } from "../store/types.js";
import { renderProgress } from "../ui/progress.js";
import { viewFor } from "../ui/session.js";
import { disableColour } from "../ui/style.js";
import { safeJson } from "../ui/text.js";

/** `coach progress`: how each dimension has moved, the weakest one and what most often costs it points. */
export interface ProgressOptions {
  json?: boolean;
  plain?: boolean;
  scenario?: string;
}

/** The advice on the weakest dimension reads the signals of this many recent sessions. */
export const ADVICE_SESSIONS = 10;

export interface ProgressReport extends Progress {
  scenario?: { id: string; title: string };
  adviceSessions: number;
}

/** Read and compute (no printing): the data `coach progress --json` prints. */
export function progressReport(source: SessionSource, options: ProgressOptions = {}): ProgressReport {
  const summaries = source.summaries(options.scenario ? { scenario: options.scenario } : {});
  // The store counts costs over all scenarios; for one scenario, count them from its transcripts.
  const costs = options.scenario
    ? signalCostsOf(
        summaries
          .slice(0, ADVICE_SESSIONS)
          .map((s) => source.transcript(s.id))
          .filter((t): t is Transcript => t !== undefined),
      )
    : source.signalCosts({ sessions: ADVICE_SESSIONS });
  const progress = computeProgress(summaries, costs);
  return {
    ...(options.scenario
      ? { scenario: { id: options.scenario, title: summaries[0]?.scenarioTitle ?? options.scenario } }
      : {}),
    ...progress,
    adviceSessions: ADVICE_SESSIONS,
  };
}

export async function progressCommand(
  source: SessionSource,
  options: ProgressOptions = {},
  write: (text: string) => void = (text) => process.stdout.write(text),
): Promise<ProgressReport> {
  const report = progressReport(source, options);
  if (options.json) {
    write(`${safeJson(report, 2)}\n`);
    return report;
  }
  if (options.plain) disableColour();
  const view = viewFor(Boolean(options.plain), process.stdout.columns);
  write(`${renderProgress(report, view, report.scenario?.title)}\n`);
  return report;
}
