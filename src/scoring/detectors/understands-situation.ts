import type { Detector } from "../types.js";

/**
 * Acknowledging without a stock apology: the reply says their reaction makes sense (validates) and
 * gives back what happened to them in their own specifics (reflects-situation). LABELS.md empathy 2
 * is "names or reflects the customer's feeling and shows it understood their specific situation";
 * such a reply does both, yet without "sorry" or "I understand" it lacked the acknowledgement's
 * points and sat at "developing". In the labelled sets the fits read, replies with validation and
 * reflection, no acknowledgement and no feeling named were labelled 2 in 113 of 140 (81%), all of
 * them scored 50-65.
 * With a stock acknowledgement as well they already reach "strong", so this counts only without one.
 */
export const detector: Detector = {
  meta: {
    id: "understands-situation",
    dimension: "empathy",
    effect: "helps",
    // A hand number, as the other empathy points are (fitted.ts keeps the hand numbers for empathy):
    // it lifts validation plus reflection (50-65) past 70, where the labels put it.
    points: 15,
    summary:
      "Acknowledging through their situation: their reaction called reasonable and what happened to them given back in their specifics.",
    message: "You showed you understood what this has meant for them.",
    explanation:
      "An acknowledgement does not need the word 'sorry'. 'Since six this morning with no water and two little ones, that's a lot to be juggling' tells the customer their complaint landed more surely than a stock apology: it names what happened to them and says their reaction makes sense.",
    tip: "Give back what happened to them in their words, and say their reaction makes sense: 'Two missed visits and a day off work for nothing: anyone would be fed up.'",
    examples: {
      fires: [
        {
          reply:
            "Since six this morning with no water, two little ones and your mum's dialysis to think about, that's a lot to be juggling.",
          customer:
            "No water since six this morning, two little ones and my mum on home dialysis. What is going on?",
        },
        {
          reply: "Fourteen miles each way to school after a flood: no wonder you're at the end of your rope.",
          customer: "This flat is fourteen miles from the school. We've already lost our home to a flood.",
        },
      ],
      silent: [
        // Agreeing is not understanding: it as often gives in.
        {
          reply: "You're right, six weeks is disgraceful. I'll get the £310 approved for you.",
          customer: "Six weeks I've waited for the £310 repair to be approved. Disgraceful.",
        },
        // A stock acknowledgement already counts the acknowledgement.
        {
          reply: "I'm sorry. Fourteen miles each way to school after a flood: no wonder you're fed up.",
          customer: "This flat is fourteen miles from the school. We've already lost our home to a flood.",
        },
        // Validation with nothing of their situation given back.
        {
          reply: "No wonder you're annoyed.",
          customer: "This flat is fourteen miles from the school. We've already lost our home to a flood.",
        },
      ],
    },
  },
  needs: ["validates", "reflects-situation", "acknowledges"],
  detect(_doc, context) {
    if (context.fired.get("acknowledges")?.length || !context.fired.get("reflects-situation")?.length)
      return [];
    return (context.fired.get("validates") ?? []).filter((span) => !AGREES.test(span.text)).slice(0, 1);
  },
};

/**
 * Agreeing with them ("you're right, we're a joke", "that's fair") is validation too, but as often
 * gives in as understands: only "you're right to…" speaks to their reaction.
 */
const AGREES =
  /^(?:you(?:'re|’re| are|re) (?:absolutely |completely |totally |quite )?right|(?:that's|that’s|thats|that is) fair|fair enough)$/i;
