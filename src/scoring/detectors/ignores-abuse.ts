import type { Detector } from "../types.js";

export const detector: Detector = {
  meta: {
    id: "ignores-abuse",
    dimension: "boundaries",
    effect: "hurts",
    points: -5,
    // LABELS.md boundaries 1: "holds the limit … or ignores abuse that is present". Holding the
    // policy well does not make up for letting the abuse pass: never "strong".
    cap: 65,
    summary: "The customer was abusive and the reply did not name any limit.",
    message: "They were abusive and the reply let it pass.",
    explanation:
      "Ignoring insults can work once, but it leaves the agent absorbing abuse and the customer unaware of the line. A calm limit, once, with a consequence, is the skill to practise.",
    tip: "Name the limit once, calmly, then carry on helping: 'I want to help, and I need the name-calling to stop; if it continues I'll end the call.'",
    examples: {
      fires: [
        { reply: "I can't refund it without the receipt, but I can offer an exchange.", abusive: true },
      ],
      silent: [
        { reply: "I want to help, and I need us to keep this respectful.", abusive: true },
        { reply: "I can't refund it without the receipt.", abusive: false },
      ],
    },
  },
  needs: ["sets-limit", "states-consequence", "threatens", "insult"],
  detect(_doc, context) {
    if (!context.abusive) return [];
    for (const id of ["sets-limit", "states-consequence", "threatens", "insult"])
      if (context.fired.get(id)?.length) return [];
    return [{ start: 0, end: 0, text: "" }];
  },
};
