import { APOLOGY_WORDS, FLUSTER, PILED_APOLOGIES } from "../lexicons/tone.js";
import { addSpans, hits } from "../phrases.js";
import { spanOf } from "../text.js";
import type { Detector, Span } from "../types.js";

/**
 * Words a flustered writer says twice running: "ok ok", "oh no oh no", "really really sorry",
 * "so so sorry", "please please". In the labelled sets, 335 of 362 replies with one are calm 1.
 */
const DOUBLED = new Set([
  "ok",
  "okay",
  "no",
  "yes",
  "sorry",
  "please",
  "really",
  "very",
  "so",
  "god",
  "right",
  "fine",
  "alright",
  "yeah",
  "yep",
  "sure",
  "wait",
  "oh",
]);

/** A word from DOUBLED, or a two-word run ("oh no oh no"), said again at once in the same sentence. */
function doubledWords(doc: Parameters<Detector["detect"]>[0]): Span[] {
  const out: Span[] = [];
  const w = doc.words;
  for (let i = 0; i + 1 < w.length; i++) {
    const a = w[i];
    const b = w[i + 1];
    if (!a || !b || a.sentence !== b.sentence) continue;
    if (a.norm === b.norm && DOUBLED.has(a.norm)) {
      out.push(spanOf(doc, i, i + 1));
      i++;
      continue;
    }
    const c = w[i + 2];
    const d = w[i + 3];
    if (
      c &&
      d &&
      d.sentence === a.sentence &&
      a.norm === c.norm &&
      b.norm === d.norm &&
      DOUBLED.has(a.norm)
    ) {
      out.push(spanOf(doc, i, i + 3));
      i += 3;
    }
  }
  return out;
}

export const detector: Detector = {
  meta: {
    id: "panics",
    dimension: "calm",
    effect: "hurts",
    points: -10,
    cap: 65,
    summary:
      "Flustered or pleading ('ok ok', 'whatever you want', 'please don't report me', sorry upon sorry).",
    message: "This sounds flustered: the customer hears panic, not someone in control.",
    explanation:
      "Composure can be lost towards the customer as well as against them. Doubled words, begging, apology piled on apology and 'whatever you want' tell an angry customer that pressure works and that nobody is steering; a calm, steady voice is what de-escalates.",
    tip: "Slow down and say one clear thing: 'I'm sorry. Here is what I can do right now.'",
    examples: {
      fires: [
        "fine ill get the 200 out the till now, just please dont call anyone ok",
        "Oh no oh no, ok, I'm so sorry, someone will be there tonight, please just hang on",
        "oh no, ok, let me ring gary, hang on, really really sorry",
        "Sir please, I am very very sorry, please do not come here. I will try everything.",
        "yes yes tomorrow first thing I promise, please don't do anything",
        "ok ok sorry, ill refund it",
        "I'll do whatever you want.",
        "Please don't report me.",
        "Sorry sorry, I don't know what to do.",
        "I'm so sorry, I'm really sorry, I've refunded it. Sorry again!",
      ],
      silent: [
        "Please don't shout at me; I'm trying to help you.",
        // The same word across a sentence break, or a word that is not fluster, is not doubling.
        "The answer is no. No refund is possible after 30 days.",
        "That that should never have happened, and I'm sorry.",
        "Leave it with me. Grab whatever you need and we'll sort the money side out.",
        "I'm sorry. Here's what I can do today.",
        "Please don't worry about the fee; it's waived under our policy.",
        "Okay, I've booked the engineer for Tuesday.",
        "I know what to do: I'll refund it now.",
        "Oh my god, two hours in the rain, I'm so sorry.",
        "I'm so sorry about the wait. I can't refund it, sorry, but I can rebook you.",
      ],
    },
  },
  detect(doc) {
    const found: Span[] = addSpans(hits(doc, FLUSTER), doubledWords(doc));
    // Apology piled on apology: the third one is the evidence.
    let apologies = 0;
    for (let i = 0; i < doc.words.length; i++) {
      if (!APOLOGY_WORDS.has(doc.words[i]?.norm ?? "")) continue;
      if (++apologies === PILED_APOLOGIES) found.push(spanOf(doc, i, i));
    }
    return found.sort((a, b) => a.start - b.start);
  },
};
