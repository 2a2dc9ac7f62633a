import type { Scenario } from "../scenario/schema.js";

/**
 * How the customer reacts (documented for trainers in scenarios/README.md):
 *
 *   change = -0.7 x mean over the tested dimensions of  sensitivity[d] x (score[d] - 55)
 *
 * Only the dimensions the reply was tested on count: a dimension the line did not put in play
 * (boundaries when nothing was demanded) has a neutral default score that must not steer anger.
 * A reply scoring 55 on everything leaves anger where it was; all-strong replies (~80) cool the
 * customer by about 17 points, all-poor replies (~30) heat them by about 17. A sensitivity of 2
 * doubles that dimension's pull, 0 ignores it. Anger stays within 0-100 and is rounded.
 */
export const NEUTRAL_SCORE = 55;
export const REACTION = 0.7;
const DIMENSIONS = ["calm", "empathy", "honesty", "boundaries"] as const;

export function nextAnger(
  anger: number,
  scores: Readonly<Record<(typeof DIMENSIONS)[number], number>>,
  sensitivity: Scenario["persona"]["sensitivity"] = {},
  assessed?: Readonly<Record<(typeof DIMENSIONS)[number], boolean>>,
): number {
  let pull = 0;
  let counted = 0;
  for (const d of DIMENSIONS) {
    if (assessed?.[d] === false) continue;
    pull += (sensitivity?.[d] ?? 1) * (scores[d] - NEUTRAL_SCORE);
    counted++;
  }
  const change = counted ? -REACTION * (pull / counted) : 0;
  return Math.round(Math.min(100, Math.max(0, anger + change)));
}

export type Mood = "calmer" | "same" | "angrier";

/** The mood since the customer last spoke: a change of more than 3 points counts. */
export function moodOf(before: number, now: number): Mood {
  if (now < before - 3) return "calmer";
  if (now > before + 3) return "angrier";
  return "same";
}
