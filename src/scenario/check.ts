import type { Diagnostic } from "./diagnostics.js";
import { didYouMean } from "./diagnostics.js";
import type { Locator } from "./parse.js";
import {
  type ComparisonSpec,
  type Condition,
  comparisonBounds,
  DIMENSION_NAMES,
  type DimensionName,
  isEnd,
  nodeOf,
  type RubricFile,
  SCORE_RANGE,
  type Scenario,
  type TrainerSignalSpec,
  type TurnNode,
} from "./schema.js";

/**
 * Pure semantic checks on a scenario that passed the schema: the conversation graph, signal
 * ids, examples and trainer patterns. What the scoring engine knows is passed in, so this module
 * depends on data, not on the engine.
 */
export interface CheckOptions {
  builtInSignals: ReadonlySet<string>;
  /** Signal ids defined by the scenario's shared rubric files. */
  sharedSignals?: ReadonlySet<string>;
  checkPattern: (source: string) => { ok: true } | { ok: false; reason: string };
  /** Which dimensions a customer's line tests (from the scorer), to warn about conditions that read untested ones. */
  testedByLine?: (customer: string, abusive: boolean) => Record<DimensionName, boolean>;
  /**
   * Dimensions `testedByLine` says every line tests (from the scorer): a condition on one of them
   * needs no line read, which is the costly part of checking a turn.
   */
  alwaysTested?: ReadonlySet<DimensionName>;
}

export const DEFAULT_MAX_TURNS = 12;

export function startNode(scenario: Scenario): string {
  return scenario.start ?? Object.keys(scenario.turns)[0] ?? "";
}

