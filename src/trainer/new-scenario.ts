import { Document, isMap, isScalar, isSeq, parseDocument, stringify } from "yaml";
import type { ComparisonSpec, Example, Scenario, TurnNode } from "../scenario/schema.js";
import { DIMENSIONS, type Dimension, scoreReply } from "../scoring/index.js";
import { sanitize } from "../ui/text.js";
import { checkExample, checkModel, type Score } from "./examples.js";

/**
 * `coach new`: the answers a trainer gives, turned into scenario YAML. Pure (scoring is pure too):
 * answers in, text out; prompting and writing the file live in src/commands/new.ts.
 */

export interface FollowUpAnswers {
  /** The customer's line at this turn. */
  customer: string;
  /** The line when the customer has calmed down (optional). */
  calmer?: string | undefined;
  /** The line when the customer is angrier (optional). */
  angrier?: string | undefined;
  hint: string;
  model: string;
}

export interface NewScenarioAnswers {
  title: string;
  setting: string;
  /** What is true and known: a list, or one string separated by semicolons (or commas). */
  known?: string | readonly string[] | undefined;
  /** What the agent cannot do or promise. */
  cannot?: string | readonly string[] | undefined;
  persona: { name: string; description: string; anger: number };
  opening: { customer: string; hint: string; model: string };
  /** The two follow-up turns. */
  followUps: readonly FollowUpAnswers[];
  /** Optional extras (not prompted for). */
  summary?: string | undefined;
  difficulty?: number | undefined;
}

export interface BuildOptions {
  /** The `$schema` path written in the first-line comment. */
  schemaPath?: string;
  /** Scoring used to make the generated examples pass `coach test` (default: the built-in scorer). */
  score?: Score;
}

export const POOR_REPLY = "Calm down, that's just policy.";
export const MIXED_REPLY = "I understand, but there is nothing I can do about it. That's how it works.";
const TURN_IDS = ["second-turn", "third-turn", "fourth-turn", "fifth-turn"] as const;
export const MAX_ID_LENGTH = 64;

/** A kebab-case id from a title: "Late delivery — Priya's parcel!" -> "late-delivery-priya-s-parcel". */
export function slugify(title: string, maxLength = MAX_ID_LENGTH): string {
  const ascii = title
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  let id = ascii;
  if (id.length > maxLength) {
    id = id.slice(0, maxLength);
    const cut = id.lastIndexOf("-");
    id = (cut > maxLength / 2 ? id.slice(0, cut) : id).replace(/-+$/, "");
  }
  return id || "custom-scenario";
}

/** "a; b; c" -> [a, b, c]; without semicolons, commas separate. Empty items are dropped. */
export function splitList(value: string | readonly string[] | undefined): string[] {
  if (value === undefined) return [];
  const items = typeof value === "string" ? value.split(value.includes(";") ? ";" : ",") : [...value];
  return items.map(clean).filter((item) => item.length > 0);
}

function clean(value: string | undefined): string {
  return sanitize(value ?? "").trim();
}

