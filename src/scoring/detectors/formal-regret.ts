import { FORMAL_REGRET } from "../lexicons/empathy.js";
import type { Detector } from "../types.js";
import { phraseDetector } from "./_make.js";

/**
 * A formula of regret or thanks ("We regret any inconvenience", "Thank you for bringing this to
 * our attention"). LABELS.md counts a formulaic acknowledgement as empathy 1: it is more than
 * nothing, less than an apology in the speaker's own words. It is not warmth for the detectors
 * that look for some (a formula still reads as procedure on calm).
 */
export const detector: Detector = phraseDetector(
  {
    id: "formal-regret",
    dimension: "empathy",
    effect: "helps",
    points: 15,
    summary:
      "A formula of regret or thanks ('we regret any inconvenience', 'thank you for bringing this to our attention').",
    message: "A formula acknowledges the problem, but says nothing about them.",
    explanation:
      "Formal regret tells the customer the complaint was received, which is a start. It is what every company says, so it does not tell them anyone listened: in your own words, say what you're sorry for and what it did to them.",
    tip: "Swap the formula for your own words: 'I'm sorry your order arrived broken, after waiting all week for it.'",
    examples: {
      fires: [
        "We regret that your order arrived damaged. Replacement items will be dispatched.",
        "Please accept our sincere condolences. A refund has been processed.",
        "Thank you for bringing this to our attention.",
      ],
      silent: ["I regret nothing.", "Thanks for your order.", "I'm sorry your order arrived broken."],
    },
  },
  FORMAL_REGRET,
);
