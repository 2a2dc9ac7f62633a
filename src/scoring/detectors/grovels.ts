import { GROVELLING } from "../lexicons/boundaries.js";
import type { Detector } from "../types.js";
import { phraseDetector } from "./_make.js";

export const detector: Detector = phraseDetector(
  {
    id: "grovels",
    dimension: "boundaries",
    effect: "hurts",
    points: -22,
    cap: 40,
    also: [
      { dimension: "honesty", points: -15, cap: 40 },
      { dimension: "empathy", points: 0, cap: 60 },
    ],
    summary: "Grovelling self-blame ('I feel awful', 'we're idiots', 'you're completely right').",
    message: "Grovelling self-blame rewards the abuse and helps nobody.",
    explanation:
      "A sincere apology owns a mistake; grovelling ('I feel terrible, I'm so stupid') makes the agent the topic, agrees with insults, and signals that pressure works.",
    tip: "Apologise once, specifically, then move to the fix: 'I'm sorry we sent the wrong size. Here's what I'll do.'",
    examples: {
      fires: [
        "I'm so sorry, you're completely right, I feel awful.",
        "You're right, we're idiots.",
        "Please don't report me, I'm only trying to help.",
      ],
      silent: ["I'm sorry we sent the wrong size.", "You're right that it was our mistake."],
    },
  },
  GROVELLING,
);
