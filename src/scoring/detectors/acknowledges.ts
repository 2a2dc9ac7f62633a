import { ACKNOWLEDGEMENTS } from "../lexicons/empathy.js";
import type { Detector } from "../types.js";
import { phraseDetector } from "./_make.js";

export const detector: Detector = phraseDetector(
  {
    id: "acknowledges",
    dimension: "empathy",
    effect: "helps",
    points: 25,
    summary: "An apology or acknowledgement ('I'm sorry', 'I understand').",
    message: "You acknowledged the problem.",
    explanation:
      "Acknowledging is the floor of empathy: the customer hears that their complaint landed. On its own it is generic ('sorry for the inconvenience'); it becomes strong when it names their feeling and their situation.",
    tip: "Make the apology specific: say what you're sorry for, in their words.",
    examples: {
      fires: [
        "We understand how important communication devices are to our users.",
        "We note that you were affected by the cancellation of Wednesday's session.",
        "Totally get it, nobody plans for a motorway closure.",
        "Completely understand, nobody wants a fine for a broken reader.",
        "aw bless him. it'll be back up soon",
        "I'm sorry about the boots.",
        "sorry thats our mistake",
        "I understand.",
        "We apologise for any inconvenience.",
        "Oh that's such a shame on your birthday.",
      ],
      silent: [
        "Your refund is done.",
        "I'm not sorry, the policy is clear.",
        "Please hold.",
        // Read as no acknowledgement in the labelled sets.
        "We appreciate your patience. Refunds are available on request.",
        "We acknowledge receipt of your complaint.",
        "Notification was emailed before your session, so it's a shame you didn't check your inbox.",
      ],
    },
  },
  ACKNOWLEDGEMENTS,
  // "cant promise friday sorry": only a negator right before ("not sorry") cancels an apology.
  {
    window: 1,
    // "what a shame, your gran's pillows", "a shame on her birthday" feel for them; "a shame you
    // didn't check your inbox", "bit of a shame nobody checked the bags" blame them.
    where: (_from, to, doc) => {
      if (doc?.words[to]?.norm !== "shame") return true;
      const next = doc.words[to + 1];
      if (!next || next.sentence !== doc.words[to]?.sentence) return true;
      if (/[,;:!.?()\u2013\u2014-]/.test(doc.text.slice(doc.words[to]?.end ?? 0, next.start))) return true;
      return SHAME_FOR.test(next.norm);
    },
  },
);

/** What "a shame" is felt about, when the words go on: "on her birthday", "for the party", "when she was ready". */
const SHAME_FOR = /^(?:for|on|about|with|when|before|after|especially|as|because|really|too|in|to)$/;
