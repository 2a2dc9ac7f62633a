import type { Detector } from "../types.js";
import {
  bestFact,
  type ClauseReading,
  clauseKeys,
  clauses,
  factSet,
  hedgedClause,
  negatedClause,
} from "./_facts.js";

/** "The engineer will know when he sees it", "I'll find out": future knowledge, not a claim to have it. */
const LEARNS = /^(know|find|tell|confirm|decide|hear|check|see|let|update|assess|look|answer)$/;

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
        {
          reply: "The engineer will know when he sees it.",
          facts: { unknown: ["What the engineer will find when he sees it"] },
        },
        {
          reply: "The head office request is open to you.",
          facts: {
            unknown: ["Whether head office would make an exception; exceptions are rare"],
            can: ["Send a written exception request to head office"],
          },
        },
      ],
    },
  },
  detect(doc, context) {
    const facts = factSet(context.facts);
    if (!facts.unknown.length) return [];
    const others = [...facts.known, ...facts.can, ...facts.cannot];
    for (const clause of clauses(doc)) {
      if (negatedClause(clause) || hedgedClause(clause) || !clause.some((w) => ASSERTS.has(w.norm))) continue;
      if (doc.sentences[clause[0]?.sentence ?? -1]?.question) continue;
      const will = clause.findIndex((w) => w.norm === "will");
      if (will >= 0 && LEARNS.test(clause[will + 1]?.norm ?? "")) continue;
      const reading: ClauseReading = {
        words: clause,
        concepts: new Set(clauseKeys(doc, clause)),
        time: false,
      };
      const unknown = bestFact(reading, facts.unknown);
      if (!unknown) continue;
      // A clause that restates a known fact, or names what can be done, is not a claim about an unknown.
      const other = bestFact(reading, others);
      if (other && other.score >= unknown.score) continue;
      const first = clause[0];
      const last = clause[clause.length - 1];
      if (first && last)
        return [{ start: first.start, end: last.end, text: doc.text.slice(first.start, last.end) }];
    }
    return [];
  },
};
