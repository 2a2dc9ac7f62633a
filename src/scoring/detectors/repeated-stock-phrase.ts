import { ACKNOWLEDGEMENTS } from "../lexicons/empathy.js";
import { hits } from "../phrases.js";
import type { Detector } from "../types.js";

const normal = (text: string) => text.toLowerCase().replace(/[’']/g, "").replace(/\s+/g, " ");

export const detector: Detector = {
  meta: {
    id: "repeated-stock-phrase",
    dimension: "empathy",
    effect: "hurts",
    points: -12,
    summary: "The same stock acknowledgement as in an earlier reply ('I understand' again).",
    message: "You used this same phrase in an earlier reply; repeated, it sounds scripted.",
    explanation:
      "A stock phrase works once. Said turn after turn ('I understand... I understand...'), the customer hears a script and stops believing it.",
    tip: "Vary the acknowledgement and tie it to what they just said: 'Waiting in all day for nothing is maddening.'",
    examples: {
      fires: [{ reply: "I understand. Let me check.", previous: ["I understand, that's annoying."] }],
      silent: ["I understand.", "I'm sorry about the wait."],
    },
  },
  detect(doc, context) {
    if (!context.previous.length) return [];
    const used = new Set(
      context.previous.flatMap((p) => hits(p, ACKNOWLEDGEMENTS).map((h) => normal(h.text))),
    );
    return hits(doc, ACKNOWLEDGEMENTS)
      .filter((h) => used.has(normal(h.text)))
      .slice(0, 1);
  },
};
