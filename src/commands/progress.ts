import { type ProgressReport, progressReport } from "../progress/from-source.js";
import type { SessionSource } from "../store/types.js";
import { renderProgress } from "../ui/progress.js";
import { disableColour } from "../ui/style.js";
import { safeJson } from "../ui/text.js";
import { viewFor } from "../ui/view.js";

/** `coach progress`: how each dimension has moved, the weakest one and what most often costs it points. */
export interface ProgressOptions {
  json?: boolean;
  plain?: boolean;
  scenario?: string;
}

export { ADVICE_SESSIONS, type ProgressReport, progressReport } from "../progress/from-source.js";

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
