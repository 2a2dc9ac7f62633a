import { createHmac } from "node:crypto";
import { signalCostsOf } from "../progress/costs.js";
import { computeProgress, type Trend } from "../progress/progress.js";
import { type Band, bandOf, DIMENSIONS, type Dimension } from "../scoring/index.js";
import type { Transcript, TurnRecord } from "../session/engine.js";
import type { SessionSummary } from "../store/types.js";

/**
 * The trainer's view over many trainees' sessions, as data (pure): the heat map of each scenario
 * (turn by dimension), each trainee's progress, and the best and worst replies on each turn.
 * `coach team --format json` prints it; the HTML, Markdown and CSV renderers draw it. Text in it
 * comes from transcripts (untrusted): the renderers escape it.
 *
 * A turn is a scenario node (`TurnRecord.node`); only a turn's last attempt counts (an earlier
 * attempt that was retried is practice, as in the report card and `coach progress`).
 */

/** One session as read for the team view: who played it and its transcript. */
export interface TeamSession {
  trainee: string;
  transcript: Transcript;
}

export interface TeamOptions {
  /** Replace names with keyed-hash pseudonyms (see `pseudonym`); needs `key`. */
  anonymise?: boolean;
  key?: string;
}

/** Replies shown per turn at each end (best, worst). */
export const REPLIES_SHOWN = 3;
/** Signals listed per turn as the ones that cost the most points. */
export const COSTS_SHOWN = 3;

export interface HeatCell {
  /** Mean score over the sessions whose reply on this turn tested the dimension, rounded. */
  mean: number;
  band: Band;
  /** Sessions that count in the mean. */
  sessions: number;
}

export interface TurnCost {
  signal: string;
  dimension: Dimension;
  /** Replies on this turn it took points from. */
  count: number;
  /** Points taken over those replies. */
  points: number;
  message: string;
}

export interface PickedReply {
  trainee: string;
  startedAt: string;
  reply: string;
  overall: number;
  dimensions: Record<Dimension, number | null>;
}

export interface TeamTurn {
  node: string;
  /** 1-based place in the scenario as most sessions met it (the earliest place it was reached). */
  position: number;
  /** The customer's line, as most often asked (the mood variants differ). */
  customer: string;
  /** Sessions that reached the turn and replied to it. */
  sessions: number;
  /** null where no reply on this turn tested the dimension: an untested cell, left blank. */
  cells: Record<Dimension, HeatCell | null>;
  overall: number;
  costs: TurnCost[];
  best: PickedReply[];
  worst: PickedReply[];
}

export interface TeamScenario {
  id: string;
  title: string;
  sessions: number;
  trainees: number;
  turns: TeamTurn[];
}

export interface TraineeDimension {
  dimension: Dimension;
  sessions: number;
  /** The recency-weighted figure of `coach progress` (null when never tested). */
  recent: number | null;
  trend: Trend;
}

export interface TraineeRow {
  name: string;
  sessions: number;
  from: string;
  to: string;
  /** Overall (mean of the session's scored replies) of the first, the latest and the best session. */
  first: number | null;
  latest: number | null;
  best: number | null;
  dimensions: TraineeDimension[];
}

export interface TeamReport {
  format: 1;
  anonymised: boolean;
  sessions: number;
  trainees: TraineeRow[];
  scenarios: TeamScenario[];
  notes: string[];
}

const round = (n: number) => Math.round(n);
const mean = (values: readonly number[]) =>
  values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** How names are compared: trimmed, spaces collapsed, NFC, case-folded. "Ana  Silva" is "ana silva". */
export function nameKey(name: string): string {
  return name.normalize("NFC").trim().replace(/\s+/g, " ").toLowerCase();
}

/**
 * A stable pseudonym: "Trainee " and the first six hex digits of HMAC-SHA256(key, name). Keyed so
 * that someone holding the report cannot test guesses of names against it without the key; six
 * digits so that two names in a team of hundreds almost never meet (a meeting is resolved by
 * `pseudonyms`, which lengthens the colliding ones).
 */
export function pseudonym(name: string, key: string, digits = 6): string {
  return `Trainee ${createHmac("sha256", key).update(nameKey(name)).digest("hex").slice(0, digits).toUpperCase()}`;
}

