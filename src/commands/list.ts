import { displayPath, type Library, loadLibrary, scenarioFolders } from "../scenario/load.js";
import { paint } from "../ui/style.js";
import { displayWidth, safeJson, sanitize, shown } from "../ui/text.js";

export interface ScenarioSummary {
  id: string;
  title: string;
  difficulty: number;
  tags: string[];
  file: string;
}

export function listScenarios(
  extraFolder?: string,
  library: Library = loadLibrary(scenarioFolders(extraFolder)),
): { scenarios: ScenarioSummary[]; invalid: string[] } {
  const scenarios: ScenarioSummary[] = [];
  const invalid: string[] = [];
  for (const loaded of library.scenarios) {
    const ok = loaded.scenario && !loaded.diagnostics.some((d) => d.severity === "error");
    if (!ok || !loaded.scenario) {
      invalid.push(loaded.file);
      continue;
    }
    const { title, difficulty, tags } = loaded.scenario;
    scenarios.push({ id: loaded.id, title, difficulty, tags, file: loaded.file });
  }
  scenarios.sort((a, b) => a.difficulty - b.difficulty || a.id.localeCompare(b.id));
  return { scenarios, invalid };
}

export async function listCommand(options: { json?: boolean; scenarios?: string }): Promise<number> {
  const { scenarios, invalid } = listScenarios(options.scenarios);
  if (options.json) {
    process.stdout.write(
      `${safeJson(
        scenarios.map((s) => ({ ...s, file: displayPath(s.file) })),
        2,
      )}\n`,
    );
  } else {
    const idWidth = Math.max(2, ...scenarios.map((s) => s.id.length));
    const titleWidth = Math.min(44, Math.max(5, ...scenarios.map((s) => displayWidth(s.title))));
    process.stdout.write(
      `${paint.bold(`${"ID".padEnd(idWidth)}  ${"TITLE".padEnd(titleWidth)}  LEVEL  TAGS`)}\n`,
    );
    for (const s of scenarios) {
      let title = sanitize(s.title);
      if (displayWidth(title) > titleWidth) title = `${title.slice(0, titleWidth - 1)}…`;
      const pad = " ".repeat(Math.max(0, titleWidth - displayWidth(title)));
      const level = "●".repeat(s.difficulty) + paint.dim("○".repeat(5 - s.difficulty));
      process.stdout.write(
        `${paint.cyan(s.id.padEnd(idWidth))}  ${title}${pad}  ${level}  ${paint.dim(s.tags.join(", "))}\n`,
      );
    }
    process.stdout.write(`${paint.dim(`${scenarios.length} scenarios`)}\n`);
  }
  for (const file of invalid) {
    const name = shown(displayPath(file));
    process.stderr.write(`warning: ${name} has errors and is not listed (run \`coach validate ${name}\`)\n`);
  }
  return 0;
}
