import { MOCK_COURTESY } from "../lexicons/tone.js";
import { addSpans, hits } from "../phrases.js";
import { type Doc, sentenceWords, straighten } from "../text.js";
import type { Detector, Span } from "../types.js";

/** A customer who thanked nobody does not need telling "You're welcome." */
const YOURE_WELCOME = ["you are [very|most] welcome"];

/**
 * Certainty put on how a third party or the customer's side will take it, in the words of
 * hyperbole: "I'm sure your clients survived the ordeal", "I'm sure the bin men will love that",
 * "I'm sure the salmon will wait for you". The certainty is not ours to give and the words are
 * too big or too sweet for the trouble: irony. Not "I'm sure we can…", "I'm sure our driver…"
 * (a promise, read by honesty), nor in a sentence that says sorry or shows it understood
 * ("I'm so sorry, I'm sure that was an ordeal"). In the labelled sets, 82 of 83 replies with
 * such a sentence are calm 0.
 */
const SURE =
  /\b(?:i['’]?m|i am|im) (?:quite |very |just )?sure,? (?:that )?(?!(?:i|we|i['’]ll|we['’]ll|i['’]d|we['’]d|i['’]ve|we['’]ve|ill|well|our|my|us)\b)/;
const OVERSTATED =
  /\b(?:surviv\w*|cope|coped|get over it|thrilled|delighted|overjoyed|love|loved|loves|lovely|riveted|gripped|ordeal|trial|devastated|heartbroken|thank you for it|appreciates?|cheer\w* (?:you |them |him |her )?up|no end|wait for you|on purpose|can wait|heaving|wonderful|fascinat\w*|enjoyed|a treat|reassuring|comforting|tragedy|end of the world)\b/;
const SINCERE = /\b(?:sorry|apologi[sz]e|understand|must have been|sounds|awful for you|horrible for you)\b/;

function ironicCertainty(doc: Doc): Span[] {
  const out: Span[] = [];
  for (const sentence of doc.sentences) {
    if (sentence.question) continue;
    const text = straighten(sentence.text).toLowerCase();
    const sure = SURE.exec(text);
    if (!sure || /\b(?:not|never)\s*$/.test(text.slice(0, sure.index))) continue;
    if (!OVERSTATED.test(text.slice(sure.index + sure[0].length)) || SINCERE.test(text)) continue;
    const span = sentenceWords(doc, sentence);
    if (span) out.push(span);
  }
  return out;
}

export const detector: Detector = {
  meta: {
    id: "polite-sarcasm",
    dimension: "calm",
    effect: "hurts",
    points: -30,
    cap: 35,
    also: [{ dimension: "empathy", points: -10, cap: 45 }],
    summary: "Courteous words that mean the opposite ('I'm sure they'll be thrilled', 'customers like you').",
    message: "The words are polite but the meaning is mocking; the customer will hear sarcasm.",
    explanation:
      "Mock politeness keeps the surface of courtesy (thanks, praise, concern) while the situation makes plain it is not meant: a third party 'thrilled' by the complaint, 'treasured customers like you', a policy 'too complicated for you'. Listeners read the contrast at once, and it lands as contempt.",
    tip: "Drop the polite mask and say the plain thing kindly: 'I can't change the policy, and I'm sorry it has cost you the evening.'",
    examples: {
      fires: [
        "I'm sure your bank will be thrilled to hear that.",
        "We treasure customers like you.",
        "I'm sure your clients survived the ordeal. Refunds aren't available.",
        "I'm sure the blackbirds enjoyed the wedding catering. Re-netting is 2 July.",
        "Sure, go ahead, I'm sure the bin men will love that.",
        "I'm sure the salmon will wait for you.",
        "I'm sure twenty minutes on Zoom was a trial.",
        "Im sure everyone survived the wait. We can offer £200.",
        "I'm sorry our policy is too complicated for you.",
        "Of course, because one more visit would be such a hardship.",
        "The recheck is free. You're welcome.",
        "Machines don't usually 'eat' anything, but I'm sure it felt that way.",
        "Thanks ever so much for the lovely name-calling, it really makes me want to find you a slot.",
        { reply: "Thank you for your lovely message.", customer: "You are all useless crooks." },
      ],
      silent: [
        "I'm sure the engineer will be able to help.",
        "You're welcome to wait at the bar.",
        // A certainty that is ours to give, or said with sorrow, is not irony.
        "I'm sure we can get you a lovely table for Saturday.",
        "I'm sure our driver will love to help you with the boxes.",
        "I'm so sorry, I'm sure that was an ordeal for her.",
        "I'm not sure the fish will survive the trip, so I'd collect them.",
        "I'm sure the kids will enjoy the rescheduled party.",
        { reply: "You're welcome.", customer: "Thanks, that sorts it." },
        "It's too late for you to get a refund, I'm afraid.",
        "Of course. I'll book it now.",
      ],
    },
  },
  detect(doc, context) {
    const found: Span[] = hits(doc, MOCK_COURTESY);
    // "You're welcome." as a sentence of its own, when the customer thanked nobody.
    if (!context.customer?.words.some((w) => /^thank/.test(w.norm)))
      for (const h of hits(doc, YOURE_WELCOME, { negatable: false })) {
        const sentence = doc.words[h.from]?.sentence;
        const alone =
          (h.from === 0 || doc.words[h.from - 1]?.sentence !== sentence) &&
          doc.words[h.to + 1]?.sentence !== sentence;
        if (alone) found.push(h);
      }
    return addSpans(found, ironicCertainty(doc)).sort((a, b) => a.start - b.start);
  },
};
