import { InterruptedError } from "../errors.js";
import { StoreError } from "../store/db.js";
import { importMessage, openStore } from "../store/open.js";
import { sanitize } from "../ui/text.js";
import { listScenarios, type ScenarioSummary } from "./list.js";
import { runCommand } from "./run.js";

/**
 * The search prompt's configuration: each scenario with its difficulty, title and the trainee's
 * best score so far; typing filters on id, title and tags (every word must match). Pure, so the
 * prompt can be tested with @inquirer/testing.
 */
export function menuPrompt(scenarios: readonly ScenarioSummary[], best: ReadonlyMap<string, number>) {
  const choices = scenarios.map((s) => {
    const score = best.get(s.id);
    const level = "●".repeat(s.difficulty) + "○".repeat(5 - s.difficulty);
    return {
      value: s.id,
      name: `${level}  ${sanitize(s.title)}${score === undefined ? "" : `  (best ${score})`}`,
      description: `${s.id} · ${s.tags.join(", ")}`,
      haystack: `${s.id} ${s.title} ${s.tags.join(" ")}`.toLowerCase(),
    };
  });
  return {
    message: "Pick a scenario to practise (type to search)",
    source: (term: string | undefined) => {
      const words = (term ?? "").toLowerCase().split(/\s+/).filter(Boolean);
      return choices
        .filter((c) => words.every((w) => c.haystack.includes(w)))
        .map(({ haystack: _, ...choice }) => choice);
    },
    pageSize: 12,
  };
}

/** `coach` with no arguments in a terminal: a searchable list of scenarios, then a session. */
export async function menuCommand(options: { data?: string } = {}): Promise<number> {
  const { search } = await import("@inquirer/prompts");
  const { scenarios } = listScenarios();
  let id: string;
  try {
    id = await search(menuPrompt(scenarios, bestScores(options.data)));
  } catch (error) {
    if ((error as Error).name === "ExitPromptError") throw new InterruptedError("");
    throw error;
  }
  return runCommand(id, options.data ? { data: options.data } : {});
}

/** Best overall score per scenario id, from the store. A store that cannot be read shows no bests. */
function bestScores(data: string | undefined): Map<string, number> {
  const store = openStore({
    ...(data ? { data } : {}),
    onImport: (report) => process.stderr.write(`${importMessage(report, store.file)}\n`),
  });
  try {
    return store.bestOverall();
  } catch (error) {
    if (error instanceof StoreError) return new Map();
    throw error;
  } finally {
    store.close();
  }
}