/** The scenario as data (before YAML): the graph, examples unchecked. */
export function scenarioFromAnswers(answers: NewScenarioAnswers): Scenario {
  const followUps = answers.followUps.slice(0, TURN_IDS.length);
  const name = clean(answers.persona.name);
  const description = clean(answers.persona.description);
  const known = splitList(answers.known);
  const cannot = splitList(answers.cannot);
  const ids = ["opening", ...followUps.map((_, i) => TURN_IDS[i] as string)];
  const next = (i: number) => [
    { when: { anger: ">= 85" }, goto: "escalated" },
    { goto: ids[i + 1] ?? "resolved" },
  ];
  const turns: Scenario["turns"] = {
    opening: {
      customer: clean(answers.opening.customer),
      hint: clean(answers.opening.hint),
      model: clean(answers.opening.model),
      next: next(0),
    },
  };
  followUps.forEach((turn, i) => {
    const calmer = clean(turn.calmer);
    const angrier = clean(turn.angrier);
    const node: TurnNode = {
      customer: clean(turn.customer),
      ...(calmer || angrier
        ? { variants: { ...(calmer ? { calmer } : {}), ...(angrier ? { angrier } : {}) } }
        : {}),
      hint: clean(turn.hint),
      model: clean(turn.model),
      next: next(i + 1),
    };
    turns[ids[i + 1] as string] = node;
  });
  turns.resolved = { end: "resolved", customer: "Okay. Thank you, that actually helps." };
  turns.escalated = { end: "escalated", customer: "That's it. I want to speak to your manager. Now." };

  const anger = Math.round(Math.min(100, Math.max(0, answers.persona.anger)));
  const summary =
    clean(answers.summary) ||
    `${description} Practise naming the feeling, being honest about what you can do, and staying calm.`;
  return {
    format: 1,
    version: 1,
    title: clean(answers.title),
    summary,
    difficulty: Math.round(Math.min(5, Math.max(1, answers.difficulty ?? 2))),
    tags: ["custom"],
    setting: clean(answers.setting),
    facts: { ...(known.length > 0 ? { known } : {}), ...(cannot.length > 0 ? { cannot } : {}) },
    persona: { name, description, anger },
    turns,
    examples: [
      {
        name: "the model answer",
        node: "opening",
        reply: clean(answers.opening.model),
        expect: { empathy: ">= 50" },
      },
      { name: "dismissive: quoting policy", node: "opening", reply: POOR_REPLY, expect: { calm: "< 70" } },
      {
        name: "mixed: acknowledges, then shuts the door",
        node: "opening",
        reply: MIXED_REPLY,
        expect: { calm: ">= 40", empathy: "< 70" },
      },
    ],
  };
}

/**
 * Make every generated example's expectations hold against the scorer: an expectation that fails
 * (say, a model answer that shows little empathy) is loosened to a range that is true for the reply,
 * so the new file passes `coach test` and the trainer can tighten it.
 */
export function calibrateExamples(
  scenario: Scenario,
  score: Score = scoreReply,
): { examples: Example[]; notes: (string | undefined)[] } {
  const notes: (string | undefined)[] = [];
  const examples = (scenario.examples ?? []).map((example) => {
    const result = checkExample(scenario, example, score);
    if (result.passed) {
      notes.push(undefined);
      return example;
    }
    const expect: Example["expect"] = { ...example.expect };
    const changed: string[] = [];
    for (const failure of result.failures) {
      const key = failure.what as Dimension | "overall";
      if (key !== "overall" && !(DIMENSIONS as readonly string[]).includes(key)) continue;
      const actual = key === "overall" ? result.scorecard.overall : result.scorecard.scores[key];
      expect[key] = loosen(String(expect[key] ?? ""), actual);
      changed.push(`${key} ${actual} (expected ${example.expect[key]})`);
    }
    notes.push(
      changed.length > 0
        ? ` Loosened by \`coach new\`: this reply scored ${changed.join(", ")}. Improve the reply, then tighten.`
        : undefined,
    );
    return { ...example, expect };
  });
  return { examples, notes };
}

function loosen(spec: string, actual: number): ComparisonSpec {
  const wantsLow = /^\s*</.test(spec) || spec === "needs work";
  if (wantsLow) return `<= ${Math.min(100, Math.ceil(actual / 10) * 10)}`;
  return `>= ${Math.max(0, Math.floor(actual / 10) * 10)}`;
}

