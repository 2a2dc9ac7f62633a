import { SCRIPTED } from "../lexicons/calm.js";
import type { Detector } from "../types.js";
import { phraseDetector } from "./_make.js";

export const detector: Detector = phraseDetector(
  {
    id: "scripted-coldness",
    dimension: "calm",
    effect: "hurts",
    points: -12,
    cap: 68,
    // LABELS.md: a formulaic acknowledgement is empathy 1. Scripted lines keep empathy below
    // "strong" rather than taking points off: as points they had put 46 labelled 1s at "needs work".
    also: [{ dimension: "empathy", points: 0, cap: 60 }],
    summary: "Corporate script or lecturing ('please be advised', 'as per our policy', 'have a lovely day').",
    message: "Scripted, formal lines sound cold to someone who is upset.",
    explanation:
      "Boilerplate ('Thank you for your feedback', 'as per our policy', 'Is there anything else?') signals that nobody is listening. After a refusal, a cheerful sign-off can sound like mockery.",
    tip: "Talk like a person: say what happened and what you'll do, in your own words, and leave out the sign-off script.",
    examples: {
      fires: [
        "Apologies for the delay. Clinicians are currently running behind schedule. Your patience is appreciated.",
        "Please be advised that payments are non-refundable.",
        "Thank you for your feedback! We hope to see you again soon.",
        "As per our returns policy, we are unable to process a refund.",
        "Is there anything else I can help you with today?",
        "We apologise that your experience did not meet expectations.",
      ],
      silent: ["Thanks for telling me what happened.", "Our policy is 30 days, and here's what I can do."],
    },
  },
  SCRIPTED,
);
