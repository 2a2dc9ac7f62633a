import { DIMENSIONS, type Dimension } from "../scoring/types.js";
import type { Transcript } from "../session/engine.js";
import type { ProgressFacts, SessionQuery, SessionSource, SessionSummary } from "../store/types.js";
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
/**
 * Sessions read in full for the recency-weighted figure and the sparkline. Weights halve every 5
 * sessions, so sessions further back than this weigh less than 2^-40 and cannot change a rounded
 * figure; the first and best figures come from the store's whole-history facts.
 */
export const PROGRESS_WINDOW = 200;

/** The summaries progress reads, and the whole-history facts when the window does not hold everything. */
function progressInput(
  source: SessionSource,
  query: SessionQuery,
): { summaries: SessionSummary[]; whole?: ProgressFacts } {
  if (!source.progressFacts) return { summaries: source.summaries(query) };
  const whole = source.progressFacts(query);
  if (whole.total <= PROGRESS_WINDOW) return { summaries: source.summaries(query) };
  const summaries = source.summaries({ ...query, limit: PROGRESS_WINDOW });
  // A window mostly of unscored sessions would leave too few tested ones: read everything then.
  const tested = (d: Dimension) => summaries.filter((s) => s.turns > 0 && s.dimensions[d] !== null).length;
  if (DIMENSIONS.some((d) => tested(d) < Math.min(whole.dimensions[d].tested, PROGRESS_WINDOW / 2)))
    return { summaries: source.summaries(query) };
  return { summaries, whole };
}

export function progressReport(source: SessionSource, options: ProgressOptions = {}): ProgressReport {
  const { summaries, whole } = progressInput(source, options.scenario ? { scenario: options.scenario } : {});
  // The store counts costs over all scenarios; for one scenario, count them from its transcripts.
  const costs = options.scenario
    ? signalCostsOf(
        summaries
          .slice(0, ADVICE_SESSIONS)
          .map((s) => source.transcript(s.id))
          .filter((t): t is Transcript => t !== undefined),
      )
    : source.signalCosts({ sessions: ADVICE_SESSIONS });
  const progress = computeProgress(summaries, costs, whole);
  return {
    ...(options.scenario
      ? { scenario: { id: options.scenario, title: summaries[0]?.scenarioTitle ?? options.scenario } }
      : {}),
    ...progress,
    adviceSessions: ADVICE_SESSIONS,
  };
}
