import { REFUSALS } from "../lexicons/boundaries.js";
import { feelingAsCannot } from "../phrases.js";
import type { Detector } from "../types.js";
import { phraseDetector } from "./_make.js";

export const detector: Detector = phraseDetector(
  {
    id: "holds-limit",
    dimension: "boundaries",
    effect: "helps",
    points: 8,
    summary: "Holding a policy limit plainly ('I can't refund opened perfume').",
    message: "You held the limit clearly.",
    explanation:
      "Saying no clearly, without apologising it away, is part of a good boundary: the customer knows where they stand and stops pushing on a door that won't open.",
    tip: "Say the limit once, plainly, then move to what you can do.",
    examples: {
      fires: [
        "I can't refund it without the receipt.",
        "A free year isn't something I can give.",
        "We're unable to process a refund.",
      ],
      silent: [
        "I'll refund it now.",
        "Sure, no problem.",
        "I can't promise the exact hour.",
        "i can't stop thinking about your poor guests.",
        "I can't help feeling we let you down.",
      ],
    },
  },
  REFUSALS,
  {
    negatable: false,
    // "I can't promise", "can't say", "can't imagine" are about knowledge, not a refusal.
    where: (_from, to, doc) =>
      !/^(promise|guarantee|say|tell|speed|control|imagine|believe|wait|thank|stress|apologise|apologize|see|be|find|fault|blame|express|give you an exact)$/.test(
        doc?.words[to + 1]?.norm ?? "",
      ) && !feelingAsCannot(doc, to),
  },
);
