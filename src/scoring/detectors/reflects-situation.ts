import { STOPWORDS } from "../lexicons/stopwords.js";
import { isNumberWord } from "../matcher.js";
import type { Doc } from "../text.js";
import type { Detector, Span } from "../types.js";

/** Number words and digits read the same ("fifteen days" reflects "15 days"). */
const NUMBERS: Record<string, string> = {
  one: "1",
  two: "2",
  three: "3",
  four: "4",
  five: "5",
  six: "6",
  seven: "7",
  eight: "8",
  nine: "9",
  ten: "10",
  eleven: "11",
  twelve: "12",
  fifteen: "15",
  twenty: "20",
  thirty: "30",
  forty: "40",
  fifty: "50",
  sixty: "60",
  ninety: "90",
  hundred: "100",
};
// A Map: looking a reply's word up as an object key made V8 intern every word first.
const NUMBER_KEYS = new Map(Object.entries(NUMBERS));
const key = (stem: string) => {
  const code = stem.charCodeAt(0);
  // Only a stem that starts with a digit can be an ordinal ("15th"); the others skip the pattern.
  return (
    NUMBER_KEYS.get(stem) ?? (code >= 48 && code <= 57 ? stem.replace(/^(\d+)(st|nd|rd|th)$/, "$1") : stem)
  );
};

export const detector: Detector = {
  meta: {
    id: "reflects-situation",
    dimension: "empathy",
    effect: "helps",
    points: 10,
    summary: "Reflecting the customer's own words and specifics back to them.",
    message: "You reflected their situation in their own terms.",
    explanation:
      "Paraphrasing the specifics ('two months', 'the night before the party') proves you listened. EPITOME calls this an interpretation; Yeomans et al. found it is what makes people feel heard.",
    tip: "Echo one specific they gave you: 'Fifteen days without your laptop when you were told a week...'",
    examples: {
      fires: [
        {
          reply: "Two months is far too soon for a sole to come away.",
          customer: "These boots fell apart after two months, the sole came off!",
        },
        {
          reply: "fifteen days without a laptop is too long",
          customer: "It's been 15 days and I still don't have my laptop back.",
        },
        // One of their own named as theirs.
        {
          reply: "What rotten luck, and your grandad's tree too.",
          customer:
            "I took a day off to watch you mill my grandad's oak and your man packed up by lunchtime.",
        },
      ],
      silent: [
        {
          reply: "Booking shows P31-32. Seats get allocated at payment.",
          customer:
            "I booked seats in row F and the tickets say row P, seats 31 and 32. How has this happened?",
        },
        { reply: "I'm sorry for the inconvenience.", customer: "These boots fell apart after two months!" },
        { reply: "Please hold.", customer: "My laptop has been gone for 15 days." },
        // Echoing the demand restates the deal, not what happened to them.
        {
          reply: "Sorry, I'll refund the full £120 today.",
          customer: "Full refund of the £120 today or I'm leaving a review.",
        },
        "That sounds frustrating.",
        // Their case, not their life.
        {
          reply: "So sorry, definitely not your fault.",
          customer: "It's your fault the parcel went missing!",
        },
      ],
    },
  },
  needs: ["acknowledges", "names-feeling", "validates", "explores", "owns-mistake"],
  detect(doc, context) {
    const customer = context.customer;
    if (!customer) return [];
    // Their details repeated with nothing for the person ("Booking shows P31-32") restate the case;
    // reflection is empathy when it comes with an acknowledgement, a feeling, validation or a question.
    if (!this.needs?.some((id) => context.fired.get(id)?.length)) return [];
    const { shared, numbers } = sharedWords(doc, customer);
    // Two shared content words, or one shared number plus one word, count as reflection.
    if (shared.size >= 2 || (numbers >= 1 && shared.size >= 1 && customer.words.length < 6)) {
      // One span per two shared words: the engine credits a richer echo of their situation more.
      const spans = [...shared.values()].sort((a, b) => a.start - b.start);
      return spans.filter((_, i) => i % 2 === 0).slice(0, 4);
    }
    // One of their own things named as theirs ("your grandad's tree", "your toddler", "your poor
    // dad") reflects their situation in their terms, even as the only word shared.
    if (shared.size === 1) {
      const span = [...shared.values()][0] as Span;
      const at = doc.words.findIndex((w) => w.start === span.start);
      const before = doc.words[at - 1]?.norm ?? "";
      const before2 = doc.words[at - 2]?.norm ?? "";
      const word = doc.words[at]?.norm ?? "";
      if (GENERIC_THINGS.test(word)) return [];
      if (
        /^(your|ur)$/.test(before) ||
        (/^(your|ur)$/.test(before2) && /^(poor|little|lovely|old|own)$/.test(before))
      )
        return [span];
    }
    return [];
  },
};

