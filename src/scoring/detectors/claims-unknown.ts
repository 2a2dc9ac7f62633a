import type { Detector } from "../types.js";
import { clauses, covers, factStems, hedgedClause, negatedClause } from "./_facts.js";

const ASSERTS = new Set(["will", "is", "are", "was", "has", "have"]);

export const detector: Detector = {
  meta: {
    id: "claims-unknown",
    dimension: "honesty",
    effect: "hurts",
    points: -20,
    cap: 45,
    summary: "Stating as known something the scenario's facts say nobody knows yet.",
    message: "This states as certain something nobody knows yet.",
    explanation:
      "Each scenario lists what is unknown (facts.unknown). Answering an unknown with a confident statement invents a fact. Say it is not known yet and when it will be.",
    tip: "Say what isn't known and when you'll know: 'I don't know yet when the part arrives; the supplier confirms on Friday.'",
    examples: {
      fires: [
        { reply: "The part will arrive on Monday.", facts: { unknown: ["When the part will arrive"] } },
      ],
      silent: [
        {
          reply: "I don't know yet when the part will arrive.",
          facts: { unknown: ["When the part will arrive"] },
        },
        { reply: "The part should arrive around Monday.", facts: { unknown: ["When the part will arrive"] } },
      ],
    },
  },
  detect(doc, context) {
    const unknown = context.facts.unknown ?? [];
    if (!unknown.length) return [];
    for (const clause of clauses(doc)) {
      if (negatedClause(clause) || hedgedClause(clause) || !clause.some((w) => ASSERTS.has(w.norm))) continue;
      if (doc.sentences[clause[0]?.sentence ?? -1]?.question) continue;
      // A clause that restates a known fact is not a claim about an unknown one.
      if ((context.facts.known ?? []).some((fact) => covers(clause, factStems(fact)))) continue;
      if (unknown.some((fact) => covers(clause, factStems(fact)))) {
        const first = clause[0];
        const last = clause[clause.length - 1];
        if (first && last)
          return [{ start: first.start, end: last.end, text: doc.text.slice(first.start, last.end) }];
      }
    }
    return [];
  },
};