/** Pseudonyms for a set of names (by `nameKey`), distinct: colliding ones get more digits. */
export function pseudonyms(names: readonly string[], key: string): Map<string, string> {
  const keys = [...new Set(names.map(nameKey))].sort(byText);
  for (let digits = 6; digits <= 64; digits += 2) {
    const out = new Map(keys.map((k) => [k, pseudonym(k, key, digits)]));
    if (new Set(out.values()).size === out.size) return out;
  }
  throw new Error("pseudonyms collide at full length"); // not reachable: HMAC-SHA256 of distinct keys
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const EDGE_BEFORE = "(?<![\\p{L}\\p{N}])";
const EDGE_AFTER = "(?![\\p{L}\\p{N}])";

/**
 * A function that takes names out of text: each full name (any case, any spacing) becomes its
 * pseudonym, then each part of a name with two or more letters, written as in the name ("Sam" in
 * "I'm Sam, from support"), becomes "[name]". Parts match case-sensitively at word edges, so a
 * trainee called Will loses "Will" but "will" stays: a trainee's own first name is the common
 * leak, and everyday lower-case words stay readable.
 */
export function nameScrubber(
  names: readonly string[],
  pseudonymOf: (name: string) => string,
): (text: string) => string {
  const fulls = [...new Set(names.map((n) => n.normalize("NFC").trim()).filter(Boolean))].sort(
    (a, b) => b.length - a.length,
  );
  if (!fulls.length) return (text) => text;
  const full = new RegExp(
    `${EDGE_BEFORE}(?:${fulls.map((n) => escapeRegExp(n).replace(/\s+/g, "\\s+")).join("|")})${EDGE_AFTER}`,
    "giu",
  );
  const parts = [...new Set(fulls.flatMap((n) => n.split(/[\s-]+/)))]
    .filter((p) => (p.match(/\p{L}/gu)?.length ?? 0) >= 2)
    .sort((a, b) => b.length - a.length);
  const part = parts.length
    ? new RegExp(`${EDGE_BEFORE}(?:${parts.map(escapeRegExp).join("|")})${EDGE_AFTER}`, "gu")
    : undefined;
  return (text) => {
    // Full names first, held as placeholders so a part of a name inside a pseudonym is safe.
    const held: string[] = [];
    // U+E000 (private use) marks them; any in the text itself are dropped first.
    let out = text
      .normalize("NFC")
      .replace(/\uE000/g, "")
      .replace(full, (m) => {
        held.push(pseudonymOf(m));
        return `\uE000${held.length - 1}\uE000`;
      });
    if (part) out = out.replace(part, "[name]");
    return out.replace(/\uE000(\d+)\uE000/g, (_, i: string) => held[Number(i)] ?? "[name]");
  };
}

/** A session's figures as `coach progress` reads them (the same means as the report card). */
export function sessionSummary(id: string, t: Transcript): SessionSummary {
  const turns = t.turns;
  const dimensions = Object.fromEntries(
    DIMENSIONS.map((d) => [
      d,
      mean(turns.filter((x) => x.scorecard.assessed?.[d] !== false).map((x) => x.scorecard.scores[d])),
    ]),
  ) as Record<Dimension, number | null>;
  return {
    id,
    scenarioId: t.scenario.id,
    scenarioTitle: t.scenario.title ?? t.scenario.id,
    startedAt: t.startedAt,
    outcome: t.outcome,
    turns: turns.length,
    overall: mean(turns.filter(testedSomething).map((x) => x.scorecard.overall)),
    dimensions,
    exam: t.exam === true,
    hintsUsed: turns.filter((x) => x.hintUsed).length,
    retries: turns.reduce((n, x) => n + (x.attempts?.length ?? 0), 0),
    modelsSeen: turns.filter((x) => x.modelSeen).length,
  };
}

/** A reply that tested nothing (not in English, say) has no overall to count. */
function testedSomething(turn: TurnRecord): boolean {
  return !turn.scorecard.assessed || Object.values(turn.scorecard.assessed).some(Boolean);
}

const tested = (turn: TurnRecord, d: Dimension) => turn.scorecard.assessed?.[d] !== false;

interface Reached {
  session: number;
  trainee: string;
  startedAt: string;
  transcript: Transcript;
  turn: TurnRecord;
  position: number;
}

function teamTurn(node: string, reached: readonly Reached[]): TeamTurn {
  const bySession = new Map<number, Reached[]>();
  for (const r of reached) bySession.set(r.session, [...(bySession.get(r.session) ?? []), r]);
  const sessionMeans = (value: (turn: TurnRecord) => number | null) =>
    [...bySession.values()]
      .map((rs) => mean(rs.map((r) => value(r.turn)).filter((v): v is number => v !== null)))
      .filter((v): v is number => v !== null);
  const cells = Object.fromEntries(
    DIMENSIONS.map((d) => {
      const means = sessionMeans((t) => (tested(t, d) ? t.scorecard.scores[d] : null));
      const m = mean(means);
      return [d, m === null ? null : { mean: round(m), band: bandOf(round(m)), sessions: means.length }];
    }),
  ) as Record<Dimension, HeatCell | null>;
  const overall = mean(sessionMeans((t) => (testedSomething(t) ? t.scorecard.overall : null)));
  const lines = new Map<string, number>();
  for (const r of reached) lines.set(r.turn.customer, (lines.get(r.turn.customer) ?? 0) + 1);
  const customer = [...lines.entries()].sort((a, b) => b[1] - a[1] || byText(a[0], b[0]))[0]?.[0] ?? "";
  const costs = signalCostsOf(
    [...bySession.values()].map((rs) => ({
      ...(rs[0] as Reached).transcript,
      turns: rs.map((r) => r.turn),
    })),
  )
    .slice(0, COSTS_SHOWN)
    .map(({ signal, dimension, count, points, message }) => ({ signal, dimension, count, points, message }));
  const ranked = reached
    .filter((r) => testedSomething(r.turn))
    .sort(
      (a, b) =>
        b.turn.scorecard.overall - a.turn.scorecard.overall ||
        byText(a.startedAt, b.startedAt) ||
        byText(a.trainee, b.trainee) ||
        a.position - b.position,
    );
  const pick = (r: Reached): PickedReply => ({
    trainee: r.trainee,
    startedAt: r.startedAt,
    reply: r.turn.reply,
    overall: r.turn.scorecard.overall,
    dimensions: Object.fromEntries(
      DIMENSIONS.map((d) => [d, tested(r.turn, d) ? r.turn.scorecard.scores[d] : null]),
    ) as Record<Dimension, number | null>,
  });
  // Best and worst never share a reply: with five replies, three best and two worst.
  const bestCount = Math.min(REPLIES_SHOWN, Math.ceil(ranked.length / 2));
  const worstCount = Math.min(REPLIES_SHOWN, ranked.length - bestCount);
  return {
    node,
    position: Math.min(...reached.map((r) => r.position)),
    customer,
    sessions: bySession.size,
    cells,
    overall: overall === null ? 0 : round(overall),
    costs,
    best: ranked.slice(0, bestCount).map(pick),
    worst: ranked
      .slice(ranked.length - worstCount)
      .reverse()
      .map(pick),
  };
}

function teamScenario(id: string, sessions: readonly { index: number; s: TeamSession }[]): TeamScenario {
  const nodes = new Map<string, Reached[]>();
  for (const { index, s } of sessions)
    s.transcript.turns.forEach((turn, i) => {
      const list = nodes.get(turn.node) ?? [];
      list.push({
        session: index,
        trainee: s.trainee,
        startedAt: s.transcript.startedAt,
        transcript: s.transcript,
        turn,
        position: i + 1,
      });
      nodes.set(turn.node, list);
    });
  const turns = [...nodes.entries()]
    .map(([node, reached]) => teamTurn(node, reached))
    .sort((a, b) => a.position - b.position || b.sessions - a.sessions || byText(a.node, b.node));
  const newest = sessions[sessions.length - 1]?.s.transcript;
  return {
    id,
    title: newest?.scenario.title ?? id,
    sessions: sessions.length,
    trainees: new Set(sessions.map(({ s }) => nameKey(s.trainee))).size,
    turns,
  };
}

function traineeRow(name: string, sessions: readonly TeamSession[]): TraineeRow {
  const summaries = sessions.map((s, i) => sessionSummary(String(i).padStart(6, "0"), s.transcript));
  const progress = computeProgress(summaries);
  const scored = summaries.filter((s) => s.overall !== null);
  const overall = (s: SessionSummary | undefined) => (s?.overall == null ? null : round(s.overall));
  return {
    name,
    sessions: sessions.length,
    from: sessions[0]?.transcript.startedAt ?? "",
    to: sessions[sessions.length - 1]?.transcript.startedAt ?? "",
    first: overall(scored[0]),
    latest: overall(scored[scored.length - 1]),
    best: scored.length ? Math.max(...scored.map((s) => round(s.overall as number))) : null,
    dimensions: progress.dimensions.map((d) => ({
      dimension: d.dimension,
      sessions: d.sessions,
      recent: d.recent,
      trend: d.trend,
    })),
  };
}

/**
 * The team report over `sessions` (any order). With `anonymise`, every trainee name becomes a
 * pseudonym, and names quoted in replies, lines and titles are replaced as `nameScrubber` says.
 */
export function buildTeamReport(sessions: readonly TeamSession[], options: TeamOptions = {}): TeamReport {
  if (options.anonymise && !options.key) throw new Error("anonymising needs a key");
  const ordered = [...sessions].sort(
    (a, b) =>
      byText(a.transcript.startedAt, b.transcript.startedAt) ||
      byText(nameKey(a.trainee), nameKey(b.trainee)) ||
      byText(a.transcript.scenario.id, b.transcript.scenario.id),
  );
  // One person, one name: the first spelling met stands for every spelling of the same name.
  const display = new Map<string, string>();
  for (const s of ordered)
    if (!display.has(nameKey(s.trainee))) display.set(nameKey(s.trainee), s.trainee.trim());
  const key = options.key ?? "";
  const aliases = options.anonymise ? pseudonyms([...display.keys()], key) : undefined;
  const nameOf = (trainee: string) =>
    aliases?.get(nameKey(trainee)) ?? display.get(nameKey(trainee)) ?? trainee;
  const scrub = aliases
    ? nameScrubber(
        ordered.map((s) => s.trainee),
        (m) => aliases.get(nameKey(m)) ?? "[name]",
      )
    : (text: string) => text;
  const named = ordered.map((s) => ({ ...s, trainee: nameOf(s.trainee) }));

  const byScenario = new Map<string, { index: number; s: TeamSession }[]>();
  named.forEach((s, index) => {
    const list = byScenario.get(s.transcript.scenario.id) ?? [];
    list.push({ index, s });
    byScenario.set(s.transcript.scenario.id, list);
  });
  const scenarios = [...byScenario.entries()]
    .map(([id, list]) => teamScenario(id, list))
    .sort((a, b) => byText(a.title, b.title) || byText(a.id, b.id))
    .map((scenario) => ({
      ...scenario,
      title: scrub(scenario.title),
      turns: scenario.turns.map((turn) => ({
        ...turn,
        customer: scrub(turn.customer),
        costs: turn.costs.map((c) => ({ ...c, message: scrub(c.message) })),
        best: turn.best.map((r) => ({ ...r, reply: scrub(r.reply) })),
        worst: turn.worst.map((r) => ({ ...r, reply: scrub(r.reply) })),
      })),
    }));

  const byTrainee = new Map<string, TeamSession[]>();
  for (const s of named) byTrainee.set(s.trainee, [...(byTrainee.get(s.trainee) ?? []), s]);
  const trainees = [...byTrainee.entries()]
    .map(([name, list]) => traineeRow(name, list))
    .sort((a, b) => byText(a.name.toLowerCase(), b.name.toLowerCase()) || byText(a.name, b.name));

  const notes = [
    "Heat map: the mean score of each dimension on each turn, over the sessions that reached the turn and whose reply tested the dimension (a session's last attempt counts). A blank cell: no reply there tested it.",
  ];
  if (options.anonymise)
    notes.push(
      "Names are replaced by pseudonyms (a keyed hash of the name: the same name gives the same pseudonym with the same key). Names quoted in replies are replaced too; a nickname or a misspelling may not be.",
    );
  return {
    format: 1,
    anonymised: Boolean(options.anonymise),
    sessions: sessions.length,
    trainees,
    scenarios,
    notes,
  };
}
