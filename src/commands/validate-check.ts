import type { Diagnostic } from "../scenario/diagnostics.js";
import { loadScenarioFile } from "../scenario/load.js";

/** What `validate` reports of one file, on the main thread or in a worker. */
export interface CheckedFile {
  file: string;
  id: string;
  diagnostics: Diagnostic[];
  /** It loaded as a scenario (so its id counts for duplicates). */
  valid: boolean;
}

export function check(file: string): CheckedFile {
  const loaded = loadScenarioFile(file);
  return {
    file: loaded.file,
    id: loaded.id,
    diagnostics: loaded.diagnostics,
    valid: loaded.scenario !== undefined,
  };
}
