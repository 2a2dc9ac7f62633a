import type { LoadedScenario } from "../scenario/load.js";
import { type Example, isEnd, nodeOf, type Scenario, type TurnNode } from "../scenario/schema.js";
import { DIMENSIONS, type Finding, type ScoreContext, type Scorecard, SIGNALS } from "../scoring/index.js";
import { nextAnger } from "../session/anger.js";
import { compare, describeComparison, holds } from "../session/conditions.js";
import { contextFor } from "../session/context.js";
import { firedSignals } from "../session/engine.js";

/**
 * Rubric tests: each `examples` entry is scored at its node, in that node's context, and every
 * expectation (a band or range per dimension, signals that must or must not fire, the transition
 * it must take) is checked. Pure: scoring is injected.
 */
export interface Failure {
  what: string; // "empathy", "fires names-feeling", "goto"
  expected: string;
  actual: string;
}

export interface ExampleResult {
  file: string;
  line: number;
  scenario: string;
  /** An author's example, or a turn's model answer checked in its own turn. */
  kind: "example" | "model";
  name: string;
  node: string;
  reply: string;
  passed: boolean;
  failures: Failure[];
  scorecard: Scorecard;
  next?: string;
}

export type Score = (reply: string, context: ScoreContext) => Scorecard;

export function checkExample(
  scenario: Scenario,
  example: Example,
  score: Score,
): Omit<ExampleResult, "file" | "line" | "scenario" | "kind"> {
  const context = contextFor(scenario, example.node);
  const scorecard = score(example.reply, context);
  const failures: Failure[] = [];
  for (const key of [...DIMENSIONS, "overall"] as const) {
    const spec = example.expect[key];
    if (spec === undefined) continue;
    if (key !== "overall" && !scorecard.assessed[key]) {
      // An untested dimension has no score to check: say so rather than print a default number.
      failures.push({
        what: key,
        expected: describeComparison(spec),
        actual: scorecard.untested?.[key] ?? "not tested",
      });
      continue;
    }
    const actual = key === "overall" ? scorecard.overall : scorecard.scores[key];
    if (!compare(actual, spec))
      failures.push({
        what: key,
        expected: describeComparison(spec),
        actual: key === "overall" ? String(actual) : `${actual} (${scorecard.bands[key]})`,
      });
  }
  const fired = new Set(firedSignals(scorecard, context));
  for (const id of example.fires ?? [])
    if (!fired.has(id)) failures.push({ what: `fires ${id}`, expected: "fires", actual: "silent" });
  for (const id of example.silent ?? [])
    if (fired.has(id)) failures.push({ what: `silent ${id}`, expected: "silent", actual: "fires" });
  let next: string | undefined;
  const node = nodeOf(scenario, example.node);
  if (node && !isEnd(node)) {
    // Anger before the example reply is the persona's starting anger (documented in scenarios/README.md).
    const anger = nextAnger(
      scenario.persona.anger,
      scorecard.scores,
      scenario.persona.sensitivity,
      scorecard.assessed,
    );
    const seen = {
      scores: scorecard.scores,
      assessed: scorecard.assessed,
      overall: scorecard.overall,
      anger,
      fired,
    };
    next = (node as TurnNode).next.find((t) => holds(t.when, seen))?.goto;
    if (example.goto !== undefined && next !== example.goto)
      failures.push({ what: "goto", expected: example.goto, actual: next ?? "(none)" });
  }
  return {
    name: example.name,
    node: example.node,
    reply: example.reply,
    passed: failures.length === 0,
    failures,
    scorecard,
    ...(next ? { next } : {}),
  };
}

/**
 * A model answer is a test too: scored in its own turn, it must not be "needs work" on any
 * dimension the turn tests, and must be "strong" on a dimension the turn's own rubric weights
 * above 1 or expects a signal on (scenario-wide weights are a tilt, not a demand on every turn).
 * A trainee who types the model answer must never be told it was weak.
 */
export function checkModel(
  scenario: Scenario,
  node: string,
  model: string,
  score: Score,
): Omit<ExampleResult, "file" | "line" | "scenario" | "kind" | "name"> {
  const context = contextFor(scenario, node);
  const scorecard = score(model, context);
  const signalDimension = new Map<string, string>([
    ...SIGNALS.map((s) => [s.id, s.dimension] as const),
    ...(context.signals ?? []).map((s) => [s.id, s.dimension] as const),
  ]);
  const own = (nodeOf(scenario, node) as TurnNode).rubric;
  const expected = new Set((own?.expect ?? []).map((id) => signalDimension.get(id)));
  const failures: Failure[] = [];
  for (const d of DIMENSIONS) {
    if (!scorecard.assessed[d]) continue;
    const band = scorecard.bands[d];
    const mustBeStrong = (own?.weights?.[d] ?? 1) > 1 || expected.has(d);
    if (band === "needs work" || (mustBeStrong && band !== "strong"))
      failures.push({
        what: d,
        expected: mustBeStrong
          ? "strong (70-100): the turn weights or expects it"
          : "developing or better (40+)",
        actual: `${scorecard.scores[d]} (${band})`,
      });
  }
  return { node, reply: model, passed: failures.length === 0, failures, scorecard };
}

export function runExamples(
  loaded: LoadedScenario,
  score: Score,
  options: { models?: boolean } = {},
): ExampleResult[] {
  const scenario = loaded.scenario;
  if (!scenario) return [];
  const examples = (scenario.examples ?? []).map((example, i) => ({
    file: loaded.file,
    line: loaded.locate?.(["examples", i]).line ?? 0,
    scenario: loaded.id,
    kind: "example" as const,
    ...checkExample(scenario, example, score),
  }));
  if (!options.models) return examples;
  const models = Object.entries(scenario.turns).flatMap(([node, turn]) => {
    if (isEnd(turn) || (turn as TurnNode).model === undefined) return [];
    const model = (turn as TurnNode).model as string | string[];
    const list = typeof model === "string" ? [model] : model;
    return list.map((answer, i) => ({
      file: loaded.file,
      line:
        loaded.locate?.(typeof model === "string" ? ["turns", node, "model"] : ["turns", node, "model", i])
          .line ?? 0,
      scenario: loaded.id,
      kind: "model" as const,
      name: list.length > 1 ? `model answer ${i + 1}` : "model answer",
      ...checkModel(scenario, node, answer, score),
    }));
  });
  return [...examples, ...models];
}

/** The evidence that explains a failing dimension: findings on that dimension, strongest first. */
export function explain(result: ExampleResult, failure: Failure): Finding[] {
  const dimension = DIMENSIONS.find((d) => d === failure.what);
  if (!dimension) return [];
  return result.scorecard.dimensions[dimension].evidence.slice(0, 3);
}
