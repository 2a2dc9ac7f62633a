import { FLIPPANT, FLIPPANT_EMOJI } from "../lexicons/tone.js";
import { hits } from "../phrases.js";
import type { Detector } from "../types.js";

export const detector: Detector = {
  meta: {
    id: "flippant",
    dimension: "calm",
    effect: "hurts",
    points: -12,
    cap: 65,
    also: [{ dimension: "empathy", points: -8 }],
    summary: "Laughing or shrugging at the problem ('lol', 'haha', 'oh well', 'nice try', a laughing emoji).",
    message: "This treats their problem as a joke.",
    explanation:
      "To someone who is upset, a laugh, a shrug or a wink says their problem is funny or trivial to you. Even when meant to lighten the mood, it reads as not taking them seriously.",
    tip: "Leave the joke out; say plainly what happened and what you will do: 'That shouldn't have happened. I'll sort it today.'",
    examples: {
      fires: [
        "ill send it today, just dont tell anyone lol",
        "Haha, the printer does that sometimes.",
        "Oh well, these things happen.",
        "Nice try, but the offer ended on Friday.",
        "We'll have a look 😂",
      ],
      silent: [
        "I'm sorry, that shouldn't have happened.",
        "I'll call you well before five.",
        "That was a good one to flag, thank you.",
        "You asked for help and got a shrug; I'm sorry.",
      ],
    },
  },
  detect(doc) {
    const found = hits(doc, FLIPPANT, { negatable: false }).filter(
      // "a good one" / "the good one" is a thing, not a quip.
      (h) => !(/^good one$/i.test(h.text) && /^(a|the|another)$/.test(doc.words[h.from - 1]?.norm ?? "")),
    );
    const emoji = FLIPPANT_EMOJI.exec(doc.text);
    if (emoji) {
      const start = emoji.index + (emoji[0].length - emoji[0].trimStart().length);
      found.push({ start, end: emoji.index + emoji[0].length, text: emoji[0].trim(), from: -1, to: -1 });
    }
    return found.sort((a, b) => a.start - b.start);
  },
};
