import { BENDS_RULES } from "../lexicons/honesty.js";
import type { Detector } from "../types.js";
import { phraseDetector } from "./_make.js";

/**
 * A favour done on the quiet: "go on then, just don't tell anyone", "nobody checks", "keep it
 * quiet". Whatever it hands over, it asks the customer to share a secret from the business, which
 * LABELS.md counts as dishonest, and it is a limit given up under pressure.
 */
export const detector: Detector = phraseDetector(
  {
    id: "bends-rules",
    dimension: "honesty",
    effect: "hurts",
    points: -30,
    cap: 35,
    also: [{ dimension: "boundaries", points: -20, cap: 35 }],
    summary: "Bending a rule on the quiet ('just don't tell anyone', 'nobody checks', 'keep it quiet').",
    message: "This bends a rule and asks the customer to keep it secret.",
    explanation:
      "A favour the business would not stand behind, done on the quiet, is not an honest commitment: it can be undone by the next person the customer speaks to, and it teaches them that pushing works. If the rule allows an exception, make it openly; if not, say the limit and offer what you can.",
    tip: "Make the exception openly or not at all: 'I can't do that, but here is what I can do today.'",
    examples: {
      fires: [
        "go on then, quick one, dont tell anyone",
        "I'm not supposed to, but I'll email you her full name and number now.",
        "fine, here's £50 from the float, just please keep it quiet",
        "go ahead, nobody checks on a residential street anyway",
        "Honestly we could flick it on now and do the paperwork after, no one will know.",
      ],
      silent: [
        "I can't let you in early, I'm afraid, but I can hold your place for 10am.",
        "Please don't tell anyone your password, not even us.",
        "We're not allowed to, but I can offer 70% back.",
        "Nobody checked the order before it went out, and that's our fault.",
        "I'll tell the manager today and let you know what she says.",
        "I won't tell you the silage will be fine, because nobody will know until it's analysed.",
      ],
    },
  },
  BENDS_RULES,
  {
    negatable: false,
    // "don't tell anyone your password" is advice about a secret of theirs, not ours; "nobody will
    // know until it's analysed" says what is not known yet.
    where: (_from, to, doc) =>
      !/^(your|the|their|his|her|my|our|this|that|it|until|till|whether|if|yet|for|how|when|what|why)$/.test(
        doc?.words[to + 1]?.norm ?? "",
      ),
  },
);
