import { InterruptedError } from "../errors.js";
import { recommend } from "../progress/next.js";
import { loadLibrary, scenarioFolders } from "../scenario/load.js";
import { profilesOf } from "../scenario/profile.js";
import type { SessionSource, SessionSummary } from "../store/types.js";
import { nextMenuLine } from "../ui/progress.js";
import { sanitize } from "../ui/text.js";
import { listScenarios, type ScenarioSummary } from "./list.js";
import { runCommand } from "./run.js";

/** A scenario suggested by `coach next`, shown first in the menu with its one-line reason. */
export interface MenuSuggestion {
  id: string;
  name: string;
  description: string;
}

/**
 * The search prompt's configuration: the suggestion from `coach next` first (Enter starts it),
 * then each scenario with its difficulty, title and the trainee's best score so far; typing
 * filters on id, title and tags (every word must match). Pure, so the prompt can be tested with
 * @inquirer/testing.
 */
export function menuPrompt(
  scenarios: readonly ScenarioSummary[],
  best: ReadonlyMap<string, number>,
  suggestion?: MenuSuggestion,
) {
  const listed = scenarios.map((s) => {
    const score = best.get(s.id);
    const level = "●".repeat(s.difficulty) + "○".repeat(5 - s.difficulty);
    return {
      value: s.id,
      name: `${level}  ${sanitize(s.title)}${score === undefined ? "" : `  (best ${score})`}`,
      description: `${s.id} · ${s.tags.join(", ")}`,
      haystack: `${s.id} ${s.title} ${s.tags.join(" ")}`.toLowerCase(),
    };
  });
  const suggested = suggestion && listed.find((c) => c.value === suggestion.id);
  const choices = suggested
    ? [
        {
          value: suggestion.id,
          name: suggestion.name,
          description: suggestion.description,
          haystack: `${suggested.haystack} suggested next`,
        },
        ...listed,
      ]
    : listed;
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

/** The best overall per scenario, rounded, from the stored sessions. */
export function bestOverall(summaries: readonly SessionSummary[]): Map<string, number> {
  const best = new Map<string, number>();
  for (const s of summaries)
    if (s.overall !== null)
      best.set(s.scenarioId, Math.max(best.get(s.scenarioId) ?? 0, Math.round(s.overall)));
  return best;
}

/**
 * `coach` with no arguments in a terminal: the suggested scenario first (as `coach next` picks
 * it), then a searchable list of scenarios, then a session.
 */
export async function menuCommand(source: SessionSource, options: { data?: string } = {}): Promise<number> {
  const { search } = await import("@inquirer/prompts");
  const library = loadLibrary(scenarioFolders());
  const { scenarios } = listScenarios(undefined, library);
  const summaries = source.summaries();
  const rec = recommend(profilesOf(library), summaries, new Date());
  const suggestion = rec && { id: rec.scenario.id, ...nextMenuLine(rec, process.stdout.columns ?? 80) };
  let id: string;
  try {
    id = await search(menuPrompt(scenarios, bestOverall(summaries), suggestion));
  } catch (error) {
    if ((error as Error).name === "ExitPromptError") throw new InterruptedError("");
    throw error;
  }
  return runCommand(id, options.data ? { data: options.data } : {});
}
