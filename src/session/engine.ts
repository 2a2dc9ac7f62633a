import { DEFAULT_MAX_TURNS, startNode } from "../scenario/check.js";
import { type EndNode, isEnd, nodeOf, type Scenario, type TurnNode } from "../scenario/schema.js";
import type { Dimension, ScoreContext, Scorecard } from "../scoring/index.js";
import { type Mood, moodOf, nextAnger } from "./anger.js";
import { holds } from "./conditions.js";
import { contextFor } from "./context.js";

/**
 * The session loop, pure: it asks for replies through an injected `ask`, scores them through an
 * injected `score`, and returns the transcript. Interactive prompts, answer files, stdin and
 * tests all drive this same loop.
 */

export interface TurnPrompt {
  index: number; // 0-based
  node: string;
  customer: string;
  name: string;
  mood: Mood;
  anger: number;
  abusive: boolean;
  hint?: string;
  /**
   * What /model shows: the model answers (scenario `model`, maybe none) of the last line replied
   * to, the one the feedback on screen is about; while retrying, the line being retried. Absent
   * before the first reply. Models are for learning after an attempt; /hint helps before one.
   */
  model?: { index: number; answers: string[] };
  /** 2, 3, ... when this customer line is asked again after /retry. */
  attempt?: number;
  /**
   * Set when the same line is asked again because a command was refused (a /retry with nothing
   * to retry): the reason to show, in place of showing the customer's line again.
   */
  notice?: string;
}

/**
 * What the trainee did at a prompt: a reply, /retry (ask the last scored line again), or an end.
 * `hintUsed`: /hint was used at this prompt (for the line on screen). `modelSeen`: /model was used
 * at this prompt, which marks the turn whose model it showed (see `TurnPrompt.model`).
 */
export type Answer =
  | { reply: string; hintUsed?: boolean; modelSeen?: boolean }
  | { retry: true; hintUsed?: boolean; modelSeen?: boolean }
  | { quit: true; reason: "quit" | "interrupted" | "no-more-replies" };

export interface TurnRecord {
  index: number;
  node: string;
  customer: string;
  mood: Mood;
  abusive: boolean;
  reply: string;
  hintUsed: boolean;
  scorecard: Scorecard;
  fired: string[];
  angerBefore: number;
  angerAfter: number;
  next: string;
  askedAt: string;
  answeredAt: string;
  /** Earlier attempts at this same customer line (/retry), oldest first; this record is the last. */
  attempts?: Attempt[];
  /** The trainee asked to see the turn's model answer (/model) before or after replying. */
  modelSeen?: boolean;
}

/** An earlier attempt at a turn, kept when the trainee retried it. */
export interface Attempt {
  reply: string;
  hintUsed: boolean;
  scorecard: Scorecard;
  fired: string[];
  angerAfter: number;
  next: string;
  askedAt: string;
  answeredAt: string;
  /** The trainee saw the turn's model answer (/model) while this was the turn's latest attempt. */
  modelSeen?: boolean;
}

export type Outcome = "deescalated" | "escalated" | "unfinished";

export interface Transcript {
  format: 1;
  scenario: { id: string; version: number; title: string };
  startedAt: string;
  endedAt?: string;
  outcome: Outcome;
  endReason?: "resolved" | "escalated" | "turn-limit" | "quit" | "interrupted" | "no-more-replies";
  anger: { start: number; end: number };
  turns: TurnRecord[];
  closing?: { node: string; customer: string };
  /** Played with --exam: no hints, retries or per-turn feedback; the report only at the end. */
  exam?: boolean;
  /** Who practised, when known (an export may carry it); `coach team` groups sessions by it. */
  trainee?: string;
}

export interface SessionIO {
  ask(prompt: TurnPrompt): Promise<Answer>;
  score(reply: string, context: ScoreContext): Scorecard;
  /** Called after each scored reply (feedback display). */
  onTurn?(record: TurnRecord, transcript: Transcript): void | Promise<void>;
  now?(): Date;
}

