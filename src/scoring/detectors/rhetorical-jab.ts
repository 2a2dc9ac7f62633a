import type { Detector } from "../types.js";

export const detector: Detector = {
  meta: {
    id: "rhetorical-jab",
    dimension: "calm",
    effect: "hurts",
    points: -15,
    cap: 35,
    summary: "Blame or sarcasm asked as a question ('What did you expect?').",
    message: "A rhetorical question like this is a jab, not a question.",
    explanation:
      "Questions the customer cannot answer without admitting fault ('What did you expect?', 'Who keeps the only copy on one laptop?') are attacks in question form; they reliably escalate.",
    tip: "Ask only questions you want answered: 'Can you tell me when you ordered?' or none at all.",
    examples: {
      fires: [
        "Honestly, it's Saturday night, what did you expect?",
        "Fourteen months and you've only just noticed?",
      ],
      silent: ["What would help most right now?", "You should have had a call from us."],
    },
  },
  needs: ["blames-customer", "sarcasm"],
  detect(doc, context) {
    const jabs = [...(context.fired.get("blames-customer") ?? []), ...(context.fired.get("sarcasm") ?? [])];
    for (const jab of jabs) {
      const sentence = doc.sentences.find((s) => s.start <= jab.start && jab.end <= s.end);
      if (sentence?.question) return [jab];
    }
    return [];
  },
};
