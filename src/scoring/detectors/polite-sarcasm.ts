import { MOCK_COURTESY } from "../lexicons/tone.js";
import { hits } from "../phrases.js";
import type { Detector } from "../types.js";

/** A customer who thanked nobody does not need telling "You're welcome." */
const YOURE_WELCOME = ["you are [very|most] welcome"];

export const detector: Detector = {
  meta: {
    id: "polite-sarcasm",
    dimension: "calm",
    effect: "hurts",
    points: -30,
    cap: 35,
    also: [{ dimension: "empathy", points: -10, cap: 45 }],
    summary: "Courteous words that mean the opposite ('I'm sure they'll be thrilled', 'customers like you').",
    message: "The words are polite but the meaning is mocking; the customer will hear sarcasm.",
    explanation:
      "Mock politeness keeps the surface of courtesy (thanks, praise, concern) while the situation makes plain it is not meant: a third party 'thrilled' by the complaint, 'treasured customers like you', a policy 'too complicated for you'. Listeners read the contrast at once, and it lands as contempt.",
    tip: "Drop the polite mask and say the plain thing kindly: 'I can't change the policy, and I'm sorry it has cost you the evening.'",
    examples: {
      fires: [
        "I'm sure your bank will be thrilled to hear that.",
        "We treasure customers like you.",
        "I'm sorry our policy is too complicated for you.",
        "Of course, because one more visit would be such a hardship.",
        "The recheck is free. You're welcome.",
        { reply: "Thank you for your lovely message.", customer: "You are all useless crooks." },
      ],
      silent: [
        "I'm sure the engineer will be able to help.",
        "You're welcome to wait at the bar.",
        { reply: "You're welcome.", customer: "Thanks, that sorts it." },
        "It's too late for you to get a refund, I'm afraid.",
        "Of course. I'll book it now.",
      ],
    },
  },
  detect(doc, context) {
    const found = hits(doc, MOCK_COURTESY);
    // "You're welcome." as a sentence of its own, when the customer thanked nobody.
    if (!context.customer?.words.some((w) => /^thank/.test(w.norm)))
      for (const h of hits(doc, YOURE_WELCOME, { negatable: false })) {
        const sentence = doc.words[h.from]?.sentence;
        const alone =
          (h.from === 0 || doc.words[h.from - 1]?.sentence !== sentence) &&
          doc.words[h.to + 1]?.sentence !== sentence;
        if (alone) found.push(h);
      }
    return found.sort((a, b) => a.start - b.start);
  },
};
