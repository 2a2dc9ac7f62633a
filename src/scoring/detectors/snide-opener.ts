import { hits, sentenceInitial } from "../phrases.js";
import type { Detector } from "../types.js";

/** Openers that, after a complaint, signal impatience or a put-down is coming. */
// Not "Right," or "Look,": in the labelled sets they open a kind reply ("Right, I hear you",
// "look, leave it with me") as often as a curt one, while "Well," opened a put-down in 42 of 43.
const OPENERS = ["well", "listen", "frankly", "seriously", "okay so", "and frankly"];

/** What a neutral "Right," leads into: a step of one's own. */
const STEP = /^(i will|i am|we will|let me|i can|we can)\b/;
const following = (doc: { words: readonly { norm: string }[] }, at: number) =>
  doc.words
    .slice(at + 1, at + 3)
    .map((w) => w.norm)
    .join(" ");

export const detector: Detector = {
  meta: {
    id: "snide-opener",
    dimension: "calm",
    effect: "hurts",
    points: -15,
    // LABELS.md: sarcastic or argumentative is calm 0; a put-down opened this way is both.
    cap: 35,
    summary: "A sentence opened with 'Well,' or 'Frankly,' before a put-down or a defence.",
    message: "Opening with 'Well,' here sounds impatient or sarcastic.",
    explanation:
      "In a reply to an upset customer, 'Well, ...', 'Look, ...' and 'Frankly, ...' almost always introduce a correction, a defence or sarcasm, and are heard as a sigh. Politeness research lists them among the cues of impatience.",
    tip: "Drop the opener and start with them: 'You're right that nobody called you back.'",
    examples: {
      fires: [
        "Well, we haven't run off with your money.",
        "Listen, I'm doing my best, okay?",
        "Frankly, that was cutting it fine.",
      ],
      silent: [
        "Right, I'll get an emergency engineer to you today. Really sorry.",
        "right, sorry. it was a signal failure, that's why it got pulled.",
        "aw no, poor kids! look, leave it with me.",
        "I hope you're well.",
        "Let me look into that for you.",
        "That went well, thanks to you.",
        // "Honestly," opens candour as often as a put-down; the put-downs are read by their words.
        "Honestly, I can't promise it won't go down again.",
      ],
    },
  },
  detect(doc) {
    return hits(doc, OPENERS, {
      negatable: false,
      where: (from, to) =>
        (sentenceInitial(doc, from) || doc.words[from]?.norm === "frankly") &&
        /^\s*[,—–-]/.test(doc.text.slice(doc.words[to]?.end ?? 0)) &&
        // "Right, I'll get an engineer out today": an "okay" that leads into doing something.
        !(/^(right|okay)$/.test(doc.words[to]?.norm ?? "") && STEP.test(following(doc, to))),
    }).slice(0, 1);
  },
};
