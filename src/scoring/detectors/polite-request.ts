import { POLITE_REQUESTS } from "../lexicons/politeness.js";
import { sentenceInitial } from "../phrases.js";
import type { Detector } from "../types.js";
import { phraseDetector } from "./_make.js";

export const detector: Detector = phraseDetector(
  {
    id: "polite-request",
    dimension: "calm",
    effect: "helps",
    points: 5,
    summary: "Asks softly: 'please', 'could you', 'would you mind', 'if possible'.",
    message: "You asked rather than told.",
    explanation:
      "'Please' and indirect requests ('could you', 'would you mind') leave the other person a choice; in people's ratings they mark a request as polite, where a bare imperative reads as an order (Danescu-Niculescu-Mizil et al. 2013).",
    tip: "Turn an order into a request: 'Could you send me the order number?'",
    examples: {
      fires: [
        "Could you send me the order number?",
        "can u pls send the photo",
        "Would you mind holding for a minute?",
      ],
      silent: ["Send me the order number.", "You would have had a call.", "Please calm down."],
    },
  },
  POLITE_REQUESTS,
  {
    where: (from, _to, doc) => !!doc && !(doc.words[from]?.norm === "please" && sentenceInitial(doc, from)),
  },
);
