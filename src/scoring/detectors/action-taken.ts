import type { Detector } from "../types.js";

/** Past participles of actions an agent takes on a ticket. */
const DONE =
  /^(refunded|cancelled|canceled|booked|rebooked|sent|logged|reported|added|raised|credited|waived|put|issued|re-issued|reissued|ordered|arranged|emailed|texted|called|rung|spoken|escalated|flagged|fixed|updated|changed|removed|closed|reversed|reset|replaced|processed|applied|redone|re-done|checked|pulled|marked|noted)$/;

export const detector: Detector = {
  meta: {
    id: "action-taken",
    dimension: "honesty",
    effect: "helps",
    points: 8,
    summary: "Saying what you have already done ('I've refunded the £45', 'I've booked Thursday').",
    message: "You said what you've already done.",
    explanation:
      "A completed action is the most credible commitment there is: the customer doesn't have to trust a promise.",
    tip: "Do the first step while you're talking and say so: 'I've already logged it; your reference is RF-2093.'",
    examples: {
      fires: ["I've refunded both £45 charges.", "ive redone it now", "We've cancelled the direct debit."],
      silent: ["I'll refund it.", "Have you checked your bank?", "I haven't refunded it yet."],
    },
  },
  detect(doc) {
    for (let i = 0; i + 2 < doc.words.length; i++) {
      const [a, b, c] = [doc.words[i], doc.words[i + 1], doc.words[i + 2]];
      if (!a || !b || !c || (a.norm !== "i" && a.norm !== "we") || b.norm !== "have") continue;
      const verb = c.norm === "just" || c.norm === "already" || c.norm === "now" ? doc.words[i + 3] : c;
      if (verb && DONE.test(verb.norm))
        return [{ start: a.start, end: verb.end, text: doc.text.slice(a.start, verb.end) }];
    }
    return [];
  },
};
