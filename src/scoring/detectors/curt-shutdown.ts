import { CURT_SENTENCES } from "../lexicons/calm.js";
import { hits } from "../phrases.js";
import type { Detector } from "../types.js";

export const detector: Detector = {
  meta: {
    id: "curt-shutdown",
    dimension: "calm",
    effect: "hurts",
    points: -25,
    cap: 65,
    summary: "One-word sentences that close the door ('Next.', 'Noted.', 'End of.').",
    message: "A one-word sentence like this shuts the customer down.",
    explanation:
      "Curt closers tell the customer the conversation is over before their problem is. They read as contempt.",
    tip: "Close with a next step instead: 'I'll log this now and email you the reference.'",
    examples: {
      fires: ["No receipt, no refund. Next.", "noted. will raise a complaint", "Fine. Whatever."],
      silent: ["Next week works for the engineer.", "I've noted the reference number for you."],
    },
  },
  detect(doc) {
    // The whole sentence is the curt word(s).
    return hits(doc, CURT_SENTENCES, {
      negatable: false,
      where: (from, to) => {
        const s = doc.words[from]?.sentence;
        return (
          (from === 0 || doc.words[from - 1]?.sentence !== s) &&
          (to === doc.words.length - 1 || doc.words[to + 1]?.sentence !== s)
        );
      },
    }).filter((h) => doc.words.length > 1 || /^(noted|next)$/i.test(h.text));
  },
};
