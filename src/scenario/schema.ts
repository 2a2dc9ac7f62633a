import { z } from "zod";

// A command parses a scenario or two, so zod's JIT (a function generated per object schema on its
// first parse) costs more to build than it saves: ~8 ms of a 7-turn `coach run`. Same checks.
z.config({ jitless: true });

/**
 * Scenario format v1: the one definition that gives validation (zod), the TypeScript types
 * (z.infer) and the JSON Schema written to scenarios/scenario.schema.json for editors.
 * Descriptions here are what trainers see in their editor, so they speak to trainers.
 */

export const DIMENSION_NAMES = ["calm", "empathy", "honesty", "boundaries"] as const;
export const BAND_NAMES = ["needs work", "developing", "strong"] as const;
export const MOODS = ["calmer", "same", "angrier"] as const;
export const ENDINGS = ["resolved", "escalated"] as const;

// C0 and C1 control characters other than tab and newline. ESC (\x1b) starts ANSI sequences that
// could move the cursor or rewrite the trainee's screen, so scenario text may not contain them.
// biome-ignore lint/suspicious/noControlCharactersInRegex: this pattern exists to find control characters
export const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

export const text = (description: string) =>
  z
    .string()
    .trim()
    .min(1, "must not be empty")
    .refine((value) => !CONTROL_CHARACTERS.test(value), {
      message: "contains a control character (such as an ANSI escape); remove it",
      params: { rule: "control-character" },
    })
    .describe(description);

const kebabId = (description: string) =>
  z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be kebab-case: lowercase letters, digits and single hyphens")
    .max(64)
    .describe(description);

const textList = (description: string) => z.array(text("one item")).describe(description);

export const Dimension = z.enum(DIMENSION_NAMES);
export type DimensionName = z.infer<typeof Dimension>;

const weight = z.number().min(0).max(10);
export const Weights = z
  .strictObject({
    calm: weight.optional(),
    empathy: weight.optional(),
    honesty: weight.optional(),
    boundaries: weight.optional(),
  })
  .describe("Relative weight of each dimension in the overall score (0-10, default 1 each).");

/** A number comparison: "">= 60"", ""< 40"", ""40..69"", a bare number (equal), or a band name. */
export const COMPARISON_PATTERN =
  /^\s*(?:(<=|>=|<|>|==|=|!=)\s*(\d{1,3})|(\d{1,3})\s*\.\.\s*(\d{1,3})|(\d{1,3}))\s*$/;
export const Comparison = z
  .union([
    z.number().min(0).max(100),
    z.enum(BAND_NAMES),
    z
      .string()
      .regex(
        COMPARISON_PATTERN,
        'must be a comparison such as ">= 60", "< 40", "40..69", or a band: needs work, developing, strong',
      ),
  ])
  .describe('A score test: ">= 60", "< 40", "40..69", 55, or a band name (needs work, developing, strong).');

/** Scores and anger run from 0 to 100. */
export const SCORE_RANGE = [0, 100] as const;

/**
 * The scores a comparison accepts, as a closed range [lo, hi] within 0-100 (lo > hi when none
 * can), or undefined for `!=`, which leaves a hole rather than a range.
 */
export function comparisonBounds(spec: z.infer<typeof Comparison>): [number, number] | undefined {
  const [min, max] = SCORE_RANGE;
  const range = rawBounds(spec);
  return range && [Math.max(min, range[0]), Math.min(max, range[1])];
}

function rawBounds(spec: z.infer<typeof Comparison>): [number, number] | undefined {
  const [min, max] = SCORE_RANGE;
  if (typeof spec === "number") return [spec, spec];
  const band = BAND_RANGES.get(spec);
  if (band) return band;
  const match = COMPARISON_PATTERN.exec(spec);
  if (!match) return undefined;
  const [, op, operand, lo, hi, exact] = match;
  if (exact !== undefined) return [Number(exact), Number(exact)];
  if (lo !== undefined && hi !== undefined) return [Number(lo), Number(hi)];
  const n = Number(operand);
  switch (op) {
    case ">=":
      return [n, max];
    case ">":
      return [n + 1, max];
    case "<=":
      return [min, n];
    case "<":
      return [min, n - 1];
    case "!=":
      return undefined;
    default:
      return [n, n];
  }
}

