import { ALTERNATIVES } from "../lexicons/boundaries.js";
import type { Detector } from "../types.js";
import { phraseDetector } from "./_make.js";

export const detector: Detector = phraseDetector(
  {
    id: "offers-alternative",
    dimension: "boundaries",
    effect: "helps",
    points: 12,
    also: [{ dimension: "honesty", points: 8 }],
    summary: "Offering what can be done instead of a flat no ('What I can do is...').",
    message: "You offered what can be done.",
    explanation:
      "A firm no lands far better with an alternative attached: the customer leaves with something, and the limit stays intact. The seeds: solve it together.",
    tip: "After the no, give a yes: 'I can't refund it, but I can send it to the manufacturer today.'",
    examples: {
      fires: [
        "What I can do is refund the £4.95 delivery charge.",
        "can freeze it for up to 3 months free tho",
        "you can collect it from the depot until 8pm",
      ],
      silent: [
        "No refund.",
        "There's nothing I can do.",
        "I can't help with that.",
        "I'll see what I can do.",
      ],
    },
  },
  ALTERNATIVES,
  // "I'll see what I can do" is vague, not an offer.
  {
    where: (from, _to, doc) =>
      !/^(see|know)$/.test(doc?.words[from - 1]?.norm ?? "") &&
      !/anything else/i.test(doc?.sentences[doc.words[from]?.sentence ?? -1]?.text ?? ""),
  },
);
