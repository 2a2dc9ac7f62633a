import { DEFENSIVE } from "../lexicons/calm.js";
import type { Detector } from "../types.js";
import { phraseDetector } from "./_make.js";

export const detector: Detector = phraseDetector(
  {
    id: "defensive",
    dimension: "calm",
    effect: "hurts",
    points: -20,
    cap: 60,
    summary: "Defending yourself ('I'm doing my best', 'I'm not the one who...').",
    message: "This makes the conversation about you, not their problem.",
    explanation:
      "The seeds' first rule: don't take anger personally. Defending yourself shows you did, and invites the customer to argue about you.",
    tip: "Let the personal part go and return to the problem: 'Let's get this sorted. Here's what I can do.'",
    examples: {
      fires: [
        "Look, I'm doing my best, okay?",
        "I know exactly what I'm doing, thanks.",
        "I'm not the one who set the fee.",
      ],
      silent: ["I'll do my best to get an answer by 5pm.", "I know this isn't what you wanted to hear."],
    },
  },
  DEFENSIVE,
);