/** The YAML text of a new scenario: schema comment, comments for the trainer, flow style for short maps. */
export function buildScenarioYaml(answers: NewScenarioAnswers, options: BuildOptions = {}): string {
  const scenario = scenarioFromAnswers(answers);
  const { examples, notes } = calibrateExamples(scenario, options.score);
  scenario.examples = examples;
  const doc = new Document(scenario);
  doc.commentBefore = ` yaml-language-server: $schema=${options.schemaPath ?? "./scenario.schema.json"}\n Created by \`coach new\`. Check it with \`coach validate\` and \`coach test\`; see scenarios/README.md.`;
  flow(doc, ["tags"]);
  flow(doc, ["persona"], false);
  for (const [id, node] of Object.entries(scenario.turns)) {
    if ("end" in node) continue;
    node.next.forEach((transition, i) => {
      if (transition.when) flow(doc, ["turns", id, "next", i, "when"]);
    });
    // Model answers are tests (`coach test`): say at once where one would fail, and why.
    if (typeof node.model === "string") {
      const result = checkModel(scenario, id, node.model, options.score ?? scoreReply);
      const turn = doc.getIn(["turns", id], true);
      if (!result.passed && isMap(turn)) {
        const pair = turn.items.find((item) => isScalar(item.key) && item.key.value === "model");
        if (pair && isScalar(pair.key))
          pair.key.commentBefore = ` \`coach test\` fails this model answer: ${result.failures
            .map((f) => `${f.what} ${f.actual}`)
            .join(", ")}. A trainee who types it would be told it was weak: improve it.`;
      }
    }
  }
  examples.forEach((_, i) => {
    flow(doc, ["examples", i, "expect"]);
    const node = doc.getIn(["examples", i], true);
    const note = notes[i];
    if (note && isMap(node)) node.commentBefore = note;
  });
  comment(doc, ["facts"], " What is true. Scoring uses `cannot` (and `unknown`) to catch over-promising.");
  comment(doc, ["persona"], " The customer and their starting anger (0 calm .. 100 furious).");
  comment(
    doc,
    ["turns"],
    " The conversation graph. Transitions are tried in order; the last (no `when`) is the fallback.",
  );
  comment(
    doc,
    ["examples"],
    " Sample replies and the scores they should get (`coach test`). Tighten them to what you expect.",
  );
  return doc.toString({ lineWidth: 100, flowCollectionPadding: false });
}

/** Flow style for a short map or list; its string values (comparisons such as ">= 60") double-quoted. */
function flow(doc: Document, path: readonly (string | number)[], on = true): void {
  const node = doc.getIn(path, true);
  if (isMap(node) || isSeq(node)) node.flow = on;
  if (on && isMap(node))
    for (const pair of node.items)
      if (isScalar(pair.value) && typeof pair.value.value === "string") pair.value.type = "QUOTE_DOUBLE";
}

function comment(doc: Document, path: readonly (string | number)[], text: string): void {
  const parent = doc.contents;
  if (!isMap(parent) || path.length !== 1) return;
  const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === path[0]);
  if (pair && isScalar(pair.key)) pair.key.commentBefore = text;
}

/**
 * A copy of a scenario's YAML with a new title (and id, when the original states one). Only those
 * values (and the schema comment's path) are replaced in the text, so everything else, comments and
 * layout included, is kept byte for byte.
 */
export function copyScenarioYaml(
  original: string,
  changes: { id: string; title: string; schemaPath?: string },
): string {
  const doc = parseDocument(original);
  const edits: { start: number; end: number; text: string }[] = [];
  const replace = (key: string, value: string) => {
    const node = doc.get(key, true);
    if (!isScalar(node) || !node.range) return;
    const [start, end] = node.range;
    const text = stringify(value.replace(/\s+/g, " "), { lineWidth: 0 }).trimEnd();
    edits.push({ start, end, text: original.slice(start, end).endsWith("\n") ? `${text}\n` : text });
  };
  replace("title", changes.title);
  if (doc.has("id")) replace("id", changes.id);
  let text = original;
  for (const edit of edits.sort((a, b) => b.start - a.start))
    text = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
  if (changes.schemaPath !== undefined) {
    const header = /^(?:[ \t]*(?:#[^\n]*)?\n)*/.exec(text)?.[0] ?? "";
    const updated = header.replace(
      /^([ \t]*#[ \t]*yaml-language-server:[ \t]*\$schema=)\S+/m,
      (_, prefix: string) => `${prefix}${changes.schemaPath}`,
    );
    text = updated + text.slice(header.length);
  }
  return text;
}
