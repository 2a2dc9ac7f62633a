import type { Detector } from "../types.js";
import { clauseKeys, clauses, factSet, readAgainstFacts, restates, spanOfClause, within } from "./_facts.js";

/**
 * Telling the customer what the setting says, in its own terms: "Payment of £1,380 will be made
 * by BACS on Wednesday", "your advance ticket is fine on the 18:35, no extra to pay". A clause that
 * restates a known or can fact (three or more of its things; `restates`) and is not read as an
 * over-promise or an unbacked outcome is accurate information, which LABELS.md honesty 2 asks for.
 */
const NOTE =
  "Most of what a trainee says about the situation is not a promise: it is the facts, passed on. Replies that only pass on the facts the setting gives, plainly, are honest, and are labelled so.";

export const detector: Detector = {
  meta: {
    id: "states-facts",
    dimension: "honesty",
    effect: "helps",
    points: 8,
    summary: "Passing on what the facts say, in their own terms.",
    message: "You told them what the facts say.",
    explanation: NOTE,
    tip: "Say what you know for certain, in plain terms: 'Your payment of £1,380 goes by BACS on Wednesday.'",
    examples: {
      fires: [
        {
          reply: "Payment of £1,380 will be made via BACS on Wednesday.",
          facts: { known: ["The mart will pay the £1,380 by bank transfer (BACS) on Wednesday"] },
        },
        {
          reply: "Your advance ticket is fine on the 18:35 train, with nothing extra to pay.",
          facts: { can: ["Let advance tickets travel on the 18:35 train at no extra charge"] },
        },
      ],
      silent: [
        // Too little of the fact to be passing it on.
        {
          reply: "Payment is coming.",
          facts: { known: ["The mart will pay the £1,380 by BACS on Wednesday"] },
        },
        // A promise the facts rule out is not passing them on.
        {
          reply: "I'll refund the full £240 hire charge today.",
          facts: { cannot: ["Refund the £240 hire charge"], known: ["The skip was collected 3 days late"] },
        },
        "Payment of £1,380 will be made via BACS on Wednesday.",
      ],
    },
  },
  detect(doc, context) {
    const set = factSet(context.facts);
    const facts = [...set.known, ...set.can];
    if (!facts.length) return [];
    const reading = readAgainstFacts(doc, context.facts);
    for (const clause of clauses(doc)) {
      if (doc.sentences[clause[0]?.sentence ?? -1]?.question) continue;
      const r = { words: clause, concepts: new Set(clauseKeys(doc, clause)), time: false };
      if (!restates(r, facts)) continue;
      const span = spanOfClause(doc, clause);
      if (within(span, reading.overPromises) || within(span, reading.unbacked)) continue;
      return [span];
    }
    return [];
  },
};
