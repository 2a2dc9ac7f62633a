import { RETORTS } from "../lexicons/calm.js";
import type { Detector } from "../types.js";
import { brushOff, phraseDetector } from "./_make.js";

export const detector: Detector = phraseDetector(
  {
    id: "retorts",
    dimension: "calm",
    effect: "hurts",
    points: -18,
    // LABELS.md calm 0: "hostile … argumentative". Where "calm down" or "that's just policy" brush
    // the customer off (calm 1, dismissive), these square up to them.
    cap: 35,
    also: [{ dimension: "boundaries", points: -5 }],
    summary:
      "Retorts that square up to the customer ('take it or leave it', 'with respect, …', 'don't you dare', 'that's life').",
    message: "This squares up to the customer instead of helping them.",
    explanation:
      "An ultimatum ('take it or leave it'), a dare ('post what you like'), a put-down ('with respect, …', 'for the record') or a shrug ('that's life', 'vans do break down') turns the complaint into a contest. In the labelled sets, replies holding one were labelled calm 0 in 126 of 129, where milder brush-offs ('calm down', 'no need for that') were mostly labelled 1.",
    tip: "Drop the retort and say what you can do, even if it is the same offer: 'Thursday is the earliest I can do; shall I book it?'",
    examples: {
      fires: [
        "Thursday is the earliest, take it or leave it.",
        "With respect, the correct form is on our website.",
        "Don't you DARE threaten us.",
        "Name-calling won't get you a discount.",
        "Post what you like on Facebook.",
        "That's life, I'm afraid.",
        // The excuse as a law of nature ("ill" read as the adjective, not "I'll").
        "Teachers do get ill occasionally. A make-up lesson is available.",
        "Well, vans do break down. Tutors do get ill.",
        // The wait as a tautology.
        "We can't rush a lab. The result will come when it comes.",
        "We'll reprint them, but couriers don't work miracles.",
        "Who are you calling useless? Don't bother ringing here again.",
        "Shouting at me won't get you anywhere.",
        "Fee is £145. Bring him in or don't.",
        "Car's failed, that's it, no point crying about it.",
        "It's not my problem.",
      ],
      silent: [
        "That won't get you charged twice, don't worry.",
        "This is my problem to fix now.",
        "I respect that you're angry, and I'll fix it today.",
        "Thursday is the earliest I can do; shall I book it?",
        // A limit on abuse is not a retort.
        "I'm glad to help, but if the shouting carries on I'll end the call.",
      ],
    },
  },
  RETORTS,
  { window: 12, where: brushOff },
);
