import { CHALLENGE_QUESTION_WORDS, CONFRONTATION } from "../lexicons/politeness.js";
import { hits } from "../phrases.js";
import { spanOf } from "../text.js";
import type { Detector, Span } from "../types.js";

export const detector: Detector = {
  meta: {
    id: "confrontational",
    dimension: "calm",
    effect: "hurts",
    points: -8,
    summary: "Contradicts or challenges ('actually', 'you're wrong', 'Why did you…?', 'are you serious').",
    message: "This contradicts or challenges them rather than talking with them.",
    explanation:
      "Direct 'why' questions, 'actually' and 'in fact' corrections and flat contradiction ('you're wrong') are the markers people rate least polite and least receptive (Danescu-Niculescu-Mizil et al. 2013; Yeomans et al. 2020). They turn a complaint into an argument about who is right.",
    tip: "Ask what you need to know, without the challenge: 'Can you tell me which address it went to?'",
    examples: {
      fires: [
        "Why did you not read the email?",
        "Actually, the terms say 28 days.",
        "You're wrong about the fee.",
        "Are you serious?",
      ],
      silent: [
        "Can you tell me which address it went to?",
        "The terms say 28 days.",
        "I'll explain why the fee applies.",
      ],
    },
  },
  detect(doc) {
    const found: Span[] = hits(doc, CONFRONTATION);
    // A question opened by "why" is a challenge ("Why did you ...?").
    for (const s of doc.sentences) {
      if (!s.question) continue;
      const first = doc.words.findIndex((w) => w.start >= s.start);
      const word = doc.words[first];
      if (word && word.start < s.end && CHALLENGE_QUESTION_WORDS.has(word.norm))
        found.push(spanOf(doc, first, first));
    }
    return found.sort((a, b) => a.start - b.start);
  },
};
