import { CORPORATE_REGISTER } from "../lexicons/calm.js";
import { hits } from "../phrases.js";
import type { Detector } from "../types.js";

/** Distinct markers of the form-letter register that make a reply read as a script. */
const ENOUGH = 2;
/** Signals that already say the reply is cold or scripted: a form letter adds nothing to them. */
const COLD = ["scripted-coldness", "impersonal", "cold-refusal"];

export const detector: Detector = {
  meta: {
    id: "form-letter",
    dimension: "calm",
    effect: "hurts",
    points: -15,
    cap: 65,
    summary:
      "A reply in the register of a form letter: two or more of 'we apologise for', 'in due course', 'subject to', 'will be issued', 'please let us know your preference'.",
    message: "This reads like a form letter, not a person talking to them.",
    explanation:
      "Each of these phrases is harmless alone. Together they are the voice of a template ('We apologise for the postponement. Tickets remain valid. Refunds are available via the point of purchase.'), and an upset customer hears that nobody is dealing with them. LABELS.md: cold-scripted replies are calm 1.",
    tip: "Say the same facts as yourself: 'I'm sorry the gig moved. Your tickets still work on 14 November, or I can point you to a refund.'",
    examples: {
      fires: [
        "We apologise for the delay. Please be assured that your order remains a priority.",
        "We apologise for the postponement. Tickets remain valid for the rescheduled date of 14 November. Refunds are available via the point of purchase.",
        "We apologise for the missed service. A supervisor will attend this evening and a credit will be applied to your account.",
        "Thank you for your patience. Patrols attend members in priority order. Your job has been escalated.",
        "Apologies for the delay to your installation. A member of our team will be in contact regarding a revised appointment.",
      ],
      silent: [
        "I'm so sorry for the inconvenience, that's a whole evening gone. I'll rebook you for Thursday.",
        "We apologise, that was our mistake, and I'll put it right today.",
        "Your refund will be processed today.",
      ],
    },
  },
  needs: COLD,
  detect(doc, context) {
    if (COLD.some((id) => context.fired.get(id)?.length)) return [];
    const found = hits(doc, CORPORATE_REGISTER, { negatable: false });
    const distinct = new Set(found.map((h) => h.text.toLowerCase()));
    return distinct.size >= ENOUGH ? found.slice(0, 1) : [];
  },
};
