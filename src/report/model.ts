import { isEnd, nodeOf, type Scenario, type TurnNode } from "../scenario/schema.js";
import type { Band, Dimension, Finding, Tip } from "../scoring/index.js";
import type { Mood } from "../session/anger.js";
import { DIMENSION_ORDER, type Outcome, type Transcript, type TurnRecord } from "../session/engine.js";
import { type FactsCard, factsCard } from "../session/facts-card.js";
import { buildReport, type ReportCard } from "../session/report.js";

/**
 * The report of one session, as data: everything the HTML and Markdown renderers show, and what
 * `coach report --format json` prints. Pure: built from a transcript and, when it is still there
 * and unchanged, its scenario. Text in it is as the transcript stores it (untrusted): the
 * renderers escape it.
 */
export interface SessionReport {
  format: 1;
  scenario: {
    id: string;
    version: number;
    title: string;
    /** From the scenario file when it was found and has the transcript's version. */
    setting?: string;
    summary?: string;
    persona?: { name: string; description: string };
    practise?: string[];
  };
  /**
   * Whether the scenario file was used: "found" (same version), "changed" (another version, so
   * model answers and facts come from the transcript alone), or "missing".
   */
  scenarioFile: "found" | "changed" | "missing";
  session: {
    startedAt: string;
    endedAt?: string;
    outcome: Outcome;
    endReason?: string;
    exam: boolean;
  };
  /** The facts card the trainee was shown (saved with the transcript), else the scenario's. */
  facts: FactsCard;
  card: ReportCard;
  turns: ReportTurn[];
  /** The customer's closing line when the conversation reached an ending. */
  closing?: string;
  /** What the reader should know about where the content came from. */
  notes: string[];
}

export interface ScoreCell {
  score: number;
  band: Band;
}

/** One reply's scores: null where the dimension was not tested, with the reason in `untested`. */
export interface ReplyScores {
  dimensions: Record<Dimension, ScoreCell | null>;
  untested: Partial<Record<Dimension, string>>;
  overall: number;
}

/** A stretch of the reply: plain text, or words that one or more findings point at. */
export interface ReplyPart {
  text: string;
  helps: boolean;
  hurts: boolean;
  /** Numbers (1-based, in the reply's evidence list) of the findings whose span ends here. */
  ends: number[];
}

export interface ReportReply {
  reply: string;
  parts: ReplyPart[];
  scores: ReplyScores;
  /** The reply's findings, strongest first; a part's `ends` numbers index this list from 1. */
  evidence: Finding[];
  tip: Tip;
  notice?: string;
  hintUsed: boolean;
  angerAfter: number;
}

export interface ReportTurn extends ReportReply {
  /** 1-based, as the trainee saw it. */
  number: number;
  node: string;
  customer: string;
  mood: Mood;
  abusive: boolean;
  angerBefore: number;
  modelSeen: boolean;
  /** The turn's model answers from the scenario file; empty when it is missing or changed. */
  models: string[];
  /** Earlier attempts at this turn (/retry), oldest first. */
  attempts: ReportReply[];
}

export function buildSessionReport(stored: Transcript, scenario?: Scenario): SessionReport {
  // Turns are numbered by their place in the file, whatever `index` a doctored file says, so the
  // card's best and weakest turns link to the turns shown.
  const transcript = { ...stored, turns: stored.turns.map((turn, index) => ({ ...turn, index })) };
  const scenarioFile: SessionReport["scenarioFile"] = !scenario
    ? "missing"
    : (scenario.version ?? 1) === transcript.scenario.version
      ? "found"
      : "changed";
  const usable = scenarioFile === "found" ? scenario : undefined;
  const saved = (transcript as Transcript & { facts?: FactsCard }).facts;
  const facts = saved ?? (usable ? factsCard(usable.facts) : { sections: [] });
  const notes: string[] = [];
  if (scenarioFile === "missing")
    notes.push(
      `The scenario ${transcript.scenario.id} was not found (or has errors now), so this report shows the transcript alone: no model answers${saved ? "" : " and no facts"}.`,
    );
  if (scenarioFile === "changed")
    notes.push(
      `The scenario ${transcript.scenario.id} has changed since this session (version ${transcript.scenario.version}, now ${scenario?.version ?? 1}), so its model answers are not shown; tips are as scored.`,
    );
  return {
    format: 1,
    scenario: {
      ...transcript.scenario,
      ...(usable
        ? {
            setting: usable.setting,
            summary: usable.summary,
            persona: { name: usable.persona.name, description: usable.persona.description },
            ...(usable.practise?.length ? { practise: [...usable.practise] } : {}),
          }
        : {}),
    },
    scenarioFile,
    session: {
      startedAt: transcript.startedAt,
      ...(transcript.endedAt ? { endedAt: transcript.endedAt } : {}),
      outcome: transcript.outcome,
      ...(transcript.endReason ? { endReason: transcript.endReason } : {}),
      exam: transcript.exam ?? false,
    },
    facts,
    card: buildReport(transcript, usable),
    turns: transcript.turns.map((turn, i) => reportTurn(turn, i, usable)),
    ...(transcript.closing ? { closing: transcript.closing.customer } : {}),
    notes,
  };
}

