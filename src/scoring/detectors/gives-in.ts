import { CONCESSION_OPENERS, YES_OPENERS } from "../lexicons/boundaries.js";
import { hits } from "../phrases.js";
import type { Detector } from "../types.js";
import { clauses, commitmentIn, negatedClause, readAgainstFacts, spanOfClause, within } from "./_facts.js";

/** A limit said, or mockery: a yes that is not giving in. */
const HELD = ["transparent-limits", "holds-limit", "sets-limit", "flat-refusal", "sarcasm", "polite-sarcasm"];
/** A yes that mocks the demand: "Sure, I'll just sack him on the spot for you, shall I?". */
const MOCK_COMPLIANCE =
  /\b(?:i'?ll|i will|let me|we'?ll|we will|let's) just\b|\bshall i\b|\bspecially for you\b/i;
/** Steps of process, not things handed over: "I'll ask", "I'll check", "I'll ring them". */
const PROCESS =
  /^(ask|check|look|see|find|try|chase|speak|talk|pass|escalate|flag|raise|call|ring|phone|email|text|message|contact|tell|update|note|log|let|bring|hear|understand|imagine|feel|be|appreciate|know|apologise|apologize)$/;
/** Words that name no thing handed over: "make a start", "do most of what she can", "sort it out". */
const NAMES_NOTHING =
  /^(most|of|what|she|he|they|can|could|a|an|the|start|it|this|that|everything|something|anything|all|for|you|now|on|with|up|out|sorted|today|right|away|straight|help|do|make|sort|sorting|best|bit|lot|more|much|way|there|here|is|was|so)$/;
/** Passed to someone who decides: "I'll get the manager", "I'll ask my supervisor". */
const PASSED_ON = /^(manager|supervisor|boss|colleague|director|owner)$/;

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
          // A yes to the demand and the thing handed over, though no fact offers it.
          reply: "Yes of course, I'll have someone with you within the hour, so sorry.",
          customer: "Get someone here in the next hour or I'll make sure you never work in this town again.",
          facts: { can: ["Send a technician Thursday between 9 and 11 at no charge"] },
        },
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
        // Help offered with nothing named, and feeling for them, hand nothing over.
        {
          reply:
            "Of course, and I can hear something has gone badly wrong. I'm in charge today and I can do most of what she can.",
          customer: "I want to speak to your manager. Now.",
          facts: { can: ["Ask Jo to phone him on Monday"], cannot: ["Bring the manager to the shop today"] },
        },
        // Mock compliance, and fetching the one who decides, hand nothing over.
        {
          reply: "Sure, I'll just sack him on the spot for you, shall I? There's a refund policy.",
          customer: "Sack that driver and give me my money back.",
          facts: { can: ["Refund the delivery fee"], cannot: ["Discipline staff"] },
        },
        {
          reply: "Okay, I'll go and get my manager for you now.",
          customer: "I want to speak to your manager. Now.",
          facts: { can: ["Refund the delivery fee"], cannot: ["Discipline staff"] },
        },
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
  needs: HELD,
  detect(doc, context) {
    const opener = hits(doc, CONCESSION_OPENERS, { negatable: false, where: (from) => from <= WITHIN })[0];
    if (!opener) {
      // "yes of course, send us your payslip and we'll reimburse the day": a plain yes is caving
      // only when what follows gives something the facts rule out or don't back.
      const yes = hits(doc, YES_OPENERS, { negatable: false, where: (from) => from === 0 })[0];
      if (!yes) return [];
      const reading = readAgainstFacts(doc, context.facts);
      if (reading.overPromises.length || reading.unbacked.length) return [yes];
      // Or, to a demand, a yes and then something handed over that no fact backs, with no limit
      // said and no mockery: "yes no problem, marcia every day from tomorrow", "fine, take number
      // 4 from the slipway". Fetching the manager, asking or passing it on is not handing over.
      if (!context.stakes?.cues.demand.length) return [];
      if (HELD.some((id) => context.fired.get(id)?.length) || MOCK_COMPLIANCE.test(doc.text)) return [];
      const hands = clauses(doc).some((words) => {
        const c = commitmentIn(words);
        // Our own doing: "the beans will definitely be here" forecasts, it hands nothing over.
        if (c?.kind !== "own" || c.negative || negatedClause(words)) return false;
        const said = words[c.at]?.norm ?? "";
        if (PROCESS.test(said) || PROCESS.test(c.verb) || words.some((w) => PASSED_ON.test(w.norm)))
          return false;
        // "I can do most of what she can", "so I can make a start": help offered, nothing named.
        if (words.slice(c.at + 1).every((w) => NAMES_NOTHING.test(w.norm))) return false;
        return !within(spanOfClause(doc, words), reading.canSteps);
      });
      return hands ? [yes] : [];
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
