import type { Detector } from "../types.js";

/** Words that carry the jab in an echo rather than name anything: "Cowboys? Lovely.", "Thieves, right." */
const TAGS = new Set([
  "lovely",
  "charming",
  "nice",
  "right",
  "sure",
  "wow",
  "really",
  "great",
  "brilliant",
  "cheers",
]);
/** Words an echo may hold besides the customer's own. */
const FILLER = new Set([
  ...TAGS,
  "a",
  "an",
  "the",
  "of",
  "and",
  "is",
  "it",
  "are",
  "what",
  "oh",
  "ah",
  "well",
  "so",
  "such",
  "bunch",
  "lot",
  "absolute",
  "bloody",
  "very",
  "how",
]);
/** An opening that is on their side, not a retort: "You're right, you booked first", "Oh no!". */
const KIND_START = /^(you|yes|yeah|sorry|no|i|we|thank|thanks|ok|okay)$/;

/**
 * The customer's own words thrown back as the reply's first sentence: "Cowboys?", "Clowns, lovely.",
 * "Pathetic jobsworth, lovely.", "A straight answer? Sure: read your policy", "Double?". In the
 * labelled sets an opening like this was calm 0 in 35 of 37 replies: it is a retort, whatever
 * follows.
 */
export const detector: Detector = {
  meta: {
    id: "throws-back",
    dimension: "calm",
    effect: "hurts",
    points: -20,
    // LABELS.md: sarcastic or argumentative is calm 0.
    cap: 35,
    also: [{ dimension: "boundaries", points: -10 }],
    summary: "Opening by throwing the customer's own words back ('Cowboys? Lovely.').",
    message: "Repeating their words back as a question or with 'lovely' is a retort.",
    explanation:
      "An echo like 'Clowns?' or 'Thieves, right.' tells the customer you took the bait. The seeds: don't take the anger personally, and answer the problem, not the insult. If the words cross a line, name the limit plainly instead.",
    tip: "Skip the echo. Name the limit if you need to ('I want to help, and I need us to keep this respectful'), then the problem.",
    examples: {
      fires: [
        {
          reply: "Cowboys? It's a 5mm mount. Nobody's ruined anything.",
          customer: "You cowboys ruined my print.",
        },
        {
          reply: "Pathetic jobsworth, lovely. Anyway, there's a heater you can borrow.",
          customer: "Four days freezing. You're a pathetic jobsworth.",
        },
        {
          reply: "Double? Sure, and shall we throw in a tiara while we're at it?",
          customer: "Refund me double or I'll post everywhere.",
        },
        {
          reply: "A straight answer? Sure: read your policy.",
          customer: "I'd like a straight answer for once.",
        },
      ],
      silent: [
        {
          reply: "You're right, you booked first. I'll ring the other party now.",
          customer: "You're right that I booked first, so move them.",
        },
        {
          reply: "Two hours? I'm so sorry, that's far too long.",
          customer: "I waited two hours for nothing.",
        },
        // Not their words: a question of our own.
        { reply: "Which day suits you?", customer: "You cowboys ruined my print." },
        {
          reply: "A refund, yes, I can do that today.",
          customer: "I want a refund.",
        },
      ],
    },
  },
  detect(doc, context) {
    const customer = context.customer;
    if (!customer || !doc.sentences.length) return [];
    const first = doc.words.filter((w) => w.sentence === 0);
    if (!first.length || first.length > 5 || KIND_START.test(first[0]?.norm ?? "")) return [];
    const theirs = new Set(customer.words.map((w) => w.norm));
    const content = first.filter((w) => !FILLER.has(w.norm));
    if (!content.length || !content.some((w) => w.norm.length >= 3)) return [];
    if (!content.every((w) => theirs.has(w.norm))) return [];
    const question = doc.sentences[0]?.question ?? false;
    const tagged =
      first.some((w, i) => i > 0 && TAGS.has(w.norm)) || /\bis it\?*\s*$/i.test(doc.sentences[0]?.text ?? "");
    // "Two hours? I'm so sorry": an echo followed by sympathy is taking it in, not a retort.
    const second = doc.words.filter((w) => w.sentence === 1).map((w) => w.norm);
    if (question && !tagged && /^(i am so|i am really|i am sorry|sorry|that is|oh no)/.test(second.join(" ")))
      return [];
    if (!question && !tagged) return [];
    const start = first[0]?.start ?? 0;
    const end = doc.sentences[0]?.end ?? first[first.length - 1]?.end ?? start;
    return [{ start, end, text: doc.text.slice(start, end) }];
  },
};
