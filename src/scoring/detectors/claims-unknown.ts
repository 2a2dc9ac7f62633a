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
const CAUSAL_UNKNOWN = /^\s*(?:why|how|whether|if|what caused)\b/i;
const CAUSE_WORDS = /^(because|due|caused|cause|causes|reason|since|fault|blame|thanks)$/;
const QUESTION_WORDS = /^(why|how|whether|if|what|the|a|an|was|were|is|are|did|does)$/;
function claimsCause(clause: readonly { norm: string }[], unknownText: string): boolean {
  if (clause.some((w) => CAUSE_WORDS.test(w.norm))) return true;
  // The unknown's own verbs ("took", "happened", "skipped"), in the same form or with a common ending.
  const verbs = unknownText
    .toLowerCase()
    .split(/[^a-z']+/)
    .filter((w) => w.length > 3 && !QUESTION_WORDS.test(w) && /(?:ed|ened|ook|ent|ot)$/.test(w));
  return clause.some((w) => verbs.includes(w.norm));
}

/**
 * The unknown named as still being found out: "the provider is still looking for the cause", "the
 * framer is looking at it tomorrow to see if it's marked", "whether it is extended will be decided
 * next month", "whether the part is in stock will only be known after the visit".
 */
const PENDING =
  /\b(?:whether|looking (?:for|into|at)|look(?:s)? (?:into|at)|investigat\w*|checking|finding out|find out|trying to|to see|waiting (?:for|on)|being (?:checked|looked at|investigated|reviewed|assessed)|be (?:decided|known|confirmed|checked))\b/i;

/** Words that name something as not known. */
const UNCLEAR = /^(unclear|unsure|unknown|uncertain|unconfirmed)$/;

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
          reply: "One thing still unclear is who packed the mirror.",
          facts: { unknown: ["Who packed the mirror"] },
        },
        {
          reply: "I don't know yet when the part will arrive.",
          facts: { unknown: ["When the part will arrive"] },
        },
        { reply: "The part should arrive around Monday.", facts: { unknown: ["When the part will arrive"] } },
        {
          reply: "The provider is still looking for the cause and will update us by 3.",
          facts: { unknown: ["the cause"] },
        },
        {
          reply: "Whether the part is in stock will only be known after the engineer's visit.",
          facts: { unknown: ["whether the part is in stock"] },
        },
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
      // A cause given anywhere in the sentence ("it took 2 hours because the van broke down") is an assertion.
      const sentence = doc.words.filter((w) => w.sentence === clause[0]?.sentence);
      const causal = sentence.some((w) => CAUSE_WORDS.test(w.norm));
      if (
        negatedClause(clause) ||
        hedgedClause(clause) ||
        (!causal && !clause.some((w) => ASSERTS.has(w.norm)))
      )
        continue;
      if (doc.sentences[clause[0]?.sentence ?? -1]?.question) continue;
      // "One thing still unclear is who packed the mirror": the unknown named as unknown.
      if (clause.some((w) => UNCLEAR.test(w.norm))) continue;
      const first0 = clause[0];
      const last0 = clause[clause.length - 1];
      if (first0 && last0 && PENDING.test(doc.text.slice(first0.start, last0.end))) continue;
      const will = clause.findIndex((w) => w.norm === "will");
      if (will >= 0 && LEARNS.test(clause[will + 1]?.norm ?? "")) continue;
      const reading: ClauseReading = {
        words: clause,
        concepts: new Set(clauseKeys(doc, clause)),
        time: false,
      };
      const unknown = bestFact(reading, facts.unknown);
      if (!unknown) continue;
      // "why / how / whether" unknowns are claimed only by saying what caused it ("because",
      // "due to", "caused", or the unknown's own verb): restating the trouble ("2 hours is far too
      // long") or feeling for them ("I can see how upsetting a scratch is") claims nothing.
      if (CAUSAL_UNKNOWN.test(unknown.fact.text) && !claimsCause(sentence, unknown.fact.text)) continue;
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
