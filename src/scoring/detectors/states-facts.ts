import type { Detector } from "../types.js";
import { clauseKeys, clauses, factSet, negatedClause, readAgainstFacts, within } from "./_facts.js";

/** Concepts that pin a statement down: amounts, days and times ("#48", "tuesday", "=now"). */
const SPECIFIC =
  /^(#|=now$|monday$|tuesday$|tue$|tues$|wednesday$|thursday$|friday$|saturday$|sunday$|tomorrow$|tonight$|morning$|afternoon$|evening$|week$|weekend$)/;

/**
 * A clause that tells the customer what the facts say can be done, in its concepts (lemmas,
 * synonyms, amounts), not its words, even without "I will" ("tues is next slot"). Restating what
 * happened (the known facts) is not counted: on the labelled sets it is as common in curt or
 * evasive replies as in honest ones.
 */
export const detector: Detector = {
  meta: {
    id: "states-facts",
    dimension: "honesty",
    effect: "helps",
    points: 12,
    summary: "Telling the customer what the facts say can be done: what, when, for how much.",
    message: "You told them what is actually so, in specifics they can check.",
    explanation:
      "LABELS.md: an honest reply is clear about what is known and what can be done. Stating the facts of the case plainly (the slot, the amount, what the policy covers) is honest even when it is short, and it is what an upset customer needs first.",
    tip: "Say the facts plainly: what happened, what you can do, when and for how much.",
    examples: {
      fires: [
        {
          reply: "its free, tues is next slot am or pm",
          facts: { can: ["Book the free follow-up visit in the next slot, Tuesday morning or afternoon"] },
        },
        {
          reply: "no charge. next dry day, will text",
          facts: { can: ["Move the visit to the next dry day at no charge and text the day before"] },
        },
      ],
      silent: [
        { reply: "Someone will sort it soon.", facts: { can: ["Book the next slot on Tuesday"] } },
        {
          reply: "I can't book you in on Tuesday.",
          facts: { can: ["Book the next slot on Tuesday"] },
        },
        {
          reply: "I'll refund the whole term today.",
          facts: { known: ["The term costs £96"], cannot: ["Refund lessons already taken"] },
        },
      ],
    },
  },
  detect(doc, context) {
    const set = factSet(context.facts);
    const facts = set.can;
    if (!facts.length) return [];
    const over = readAgainstFacts(doc, context.facts).overPromises;
    for (const words of clauses(doc)) {
      const first = words[0];
      if (!first || doc.sentences[first.sentence]?.question || negatedClause(words)) continue;
      if (within(first, over)) continue;
      const keys = new Set(clauseKeys(doc, words));
      for (const key of [...keys]) for (const noun of set.numbers.get(key) ?? []) keys.add(noun);
      for (const fact of facts) {
        let hit = 0;
        let specific = false;
        for (const k of fact.required)
          if (keys.has(k)) {
            hit++;
            if (SPECIFIC.test(k)) specific = true;
          }
        if (hit >= 3 || (hit >= 2 && specific)) {
          const last = words[words.length - 1] ?? first;
          return [{ start: first.start, end: last.end, text: doc.text.slice(first.start, last.end) }];
        }
      }
    }
    return [];
  },
};
