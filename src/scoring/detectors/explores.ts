import { EXPLORATIONS } from "../lexicons/empathy.js";
import { hits } from "../phrases.js";
import type { Detector } from "../types.js";

export const detector: Detector = {
  meta: {
    id: "explores",
    dimension: "empathy",
    effect: "helps",
    points: 5,
    summary: "A question that invites them to say more or to choose ('Which would you prefer?').",
    message: "You invited them in with a question.",
    explanation:
      "Explorations (EPITOME) show interest in the person's situation; offering a choice gives back some control, which calms people who feel powerless.",
    tip: "End with a real question: 'Which would work better for you?'",
    examples: {
      fires: [
        "Which would you prefer?",
        "want me to book that",
        "I've booked him in for the 14th. How's he doing today?",
        "Does either apply?",
        "Can you tell me what happened?",
      ],
      silent: [
        "Is there anything else I can help you with today?",
        "Would you like to calm down?",
        "I will book it.",
      ],
    },
  },
  detect(doc) {
    // A question sentence, or a texting-style offer without the question mark ("want me to do that").
    return hits(doc, EXPLORATIONS, {
      where: (from) => {
        const s = doc.sentences[doc.words[from]?.sentence ?? -1];
        if (!s) return false;
        if (/anything else/i.test(s.text) || /calm down|relax/i.test(s.text)) return false;
        return (
          s.question ||
          s === doc.sentences[doc.sentences.length - 1] ||
          /^(want|shall|would|should)/i.test(doc.words[from]?.raw ?? "")
        );
      },
    });
  },
};
