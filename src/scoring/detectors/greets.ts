import { GREETINGS } from "../lexicons/politeness.js";
import { sentenceInitial } from "../phrases.js";
import type { Detector } from "../types.js";
import { phraseDetector } from "./_make.js";

export const detector: Detector = phraseDetector(
  {
    id: "greets",
    dimension: "calm",
    effect: "helps",
    points: 5,
    summary: "Opens with a greeting ('Hi Sam,', 'Good morning').",
    message: "You greeted them before getting to business.",
    explanation:
      "A greeting tells the reader they are talking to a person who is not rushing them; politeness ratings rise with it (Danescu-Niculescu-Mizil et al. 2013).",
    tip: "Open with their name: 'Hi Sam, thanks for waiting.'",
    examples: {
      fires: [
        "Hi Sam, thanks for waiting.",
        "Good morning. The engineer is booked.",
        "hello, i can help with that",
      ],
      silent: ["I said hi to the driver.", "The refund is done."],
    },
  },
  GREETINGS,
  { negatable: false, where: (from, _to, doc) => !!doc && sentenceInitial(doc, from) },
);
