import { coachCommand, shellQuote } from "../io/invocation.js";
import { type Recommendation, recommend } from "../progress/next.js";
import { scenarioFolders } from "../scenario/load.js";
import { loadProfiles } from "../scenario/profile.js";
import type { SessionSource } from "../store/types.js";
import { renderNext } from "../ui/progress.js";
import { disableColour } from "../ui/style.js";
import { safeJson, sanitize } from "../ui/text.js";
import { viewFor } from "../ui/view.js";

/** `coach next`: one scenario to practise next, and why. */
export interface NextOptions {
  json?: boolean;
  plain?: boolean;
  scenarios?: string;
}

/** Read and compute (no printing): the recommendation, or undefined when there is nothing to practise. */
export function nextRecommendation(
  source: SessionSource,
  options: { scenarios?: string } = {},
  now: Date = new Date(),
): Recommendation | undefined {
  return recommend(loadProfiles(scenarioFolders(options.scenarios)), source.summaries(), now);
}

export async function nextCommand(
  source: SessionSource,
  options: NextOptions = {},
  write: (text: string) => void = (text) => process.stdout.write(text),
): Promise<Recommendation | undefined> {
  const rec = nextRecommendation(source, options);
  const command = rec && `${coachCommand(process.cwd())} run ${shellQuote(sanitize(rec.scenario.id))}`;
  if (options.json) {
    write(`${safeJson(rec ? { ...rec, command } : { scenario: null, reasons: [] }, 2)}\n`);
    return rec;
  }
  if (options.plain) disableColour();
  write(`${renderNext(rec, viewFor(Boolean(options.plain), process.stdout.columns), command)}\n`);
  return rec;
}
