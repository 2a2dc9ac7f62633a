import type { Detector } from "../types.js";

/** Signals that give the customer a word for their side: any one of them and this stays silent. */
export const WARM = [
  "acknowledges",
  "names-feeling",
  "reflects-situation",
  "validates",
  "explores",
  "wishes-well",
  "owns-mistake",
];

/** Signals that already say the reply is cold or curt: this adds nothing to them. */
const COLD = [
  "curt-reply",
  "curt-shutdown",
  "cold-refusal",
  "scripted-coldness",
  "form-letter",
  "dismissive",
  "invalidates",
];

/** Reassurance spoken to the person: "no worries", "no need to worry", "don't you worry". */
export const REASSURES =
  /\b(?:no worries|no need to worry|do(?:n'?t|n’t| not) (?:you )?worry|not to worry)\b/i;

const UPSET =
  "I drove an hour and paid £12 to park, and you cancel half an hour before. Nobody even rang me.";
const EDGE = "So when will it ACTUALLY be ready?";
const CALM = "Does the voucher expire, and can I use it online?";

export const detector: Detector = {
  meta: {
    id: "no-acknowledgement",
    dimension: "calm",
    effect: "hurts",
    points: -11,
    summary:
      "A reply to an upset customer with no word at all for their side: no apology, no feeling named, nothing of their situation.",
    message: "Nothing here acknowledges them, so even correct facts read cold.",
    explanation:
      "LABELS.md reads cold replies as less than fully calm. Answering someone who is upset with facts alone, or with a defence of the business, tells them the problem matters and they do not. It costs a little on its own and adds to any other sign of a cold or defensive tone. It is not read on a calm question for facts, where a clear answer is the whole job.",
    tip: "Give them one line for their side before the facts: 'I'm sorry, that's a lot of hassle you shouldn't have had.'",
    examples: {
      fires: [
        { reply: "The courier broke them, not us. You'll need to take that up with them.", customer: UPSET },
        { reply: "The teacher was off sick. A make-up lesson is available.", customer: UPSET },
        {
          reply:
            "The part came in this morning, so it will be ready on Thursday at 4pm and we will text you.",
          customer: EDGE,
        },
      ],
      silent: [
        // Reassurance is a word for them.
        { reply: "No worries, the 3pm will definitely be running so just hang around.", customer: UPSET },
        {
          reply: "I'm sorry, that's a wasted morning. The courier broke them; I'll send new ones today.",
          customer: UPSET,
        },
        { reply: "That was our mistake. I'll refund the parking today.", customer: UPSET },
        { reply: "An hour's drive for nothing, that's maddening. I'll refund the £12.", customer: UPSET },
        // A calm question for facts: the answer is the whole job.
        { reply: "It doesn't expire, and yes, you can use it online.", customer: CALM },
        // No customer line: nobody to acknowledge.
        "The courier broke them, not us.",
      ],
    },
  },
  needs: [...WARM, ...COLD],
  detect(doc, context) {
    if (!context.customer || !doc.words.length) return [];
    if ((context.stakes?.empathy ?? "high") === "none") return [];
    if ([...WARM, ...COLD].some((id) => context.fired.get(id)?.length)) return [];
    // "No worries, the 3pm will be running": a word of reassurance is a word for them, though it
    // names no feeling of theirs.
    if (REASSURES.test(doc.text)) return [];
    const text = doc.text.trim();
    const start = doc.text.indexOf(text);
    return [{ start, end: start + text.length, text }];
  },
};