export function checkScenario(
  scenario: Scenario,
  file: string,
  locate: Locator,
  options: CheckOptions,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const error = (
    path: PropertyKey[],
    rule: string,
    message: string,
    extra: Partial<Diagnostic> = {},
    key = false,
  ) => out.push({ file, ...locate(path, { key }), severity: "error", rule, message, ...extra });
  const warn = (path: PropertyKey[], rule: string, message: string, extra: Partial<Diagnostic> = {}) =>
    out.push({ file, ...locate(path, { key: true }), severity: "warning", rule, message, ...extra });

  const nodeIds = Object.keys(scenario.turns);
  const known = new Set(nodeIds);
  const nearNode = suggester(nodeIds);
  const nodeSuggestion = (id: string) => {
    const near = nearNode(id);
    return near ? { suggestion: `did you mean \`${near}\`?` } : {};
  };

  if (nodeIds.length === 0) {
    error(["turns"], "no-turns", "the scenario has no turns", {
      expected: "at least one customer turn and one end node",
    });
    return out;
  }

  const trainerIds = checkSignalDefinitions(
    scenario.signals ?? [],
    ["signals"],
    options.builtInSignals,
    options,
    error,
  );
  // Looked up in place: a joined set of every id (built-in ones included) is only made for a "did you mean".
  const shared = options.sharedSignals;
  const signalIds = {
    has: (id: string) => options.builtInSignals.has(id) || trainerIds.has(id) || (shared?.has(id) ?? false),
    *[Symbol.iterator]() {
      yield* new Set([...options.builtInSignals, ...trainerIds, ...(shared ?? [])]);
    },
  };
  const nearSignal = suggester(signalIds);
  const checkSignal = (id: string, path: PropertyKey[]) =>
    checkSignalId(id, path, signalIds, error, nearSignal);
  const checkSignals = (value: string | string[] | undefined, path: PropertyKey[]) => {
    if (value === undefined) return;
    if (typeof value === "string") checkSignal(value, path);
    else
      value.forEach((id, i) => {
        checkSignal(id, [...path, i]);
      });
  };
  const checkCondition = (condition: Condition, path: PropertyKey[]) => {
    checkComparisons(condition, path, warn);
    checkSignals(condition.fired, [...path, "fired"]);
    checkSignals(condition.not_fired, [...path, "not_fired"]);
    condition.any?.forEach((inner, i) => {
      checkCondition(inner, [...path, "any", i]);
    });
  };
  scenario.rubric?.expect?.forEach((id, i) => {
    checkSignal(id, ["rubric", "expect", i]);
  });
  checkWeights(scenario.rubric?.weights, ["rubric", "weights"], warn);

  const start = startNode(scenario);
  if (scenario.start !== undefined && !known.has(scenario.start))
    error(
      ["start"],
      "unknown-node",
      `start node \`${scenario.start}\` is not in turns`,
      nodeSuggestion(scenario.start),
    );

  // A condition on a dimension the turn never tests never holds: say so where it is written.
  const named = (condition: Condition, into: Set<DimensionName>): Set<DimensionName> => {
    for (const d of DIMENSION_NAMES) if (condition[d] !== undefined) into.add(d);
    for (const inner of condition.any ?? []) named(inner, into);
    return into;
  };
  const checkTestedDimensions = (id: string, turn: TurnNode) => {
    // Reading the customer's lines is the costly part: only for turns that branch on a dimension a
    // line may leave untested (a turn's own `tests` may leave out any).
    const conditions = new Set<DimensionName>();
    for (const transition of turn.next) if (transition.when) named(transition.when, conditions);
    const open = [...conditions].filter((d) => turn.tests || !options.alwaysTested?.has(d));
    if (open.length === 0) return;
    const tested = turnTests(turn, options, open);
    if (!tested) return;
    const visit = (condition: Condition, path: PropertyKey[]) => {
      for (const d of DIMENSION_NAMES)
        if (condition[d] !== undefined && !tested[d])
          warn(
            [...path, d],
            "untested-dimension",
            `turn \`${id}\` does not test ${d}, so \`${d}:\` here only holds when the reply itself brings ${d} in`,
            {
              suggestion: turn.tests
                ? `add ${d} to the turn's \`tests\`, or branch on \`fired\` signals instead`
                : `${d === "boundaries" ? "the customer's line makes no demand, pushback or threat" : "the customer's line reads as a calm question for facts"}; if it should be tested, add \`tests: [${DIMENSION_NAMES.filter((x) => tested[x] || x === d).join(", ")}]\` to the turn`,
            },
          );
      condition.any?.forEach((inner, i) => {
        visit(inner, [...path, "any", i]);
      });
    };
    turn.next.forEach((transition, i) => {
      if (transition.when) visit(transition.when, ["turns", id, "next", i, "when"]);
    });
  };

  // Edges, and per-turn checks.
  const edges = new Map<string, string[]>();
  for (const [id, node] of Object.entries(scenario.turns)) {
    if (isEnd(node)) {
      edges.set(id, []);
      continue;
    }
    const turn = node as TurnNode;
    const targets: string[] = [];
    turn.next.forEach((transition, i) => {
      const at = ["turns", id, "next", i];
      if (!known.has(transition.goto))
        error(
          [...at, "goto"],
          "unknown-node",
          `\`${transition.goto}\` is not a node of this scenario`,
          nodeSuggestion(transition.goto),
        );
      else targets.push(transition.goto);
      if (transition.when) checkCondition(transition.when, [...at, "when"]);
    });
    edges.set(id, targets);
    const last = turn.next[turn.next.length - 1];
    if (last?.when !== undefined)
      warn(
        ["turns", id, "next"],
        "no-fallback",
        `turn \`${id}\`: the last transition has a \`when\`, so some replies match none`,
        {
          suggestion: "end `next` with a transition that has only `goto` (the fallback)",
        },
      );
    turn.rubric?.expect?.forEach((signal, i) => {
      checkSignal(signal, ["turns", id, "rubric", "expect", i]);
    });
    // Weights that are all 0 only once this turn's are laid over the scenario's are this turn's doing.
    if (turn.rubric?.weights && !DIMENSION_NAMES.every((d) => scenario.rubric?.weights?.[d] === 0))
      checkWeights(
        { ...scenario.rubric?.weights, ...turn.rubric.weights },
        ["turns", id, "rubric", "weights"],
        warn,
      );
    checkTestedDimensions(id, turn);
    if (turn.model === undefined)
      warn(["turns", id], "missing-model", `turn \`${id}\` has no model answer`, {
        suggestion: "add `model:` with a reply you would be proud of",
      });
    if (turn.hint === undefined)
      warn(["turns", id], "missing-hint", `turn \`${id}\` has no hint`, {
        suggestion: "add `hint:` with one coaching sentence",
      });
  }

  // Reachability from the start, and a way to an ending from every node.
  if (known.has(start)) {
    const reached = new Set([start]);
    const queue = [start];
    for (let head = 0; head < queue.length; head++) {
      const id = queue[head] as string;
      for (const next of edges.get(id) ?? [])
        if (!reached.has(next)) {
          reached.add(next);
          queue.push(next);
        }
    }
    for (const id of nodeIds)
      if (!reached.has(id))
        error(
          ["turns", id],
          "unreachable-node",
          `node \`${id}\` cannot be reached from \`${start}\``,
          {},
          true,
        );
  }
  const reverse = new Map<string, string[]>();
  for (const [from, targets] of edges)
    for (const to of targets) {
      const sources = reverse.get(to);
      if (sources) sources.push(from);
      else reverse.set(to, [from]);
    }
  const ends = nodeIds.filter((id) => isEnd(nodeOf(scenario, id) as never));
  if (ends.length === 0)
    error(
      ["turns"],
      "no-ending",
      "the scenario has no end node",
      { expected: "a node with `end: resolved` or `end: escalated`" },
      true,
    );
  else {
    const canEnd = new Set(ends);
    const queue = [...ends];
    for (let head = 0; head < queue.length; head++) {
      const id = queue[head] as string;
      for (const previous of reverse.get(id) ?? [])
        if (!canEnd.has(previous)) {
          canEnd.add(previous);
          queue.push(previous);
        }
    }
    for (const id of nodeIds)
      if (!canEnd.has(id))
        error(["turns", id], "no-ending", `node \`${id}\` has no way to an end node`, {}, true);
  }

  // Examples answer customer turns, and name real signals and nodes.
  scenario.examples?.forEach((example, i) => {
    const at = ["examples", i];
    const node = nodeOf(scenario, example.node);
    if (!node)
      error(
        [...at, "node"],
        "unknown-node",
        `example \`${example.name}\` answers \`${example.node}\`, which is not a node`,
        nodeSuggestion(example.node),
      );
    else if (isEnd(node))
      error(
        [...at, "node"],
        "invalid-value",
        `example \`${example.name}\` answers an end node; examples answer customer turns`,
      );
    if (example.goto !== undefined && !known.has(example.goto))
      error(
        [...at, "goto"],
        "unknown-node",
        `\`${example.goto}\` is not a node of this scenario`,
        nodeSuggestion(example.goto),
      );
    checkComparisons(example.expect, [...at, "expect"], warn);
    if (Object.keys(example.expect).length === 0)
      warn([...at, "expect"], "empty-expect", `example \`${example.name}\` expects no score`, {
        suggestion: "add a band or a range for a dimension, such as `expect: { empathy: strong }`",
      });
    example.fires?.forEach((id, j) => {
      checkSignal(id, [...at, "fires", j]);
    });
    example.silent?.forEach((id, j) => {
      checkSignal(id, [...at, "silent", j]);
    });
  });

  return out;
}

