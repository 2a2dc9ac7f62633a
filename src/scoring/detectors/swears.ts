import { SWEARING } from "../lexicons/calm.js";
import { hits } from "../phrases.js";
import type { Detector } from "../types.js";
import { swearAimed } from "./insult.js";

/**
 * Swearing aimed at nobody ("this damn form", "what a crap week"). Aimed at a person it is an
 * insult (detector insult), which costs far more: a swear word is a lapse in composure, an insult
 * is an attack.
 */
export const detector: Detector = {
  meta: {
    id: "swears",
    dimension: "calm",
    effect: "hurts",
    points: -20,
    cap: 50,
    summary: "Swear words aimed at nobody ('this damn system', 'what a crap week').",
    message: "A swear word: even aimed at nobody, it sounds like composure slipping.",
    explanation:
      "Swearing at a situation ('this bloody system') is not an insult, but in a reply to an upset customer it reads as temper and invites theirs. Aimed at the customer it is an insult, which is scored as one.",
    tip: "Say the same thing without the swear word: 'This system has let you down, and I'm sorry.'",
    examples: {
      fires: [
        "This damn template keeps breaking the page.",
        "Crap, I saved the wrong version. Fixing it now.",
        "The lead is a bloody mess; I'll tidy it tonight.",
        "what the hell happened to the formatting",
      ],
      silent: [
        "your crap edits keep breaking the table",
        "I'm sorry, that should never have happened.",
        "Hell's Kitchen is fully booked on Friday.",
        "The bloodwork results come back on Monday.",
      ],
    },
  },
  detect(doc) {
    return hits(doc, SWEARING, { negatable: false, where: (from, to) => !swearAimed(doc, from, to) });
  },
};
