import { LIMITS } from "../lexicons/boundaries.js";
import type { Detector } from "../types.js";
import { phraseDetector } from "./_make.js";

export const detector: Detector = phraseDetector(
  {
    id: "sets-limit",
    dimension: "boundaries",
    effect: "helps",
    points: 12,
    summary: "Naming a limit on abuse, calmly ('I need us to keep this respectful').",
    message: "You named the limit on how you're spoken to.",
    explanation:
      "With an abusive customer, the seeds' advice is to state the limit calmly and keep helping: 'I want to help, and I need us to keep this respectful.' It protects you and tells the customer how to get what they want.",
    tip: "Name the limit and keep the door open: 'I want to help you, and I need the name-calling to stop.'",
    examples: {
      fires: [
        { reply: "I'm happy to help, but not while I'm being called thick.", abusive: true },
        { reply: "pls dont call me names", abusive: true },
        { reply: "I want to help, and I need us to keep this respectful.", abusive: true },
      ],
      silent: [
        { reply: "I can't refund it without a receipt.", abusive: true },
        { reply: "Don't call me thick. No receipt, no refund.", abusive: false },
      ],
    },
  },
  LIMITS,
  { negatable: false, when: (context) => context.abusive },
);