const COMPARED = [...DIMENSION_NAMES, "overall", "anger"] as const;

/** A comparison no score can meet (`">= 999"`, `"90..10"`) makes its branch or example dead. */
function checkComparisons(
  condition: Partial<Record<(typeof COMPARED)[number], ComparisonSpec | undefined>>,
  path: PropertyKey[],
  warn: Warn,
): void {
  for (const key of COMPARED) {
    const spec = condition[key];
    if (spec === undefined) continue;
    const bounds = comparisonBounds(spec);
    if (bounds && bounds[0] > bounds[1])
      warn([...path, key], "impossible-condition", `\`${key}: ${String(spec).trim()}\` can never hold`, {
        expected: `a range within ${SCORE_RANGE[0]}-${SCORE_RANGE[1]}, low end first, such as ">= 60" or "40..69"`,
      });
  }
}

/** Weights that are all 0 make every overall score 0. */
function checkWeights(
  weights: Partial<Record<DimensionName, number>> | undefined,
  path: PropertyKey[],
  warn: Warn,
) {
  if (!weights) return;
  if (DIMENSION_NAMES.every((d) => weights[d] === 0))
    warn(path, "zero-weights", "every dimension's weight is 0, so every overall score is 0", {
      suggestion: "give at least one dimension a weight above 0 (the default is 1)",
    });
}

type Warn = (path: PropertyKey[], rule: string, message: string, extra?: Partial<Diagnostic>) => void;

type Report = (
  path: PropertyKey[],
  rule: string,
  message: string,
  extra?: Partial<Diagnostic>,
  key?: boolean,
) => void;

