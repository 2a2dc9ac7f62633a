import type { Detector } from "../types.js";
import { clauses, commits, covers, factStems, negatedClause } from "./_facts.js";

export const detector: Detector = {
  meta: {
    id: "contradicts-facts",
    dimension: "honesty",
    effect: "hurts",
    points: -30,
    cap: 35,
    also: [{ dimension: "boundaries", points: -25, cap: 40 }],
    summary: "Promising what the scenario's facts say cannot be done.",
    message: "This promises something the facts say you cannot do.",
    explanation:
      "Each scenario lists what the agent cannot do (facts.cannot). Promising one of those things, however kindly meant, is a promise that will be broken, and the customer will come back angrier.",
    tip: "Say the limit and offer what you can do instead: 'I can't refund without a receipt, but I can offer an exchange today.'",
    examples: {
      fires: [
        {
          reply: "I'll refund you without the receipt, no problem.",
          facts: { cannot: ["Refund without a receipt"] },
        },
        { reply: "we can waive the fee for you", facts: { cannot: ["Waive the early exit fee"] } },
      ],
      silent: [
        {
          reply: "I can't refund without a receipt, but I can offer an exchange.",
          facts: { cannot: ["Refund without a receipt"] },
        },
        {
          reply: "I'll refund the delivery fee.",
          facts: { cannot: ["Refund the lamp while the customer keeps it"] },
        },
      ],
    },
  },
  detect(doc, context) {
    const cannot = context.facts.cannot ?? [];
    if (!cannot.length) return [];
    for (const clause of clauses(doc)) {
      if (!commits(clause) || negatedClause(clause)) continue;
      if (cannot.some((fact) => covers(clause, factStems(fact)))) {
        const first = clause[0];
        const last = clause[clause.length - 1];
        if (first && last)
          return [{ start: first.start, end: last.end, text: doc.text.slice(first.start, last.end) }];
      }
    }
    return [];
  },
};