function reportTurn(turn: TurnRecord, position: number, scenario: Scenario | undefined): ReportTurn {
  return {
    ...reportReply(turn),
    number: position + 1,
    node: turn.node,
    customer: turn.customer,
    mood: turn.mood,
    abusive: turn.abusive,
    angerBefore: turn.angerBefore,
    modelSeen: turn.modelSeen ?? false,
    models: modelsFor(scenario, turn),
    attempts: (turn.attempts ?? []).map(reportReply),
  };
}

function reportReply(
  reply: Pick<TurnRecord, "reply" | "scorecard" | "hintUsed" | "angerAfter">,
): ReportReply {
  const card = reply.scorecard;
  const dimensions = Object.fromEntries(
    DIMENSION_ORDER.map((d) => [
      d,
      card.assessed?.[d] === false ? null : { score: card.scores[d], band: card.bands[d] },
    ]),
  ) as ReplyScores["dimensions"];
  return {
    reply: reply.reply,
    parts: replyParts(reply.reply, card.evidence),
    scores: { dimensions, untested: { ...(card.untested ?? {}) }, overall: card.overall },
    evidence: card.evidence,
    tip: card.tip,
    ...(card.notice ? { notice: card.notice } : {}),
    hintUsed: reply.hintUsed,
    angerAfter: reply.angerAfter,
  };
}

/** The model answers of the turn's node, only if the node still asks what the transcript says it asked. */
function modelsFor(scenario: Scenario | undefined, turn: TurnRecord): string[] {
  if (!scenario) return [];
  const node = nodeOf(scenario, turn.node);
  if (!node || isEnd(node)) return [];
  const asked = node as TurnNode;
  const lines = [asked.customer, asked.variants?.calmer, asked.variants?.angrier];
  if (!lines.includes(turn.customer) || asked.model === undefined) return [];
  return [asked.model].flat();
}

/**
 * Cut a reply at every evidence span's start and end, so overlapping spans ("so sorry" inside
 * "I'm so sorry") each keep their words: a part is marked helps and/or hurts by every finding
 * that covers it, and carries the numbers of the findings that end with it (for ✓/✗ markers).
 * Neighbouring parts marked alike are joined when no marker falls between them.
 * Spans outside the reply, or empty, are ignored; offsets are UTF-16 indices as the scorer made them.
 */
export function replyParts(reply: string, evidence: readonly Finding[]): ReplyPart[] {
  const spans = evidence
    .map((finding, i) => ({ finding, number: i + 1 }))
    .filter(
      ({ finding: { span } }) =>
        span !== undefined &&
        Number.isInteger(span.start) &&
        Number.isInteger(span.end) &&
        span.start >= 0 &&
        span.end <= reply.length &&
        span.start < span.end,
    );
  const cuts = new Set([0, reply.length]);
  for (const { finding } of spans) {
    cuts.add(finding.span?.start ?? 0);
    cuts.add(finding.span?.end ?? 0);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const parts: ReplyPart[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    const covering = spans.filter(
      ({ finding }) => finding.span && finding.span.start <= start && finding.span.end >= end,
    );
    const part: ReplyPart = {
      text: reply.slice(start, end),
      helps: covering.some(({ finding }) => finding.effect === "helps"),
      hurts: covering.some(({ finding }) => finding.effect === "hurts"),
      ends: covering.filter(({ finding }) => finding.span?.end === end).map(({ number }) => number),
    };
    // One stretch for words marked alike with no marker between them ("so sorry" for nested spans).
    const previous = parts.at(-1);
    if (
      previous &&
      previous.ends.length === 0 &&
      previous.helps === part.helps &&
      previous.hurts === part.hurts
    ) {
      previous.text += part.text;
      previous.ends = part.ends;
    } else parts.push(part);
  }
  return parts.length ? parts : [{ text: reply, helps: false, hurts: false, ends: [] }];
}

export const OUTCOME_WORDS: Record<Outcome, string> = {
  deescalated: "De-escalated",
  escalated: "Escalated",
  unfinished: "Unfinished",
};

/** The dimension series for charts: per turn, each dimension's score or null where untested. */
export function dimensionSeries(report: SessionReport): Record<Dimension, (number | null)[]> {
  return Object.fromEntries(
    DIMENSION_ORDER.map((d) => [d, report.turns.map((t) => t.scores.dimensions[d]?.score ?? null)]),
  ) as Record<Dimension, (number | null)[]>;
}
