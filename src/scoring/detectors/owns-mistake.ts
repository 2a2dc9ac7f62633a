import { OWNERSHIP } from "../lexicons/honesty.js";
import type { Detector } from "../types.js";
import { phraseDetector } from "./_make.js";

export const detector: Detector = phraseDetector(
  {
    id: "owns-mistake",
    dimension: "honesty",
    effect: "helps",
    points: 12,
    also: [{ dimension: "empathy", points: 5 }],
    summary: "Owning the company's mistake plainly ('that's our mistake', 'that's on us').",
    message: "You owned the mistake.",
    explanation:
      "When the company got it wrong, saying so plainly is the fastest de-escalator there is: the customer no longer has to fight to be believed. The seeds: apologise and own it.",
    tip: "If it was our fault, say so in so many words: 'That was our mistake, and I'm sorry.'",
    examples: {
      fires: [
        "We attached the wrong evidence to your claim. That mistake is ours.",
        "The error was ours, not yours.",
        "sorry thats our mistake",
        "We were short of couriers tonight, which is on us.",
        "You did everything right.",
      ],
      silent: ["It's not our fault.", "Mistakes happen.", "The courier made an error."],
    },
  },
  OWNERSHIP,
);
