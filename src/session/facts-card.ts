import type { Scenario } from "../scenario/schema.js";

/**
 * The facts card: what the trainee can and cannot offer, drawn from the scenario's `facts`. The
 * `can` and `cannot` lists decide honesty scores, so the trainee sees them at the start of a
 * session and again on `/facts`. Pure data: the screen renders it, `--json` carries it as is.
 */

export type FactsKey = "known" | "can" | "cannot" | "unknown";

export interface FactsSection {
  key: FactsKey;
  title: string;
  items: string[];
}

export interface FactsCard {
  sections: FactsSection[];
}

// Card order: what is true, then what to offer, what not to promise, and what is still open.
// `unknown` reads as "don't know yet": the trainee may say so, not guess.
const SECTIONS: readonly (readonly [FactsKey, string])[] = [
  ["known", "What you know"],
  ["can", "What you can offer"],
  ["cannot", "What you cannot promise"],
  ["unknown", "What you don't know yet"],
];

/** The card for a scenario's facts; a section appears only when its list has items. */
export function factsCard(facts: Scenario["facts"]): FactsCard {
  const sections: FactsSection[] = [];
  for (const [key, title] of SECTIONS) {
    const items = facts[key] ?? [];
    if (items.length > 0) sections.push({ key, title, items: [...items] });
  }
  return { sections };
}
