import type { Detector } from "../types.js";

/**
 * A sentence that ends in a tag ("..., can we?", "..., wouldn't you say?", "..., is it?"). After
 * a complaint these are nearly always rhetorical: they push the customer to concede. Written with a
 * full stop ("That's not exactly a manufacturing fault, is it.") the tag does not even wait for an
 * answer: 11 of the 12 such replies in the fitted sets are labelled calm 0.
 */
const TAG =
  /,\s*(?:(?:can|can't|cannot|could|couldn't|would|wouldn't|will|won't|shall|is|isn't|are|aren't|do|don't|does|doesn't|did|didn't|have|haven't|has|hasn't|should|shouldn't|was|wasn't|were|weren't)\s+(?:we|you|i|it|they|he|she|that|there)(?:\s+(?:say|think|agree))?|right|eh|okay)\s*(?:\?|[.!]+)\s*$/i;

export const detector: Detector = {
  meta: {
    id: "tag-question",
    dimension: "calm",
    effect: "hurts",
    points: -20,
    // Calm 0 in all 26 labelled replies where it fired: a rhetorical tag reads as sarcasm.
    cap: 35,
    summary: "A rhetorical tag question ('..., can we?', '..., wouldn't you say?', '..., is it?').",
    message: "A tag question like this pushes them to concede; it reads as sarcastic.",
    explanation:
      "Tags such as 'can we?', 'wouldn't you say?' or 'is it?' turn a statement into a challenge. Said to someone who is upset, they sound like point-scoring, and the customer answers the challenge instead of the problem.",
    tip: "State the limit plainly and stop: 'We can't run the class for three people. Here are your options.'",
    examples: {
      fires: [
        "Well, we can hardly run a class for three people, can we?",
        "Wanting a free week because of it is a bit much, wouldn't you say?",
        "Idiots, is it?",
        "That's not exactly a manufacturing fault, is it.",
        "Well we can't control the weather, can we!",
      ],
      silent: [
        "Can we book you in for Thursday?",
        "Would Thursday suit you?",
        "Is there anything else I should know?",
        "The part is in, and Dan can fit it on Friday. Is it still the same address?",
        "I can't say yet whether it was the van, so I'll find out.",
      ],
    },
  },
  detect(doc) {
    for (const s of doc.sentences) {
      const m = TAG.exec(s.text);
      if (m) {
        const start = s.start + m.index;
        return [{ start, end: s.end, text: doc.text.slice(start, s.end) }];
      }
    }
    return [];
  },
};
