import { CAVING } from "../lexicons/boundaries.js";
import type { Detector } from "../types.js";
import { phraseDetector } from "./_make.js";

export const detector: Detector = phraseDetector(
  {
    id: "capitulates",
    dimension: "boundaries",
    effect: "hurts",
    points: -35,
    cap: 30,
    also: [
      { dimension: "honesty", points: -25, cap: 40 },
      { dimension: "empathy", points: 0, cap: 60 },
    ],
    summary: "Dropping a rule to make the anger stop ('just this once', 'I'll skip the security check').",
    message: "This gives way on a rule to make the anger stop.",
    explanation:
      "Bending a rule under pressure teaches the customer that anger works, is unfair to the customers who were told no, and often breaks a promise the business can't keep (and sometimes security).",
    tip: "Keep the rule and offer a real alternative: 'I can't skip the security check, but I can use your security questions instead.'",
    examples: {
      fires: [
        "I'll cancel it for free this once.",
        "I'll skip the security bit this once.",
        "refund in full in cash right now, no receipt needed",
      ],
      silent: ["I can't make an exception, but here's what I can do.", "We can't skip the security check."],
    },
  },
  CAVING,
);
