import { TRANSPARENCY } from "../lexicons/honesty.js";
import { addSpans, feelingAsCannot } from "../phrases.js";
import { type Doc, straighten } from "../text.js";
import type { Detector, Span } from "../types.js";
import { phraseDetector } from "./_make.js";

/** A limit of ours: "I do have to ask", "we can't open the pool", "we're unable to". */
const OUR_LIMIT =
  /\b(?:i|we)(?: do| really| still| genuinely)? (?:have to|need to|must|can['’]?t|cannot|can not|am unable to|are unable to|['’]re unable to|aren['’]?t able to|am not able to|won['’]?t be able to)\b/;
/**
 * Its reason, for their sake or the rule's: "because it protects your money", "so that nobody else
 * can", "to keep the riders safe", "for your security". Not a reason that is them ("because you
 * asked", "because you didn't keep the receipt"): that is blame.
 */
const REASON =
  /\b(?:because|as (?:it|the|that|this|they|our|we|those|these)|since|so that|so nobody|so no one|to keep|to protect|to make sure|for (?:your |their |everyone['’]?s )?(?:safety|security|protection)|for (?:safety|security|insurance|legal) reasons|it protects|it keeps)\b(?! you\b| you['’])/;

/**
 * A limit given with its reason in the same sentence: "I do have to ask them, because it protects
 * your money", "we can't go over 24 because of the ratios". LABELS.md boundaries 2 holds a limit
 * respectfully, and a reason is what makes it respectful; honesty 2 is clear about what cannot be
 * done. In the labelled sets, 240 of 243 replies with such a sentence are boundaries 2.
 */
function reasonedLimits(doc: Doc): Span[] {
  const out: Span[] = [];
  for (const s of doc.sentences) {
    if (s.question) continue;
    const text = straighten(s.text).toLowerCase();
    const limit = OUR_LIMIT.exec(text);
    if (!limit) continue;
    const rest = text.slice(limit.index + limit[0].length);
    const reason = REASON.exec(rest);
    // The reason belongs to the limit: within a dozen words of it.
    if (!reason || rest.slice(0, reason.index).split(/\s+/).length > 14) continue;
    const start = s.start + limit.index;
    const end = s.start + limit.index + limit[0].length + reason.index + reason[0].length;
    out.push({ start, end, text: doc.text.slice(start, end) });
  }
  return out;
}

const limits: Detector = phraseDetector(
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
        "I do have to ask them, Mr Whitfield, because it protects your money.",
        "We can't go over 24 because of the staff ratios.",
        "We can not let you ride Saturday because is not safe.",
        "I don't know yet how it got past the kitchen.",
        "Results aren't guaranteed.",
        "no ETA yet",
      ],
      silent: [
        "It will arrive Monday.",
        "We'll sort it.",
        "I can only imagine what that wait has been like.",
        "honestly i'm so ashamed, i can't stop thinking about your poor guests.",
        "I can't believe we sent the wrong one.",
        "I can't help feeling we let you down.",
      ],
    },
  },
  TRANSPARENCY,
  {
    negatable: false,
    // "I can only imagine how that felt" takes their view; it names no limit. Nor does a feeling
    // put as "can't": "I can't stop thinking about it", "I can't believe we did that", "I can't
    // blame you", "I can't thank you enough".
    where: (_from, to, doc) =>
      !/^(imagine|guess|think|hope|apologise|apologize|believe|blame|thank|express)$/.test(
        doc?.words[to + 1]?.norm ?? "",
      ) && !feelingAsCannot(doc, to),
  },
);

export const detector: Detector = {
  ...limits,
  detect: (doc, context) => addSpans(limits.detect(doc, context), reasonedLimits(doc)),
};
