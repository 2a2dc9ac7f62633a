import { CONCESSION_OPENERS, YES_OPENERS } from "../lexicons/boundaries.js";
import { hits } from "../phrases.js";
import type { Detector } from "../types.js";
import { clauses, commitmentIn, negatedClause, readAgainstFacts } from "./_facts.js";

/** The opener counts only at the very start of the reply ("ok fine, I'll…", "Fair enough, send…"). */
const WITHIN = 2;

const CANCEL = {
  cannot: ["Waive the early exit fee"],
  can: ["Offer a 20% discount on the next three months"],
};

export const detector: Detector = {
  meta: {
    id: "gives-in",
    dimension: "boundaries",
    effect: "hurts",
    points: -25,
    cap: 35,
    // Giving in was honesty 0 in 199 of 212 labelled replies (a commitment nobody allowed).
    also: [{ dimension: "honesty", points: -10, cap: 35 }],
    summary:
      "Opening with a concession ('ok fine', 'fair enough', 'go on then', 'ok ok') and then giving something the facts do not offer.",
    message: "This gives in to the pressure rather than holding the line.",
    explanation:
      "'Ok fine, I'll…' tells the customer that pushing worked. When what follows is more than the facts allow, it is caving: unfair on customers who were told no, and often a promise that cannot be kept. Giving exactly what the facts allow is not caving, and stays silent.",
    tip: "Hold the line, then offer what you can: 'I can't waive the fee, but I can take 20% off the next three months.'",
    examples: {
      fires: [
        {
          reply: "Ok sure, full refund, sorry for the hassle.",
          facts: { can: ["Move the ticket to another date"], cannot: ["Refund a used ticket"] },
        },
        {
          reply: "yes of course, I'll get a driver to you within the hour",
          facts: { can: ["Redeliver tomorrow between 8 and 1"], cannot: ["Deliver today"] },
        },
        { reply: "Fair enough, I've waived the exit fee, you can cancel today.", facts: CANCEL },
        { reply: "ok fine ill refund it, sorry", facts: { cannot: ["Refund a used ticket"] } },
        {
          reply: "ok ok I'm sending someone now, they'll be there in 10",
          facts: { cannot: ["Send anyone tonight"] },
        },
      ],
      silent: [
        // A plain yes to something the facts allow, or to word from us.
        { reply: "Sure, I can take 20% off the next three months.", facts: CANCEL },
        { reply: "Of course, I'll call you at 5 with the update.", facts: CANCEL },
        // What the facts allow, given after pushback: not caving.
        { reply: "Fair enough, I can take 20% off the next three months for you.", facts: CANCEL },
        // The concession is not the opener.
        { reply: "I can't waive the fee. Fair enough if you want to cancel, though.", facts: CANCEL },
        // Nothing given.
        { reply: "Fair enough, I understand why you're angry.", facts: CANCEL },
      ],
    },
  },
  detect(doc, context) {
    const opener = hits(doc, CONCESSION_OPENERS, { negatable: false, where: (from) => from <= WITHIN })[0];
    if (!opener) {
      // "yes of course, send us your payslip and we'll reimburse the day": a plain yes is caving
      // only when what follows gives something the facts rule out or don't back.
      const yes = hits(doc, YES_OPENERS, { negatable: false, where: (from) => from === 0 })[0];
      if (!yes) return [];
      const reading = readAgainstFacts(doc, context.facts);
      return reading.overPromises.length || reading.unbacked.length ? [yes] : [];
    }
    const commits = clauses(doc).some((words) => {
      const c = commitmentIn(words);
      return c?.kind === "own" && !c.negative && !negatedClause(words);
    });
    if (!commits) return [];
    // Giving what a `can` fact allows, and nothing the facts rule out, is not caving.
    const reading = readAgainstFacts(doc, context.facts);
    if (reading.canSteps.length && !reading.overPromises.length && !reading.unbacked.length) return [];
    return [opener];
  },
};
