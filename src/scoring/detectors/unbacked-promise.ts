import type { Detector } from "../types.js";
import { readAgainstFacts } from "./_facts.js";
import { HONEST_BESIDE } from "./_make.js";

/** Signals that say a clause is not meant: sarcasm, threats, dares. */
const NOT_MEANT = ["sarcasm", "polite-sarcasm", "threatens", "dares", "snide-opener"];

export const detector: Detector = {
  meta: {
    id: "unbacked-promise",
    dimension: "honesty",
    effect: "hurts",
    points: -20,
    // In the labelled sets an unbacked promise was honesty 0 in 478 of 555 replies; with a limit or
    // an estimate said plainly beside it, the reply was as often a 2 (25 of 32 "developing" 2s).
    cap: 35,
    softened: { by: HONEST_BESIDE, cap: 55 },
    // Handing over what nobody said you could is usually giving way to get the anger to stop
    // (LABELS.md: boundaries 0 for caving).
    also: [{ dimension: "boundaries", points: -20, cap: 45 }],
    summary:
      "Promising the customer an outcome (money back, a slot, a fee gone, a delivery) that none of the scenario's facts says can be done.",
    message: "This promises an outcome the facts don't say you can deliver.",
    explanation:
      "The facts list what you can offer. Handing over something else ('I'll get the £140 back to you', 'we'll squeeze you in before the weekend', 'you'll have it by Friday') is a promise nobody has said you can keep. Steps of process (calling back, checking, asking a manager) are always yours to promise; outcomes are not.",
    tip: "Offer what the facts say you can do, and for anything else promise the step, not the outcome: 'I'll ask the manager about the £140 and call you by 4pm.'",
    examples: {
      fires: [
        {
          reply: "The engineer will have it fixed by tomorrow morning.",
          facts: { can: ["Send the engineer on Thursday"] },
        },
        {
          reply: "yes of course, send me the hotel receipt and I'll get the £140 back to you",
          facts: { can: ["Rebook the tickets for 14 November"], cannot: ["Pay hotel costs"] },
        },
        {
          reply: "don't worry, we'll squeeze you in before the weekend",
          facts: { can: ["Book the next test on 14 March"], cannot: ["Move other candidates"] },
        },
        {
          reply: "so sorry!! you'll have it with you first thing wednesday, promise",
          facts: {
            can: ["Rebook a delivery for Wednesday or Saturday"],
            unknown: ["Which slot the driver gets"],
          },
        },
        {
          // Refunding one night is allowed; the whole week is not what the facts offer.
          reply: "Leave it with me: I'll refund the whole week and you two just enjoy your stay.",
          facts: { can: ["Refund one night"], cannot: ["Move them to another cottage"] },
        },
        {
          // The sum the facts allow, but as cash back where they allow it as credit.
          reply: "Of course, and I'll put the £120 back on your card.",
          facts: { can: ["Give £120 club credit"] },
        },
        {
          // The sum, with the check the facts make it wait for left out.
          reply: "done, I've refunded the £50 now, sorry!!",
          facts: { can: ["Reverse the £50 once the dock's sensor log has been checked"] },
        },
      ],
      silent: [
        // Two of the facts' offers named as the choice.
        {
          reply: "refund or reprogram, your choice.",
          facts: {
            can: ["Reprogram it free on site today", "Refund the £85 in full"],
            cannot: ["Pay the recovery bill"],
          },
        },
        {
          // The sum the facts name stands for their offer, however it is worded.
          reply: "realy sorry the van was so late. ill take £30 off the bill",
          facts: { can: ["Take the £30 first-hour charge off"], cannot: ["Pay for a hotel"] },
        },
        {
          reply: "We can send again the November box, and we give £6 discount on next month.",
          facts: { can: ["Resend the November box free", "Take £6 off the December box"] },
        },
        {
          reply: "You're right, and I'm taking responsibility for fixing it for you now.",
          facts: { can: ["Refund the £12 overcharge today"] },
        },
        { reply: "Let's get it sorted at the till.", facts: { can: ["Sell the 99p adapter instead"] } },
        {
          reply:
            "Not paying another penny? Sure, and I'll have the worktop flown in by helicopter for Monday.",
          facts: { can: ["Fit new tops in 10 working days"] },
        },
        {
          // The refund the facts allow, with "now" and the amount left out.
          reply: "I've refunded the £45 to your card.",
          facts: { can: ["Refund now", "Offer a £5 voucher"] },
        },
        {
          reply: "If you find it cheaper at another major retailer, I'll match it.",
          facts: { can: ["Price-match major retailers"], cannot: ["Match marketplace listings"] },
        },
        {
          reply: "A room frees up tomorrow; I'll move you into it the moment it's ready.",
          facts: { can: ["Move them to the sea-view room tomorrow"], cannot: ["Find another room tonight"] },
        },
        {
          reply: "We've got two silver laptops in, and I'll get this sorted with you.",
          facts: { can: ["Release items in person with ID"], cannot: ["Post items"] },
        },
        {
          reply: "I can give you the technician's report.",
          facts: { can: ["Rebook the visit"], cannot: ["Waive the fee"] },
        },
        {
          reply: "Calling me names won't get you anywhere.",
          facts: { can: ["Rebook the visit"], cannot: ["Waive the fee"] },
        },
        {
          reply: "I'll give you a call by 4pm once I've spoken to the manager.",
          facts: { can: ["Rebook the tickets"], cannot: ["Pay hotel costs"] },
        },
        {
          reply: "I'll rebook you for 14 November.",
          facts: { can: ["Rebook the tickets for 14 November"], cannot: ["Pay hotel costs"] },
        },
        {
          reply: "If the insults carry on I'll have to end this chat.",
          facts: { can: ["Rebook the tickets"], cannot: ["Pay hotel costs"] },
        },
        {
          reply: "I'll get back to you by Friday with an answer.",
          facts: { can: ["Rebook the tickets"], cannot: ["Pay hotel costs"] },
        },
      ],
    },
  },
  // A sarcastic or threatening "promise" ("I'll have the worktop flown in by helicopter", "we'll
  // have the police waiting") commits to nothing: those signals speak for it.
  needs: [...NOT_MEANT, ...HONEST_BESIDE],
  detect(doc, context) {
    const unmeant = NOT_MEANT.flatMap((id) => context.fired.get(id) ?? []);
    const sentenceOf = (at: number) => doc.sentences.findIndex((s) => at >= s.start && at < s.end);
    const skip = new Set(unmeant.map((span) => sentenceOf(span.start)));
    return readAgainstFacts(doc, context.facts)
      .unbacked.filter((span) => !skip.has(sentenceOf(span.start)))
      .slice(0, 1);
  },
};