/** Trainer signals (in a scenario or a rubric file): kind-specific keys, safe patterns, unique ids. */
export function checkSignalDefinitions(
  signals: readonly TrainerSignalSpec[],
  at: PropertyKey[],
  taken: ReadonlySet<string>,
  options: Pick<CheckOptions, "checkPattern" | "sharedSignals">,
  error: Report,
): Set<string> {
  const ids = new Set<string>();
  signals.forEach((signal, i) => {
    const path = [...at, i];
    const builtIn = taken.has(signal.id);
    if (builtIn || ids.has(signal.id) || options.sharedSignals?.has(signal.id))
      error(
        [...path, "id"],
        "duplicate-signal",
        `signal id \`${signal.id}\` is already used${builtIn ? " by a built-in signal" : ""}`,
      );
    ids.add(signal.id);
    if (signal.kind === "phrases" && !signal.phrases)
      error(path, "missing-key", "a `phrases` signal needs a `phrases:` list", {
        expected: "phrases:\n  - I can hear how",
      });
    if (signal.kind === "pattern" && !signal.pattern)
      error(path, "missing-key", "a `pattern` signal needs a `pattern:`", {
        expected: 'pattern: "refund(ed)? (today|now)"',
      });
    if (signal.kind === "required" && !signal.phrases && !signal.pattern)
      error(path, "missing-key", "a `required` signal needs `phrases:` or `pattern:`");
    if (signal.pattern) {
      const verdict = options.checkPattern(signal.pattern);
      if (!verdict.ok) error([...path, "pattern"], "unsafe-pattern", `pattern rejected: ${verdict.reason}`);
    }
  });
  return ids;
}

export function checkSignalId(
  id: string,
  path: PropertyKey[],
  known: Pick<ReadonlySet<string>, "has"> & Iterable<string>,
  error: Report,
  near: (id: string) => string | undefined = suggester(known),
): void {
  if (known.has(id)) return;
  const suggestion = near(id);
  error(path, "unknown-signal", `unknown signal \`${id}\``, {
    expected: "a built-in signal (see `coach rules`) or one from this scenario's `signals` or rubric files",
    ...(suggestion ? { suggestion: `did you mean \`${suggestion}\`?` } : {}),
  });
}

/**
 * "Did you mean" over a fixed set of names, for many misses: each word is looked up once, and
 * only the first SUGGESTION_LIMIT different misses get a suggestion. Each lookup compares the
 * word with every name, so without a limit a file of thousands of misses among thousands of
 * names costs their product.
 */
export const SUGGESTION_LIMIT = 100;
export function suggester(names: Iterable<string>): (word: string) => string | undefined {
  // Listed at the first miss: most files have none.
  let list: string[] | undefined;
  const seen = new Map<string, string | undefined>();
  return (word) => {
    if (seen.has(word)) return seen.get(word);
    list ??= [...names];
    const near = seen.size < SUGGESTION_LIMIT ? didYouMean(word, list) : undefined;
    seen.set(word, near);
    return near;
  };
}

/** Semantic checks of a rubric file: its signals and the signal ids its `expect` names. */
export function checkRubric(
  rubric: RubricFile,
  file: string,
  locate: Locator,
  options: CheckOptions,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const error: Report = (path, rule, message, extra = {}, key = false) =>
    out.push({ file, ...locate(path, { key }), severity: "error", rule, message, ...extra });
  const ids = checkSignalDefinitions(
    rubric.signals ?? [],
    ["signals"],
    options.builtInSignals,
    { checkPattern: options.checkPattern },
    error,
  );
  const known = new Set([...options.builtInSignals, ...ids]);
  const near = suggester(known);
  rubric.expect?.forEach((id, i) => {
    checkSignalId(id, ["expect", i], known, error, near);
  });
  checkWeights(rubric.weights, ["weights"], (path, rule, message, extra = {}) =>
    out.push({ file, ...locate(path, { key: true }), severity: "warning", rule, message, ...extra }),
  );
  return out;
}

/**
 * The dimensions a turn tests: its `tests`, else what any of its lines puts in play. The lines
 * are read in turn until each of the `wanted` dimensions is tested: the answer is then complete
 * for them (and no warning needs the rest); otherwise every line has been read.
 */
function turnTests(
  turn: TurnNode,
  options: CheckOptions,
  wanted: readonly DimensionName[],
): Record<DimensionName, boolean> | undefined {
  if (turn.tests)
    return Object.fromEntries(DIMENSION_NAMES.map((d) => [d, turn.tests?.includes(d) ?? false])) as Record<
      DimensionName,
      boolean
    >;
  const read = options.testedByLine;
  if (!read) return undefined;
  const tested = { calm: false, empathy: false, honesty: false, boundaries: false };
  for (const line of [turn.customer, turn.variants?.calmer, turn.variants?.angrier]) {
    if (!line) continue;
    const byLine = read(line, turn.abusive ?? false);
    for (const d of DIMENSION_NAMES) tested[d] ||= byLine[d];
    if (wanted.every((d) => tested[d])) break;
  }
  return tested;
}
