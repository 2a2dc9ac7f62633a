import { straighten } from "../text.js";
import type { Detector } from "../types.js";
import { clauseKeys, factSet } from "./_facts.js";

/**
 * Saying that something is not known yet, or when it will be: "we don't know yet whether it's our
 * bit or the chimney flashing", "no date on that yet", "we'll know on Wednesday", "I can't say
 * until he's had a look". In the labelled sets a reply that says so is honesty 2 in 725 of 788.
 */
const NOT_KNOWN_YET =
  /\b(?:don'?t|do not|dont|doesn'?t|does not)\s+(?:yet\s+|honestly\s+|really\s+)?know\s+(?:yet|whether|if|when|why|how|what|where|who|which)\b|\bnot\s+(?:sure|known|clear|certain|confirmed)\s+yet\b|\b(?:can'?t|cannot|can not)\s+(?:yet\s+)?(?:say|tell you|promise|confirm)\s+(?:yet|until|till|whether|if|when|how|why|what)\b|\bno\s+(?:[a-z]+\s+)?(?:date|news|word|answer|eta|update)\s+(?:on\s+that\s+)?(?:yet|as yet)\b|\b(?:we|i|they)(?:'ll|\s+will|ll)\s+(?:only\s+)?know\s+(?:on|by|after|when|once|more|tomorrow|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|then)\b|\bwon'?t\s+know\s+(?:until|till|before|for sure)\b|\bhaven'?t\s+(?:yet\s+)?(?:found out|heard|been told)\b|\b(?:is|are)\s+still\s+(?:unknown|unclear|being\s+(?:checked|investigated|looked\s+into))\b|\bstill\s+(?:working\s+out|finding\s+out|waiting\s+to\s+hear)\b/i;

/** Concepts that only say when or how much: they name no one unknown. */
const BARE = /^(?:#.*|=now|yet|today|tomorrow|week|day|time|date)$/;

export const detector: Detector = {
  meta: {
    id: "names-unknown",
    dimension: "honesty",
    effect: "helps",
    points: 6,
    summary: "Saying plainly that one of the scenario's open questions is not known yet, or when it will be.",
    message: "You were clear about what isn't known yet.",
    explanation:
      "LABELS.md asks for replies that are clear about what is known and unknown. Naming the open question, and when the answer comes, keeps the customer's trust when the answer turns out badly.",
    tip: "Name what isn't known and when you'll know: 'We don't know yet whether it's the seal or the pump; Gavin tests it on Monday.'",
    examples: {
      fires: [
        {
          reply:
            "We honestly dont know yet if its our bit or the chimney flashing, so I can't say till Wednesday.",
          facts: { unknown: ["Whether the leak is from our flashing work or the chimney"] },
        },
        {
          reply: "No steam room bookings till it's fixed, and there's no date on that yet.",
          facts: { unknown: ["When the steam room will be fixed"] },
        },
        {
          reply: "We'll know on Tuesday whether the tone hole is damaged, once the pad is off.",
          facts: { unknown: ["Whether the tone hole is damaged under the pad"] },
        },
      ],
      silent: [
        // Not known, but not one of the scenario's open questions.
        {
          reply: "I don't know why you'd say that about our staff.",
          facts: { unknown: ["Whether the courier will deliver on Friday"] },
        },
        // Known things, said plainly.
        {
          reply: "The courier delivers on Friday between 8 and 12.",
          facts: { unknown: ["Whether the courier will deliver on Friday"] },
        },
        // No facts, nothing to be clear about.
        "We don't know yet whether the part is in stock.",
      ],
    },
  },
  detect(doc, context) {
    const facts = factSet(context.facts);
    if (!facts.unknown.length) return [];
    for (const sentence of doc.sentences) {
      if (!NOT_KNOWN_YET.test(straighten(sentence.text))) continue;
      const words = doc.words.filter((w) => w.start >= sentence.start && w.end <= sentence.end);
      const keys = new Set(clauseKeys(doc, words).filter((k) => !BARE.test(k)));
      if (facts.unknown.some((f) => [...f.required].some((k) => keys.has(k))))
        return [{ start: sentence.start, end: sentence.end, text: sentence.text }];
    }
    return [];
  },
};
