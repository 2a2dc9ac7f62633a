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
}

export type Answer =
  | { reply: string; hintUsed?: boolean }
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
 * Run one scenario. `transcript` may be passed in so the caller holds a live reference and can
 * save the partial transcript if the process is interrupted.
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
    const mood = transcript.turns.length === 0 ? "same" : moodOf(lastShownAnger, anger);
    const customer = lineFor(turn, mood);
    lastShownAnger = anger;
    const askedAt = now();
    const answer = await io.ask({
      index: transcript.turns.length,
      node: nodeId,
      customer,
      name: scenario.persona.name,
      mood,
      anger,
      abusive: turn.abusive ?? false,
      ...(turn.hint ? { hint: turn.hint } : {}),
    });
    if ("quit" in answer) {
      transcript.outcome = "unfinished";
      transcript.endReason = answer.reason;
      break;
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
    const record: TurnRecord = {
      index: transcript.turns.length,
      node: nodeId,
      customer,
      mood,
      abusive: turn.abusive ?? false,
      reply: answer.reply,
      hintUsed: answer.hintUsed ?? false,
      scorecard,
      fired,
      angerBefore: anger,
      angerAfter,
      next,
      askedAt,
      answeredAt: now(),
    };
    transcript.turns.push(record);
    transcript.anger.end = angerAfter;
    replies.push(answer.reply);
    anger = angerAfter;
    nodeId = next;
    await io.onTurn?.(record, transcript);
  }
  transcript.endedAt = now();
  transcript.anger.end = anger;
  return transcript;
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