/** The score range of each band (documented in scenarios/README.md). */
export const BAND_RANGES: ReadonlyMap<string, [number, number]> = new Map([
  ["needs work", [0, 39]],
  ["developing", [40, 69]],
  ["strong", [70, 100]],
]);

const signalList = z
  .union([kebabId("a signal id"), z.array(kebabId("a signal id")).min(1)])
  .describe("A signal id or a list of them (see `coach rules` and this scenario's `signals`).");

export interface Condition {
  calm?: z.infer<typeof Comparison> | undefined;
  empathy?: z.infer<typeof Comparison> | undefined;
  honesty?: z.infer<typeof Comparison> | undefined;
  boundaries?: z.infer<typeof Comparison> | undefined;
  overall?: z.infer<typeof Comparison> | undefined;
  anger?: z.infer<typeof Comparison> | undefined;
  fired?: string | string[] | undefined;
  not_fired?: string | string[] | undefined;
  any?: Condition[] | undefined;
}

export const Condition: z.ZodType<Condition> = z.lazy(() =>
  z
    .strictObject({
      calm: Comparison.optional(),
      empathy: Comparison.optional(),
      honesty: Comparison.optional(),
      boundaries: Comparison.optional(),
      overall: Comparison.optional(),
      anger: Comparison.optional(),
      fired: signalList.optional().describe("True when any of these signals fired on the reply."),
      not_fired: signalList.optional().describe("True when none of these signals fired on the reply."),
      any: z.array(Condition).min(1).optional().describe("True when at least one of these conditions holds."),
    })
    .describe(
      "All keys must hold. Scores are the last reply's; anger is the customer's anger after that reply (0-100).",
    ),
);

export const Transition = z
  .strictObject({
    when: Condition.optional().describe("Leave out for the fallback transition (always taken)."),
    goto: kebabId("The id of the node to go to."),
  })
  .describe("Transitions are tried in order; the first whose `when` holds is taken.");

export const TrainerSignal = z
  .strictObject({
    id: kebabId("The signal's id, used in evidence, in conditions and in examples."),
    kind: z
      .enum(["phrases", "pattern", "required"])
      .describe(
        "phrases: fires when any phrase appears; pattern: fires when the regular expression matches; required: fires when none of `phrases`/`pattern` appears.",
      ),
    dimension: Dimension,
    effect: z.enum(["helps", "hurts"]),
    weight: z.number().min(1).max(50).optional().describe("Points added or removed (default 10)."),
    phrases: textList("Case-insensitive phrases, matched on word boundaries.").min(1).optional(),
    pattern: z
      .string()
      .min(1)
      .max(300)
      .optional()
      .describe(
        "A regular expression in RE2 syntax (case-insensitive, matched in linear time; no back-references or look-arounds).",
      ),
    message: text("Why this helps or hurts, shown to the trainee as evidence."),
    tip: text("A concrete suggestion shown when this signal is the most useful fix.").optional(),
  })
  .describe("A trainer-authored scoring signal (Vale-style: one kind from a closed list).");

export const Rubric = z
  .strictObject({
    weights: Weights.optional(),
    expect: z
      .array(kebabId("a signal id"))
      .optional()
      .describe(
        "Signals a good reply must fire here; a reply without one loses points on that signal's dimension.",
      ),
    avoid: textList("Phrases that are wrong here; using one costs points.").optional(),
  })
  .describe("Rubric tweaks.");

