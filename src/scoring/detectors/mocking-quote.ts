import { QUOTED, straighten } from "../text.js";
import type { Detector } from "../types.js";
import { WARM } from "./no-acknowledgement.js";

/**
 * The customer's own words handed back in inverted commas, with nothing for their side: "I'll
 * pass 'clueless idiot' on to the manager", "It isn't a 'button', it's a formal request", "Nobody
 * 'downgraded' anything". Quoting a word to hold it up is mockery whatever the words around it;
 * the same quote inside an apology ("three weeks of being told 'a few more days', no wonder
 * you've had enough") reflects what they went through, so any sign of acknowledgement silences it.
 */

const WORD = /[a-z0-9£$€]+(?:'[a-z]+)?/g;
const MAX_WORDS = 6;

const words = (text: string) => straighten(text).toLowerCase().match(WORD) ?? [];

/** Does `needle` occur as a run of whole words in `hay`? */
function runIn(hay: readonly string[], needle: readonly string[]): boolean {
  if (!needle.length || needle.length > hay.length) return false;
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let k = 0; k < needle.length; k++) if (hay[i + k] !== needle[k]) continue outer;
    return true;
  }
  return false;
}

const BAIT = "You clowns downgraded my room and the so-called manager is clueless. This is a con!";

export const detector: Detector = {
  meta: {
    id: "mocking-quote",
    dimension: "calm",
    effect: "hurts",
    points: -20,
    // LABELS.md: sarcastic is calm 0.
    cap: 35,
    summary: "The customer's own words quoted back in inverted commas, with nothing for their side.",
    message: "Quoting their words back in inverted commas holds them up to ridicule.",
    explanation:
      "Putting the customer's word in quotation marks ('clowns', 'a con') without a word for their side reads as mockery: it answers how they said it, not what went wrong. LABELS.md reads sarcasm as calm 0. The same quote inside an apology that shows you understood is a reflection, and is not read this way.",
    tip: "Answer what they meant, not the word they used: 'I can see why it feels like a con; here's exactly what the upgrade fee covered.'",
    examples: {
      fires: [
        { reply: "Nobody 'downgraded' anything. The other family booked first.", customer: BAIT },
        { reply: "I'll pass 'clueless' on to the manager, I'm sure she'll be thrilled.", customer: BAIT },
        { reply: "It's not really a ‘con’ when the terms say so, is it.", customer: BAIT },
      ],
      silent: [
        // Inside an apology that names their side, a quote reflects what they went through.
        {
          reply:
            "I'm sorry, being moved to a smaller room after paying for the suite is a real letdown, and 'downgraded' is fair.",
          customer: BAIT,
        },
        // Words the customer never used: a name or a label, not their words held up.
        { reply: "The room is listed as 'Garden View' on the booking.", customer: BAIT },
        // Apostrophes are not quotation marks.
        {
          reply: "Nobody downgraded anything, it's the room you booked, and that's the one you've got.",
          customer: BAIT,
        },
        // No customer line: nothing to quote back.
        "Nobody 'downgraded' anything.",
      ],
    },
  },
  needs: WARM,
  detect(doc, context) {
    if (!context.customer) return [];
    if (WARM.some((id) => context.fired.get(id)?.length)) return [];
    const said = words(context.customer.text);
    for (const m of doc.text.matchAll(QUOTED)) {
      const inner = m[1] ?? "";
      const quoted = words(inner);
      if (!quoted.length || quoted.length > MAX_WORDS || !runIn(said, quoted)) continue;
      const start = (m.index ?? 0) + m[0].indexOf(inner) - 1;
      return [
        { start, end: start + inner.length + 2, text: doc.text.slice(start, start + inner.length + 2) },
      ];
    }
    return [];
  },
};
