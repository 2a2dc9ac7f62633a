import { WELL_WISHING } from "../lexicons/empathy.js";
import { hits } from "../phrases.js";
import type { Detector } from "../types.js";

export const detector: Detector = {
  meta: {
    id: "wishes-well",
    dimension: "empathy",
    effect: "helps",
    points: 10,
    summary: "Wishing the person well ('I hope your mum's feeling better', 'take care').",
    message: "You showed you care how they are, not only about the case.",
    explanation:
      "Warmth toward the person (hoping things get better for them, wishing them well) is part of empathy that does not depend on naming a feeling: peer supporters and negotiators who sound warm use it most. On its own it is a small thing; with the feeling named and the problem solved it rounds a reply off.",
    tip: "If it fits, end with something for them, not the case: 'I hope the rest of the move goes smoothly.'",
    examples: {
      fires: [
        "I hope your mum is feeling better soon.",
        "Take care, and I hope things settle down for you.",
        "Hope you're having a good week!",
        "congrats on the new job by the way",
      ],
      silent: [
        "I hope you understand our position.",
        "I hope that helps.",
        "I hope this is clear.",
        "We hope to have it fixed by Friday.",
        "I don't hope for much from head office.",
      ],
    },
  },
  detect(doc) {
    return hits(doc, WELL_WISHING).slice(0, 1);
  },
};