export const Facts = z
  .strictObject({
    known: textList("What is true and known to the agent.").optional(),
    unknown: textList("What nobody knows yet: claiming it as certain is dishonest.").optional(),
    can: textList("What the agent can do.").optional(),
    cannot: textList("What the agent cannot do or promise: promising it is dishonest.").optional(),
  })
  .describe("The facts of the setting. Scoring uses them to judge honesty.");

export const Persona = z
  .strictObject({
    name: text("The customer's name."),
    description: text("One line about who they are and what they want."),
    anger: z.number().int().min(0).max(100).describe("Starting anger, 0 (calm) to 100 (furious)."),
    sensitivity: z
      .strictObject({
        calm: z.number().min(0).max(3).optional(),
        empathy: z.number().min(0).max(3).optional(),
        honesty: z.number().min(0).max(3).optional(),
        boundaries: z.number().min(0).max(3).optional(),
      })
      .optional()
      .describe("How strongly this customer reacts to each dimension (0-3, default 1)."),
  })
  .describe("Who the customer is.");

export const TurnNode = z
  .strictObject({
    customer: text("What the customer says at this turn."),
    variants: z
      .strictObject({
        calmer: text("The line when the customer has calmed down since the last turn.").optional(),
        angrier: text("The line when the customer is angrier than at the last turn.").optional(),
      })
      .optional()
      .describe("The customer's line by mood; `customer` is used when the mood is the same."),
    abusive: z.boolean().optional().describe("The line is abusive: a good reply sets a respectful boundary."),
    hint: text("A coaching hint the trainee can ask for with /hint."),
    model: z
      .union([text("A model answer."), z.array(text("A model answer.")).min(1)])
      .describe("One or more model answers for this turn."),
    rubric: Rubric.optional(),
    tests: z
      .array(Dimension)
      .min(1)
      .optional()
      .describe(
        "The dimensions this turn tests, when coach reads the line wrongly. By default coach reads the customer's line: calm and honesty are always tested, empathy where the customer is upset (not on a calm question for facts), boundaries where they demand, push back or are abusive. An untested dimension is shown as not tested and left out of the overall score and of `when` conditions.",
      ),
    next: z.array(Transition).min(1).describe("Where the conversation goes after the trainee's reply."),
  })
  .partial({ hint: true, model: true })
  .describe("A customer turn: the trainee replies to it.");

export const EndNode = z
  .strictObject({
    end: z
      .enum(ENDINGS)
      .describe("resolved: the customer is satisfied; escalated: manager, hang-up or walk-out."),
    customer: text("The customer's closing line."),
  })
  .describe("An ending.");

export const Node = z.union([EndNode, TurnNode]);

export const Example = z
  .strictObject({
    name: text("What this example shows."),
    node: kebabId("The node this reply answers."),
    reply: text("The sample reply."),
    expect: z
      .strictObject({
        calm: Comparison.optional(),
        empathy: Comparison.optional(),
        honesty: Comparison.optional(),
        boundaries: Comparison.optional(),
        overall: Comparison.optional(),
      })
      .describe('Per dimension a band ("strong") or a range (">= 60").'),
    fires: z.array(kebabId("a signal id")).optional().describe("Signals that must fire."),
    silent: z.array(kebabId("a signal id")).optional().describe("Signals that must not fire."),
    goto: kebabId("The node the reply must lead to.").optional(),
  })
  .describe("A sample reply with the scores it should get, checked by `coach test`.");