/** Their case rather than their life: "your fault", "your booking", "your order". */
const GENERIC_THINGS =
  /^(?:fault|mistake|booking|bookings|order|orders|account|problem|issue|complaint|request|claim|email|call|message|feedback|patience|time|money|refund|payment)$/;

/** Content words (by stem) the reply shares with the customer's message, and how many are numbers. */
// reflects-situation and generic-feeling both ask for the same reply/customer pair: compute it once.
const sharedCache = new WeakMap<
  Doc,
  { customer: Doc; result: { shared: Map<string, Span>; numbers: number } }
>();

export function sharedWords(doc: Doc, customer: Doc): { shared: Map<string, Span>; numbers: number } {
  const cached = sharedCache.get(doc);
  if (cached?.customer === customer) return cached.result;
  const result = computeShared(doc, customer);
  sharedCache.set(doc, { customer, result });
  return result;
}

/** The customer's content words by key, read once per customer line (a batch or session reuses it). */
const theirsCache = new WeakMap<Doc, Set<string>>();
function theirWords(customer: Doc): Set<string> {
  let theirs = theirsCache.get(customer);
  if (!theirs) {
    theirs = new Set(
      customer.words
        .filter((w) => (!STOPWORDS.has(w.norm) && w.norm.length > 2) || isNumberWord(w.norm))
        .map((w) => key(w.stem)),
    );
    theirsCache.set(customer, theirs);
  }
  return theirs;
}

/**
 * The deal, not the situation: echoing "refund", "pay", "today" or "fix" restates what they asked
 * for; reflecting is echoing what happened to them ("two months", "the night before the party").
 */
const TRANSACTION = new Set([
  "refund",
  "refunded",
  "refunds",
  "money",
  "back",
  "pay",
  "paid",
  "paying",
  "payment",
  "full",
  "free",
  "charge",
  "charged",
  "cost",
  "costs",
  "price",
  "fee",
  "fees",
  "penny",
  "pound",
  "pounds",
  "quid",
  "compensation",
  "compensate",
  "discount",
  "voucher",
  "credit",
  "today",
  "tonight",
  "now",
  "want",
  "need",
  "fix",
  "fixed",
  "send",
  "sent",
  "sort",
  "sorted",
  "give",
  "get",
  "cancel",
  "cancelled",
  "replace",
  "replacement",
  "new",
  "whole",
  "deliver",
  "done",
  "manager",
  "review",
  "report",
  "sue",
]);

function computeShared(doc: Doc, customer: Doc): { shared: Map<string, Span>; numbers: number } {
  const theirs = theirWords(customer);
  const shared = new Map<string, Span>();
  let numbers = 0;
  for (const w of doc.words) {
    const k = key(w.stem);
    if (shared.has(k) || !theirs.has(k) || TRANSACTION.has(w.norm)) continue;
    if (STOPWORDS.has(w.norm) || (w.norm.length <= 2 && !isNumberWord(w.norm))) continue;
    shared.set(k, { start: w.start, end: w.end, text: w.raw });
    if (isNumberWord(w.norm)) numbers++;
  }
  return { shared, numbers };
}
