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
      ],
      silent: [
        "Your refund is done.",
        "I'm not sorry, the policy is clear.",
        "Please hold.",
        // Read as no acknowledgement in the labelled sets.
        "We appreciate your patience. Refunds are available on request.",
        "We acknowledge receipt of your complaint.",
      ],
    },
  },
  ACKNOWLEDGEMENTS,
  // "cant promise friday sorry": only a negator right before ("not sorry") cancels an apology.
  { window: 1 },
);
