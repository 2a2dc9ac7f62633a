import { HEDGES } from "../lexicons/politeness.js";
import type { Detector } from "../types.js";
import { phraseDetector } from "./_make.js";

export const detector: Detector = phraseDetector(
  {
    id: "hedges",
    dimension: "calm",
    effect: "helps",
    points: 4,
    summary: "Leaves room for another view ('I think', 'perhaps', 'it seems').",
    message: "You left room for their view instead of laying down the law.",
    explanation:
      "Hedges ('I think', 'perhaps', 'it seems') soften a claim so the other person can disagree without a fight. Readers rate hedged replies as more polite and more open to them (Danescu-Niculescu-Mizil et al. 2013; Yeomans et al. 2020).",
    tip: "Offer your reading as a reading: 'I think the parcel went to the depot; let me check.'",
    examples: {
      fires: [
        "I think the parcel went to the depot.",
        "Perhaps we could try Thursday?",
        "It seems the form was lost.",
      ],
      silent: ["The parcel went to the depot.", "I don't think you're listening."],
    },
  },
  HEDGES,
);
