import { INVALIDATION } from "../lexicons/empathy.js";
import type { Detector } from "../types.js";
import { brushOff, phraseDetector } from "./_make.js";

const DRAMA_AS_SUBJECT =
  /^(?:school|schools|club|clubs|class|classes|group|groups|teacher|teachers|lesson|lessons|course|courses|student|students|society|therapy|therapist|department|studio|studios|camp|exam|exams|degree|college|coach|coaching)$/;

export const detector: Detector = phraseDetector(
  {
    id: "invalidates",
    dimension: "empathy",
    effect: "hurts",
    points: -30,
    cap: 35,
    // Minimising reads as cold more than hostile: of the labelled replies it fires on, calm was 2 or 1
    // far more often than a -15 allowed (at -8: calm bands +24/-5 on the fitted sets, +19/-2 on the
    // validation sets; -5 and 0 read about the same on the fitted sets, 0 worse on the dev set).
    also: [{ dimension: "calm", points: -8 }],
    summary: "Waving the feeling away ('you're overreacting', 'it's only £64', 'at least...').",
    message: "This tells them their feeling doesn't count.",
    explanation:
      "Minimising ('it's only', 'at least', 'not a big deal') and telling people not to feel what they feel ('don't panic', 'calm down') are invalidation: the customer must now prove the problem is real, and escalates to do it.",
    tip: "Let the problem be as big as it is to them, and move to the fix: 'A week late with no reply is a real problem. Let's sort it.'",
    examples: {
      fires: [
        "Honestly, most people don't even notice it.",
        "Please calm down, it's only £64.",
        "Don't panic, it's only a parcel.",
        "You're overreacting.",
        "It was a mild reaction and he's fine now.",
        "At least you got it in the end.",
      ],
      silent: [
        // A diagnosis, not their feeling made small.
        "Ah, that must have been so disappointing, I'm sorry! It's only the bearings, so I'll sort it on Saturday.",
        "Eek, the night before too! Don't panic, I'll get our quickest driver to bring it round.",
        "I want to help, and if it happens again I'll end the call.",
        "I won't pretend it's a small thing.",
        "I'm not going to tell you to calm down.",
        "It's only fair that we refund you.",
        "I'll ring the drama school first thing and explain it was our fault.",
      ],
    },
  },
  INVALIDATION,
  {
    // "I'm not going to tell you a hair in your food is no big deal": the negation reaches far.
    window: 12,
    // "if it happens again, I'll end the call" is a condition, not "it happens" shrugged off.
    // "the drama school", "her drama class": the subject, not the customer's feelings called a drama.
    where: (from, to, doc) =>
      brushOff(from, to, doc) &&
      !(doc?.words[to]?.norm === "drama" && DRAMA_AS_SUBJECT.test(doc.words[to + 1]?.norm ?? "")),
  },
);
