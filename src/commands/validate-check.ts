import type { Diagnostic } from "../scenario/diagnostics.js";
import { defaultCheckOptions, loadScenarioFile } from "../scenario/load.js";

/** What `validate` reports of one file, on the main thread or in a worker. */
export interface CheckedFile {
  file: string;
  id: string;
  diagnostics: Diagnostic[];
  /** It loaded as a scenario (so its id counts for duplicates). */
  valid: boolean;
}

/** What the scorer knows (built-in signals, pattern and line checks): the same for every file. */
let options: ReturnType<typeof defaultCheckOptions> | undefined;

export function check(file: string): CheckedFile {
  options ??= defaultCheckOptions();
  const loaded = loadScenarioFile(file, options);
  return {
    file: loaded.file,
    id: loaded.id,
    diagnostics: loaded.diagnostics,
    valid: loaded.scenario !== undefined,
  };
}

/** What a validate worker sends back: the files it took (places in the list) and their reports. */
export interface WorkerShare {
  indices: number[];
  checked: CheckedFile[];
}
