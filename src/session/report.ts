import { nodeOf, type Scenario, type TurnNode } from "../scenario/schema.js";
import { type Band, bandOf, type Dimension, type Finding } from "../scoring/index.js";
import { DIMENSION_ORDER, type Outcome, type Transcript, type TurnRecord } from "./engine.js";
import { STANDING_TIPS } from "./tips.js";

export { STANDING_TIPS };

/** The report card, computed from a transcript: pure data, printed by src/ui/report.ts. */
export interface ReportCard {
  title: string;
  outcome: Outcome;
  turns: number;
  overall: number | null;
  dimensions: Record<Dimension, { average: number | null; band: Band | null }>;
  anger: number[]; // start, then after each reply
  best?: TurnSummary;
  weakest?: TurnSummary & { model?: string };
  practise: string[];
  /** Turn indexes (0-based) where a hint was used, a model answer was seen, or a reply retried. */
  help: { hints: number[]; models: number[]; retries: number[] };
  /** Played with --exam: no help was allowed. */
  exam: boolean;
}

export interface TurnSummary {
  index: number;
  node: string;
  customer: string;
  reply: string;
  overall: number;
  helped?: Finding;
  hurt?: Finding;
}

const mean = (values: number[]) =>
  values.length ? Math.round(values.reduce((a, b) => a + b, 0) / values.length) : null;

function summary(turn: TurnRecord): TurnSummary {
  const helped = turn.scorecard.evidence.find((f) => f.effect === "helps" && f.span);
  const hurt = turn.scorecard.evidence.find((f) => f.effect === "hurts");
  return {
    index: turn.index,
    node: turn.node,
    customer: turn.customer,
    reply: turn.reply,
    overall: turn.scorecard.overall,
    ...(helped ? { helped } : {}),
    ...(hurt ? { hurt } : {}),
  };
}

/** A session's overall score: the mean of its turns' overall scores, or null with none to count. */
export function sessionOverall(turns: readonly TurnRecord[]): number | null {
  // A reply that tested nothing (not in English) has no overall to count.
  return mean(
    turns
      .filter((t) => Object.values(t.scorecard.assessed ?? {}).some(Boolean) || !t.scorecard.assessed)
      .map((t) => t.scorecard.overall),
  );
}

/**
 * The report card of a transcript. `scenario` supplies the weakest turn's model answer; without
 * it (the scenario file is gone, or has changed since the session) the card has no model answer.
 */
export function buildReport(transcript: Transcript, scenario?: Pick<Scenario, "turns">): ReportCard {
  const turns = transcript.turns;
  const dimensions = Object.fromEntries(
    DIMENSION_ORDER.map((d) => {
      // Only the turns that tested this dimension count (boundaries are untested on most calm turns).
      const average = mean(
        turns.filter((t) => t.scorecard.assessed?.[d] !== false).map((t) => t.scorecard.scores[d]),
      );
      return [d, { average, band: average === null ? null : bandOf(average) }];
    }),
  ) as ReportCard["dimensions"];
  const ranked = [...turns].sort((a, b) => b.scorecard.overall - a.scorecard.overall || a.index - b.index);
  const best = ranked[0];
  const weakest = ranked.length > 1 ? ranked[ranked.length - 1] : undefined;
  const weakestNode =
    weakest && scenario ? (nodeOf(scenario, weakest.node) as TurnNode | undefined) : undefined;
  const model = weakestNode?.model === undefined ? undefined : [weakestNode.model].flat()[0];
  return {
    title: transcript.scenario.title,
    outcome: transcript.outcome,
    turns: turns.length,
    overall: sessionOverall(turns),
    dimensions,
    anger: [transcript.anger.start, ...turns.map((t) => t.angerAfter)],
    ...(best ? { best: summary(best) } : {}),
    ...(weakest ? { weakest: { ...summary(weakest), ...(model ? { model } : {}) } } : {}),
    practise: practiseNext(turns, dimensions),
    help: {
      hints: turns.filter((t) => t.hintUsed || t.attempts?.some((a) => a.hintUsed)).map((t) => t.index),
      models: turns.filter((t) => t.modelSeen || t.attempts?.some((a) => a.modelSeen)).map((t) => t.index),
      retries: turns.filter((t) => (t.attempts?.length ?? 0) > 0).map((t) => t.index),
    },
    exam: transcript.exam ?? false,
  };
}

/**
 * Three things to practise next: the tips of the signals that cost the most points over the
 * session (each signal once), topped up with a standing tip for the weakest dimensions.
 */
export function practiseNext(turns: readonly TurnRecord[], dimensions: ReportCard["dimensions"]): string[] {
  const cost = new Map<string, { points: number; tip: string }>();
  for (const turn of turns) {
    const tip = turn.scorecard.tip;
    for (const finding of turn.scorecard.evidence) {
      if (finding.effect !== "hurts") continue;
      const entry = cost.get(finding.signal) ?? { points: 0, tip: "" };
      entry.points += Math.abs(finding.points);
      if (!entry.tip && tip.signal === finding.signal) entry.tip = tip.text;
      cost.set(finding.signal, entry);
    }
  }
  const tips = [...cost.values()]
    .filter((e) => e.tip)
    .sort((a, b) => b.points - a.points)
    .map((e) => e.tip);
  const weakest = DIMENSION_ORDER.filter((d) => dimensions[d].average !== null).sort(
    (a, b) => (dimensions[a].average ?? 0) - (dimensions[b].average ?? 0),
  );
  for (const d of weakest) tips.push(STANDING_TIPS[d]);
  if (turns.length === 0) tips.push(...DIMENSION_ORDER.map((d) => STANDING_TIPS[d]));
  return [...new Set(tips)].slice(0, 3);
}
