import { CAVING } from "../lexicons/boundaries.js";
import type { Detector } from "../types.js";
import { phraseDetector } from "./_make.js";

export const detector: Detector = phraseDetector(
  {
    id: "capitulates",
    dimension: "boundaries",
    effect: "hurts",
    points: -35,
    cap: 30,
    also: [
      { dimension: "honesty", points: -25, cap: 40 },
      { dimension: "empathy", points: 0, cap: 60 },
    ],
    summary: "Dropping a rule to make the anger stop ('just this once', 'I'll skip the security check').",
    message: "This gives way on a rule to make the anger stop.",
    explanation:
      "Bending a rule under pressure teaches the customer that anger works, is unfair to the customers who were told no, and often breaks a promise the business can't keep (and sometimes security).",
    tip: "Keep the rule and offer a real alternative: 'I can't skip the security check, but I can use your security questions instead.'",
    examples: {
      fires: [
        "I'll cancel it for free this once.",
        "I'll skip the security bit this once.",
        "refund in full in cash right now, no receipt needed",
        "sorry sorry sorry, we'll fix it however you want",
        "We've popped a refund through and we'll take care of everything else on your account too :)",
      ],
      silent: [
        "I can't make an exception, but here's what I can do.",
        "We can't skip the security check.",
        // "on the house" as part of a name, not "free".
        "From today you'll be on the house text updates, so any change comes to you too.",
      ],
    },
  },
  CAVING,
  {
    // "you'll be on the house text updates", "on the house rota": a house's own list or group,
    // not the idiom for "free" ("twelve months on the house", "on the house to make up for it").
    where: (_from, to, doc) => {
      if (!doc) return true;
      if (doc.words[to]?.norm !== "house") return true;
      const next = doc.words[to + 1];
      if (!next || next.sentence !== doc.words[to]?.sentence) return true;
      if (doc.text.slice(doc.words[to]?.end ?? 0, next.start).trim()) return true;
      return !HOUSE_THINGS.test(next.norm);
    },
  },
);

/** What a house (a shared home, a care home) has a list or group of: "the house text updates". */
const HOUSE_THINGS =
  /^(text|texts|updates?|list|rota|group|whatsapp|email|emails|phone|board|notes?|chat|calendar|newsletter|meetings?|rules|diary|book|log|records?|register|team|manager|keys?)$/;
