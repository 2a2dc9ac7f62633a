import { SHORT_REPLY_COURTESY } from "../lexicons/tone.js";
import { hits } from "../phrases.js";
import type { Detector } from "../types.js";

/** Replies of at most this many typed words read as curt unless something courteous softens them. */
export const CURT_MAX_WORDS = 10;

const ANGRY = "I've been waiting two weeks for this refund and nobody has called me back. It's a joke.";

/** An indirect question ("Would Thursday suit you?") is courteous however short. */
const INDIRECT = /^(would|could|may|shall|might)$/;

export const detector: Detector = {
  meta: {
    id: "curt-reply",
    dimension: "calm",
    effect: "hurts",
    points: -15,
    cap: 65,
    summary: "A bare minimal reply ('ok', 'refund done.', 'car in 25 mins') with no word for the person.",
    message: "A reply this short, with nothing for the person, reads as curt.",
    explanation:
      "A few words in answer to an upset message say the task matters and the person does not. The facts may be right, but with no greeting, apology or thanks the customer hears impatience. (Politeness research finds bare, direct replies rated least polite.)",
    tip: "Add a sentence for the person before the facts: 'Sorry for the wait, I've refunded the £2.99 now.'",
    examples: {
      fires: [
        { reply: "ok", customer: ANGRY },
        { reply: "refund done.", customer: ANGRY },
        { reply: "car in 25 mins", customer: ANGRY },
        // "!!!" is not warmth.
        { reply: "no refunds!!!", customer: ANGRY },
        { reply: "we dont do refunds on colour sorry", customer: ANGRY },
        { reply: "pls give me ur meter reading", customer: ANGRY },
      ],
      silent: [
        { reply: "so sorry. we can try but cant promise anything", customer: ANGRY },
        // Short and warm is not curt: reassurance, or a single "!".
        { reply: "Wednesday's definitely on, don't worry", customer: ANGRY },
        { reply: "its coming tomorrow!", customer: ANGRY },
        { reply: "OK, I've cancelled it. Sorry about that.", customer: ANGRY },
        { reply: "One moment, I'll put you through to my manager.", customer: ANGRY },
        { reply: "Thanks for waiting, your refund is done.", customer: ANGRY },
        { reply: "Would Thursday morning suit you?", customer: ANGRY },
        {
          reply: "The part is on order and I'll ring you the day it arrives, so you don't have to chase us.",
          customer: ANGRY,
        },
        // Curt only as an answer to someone: a phrase on its own (a rubric's "avoid" entry) is no reply.
        "refund done.",
      ],
    },
  },
  detect(doc, context) {
    if (!context.customer || !doc.words.length) return [];
    // Typed words, not normalised ones: "cant" is one word typed, two after expansion.
    let typed = 1;
    for (let i = 1; i < doc.words.length; i++)
      if ((doc.words[i]?.start ?? 0) !== (doc.words[i - 1]?.start ?? 0)) typed++;
    if (typed > CURT_MAX_WORDS) return [];
    // A trailing "sorry" ("no refunds on colour sorry") is a shrug, not a softener.
    const last = doc.words.length - 1;
    const softened = hits(doc, SHORT_REPLY_COURTESY, { negatable: false }).some(
      (h) => !(h.from === last && /^(sorry|soz|sry)$/i.test(h.text)),
    );
    const indirect = doc.sentences.some(
      (s) => s.question && INDIRECT.test(doc.words.find((w) => w.start >= s.start)?.norm ?? ""),
    );
    // A single "!" carries warmth ("its coming tomorrow!"); "!!!" is shouting, read elsewhere.
    const warm = /[^!]![^!]*$|^[^!]*![^!]*$/.test(doc.text) && !/!!/.test(doc.text);
    if (softened || indirect || warm) return [];
    const text = doc.text.trim();
    const start = doc.text.indexOf(text);
    return [{ start, end: start + text.length, text }];
  },
};
