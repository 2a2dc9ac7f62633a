import type { Dimension } from "../scoring/index.js";
import type { Transcript } from "../session/engine.js";
import type { SignalCost } from "../store/types.js";

/**
 * The signals that cost points over some transcripts (pure), as `SessionSource.signalCosts`
 * defines them: per signal and dimension, the turns (last attempts) it took points on, the points
 * taken, and its message the last time. Most costly first.
 */
export function signalCostsOf(transcripts: readonly Transcript[], dimension?: Dimension): SignalCost[] {
  const costs = new Map<string, SignalCost & { lastAt: string }>();
  for (const transcript of transcripts) {
    for (const turn of transcript.turns ?? []) {
      const seen = new Set<string>();
      for (const finding of turn.scorecard?.evidence ?? []) {
        if (finding.effect !== "hurts" || finding.points >= 0) continue;
        if (dimension && finding.dimension !== dimension) continue;
        const key = `${finding.signal}\u0000${finding.dimension}`;
        const cost = costs.get(key) ?? {
          signal: finding.signal,
          dimension: finding.dimension,
          count: 0,
          points: 0,
          message: finding.message,
          lastAt: "",
        };
        if (!seen.has(key)) cost.count++;
        seen.add(key);
        cost.points += -finding.points;
        const at = turn.answeredAt ?? transcript.startedAt;
        if (at >= cost.lastAt) {
          cost.lastAt = at;
          cost.message = finding.message;
        }
        costs.set(key, cost);
      }
    }
  }
  return [...costs.values()]
    .sort(
      (a, b) =>
        b.points - a.points ||
        b.count - a.count ||
        (a.signal < b.signal ? -1 : a.signal > b.signal ? 1 : a.dimension < b.dimension ? -1 : 1),
    )
    .map(({ lastAt: _, ...cost }) => cost);
}