export function lineFor(turn: TurnNode, mood: Mood): string {
  if (mood === "calmer" && turn.variants?.calmer) return turn.variants.calmer;
  if (mood === "angrier" && turn.variants?.angrier) return turn.variants.angrier;
  return turn.customer;
}

export function newTranscript(scenario: Scenario, id: string, now: Date): Transcript {
  return {
    format: 1,
    scenario: { id, version: scenario.version ?? 1, title: scenario.title },
    startedAt: now.toISOString(),
    outcome: "unfinished",
    anger: { start: scenario.persona.anger, end: scenario.persona.anger },
    turns: [],
  };
}

/**
 * The turn a /retry would ask again (the last scored one), or why there is none: nothing
 * answered yet, the session over, or an exam.
 */
export function retryTarget(transcript: Transcript): { turn: TurnRecord } | { refused: string } {
  if (transcript.exam) return { refused: "No retries in an exam: your first reply stands." };
  if (transcript.endReason !== undefined)
    return { refused: "The session has ended, so there is no turn to retry; run the scenario again." };
  const turn = transcript.turns[transcript.turns.length - 1];
  if (!turn) return { refused: "Nothing to retry yet: reply to this line first." };
  return { turn };
}

const ALREADY_RETRYING = "This is the retry: type your new reply to this line.";

/** The record of an earlier attempt, kept in `attempts` when the turn is retried. */
export function attemptOf(record: TurnRecord): Attempt {
  return {
    reply: record.reply,
    hintUsed: record.hintUsed,
    scorecard: record.scorecard,
    fired: record.fired,
    angerAfter: record.angerAfter,
    next: record.next,
    askedAt: record.askedAt,
    answeredAt: record.answeredAt,
    ...(record.modelSeen ? { modelSeen: true } : {}),
  };
}

/**
 * Run one scenario. `transcript` may be passed in so the caller holds a live reference and can
 * save the partial transcript if the process is interrupted.
 *
 * A `{ retry: true }` answer asks the last scored customer line again: the same node, the same
 * anger before and the same mood line. The new reply is scored afresh and replaces the record in
 * `turns` (which keeps the earlier attempts in `attempts`), so the branch taken and the anger
 * follow the last attempt. Until the new reply arrives the old record stays in the transcript, so
 * a session stopped mid-retry keeps it.
 */
