import { OFFERED } from "../lexicons/boundaries.js";
import { hits } from "../phrases.js";
import { straighten } from "../text.js";
import type { Detector } from "../types.js";
import { clauses, commitmentIn, negatedClause, readAgainstFacts } from "./_facts.js";

/** Signals that say the reply offers something: any of them means the no is not flat. */
const OFFERS = ["offers-alternative", "concrete-next-step", "action-taken"];

/** One of ours, by name or by trade, who will act: "gary can come tomorow", "the restorer will assess it". */
const OURS_ACT =
  /^(?:(?:and|but|so|then|also) )?(?:(?!(?:it|this|that|there|they|he|she|you|we|i|who|which|what|nobody|noone|nothing|refunds?|prices?|the|a|an|our|your|their)\b)[a-z]+|(?:the|our|a|an) (?:[a-z]+ )?(?:engineer|technician|tech|restorer|fitter|driver|manager|team|crew|plumber|electrician|cleaner|nurse|vet|tutor|coach|trainer|groomer|courier|installer|supervisor))(?:'ll| can| will| could)\s+(?!be\b)[a-z]+/i;

export const detector: Detector = {
  meta: {
    id: "flat-refusal",
    dimension: "boundaries",
    effect: "hurts",
    points: -8,
    summary: "A no with nothing offered instead.",
    message: "A flat no, with nothing offered instead.",
    explanation:
      "A refusal with no alternative leaves the customer nowhere to go but up the chain. Even a small offer keeps the conversation moving.",
    tip: "Add one thing you can do: 'I can't refund it, but I can offer an exchange or store credit.'",
    examples: {
      fires: ["No refund without a receipt.", "We are unable to process a refund.", "I can't do that."],
      silent: [
        "we cant pay the tow but gary can come tomorow 8-10 and check it free",
        "We can't do a new wardrobe. The restorer will assess it within 5 working days.",
        "Refunds are not available on subscription boxes. A credit can be applied to your next order.",
        "The hire charge isn't refundable. The fine will be refunded within ten working days.",
        "I can't refund it, but I can swap it today.",
        "I've refunded it.",
        "i cant send a dr out but i can ask u some questions",
        "We can't pay cash for damage on site. I will photograph the door and log a report now.",
      ],
    },
  },
  needs: ["holds-limit", ...OFFERS],
  detect(doc, context) {
    const held = context.fired.get("holds-limit") ?? [];
    if (!held.length || OFFERS.some((id) => (context.fired.get(id)?.length ?? 0) > 0)) return [];
    // "but i can ask u some questions", "I will log a report": any step of one's own is an offer.
    const offers = clauses(doc).some((words) => {
      const c = commitmentIn(words);
      return c?.kind === "own" && !negatedClause(words);
    });
    // "a credit can be applied to your next order", "you could have the garden room": an offer too.
    if (offers || hits(doc, OFFERED).length) return [];
    // "gary can come tomorow 8-10", "restorer will assess within 5 working days": one of ours will act.
    const ours = clauses(doc).some((words) => {
      const first = words[0];
      const last = words[words.length - 1];
      return (
        !!first &&
        !!last &&
        !negatedClause(words) &&
        OURS_ACT.test(straighten(doc.text.slice(first.start, last.end)))
      );
    });
    // A step the facts offer, however it is worded ("we pay new cover up to 60 pound").
    if (ours || readAgainstFacts(doc, context.facts).canSteps.length) return [];
    return [held[0] as (typeof held)[number]];
  },
};
