import type { Detector } from "../types.js";

const WARM = ["acknowledges", "names-feeling", "validates", "owns-mistake"];
/** Softeners that make a no sound human without being an acknowledgement ("I'm afraid", "understood"). */
const SOFTENER = /\b(i'?m afraid|i am afraid|understood|i wish|unfortunately for you|i'?m sorry|sorry)\b/i;

export const detector: Detector = {
  meta: {
    id: "cold-refusal",
    dimension: "calm",
    effect: "hurts",
    points: -12,
    summary: "A refusal with no acknowledgement of the person at all.",
    message: "A no with no acknowledgement sounds cold, however polite the words.",
    explanation:
      "Refusing without a word for the customer's situation reads as curt or defensive. The same limit, after one line that shows you heard them, lands as professional.",
    tip: "Before the no, one line for them: 'I can see why you'd want that, after two months.' Then the limit, then what you can do.",
    examples: {
      fires: ["We can't refund opened perfume.", "Back glass is brittle. We can't cover it."],
      silent: [
        "I'm sorry, we can't refund opened perfume.",
        "That's frustrating. I can't refund it, but I can swap it.",
      ],
    },
  },
  needs: ["holds-limit", "offers-alternative", "concrete-next-step", ...WARM],
  detect(doc, context) {
    const held = context.fired.get("holds-limit") ?? [];
    if (!held.length || SOFTENER.test(doc.text)) return [];
    // A no followed by what will be done is businesslike, not cold.
    if ([...WARM, "offers-alternative", "concrete-next-step"].some((id) => context.fired.get(id)?.length))
      return [];
    return [held[0] as (typeof held)[number]];
  },
};