export const Scenario = z
  .strictObject({
    format: z.literal(1).describe("The scenario format version. Always 1."),
    id: kebabId("The scenario id; must match the file name (without .yaml).").optional(),
    version: z
      .number()
      .int()
      .min(1)
      .optional()
      .describe("Bump when you change the scenario (recorded in transcripts)."),
    title: text("A short title."),
    summary: text("One or two sentences on what happens and what it practises."),
    difficulty: z.number().int().min(1).max(5).describe("1 (gentle) to 5 (hardest)."),
    tags: z.array(kebabId("a tag")).describe("Tags for finding the scenario: setting, skills."),
    setting: text("Where this happens."),
    facts: Facts,
    persona: Persona,
    practise: textList("What the trainee is expected to practise, a few words each.").optional(),
    rubrics: z
      .array(z.string().regex(/^[^\0]+\.ya?ml$/, "must be a path to a .yaml file"))
      .optional()
      .describe(
        "Shared rubric files, relative to this file's folder (e.g. rubrics/retail.yaml); they may not point outside it.",
      ),
    rubric: Rubric.optional().describe("Rubric tweaks for every turn of this scenario."),
    signals: z.array(TrainerSignal).optional().describe("Extra scoring signals for this scenario."),
    start: kebabId("The first node (default: the first in `turns`).").optional(),
    max_turns: z
      .number()
      .int()
      .min(1)
      .max(50)
      .optional()
      .describe("End the session unfinished after this many replies (default 12)."),
    pass_mark: z
      .number()
      .min(0)
      .max(100)
      .optional()
      .describe(
        "The overall score (0-100) a session needs to pass. Learning records (`coach export --xapi`) then say passed or failed; without it they say completed, with the score.",
      ),
    turns: z
      .record(kebabId("a node id"), Node)
      // Node ids are trainer text: held without a prototype, `turns["constructor"]` is a node or nothing.
      .transform((turns) => Object.assign(Object.create(null) as typeof turns, turns))
      .describe("The conversation graph: node id -> a customer turn or an ending."),
    examples: z.array(Example).optional().describe("Sample replies and their expected scores."),
  })
  .describe("A de-escalation practice scenario for coach (format 1).");

export const RubricFile = z
  .strictObject({
    format: z.literal(1).describe("The rubric format version. Always 1."),
    description: text("What this rubric is for.").optional(),
    weights: Weights.optional(),
    expect: z
      .array(kebabId("a signal id"))
      .optional()
      .describe("Signals a good reply must fire at every turn."),
    avoid: textList("Phrases that are wrong in every turn of scenarios using this rubric.").optional(),
    signals: z
      .array(TrainerSignal)
      .optional()
      .describe("Extra scoring signals shared by the scenarios that use this rubric."),
  })
  .describe("A shared rubric file for coach scenarios (format 1).");

export type RubricFile = z.infer<typeof RubricFile>;
export type Scenario = z.infer<typeof Scenario>;
export type TurnNode = z.infer<typeof TurnNode>;
export type EndNode = z.infer<typeof EndNode>;
export type ScenarioNode = z.infer<typeof Node>;
export type Transition = z.infer<typeof Transition>;
export type Example = z.infer<typeof Example>;
export type TrainerSignalSpec = z.infer<typeof TrainerSignal>;
export type ComparisonSpec = z.infer<typeof Comparison>;

export function isEnd(node: ScenarioNode): node is EndNode {
  return Object.hasOwn(node, "end");
}

/**
 * The node with this id, or undefined. Ids are trainer text, so the lookup never reaches
 * Object.prototype: `constructor` is a node like any other, or no node at all.
 */
export function nodeOf(scenario: Pick<Scenario, "turns">, id: string): ScenarioNode | undefined {
  return Object.hasOwn(scenario.turns, id) ? scenario.turns[id] : undefined;
}

function jsonSchemaOf(schema: z.ZodType, name: string, title: string): Record<string, unknown> {
  const json = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as Record<string, unknown>;
  return {
    $schema: json.$schema,
    $id: `https://github.com/de-escalation-coach/coach/${name}`,
    title,
    ...json,
  };
}

export function scenarioJsonSchema(): Record<string, unknown> {
  return jsonSchemaOf(Scenario, "scenario.schema.json", "coach scenario (format 1)");
}

export function rubricJsonSchema(): Record<string, unknown> {
  return jsonSchemaOf(RubricFile, "rubric.schema.json", "coach rubric file (format 1)");
}
