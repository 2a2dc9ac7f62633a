import type { Transcript } from "../session/engine.js";
import type { SessionSource } from "../store/types.js";
import { signalCostsOf } from "./costs.js";
import { computeProgress, type Progress } from "./progress.js";

/**
 * The progress of the sessions a source holds: what `coach progress --json` prints and what
 * `coach report --progress` renders. Reads through the SessionSource contract only.
 */

export interface ProgressOptions {
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
