import type { Detector } from "../types.js";

export const detector: Detector = {
  meta: {
    id: "exclamation-run",
    dimension: "calm",
    effect: "hurts",
    points: -8,
    summary: "Runs of exclamation marks (!!, ?!) raise the temperature.",
    message: "Several exclamation marks in a row sound agitated.",
    explanation:
      "VADER counts each extra exclamation mark as more intensity. To an upset customer, '!!' or '?!' reads as agitation or mock surprise, even in a friendly sentence.",
    tip: "Use one full stop where you had '!!'; let the words carry the warmth.",
    examples: {
      fires: ["so sorry about that!!", "You want a refund?!", "Done!!!"],
      silent: ["Thanks for waiting!", "I've booked it for Thursday."],
    },
  },
  detect(doc) {
    const out = [];
    for (const m of doc.text.matchAll(/[!?]*!{2,}[!?]*|\?+!+[!?]*|!+\?+[!?]*/g))
      out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
    return out.slice(0, 1);
  },
};
