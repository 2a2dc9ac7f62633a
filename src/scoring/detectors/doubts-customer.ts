import { DOUBT } from "../lexicons/honesty.js";
import { addSpans, firstPersonIn } from "../phrases.js";
import type { Detector } from "../types.js";
import { suspectingQuestions, usualCauseSentences } from "./_blame.js";
import { phraseDetector } from "./_make.js";

const doubts: Detector = phraseDetector(
  {
    id: "doubts-customer",
    dimension: "honesty",
    effect: "hurts",
    points: -20,
    cap: 40,
    also: [
      { dimension: "empathy", points: -15, cap: 35 },
      { dimension: "calm", points: -15 },
    ],
    summary: "Doubting the customer's account or denying an obvious problem ('Are you sure...?').",
    message: "This doubts their account instead of checking it.",
    explanation:
      "Questioning whether the problem is real ('Are you sure it wasn't already cracked?', 'our system shows everything was done correctly') reads as denial. Check the facts, then say what you found and what you'll do.",
    tip: "Check before you doubt, and share what you find: 'Let me look at the repair log with you.'",
    examples: {
      fires: [
        "Buzzing is usually because students knock the bridge. Did she drop it?",
        // Their handling suspected, as a question that opens the sentence.
        "Were they stood up as soon as they arrived?",
        "Have you been running it on the lowest setting all day?",
        "So did you check the packing list when it arrived?",
        "Did you maybe click pay twice? The system doesn't usually do that.",
        "Strings usually go when people tune them too high straight out of the case.",
        "that scratch was there already mate, we dont scratch cars.",
        "There's nothing wrong with our tyres.",
        "It'll be your thermostat going.",
        "It probably went in your luggage.",
        "You were probably late anyway.",
        "Your deflector was probably hanging off anyway.",
        "She just tripped on the step, happens all the time with the little ones.",
        "Were you definitely in? Engineers often report no access.",
        "Are you sure it wasn't already cracked?",
        "Our records show it was delivered, so everything's been done correctly.",
        "it's most likely a duplicate on your bank's side",
      ],
      silent: [
        // Asked for them, not of them.
        "Were you hurt? I'm so sorry.",
        "Did you get my email this morning?",
        "Have you been waiting long?",
        "Did you want me to book Thursday instead?",
        // Conversation, not suspicion: what they did that could not have caused it.
        "Did you ever play an online game called Runescape by chance?",
        "Looks good! Did you check out the new page?",
        "Did you let Jay know as well?",
        "Every drive, or mostly when you're stopped at lights?",
        "I'm sure we can sort it.",
        "I've checked the record: the refund failed on our side.",
        "Good news, we've got one coming back on Wednesday and it'll be your size.",
        "Your parcel is probably in the depot; I'll check now.",
        "Sometimes water gets into the element during a clean; sometimes the fault was already there. I can't say which yet.",
        "Sounds like your suit fancied a city break! Best man tomorrow, though, that's a real worry.",
        "Sounds like your whole evening was ruined, and I'm sorry.",
      ],
    },
  },
  DOUBT,
  {
    // "it'll be your drain" guesses a cause; "we've one back on Wednesday and it'll be your size" is an offer.
    // "sometimes the fault was already there; I can't say which yet" names a possibility, not a doubt.
    where: (from, to, doc) => {
      if (!doc) return true;
      const sentence = doc.words[from]?.sentence;
      if (doc.words.some((w) => w.sentence === sentence && POSSIBLY.has(w.norm))) return false;
      if (doc.words[to]?.norm !== "your" || doc.words[to - 1]?.norm !== "be") return true;
      return !firstPersonIn(doc, sentence);
    },
  },
);

/** Words that make a sentence a possibility rather than a claim. */
const POSSIBLY = new Set(["sometimes", "maybe", "perhaps", "possibly", "might", "could", "whether"]);

export const detector: Detector = {
  ...doubts,
  // "Were they stood up as soon as they arrived?", "Did you maybe click pay twice?": a cause on
  // their side suspected, asked rather than checked (maybe or not, the question is the doubt).
  // "Strings usually go when people tune them too high": the same guess, given as a rule.
  detect: (doc, context) =>
    addSpans(doubts.detect(doc, context), [...suspectingQuestions(doc), ...usualCauseSentences(doc)]),
};
