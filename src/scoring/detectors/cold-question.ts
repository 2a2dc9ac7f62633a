import type { Detector } from "../types.js";

/** Signals of warmth: with one of these, a question is part of helping, not a retort. */
const WARMTH = [
  "acknowledges",
  "names-feeling",
  "validates",
  "reflects-situation",
  "thanks",
  "polite-request",
  "greets",
];

export const detector: Detector = {
  meta: {
    id: "cold-question",
    dimension: "calm",
    effect: "hurts",
    points: -10,
    // A question put back to an upset customer with no word of acknowledgement is rarely composed:
    // in the labelled sets, 75 such replies were calm 0, 23 calm 1 and 2 calm 2. Held at
    // "developing"; the words of the question (sarcasm, blame) decide whether it is worse.
    cap: 65,
    summary:
      "Answering an upset customer with a question and no word of acknowledgement ('Did you check the form?').",
    message: "A question with no acknowledgement first reads as pushing back.",
    explanation:
      "To someone who is upset, a bare question sounds like a challenge or a test ('Did you read the leaflet?', 'Are you sure it was sent?'), even when it is meant to help. Acknowledge what happened first; then the question reads as working on it together.",
    tip: "Acknowledge first, then ask: 'I'm sorry it arrived cracked. So I can sort it, was the box damaged too?'",
    examples: {
      fires: [
        {
          reply: "Did you water it in like the leaflet said?",
          customer: "My lawn is covered in burn marks.",
        },
        { reply: "Were the panes cracked when it arrived?", customer: "Three broken panes. Sort it." },
        {
          reply: "A full week free for one morning is a bit much, don't you think?",
          customer: "I want the week free.",
        },
      ],
      silent: [
        {
          reply: "I'm sorry it arrived cracked. So I can sort it today, was the box damaged too?",
          customer: "Three broken panes. Sort it.",
        },
        {
          reply: "Thanks for waiting. Would Thursday morning suit you?",
          customer: "This is the third time!",
        },
        // No customer line: nothing to push back against.
        { reply: "Did you get the form?" },
        { reply: "We can refund it today.", customer: "I want my money back." },
      ],
    },
  },
  needs: WARMTH,
  detect(doc, context) {
    if (!context.customer) return [];
    const question = doc.sentences.find((s) => s.question);
    if (!question || WARMTH.some((id) => context.fired.get(id)?.length)) return [];
    return [{ start: question.start, end: question.end, text: question.text }];
  },
};
