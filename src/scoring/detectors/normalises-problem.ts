import { NORMALISING } from "../lexicons/calm.js";
import type { Detector } from "../types.js";
import { phraseDetector } from "./_make.js";

/** Already read as brushing them off or blaming them: one cold signal is the evidence, not three. */
const COLDER = ["dismissive", "invalidates", "blames-customer"];

const normalising = phraseDetector(
  {
    id: "normalises-problem",
    dimension: "calm",
    effect: "hurts",
    points: -15,
    cap: 65,
    summary:
      "The customer's problem treated as normal or as nobody's doing ('it's quite normal', 'errors can occasionally occur', 'beyond our control').",
    message: "This treats their problem as normal, which reads as brushing it off.",
    explanation:
      "Telling an upset customer that what happened is normal, happens everywhere or was out of anyone's hands defends the business instead of dealing with them. Even when true, it lands as defensive. Say what you will do about it, and give the reason only after that, if at all.",
    tip: "Own it before you explain it: 'That shouldn't have happened to you, and I'll put it right. Here's what I'll do today.'",
    examples: {
      fires: [
        "the gap is normal for that type of fitting, most people dont notice it",
        "Printing errors can occasionally occur. Someone will look into it.",
        "Staff sickness is unfortunately beyond our control.",
        "Those costumes were perfect when they left here, so I'd ask the courier.",
        "Hinges always need adjusting after a day or two, it's quite normal.",
        "Coaches break down, it's nobody's fault. You're still getting the tour.",
        "Trees do tend to shed, it's kind of what they do.",
      ],
      silent: [
        "It's completely normal to feel anxious before a procedure.",
        "That gap isn't normal, and I'm sorry. I'll send the fitter back on Saturday.",
        "If it occurs again, ring me directly.",
        // Already brushed off by "calm down": one cold signal is enough.
        "Calm down, mistakes happen.",
      ],
    },
  },
  NORMALISING,
);

export const detector: Detector = {
  ...normalising,
  needs: COLDER,
  detect(doc, context) {
    if (COLDER.some((id) => context.fired.get(id)?.length)) return [];
    return normalising.detect(doc, context);
  },
};
