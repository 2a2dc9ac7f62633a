import { BLAME_OTHERS } from "../lexicons/honesty.js";
import { addSpans } from "../phrases.js";
import { type Doc, straighten } from "../text.js";
import type { Detector, Span } from "../types.js";
import { phraseDetector } from "./_make.js";

const others: Detector = phraseDetector(
  {
    id: "blames-others",
    dimension: "honesty",
    effect: "hurts",
    points: -25,
    cap: 40,
    also: [{ dimension: "calm", points: -12 }],
    summary: "Passing the blame to someone else (the bank, the courier, 'not down to us').",
    message: "This passes the blame instead of owning the problem.",
    explanation:
      "To the customer, you are the company. Blaming a partner, a colleague or their bank sounds like an excuse, and is often untrue. Explaining a cause is fine when you also own the fix.",
    tip: "Own the fix even if someone else caused it: 'The courier missed it, and it's on us to put it right. Here's what I'll do.'",
    examples: {
      fires: [
        "At 120,000 miles that'll be your suspension. Not really our problem, mate.",
        "So sorry! That'll be the courier, they're awful with parcels.",
        "it'll be your bank flagging it as fraud, give them a ring",
        "missed appointments aren't really down to us",
        "it's really between you and your bank now",
        "There's nothing we could have done on our end.",
        "you'll have to take it up with the courier",
        // "not us" contrasts who; it does not negate what follows.
        "The courier broke them, not us - you'll need to take that up with them.",
        // Who did it, set against us at the end of the clause.
        "the booking system sends the emails automatically so honestly thats head office not us",
        "The vet practice must have mixed the labels up, not us.",
        "It's the department that messed up, not me, so shout at them.",
        "It's not our fault, the booking system is run by a third party.",
        "This was caused by a third-party platform change.",
      ],
      silent: [
        "That's on us, not the restaurant.",
        "It's on us, not you, and I'm sorry.",
        "Please send it to me, not us, and I'll sort it.",
        "I'll chase the courier myself today.",
        // A route to someone on our side is a way up, not blame passed on.
        "if it keeps up I'll stop replying and you can take it up with the manager by email.",
        "You're welcome to take this up with our complaints team.",
        // A limit on what others charge is not the fault put on them.
        "Under the terms of your warranty we're unable to reimburse third-party contractors.",
        "Third-party costs are excluded, but I'll rebook the visit for Monday.",
      ],
    },
  },
  BLAME_OTHERS,
  {
    where: (from, to, doc) => {
      // "we can't reimburse third-party contractors", "third-party costs are excluded": a limit on
      // what others charge, not the fault put on them ("the booking system is run by a third party").
      if (doc?.words[from]?.norm === "third") return !THIRD_PARTY_THINGS.test(doc.words[to + 1]?.norm ?? "");
      if (doc?.words[to]?.norm !== "with") return true;
      const next = (doc?.words ?? []).slice(to + 1, to + 4).map((w) => w.norm);
      return !next.some((w) => OUR_SIDE.test(w));
    },
  },
);

/** What a limit says of a third party's: "third-party costs", "third-party contractors", "third-party information". */
const THIRD_PARTY_THINGS =
  /^(?:costs?|charges?|fees?|invoices?|bills?|contractors?|plumbers?|builders?|trades(?:men|people)?|labour|repairs?|work|products?|goods|items|bookings?|tickets?|travel|claims?|information|details|data|installation|installers?|penalties|fines?|sellers?|retailers?|services?|expenses|losses|damages?|compensation|admissions?|decisions?)$/;

/** Someone on our side: taking it up with them is escalation, not blame ("the manager", "our complaints team"). */
const OUR_SIDE = /^(?:manager|managers|supervisor|complaints|director|owner|head|our|my|me|us)$/;

/** Words that name no party: "that's", "down", "messed", "fault". */
const WHO_STOP = new Set([
  "that",
  "this",
  "they",
  "them",
  "their",
  "there",
  "with",
  "from",
  "down",
  "fault",
  "problem",
  "messed",
  "must",
  "have",
  "been",
  "were",
  "will",
  "honestly",
  "really",
  "just",
  "only",
  "your",
  "what",
  "which",
  "whose",
  "thats",
  "it's",
]);

/** "…, not us." / "head office not us": the clause ends by setting us against whoever did it. */
const NOT_US_AT_END = /\b(?:not|n't) (?:us|me)\s*(?:[.,;:!?)\u2013\u2014-]|$)/g;

/**
 * "that's head office not us", "the vet practice must have mixed the labels up, not us": a cause put
 * on someone else and contrasted with us where the clause ends. Not "on us, not you" (owning), nor a
 * sentence that asks us to act ("send it to me, not us, and I'll sort it").
 */
function notUsAtEnd(doc: Doc, situation?: ReadonlySet<string>): Span[] {
  const out: Span[] = [];
  if (!doc.words.some((w) => w.norm === "us" || w.norm === "me")) return out;
  for (const s of doc.sentences) {
    const text = straighten(s.text).toLowerCase();
    for (const m of text.matchAll(NOT_US_AT_END)) {
      const before = text.slice(0, m.index);
      // "please understand it's not me": whose decision, with nobody else named.
      if (/\b(?:it's|it is|its|that's|that is|it was|thats)\s*$/.test(before)) continue;
      if (
        !/[a-z]/.test(before) ||
        /\b(?:on us|ours|our (?:fault|mistake|error)|sorry|i'll|we'll|i will|we will)\b/.test(text)
      )
        continue;
      if (
        /\b(?:send|give|ask|tell|call|ring|email|talk to|speak to)\s+(?:it\s+)?(?:to\s+)?$/.test(
          before.trimEnd().replace(/[,]$/, ""),
        )
      )
        continue;
      // "Nationline run the coaches, not us", where the setting says they do: a true account of who
      // does what, not blame passed on. Only a party the setting never names is blamed falsely.
      const who =
        (
          before
            .replace(/[\s,;:\u2013\u2014-]+$/, "")
            .split(/[,;:]|\b(?:so|but|and|because|cos)\b/)
            .pop() ?? ""
        ).match(/[a-z]{4,}/g) ?? [];
      if (who.some((w) => !WHO_STOP.has(w) && situation?.has(w))) continue;
      out.push({ start: s.start, end: s.end, text: s.text });
      break;
    }
  }
  return out;
}

export const detector: Detector = {
  ...others,
  detect: (doc, context) => addSpans(others.detect(doc, context), notUsAtEnd(doc, context.situation)),
};
