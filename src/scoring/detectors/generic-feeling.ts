import type { Detector } from "../types.js";
import { sharedWords } from "./reflects-situation.js";

export const detector: Detector = {
  meta: {
    id: "generic-feeling",
    dimension: "empathy",
    effect: "hurts",
    points: -5,
    cap: 65,
    summary: "A feeling named with nothing of the customer's own situation ('That's awful, I'm so sorry').",
    message: "You named a feeling, but nothing of what happened to them.",
    explanation:
      "'That's awful' could be said to anyone. Empathy lands when the feeling is tied to their specifics: 'Two days without eating and hiding away: that's worrying.' EPITOME scores a reaction without interpretation as weak.",
    tip: "Tie the feeling to one detail they gave you: 'A third postponement, with your dad's heart on your mind: that's frightening.'",
    examples: {
      fires: [
        {
          reply: "That's awful, I'm so sorry.",
          customer: "The ceiling is leaking onto my son's bed and nobody has come for five weeks.",
        },
      ],
      silent: [
        {
          reply: "Five weeks with the ceiling leaking onto your son's bed is awful.",
          customer: "The ceiling is leaking onto my son's bed and nobody has come for five weeks.",
        },
        "That's awful, I'm so sorry.",
      ],
    },
  },
  needs: ["names-feeling", "reflects-situation"],
  detect(doc, context) {
    // Only judged when the customer's message is known; one shared detail ("a week") is enough.
    if (!context.customer || sharedWords(doc, context.customer).shared.size > 0) return [];
    const feeling = context.fired.get("names-feeling") ?? [];
    return feeling.length ? [feeling[0] as (typeof feeling)[number]] : [];
  },
};
