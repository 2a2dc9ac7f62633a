import { TRANSPARENCY } from "../lexicons/honesty.js";
import type { Detector } from "../types.js";
import { phraseDetector } from "./_make.js";

export const detector: Detector = phraseDetector(
  {
    id: "transparent-limits",
    dimension: "honesty",
    effect: "helps",
    points: 12,
    // A limit said plainly is the limit held (LABELS.md boundaries 2: "holds policy ... respectfully").
    also: [{ dimension: "boundaries", points: 8 }],
    summary: "Being clear about what you can't do and what isn't known yet.",
    message: "You were clear about a limit or an unknown.",
    explanation:
      "Saying plainly what you can't do and what you don't know yet ('I can't promise a time', 'the supplier hasn't given a date') is what makes the rest of what you say believable.",
    tip: "Name the unknown and when it will be known: 'I don't have a date yet; the supplier answers by Friday and I'll text you then.'",
    examples: {
      fires: [
        "I can't promise the exact hour.",
        "I don't know yet how it got past the kitchen.",
        "Results aren't guaranteed.",
        "no ETA yet",
      ],
      silent: [
        "It will arrive Monday.",
        "We'll sort it.",
        "I can only imagine what that wait has been like.",
      ],
    },
  },
  TRANSPARENCY,
  {
    negatable: false,
    // "I can only imagine how that felt" takes their view; it names no limit.
    where: (_from, to, doc) =>
      !/^(imagine|guess|think|hope|apologise|apologize)$/.test(doc?.words[to + 1]?.norm ?? ""),
  },
);
