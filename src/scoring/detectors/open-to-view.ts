import { VIEW_ACKNOWLEDGEMENTS } from "../lexicons/politeness.js";
import { hits } from "../phrases.js";
import type { Detector } from "../types.js";

export const detector: Detector = {
  meta: {
    id: "open-to-view",
    dimension: "calm",
    effect: "helps",
    points: 6,
    summary: "Acknowledges their point or agrees with part of it ('I see your point', 'you're right that').",
    message: "You acknowledged their point of view.",
    explanation:
      "Saying that you see or share part of the other person's view ('I see your point', 'that's fair', 'I agree that…') is the clearest marker of conversational receptiveness; readers trust and warm to the writer, even when the answer is still no (Yeomans et al. 2020).",
    tip: "Grant what is true in their point before your answer: 'You're right that nobody called; here's what I can do.'",
    examples: {
      fires: ["I see your point about the fee.", "That's fair.", "You're right that nobody called you."],
      silent: [
        "You're wrong about the fee.",
        "I don't agree.",
        "The fee is fixed.",
        "I hear you, but you should have read the terms.",
        // Their feeling, not their point: that is empathy's to count (names-feeling).
        "I can see why you're upset.",
      ],
    },
  },
  needs: ["names-feeling"],
  detect(doc, context) {
    const feelings = context.fired.get("names-feeling") ?? [];
    return hits(doc, VIEW_ACKNOWLEDGEMENTS).filter((h) => {
      const sentence = doc.words[h.to]?.sentence;
      for (let i = h.to + 1; i <= h.to + 4; i++) {
        const w = doc.words[i];
        if (!w || w.sentence !== sentence) break;
        // "I hear you, but ..." grants the point only to set it aside.
        if (/^(but|though|although|however)$/.test(w.norm)) return false;
      }
      // "I can see why you're fed up" acknowledges a feeling, which empathy already counts.
      const end = doc.sentences[sentence ?? 0]?.end ?? h.end;
      return !feelings.some((f) => f.start >= h.end && f.start < end);
    });
  },
};