export async function runSession(
  scenario: Scenario,
  id: string,
  io: SessionIO,
  transcript: Transcript = newTranscript(scenario, id, io.now?.() ?? new Date()),
): Promise<Transcript> {
  const now = () => (io.now?.() ?? new Date()).toISOString();
  const maxTurns = scenario.max_turns ?? DEFAULT_MAX_TURNS;
  let nodeId = startNode(scenario);
  let anger = scenario.persona.anger;
  let lastShownAnger = anger;
  const replies: string[] = [];
  // /hint used at a turn position and node: remembered across a /retry, so a hint seen before an
  // attempt counts for every later attempt at the same line.
  const hinted = new Set<string>();
  let retrying: TurnRecord | undefined;

  for (;;) {
    const node = nodeOf(scenario, nodeId);
    if (!node) throw new Error(`unknown node ${nodeId}`);
    if (isEnd(node)) {
      const end = node as EndNode;
      transcript.outcome = end.end === "resolved" ? "deescalated" : "escalated";
      transcript.endReason = end.end;
      transcript.closing = { node: nodeId, customer: end.customer };
      break;
    }
    if (transcript.turns.length >= maxTurns) {
      transcript.outcome = "unfinished";
      transcript.endReason = "turn-limit";
      break;
    }
    const turn = node as TurnNode;
    const index = retrying ? retrying.index : transcript.turns.length;
    // The last line replied to: the retried one while retrying, since it is still the last record.
    const last = transcript.turns[transcript.turns.length - 1];
    const mood = retrying ? retrying.mood : index === 0 ? "same" : moodOf(lastShownAnger, anger);
    const customer = retrying ? retrying.customer : lineFor(turn, mood);
    const prompt: TurnPrompt = {
      index,
      node: nodeId,
      customer,
      name: scenario.persona.name,
      mood,
      anger,
      abusive: turn.abusive ?? false,
      ...(turn.hint ? { hint: turn.hint } : {}),
      ...(last ? { model: { index: last.index, answers: modelsOf(scenario, last.node) } } : {}),
      ...(retrying ? { attempt: (retrying.attempts?.length ?? 0) + 2 } : {}),
    };
    const key = `${index}:${nodeId}`;
    const askedAt = now();
    let answer = await io.ask(prompt);
    for (;;) {
      if ("quit" in answer) break;
      if (answer.hintUsed) hinted.add(key);
      if (answer.modelSeen && last) last.modelSeen = true;
      if (!("retry" in answer)) break;
      const target = retrying ? { refused: ALREADY_RETRYING } : retryTarget(transcript);
      if ("turn" in target) break;
      answer = await io.ask({ ...prompt, notice: target.refused });
    }
    if ("quit" in answer) {
      transcript.outcome = "unfinished";
      transcript.endReason = answer.reason;
      break;
    }
    if ("retry" in answer) {
      // Back to the line before: its node, the anger it was said at, the replies before it.
      const target = last as TurnRecord;
      retrying = target;
      nodeId = target.node;
      anger = target.angerBefore;
      replies.length = target.index;
      continue;
    }
    const context = contextFor(scenario, nodeId, { customerLine: customer, previousReplies: replies });
    const scorecard = io.score(answer.reply, context);
    const angerAfter = nextAnger(anger, scorecard.scores, scenario.persona.sensitivity, scorecard.assessed);
    const fired = firedSignals(scorecard, context);
    const seen = {
      scores: scorecard.scores,
      assessed: scorecard.assessed,
      overall: scorecard.overall,
      anger: angerAfter,
      fired: new Set(fired),
    };
    const next =
      turn.next.find((t) => holds(t.when, seen))?.goto ?? turn.next[turn.next.length - 1]?.goto ?? nodeId;
    const attempts = retrying ? [...(retrying.attempts ?? []), attemptOf(retrying)] : [];
    const record: TurnRecord = {
      index,
      node: nodeId,
      customer,
      mood,
      abusive: turn.abusive ?? false,
      reply: answer.reply,
      hintUsed: hinted.has(key),
      scorecard,
      fired,
      angerBefore: anger,
      angerAfter,
      next,
      askedAt,
      answeredAt: now(),
      ...(attempts.length > 0 ? { attempts } : {}),
      // Seen before this attempt, at an earlier one: the attempt was made knowing the model.
      ...(retrying?.modelSeen ? { modelSeen: true } : {}),
    };
    transcript.turns[index] = record;
    transcript.anger.end = angerAfter;
    replies.push(answer.reply);
    retrying = undefined;
    lastShownAnger = anger;
    anger = angerAfter;
    nodeId = next;
    await io.onTurn?.(record, transcript);
  }
  transcript.endedAt = now();
  transcript.anger.end = transcript.turns[transcript.turns.length - 1]?.angerAfter ?? transcript.anger.start;
  return transcript;
}

/** A turn's model answers, as a list (the scenario may give one or several). */
export function modelsOf(scenario: Scenario, node: string): string[] {
  const turn = nodeOf(scenario, node);
  if (!turn || isEnd(turn)) return [];
  const model = (turn as TurnNode).model;
  return model === undefined ? [] : [model].flat();
}

export const DIMENSION_ORDER: readonly Dimension[] = ["calm", "empathy", "honesty", "boundaries"];

/**
 * The signals that fired on a reply: every finding except the "missing" ones that only say an
 * expected signal did not fire.
 */
export function firedSignals(scorecard: Scorecard, context: ScoreContext): string[] {
  const expected = new Set(context.expect ?? []);
  const fired = scorecard.evidence
    .filter((f) => f.span !== undefined || !expected.has(f.signal))
    .map((f) => f.signal);
  return [...new Set(fired)];
}
