import { InterruptedError } from "../errors.js";
import { bestScores } from "../session/store.js";
import { sanitize } from "../ui/text.js";
import { listScenarios } from "./list.js";
import { runCommand } from "./run.js";

/** `coach` with no arguments in a terminal: a searchable list of scenarios, then a session. */
export async function menuCommand(): Promise<number> {
  const { search } = await import("@inquirer/prompts");
  const { scenarios } = listScenarios();
  const best = bestScores();
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
  let id: string;
  try {
    id = await search({
      message: "Pick a scenario to practise (type to search)",
      source: (term) => {
        const words = (term ?? "").toLowerCase().split(/\s+/).filter(Boolean);
        return choices.filter((c) => words.every((w) => c.haystack.includes(w)));
      },
      pageSize: 12,
    });
  } catch (error) {
    if ((error as Error).name === "ExitPromptError") throw new InterruptedError("");
    throw error;
  }
  return runCommand(id, {});
}
