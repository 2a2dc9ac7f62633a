import { countBy, type Diagnostic, summaryLine } from "../scenario/diagnostics.js";
import {
  duplicateIds,
  findScenarioFiles,
  isRubricPath,
  loadRubricFile,
  loadScenarioFile,
  SHIPPED_SCENARIOS,
} from "../scenario/load.js";
import { diagnosticJson, formatDiagnostic } from "../ui/diagnostics.js";
import { paint } from "../ui/style.js";
import { safeJson } from "../ui/text.js";

export interface ValidateResult {
  files: string[];
  diagnostics: Diagnostic[];
}

/** Check scenario and rubric files and folders; every file is checked even when others fail. */
export function validatePaths(paths: readonly string[]): ValidateResult {
  const found = findScenarioFiles(paths.length > 0 ? paths : [SHIPPED_SCENARIOS], { rubrics: true });
  const rubrics = found.files.filter(isRubricPath).map((file) => loadRubricFile(file));
  const scenarios = found.files.filter((file) => !isRubricPath(file)).map((file) => loadScenarioFile(file));
  const diagnostics = [
    ...found.diagnostics,
    ...rubrics.flatMap((l) => l.diagnostics),
    ...scenarios.flatMap((l) => l.diagnostics),
    ...duplicateIds(scenarios),
  ];
  return { files: found.files, diagnostics };
}

export async function validateCommand(
  paths: string[],
  options: { format: "text" | "json" },
): Promise<number> {
  const result = validatePaths(paths);
  const errors = countBy(result.diagnostics, "error");
  if (options.format === "json") {
    const summary = { files: result.files.length, errors, warnings: countBy(result.diagnostics, "warning") };
    process.stdout.write(
      `${safeJson({ ...summary, diagnostics: result.diagnostics.map(diagnosticJson) }, 2)}\n`,
    );
  } else {
    for (const d of result.diagnostics) process.stdout.write(`${formatDiagnostic(d)}\n\n`);
    const line = summaryLine(result.diagnostics, result.files.length);
    process.stdout.write(`${errors > 0 ? paint.red(line) : paint.green(line)}\n`);
  }
  return errors > 0 ? 1 : 0;
}
