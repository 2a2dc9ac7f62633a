import { DIMENSIONS, type Dimension, testedByLine } from "../scoring/index.js";
import { type Library, loadLibrary } from "./load.js";
import { isEnd, type Scenario, type TurnNode } from "./schema.js";

/**
 * What a scenario practises, read from its own metadata so `coach next` can say why it picked it:
 * per dimension, how many customer turns test it (the turn's `tests`, else what the customer's
 * line puts in play, as the scorer reads it: src/scoring/stakes.ts) and its share of the
 * scenario's scoring weight (rubric weights, scenario then turn, default 1, over the turns that
 * test the dimension).
 */
export interface ScenarioProfile {
  id: string;
  title: string;
  difficulty: number;
  tags: string[];
  /** Customer turns (ends not counted). */
  turns: number;
  /** Turns that test each dimension. */
  tested: Record<Dimension, number>;
  /** Each dimension's share of the scenario's scoring weight, 0 to 1. */
  share: Record<Dimension, number>;
}

/** Pure: the profile of one loaded scenario. */
export function profileOf(id: string, scenario: Scenario): ScenarioProfile {
  const tested = { calm: 0, empathy: 0, honesty: 0, boundaries: 0 } as Record<Dimension, number>;
  const weight = { calm: 0, empathy: 0, honesty: 0, boundaries: 0 } as Record<Dimension, number>;
  let turns = 0;
  for (const node of Object.values(scenario.turns)) {
    if (isEnd(node)) continue;
    const turn = node as TurnNode;
    turns++;
    const line = turn.tests
      ? Object.fromEntries(DIMENSIONS.map((d) => [d, turn.tests?.includes(d) ?? false]))
      : testedByLine(turn.customer, turn.abusive ?? false);
    const weights = { ...scenario.rubric?.weights, ...turn.rubric?.weights };
    for (const d of DIMENSIONS) {
      if (!line[d]) continue;
      tested[d]++;
      weight[d] += weights[d] ?? 1;
    }
  }
  const total = DIMENSIONS.reduce((sum, d) => sum + weight[d], 0);
  const share = Object.fromEntries(DIMENSIONS.map((d) => [d, total > 0 ? weight[d] / total : 0])) as Record<
    Dimension,
    number
  >;
  return {
    id,
    title: scenario.title,
    difficulty: scenario.difficulty,
    tags: [...scenario.tags],
    turns,
    tested,
    share,
  };
}

/** The valid scenarios in the folders, profiled (files with errors are left out, as `coach list` does). */
export function loadProfiles(folders: readonly string[]): ScenarioProfile[] {
  return profilesOf(loadLibrary(folders));
}

/** The valid scenarios of a loaded library, profiled (the first of a duplicated id). */
export function profilesOf(library: Library): ScenarioProfile[] {
  const profiles: ScenarioProfile[] = [];
  const seen = new Set<string>();
  for (const loaded of library.scenarios) {
    if (!loaded.scenario || loaded.diagnostics.some((d) => d.severity === "error") || seen.has(loaded.id))
      continue;
    seen.add(loaded.id);
    profiles.push(profileOf(loaded.id, loaded.scenario));
  }
  return profiles;
}
