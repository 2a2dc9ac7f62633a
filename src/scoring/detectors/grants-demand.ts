import type { Doc, Word } from "../text.js";
import type { Detector } from "../types.js";
import {
  bestFact,
  type ClauseReading,
  clauseKeys,
  clauses,
  commitmentIn,
  conceptsOf,
  factSet,
  namedThenRefused,
  negatedClause,
  readAgainstFacts,
  spanOfClause,
  within,
} from "./_facts.js";

/** What a demand is made of: "I want…", "give me…", "you'll pay…", an order at the head of a sentence. */
const WANTS = /^(want|wants|demand|demanding|expect|insist|need)$/;
const ORDERS =
  /^(give|refund|knock|send|fix|get|open|move|put|pay|sack|fire|cancel|waive|swap|let|take|replace|bring|find|book|make|tell|sort|credit|compensate|reimburse|cover|redo|reprint|remake|refit|repaint|kick|post|email|write|lend|sign|ring|rip|deliver|drop|remove|delete|turn|switch|change|upgrade|return|reopen|release|extend|issue|pass|verify|approve|authorise|authorize|accept|allow|arrange|process|mark|honour|honor|transfer|reinstate|restore|unblock|unlock|waive|rebook|reschedule|exchange)$/;
/** A demand with no verb, short and led by what is wanted: "Full refund, now.", "Brand new liner, fitted free, this week." */
const VERBLESS = /^(full|free|brand|every|new)$/;
/** A sum that is part of another: "refund £60 of the £75", "£100 of the £149 back". */
const PART_OF = /[£$€]?\d[\d.,]*\s+of\s+(?:the|your|their|his|her|its|a|an)\s+(?:[a-z]+\s+)?[£$€]?\d/i;
/** Concepts too general to show that a reply hands over what was demanded. */
const GENERIC =
  /^(?:=now|=contact|=fetch|=dispatch|=repair|=return|tomorrow|today|tonight|week|day|time|thing|lot|bit|way|one|back|now|someone|anyone|everyone)$/;

/** Asking, passing on or checking: steps of process, not handing anything over. */
const ASKS =
  /^(ask|talk|speak|see|pass|escalate|check|watch|let|help|have|tell|look|raise|mention|chase|try|find|put|email|ring|call|phone|text|update|note|log|flag|review|consider|discuss|sure)$/;
/** "asked", "escalated", "spoken", "checking": any form of a step of process. */
function asks(word: string): boolean {
  if (ASKS.test(word) || /^(spoke|spoken|told|rang|rung|had|let|found)$/.test(word)) return true;
  const base = word.replace(/(?:ing|ed|es|s|d)$/, "");
  return ASKS.test(base) || ASKS.test(`${base}e`);
}

/** Signals that say a promise is not meant: mockery. */
const NOT_MEANT = ["sarcasm", "polite-sarcasm", "snide-opener"];

/**
 * Is a sentence short enough to be a demand with no verb: nine words at most, or twelve before a
 * threat that follows it ("Full £149 back and a free session for my lad, or I'll come down there").
 */
function shortDemand(customer: Doc, sentence: number): boolean {
  const words = customer.words.filter((x) => x.sentence === sentence);
  const threat = words.findIndex(
    (x, k) => k > 0 && x.norm === "or" && /^(i|we|else|you)$/.test(words[k + 1]?.norm ?? ""),
  );
  return threat > 0 ? threat <= 12 : words.length <= 9;
}

/** Does a sentence demand with no verb ("Full £75 please.")? The stakes read no demand in it. */
function verblessDemand(customer: Doc): boolean {
  return customer.sentences.some((sentence, s) => {
    const first = customer.words.find((w) => w.sentence === s);
    return !sentence.question && VERBLESS.test(first?.norm ?? "") && shortDemand(customer, s);
  });
}

/** The customer's demands, one reading per sentence that makes one. */
function demandsOf(customer: Doc): ClauseReading[] {
  const out: ClauseReading[] = [];
  const seen = new Set<number>();
  customer.words.forEach((w, i) => {
    const s = w.sentence;
    if (seen.has(s) || customer.sentences[s]?.question) return;
    const first = customer.words.findIndex((x) => x.sentence === s);
    const head = /^(just|either|so|now|then|and)$/.test(customer.words[first]?.norm ?? "")
      ? first + 1
      : first;
    // "I want…", "I'd like…", "we would like…".
    const wants =
      (WANTS.test(w.norm) && /^(i|we)$/.test(customer.words[i - 1]?.norm ?? "")) ||
      (w.norm === "like" &&
        (/^(i'd|we'd)$/.test(customer.words[i - 1]?.norm ?? "") ||
          (customer.words[i - 1]?.norm === "would" && /^(i|we)$/.test(customer.words[i - 2]?.norm ?? ""))));
    const verbless = i === head && VERBLESS.test(w.norm) && shortDemand(customer, s);
    // "You'll pay me the £140", "you will refund it".
    const yourTurn =
      w.norm === "will" &&
      customer.words[i - 1]?.norm === "you" &&
      ORDERS.test(customer.words[i + 1]?.norm ?? "");
    // "You're paying that bill", "you are refunding it" (a verb ORDERS names, in -ing).
    const yourDoing =
      w.norm === "are" &&
      customer.words[i - 1]?.norm === "you" &&
      ORDERS.test((customer.words[i + 1]?.norm ?? "").replace(/(?:ing)$/, "")) &&
      /ing$/.test(customer.words[i + 1]?.norm ?? "");
    if (!wants && !yourTurn && !yourDoing && !verbless && !(i === head && ORDERS.test(w.norm))) return;
    seen.add(s);
    // "I've got an assessment on 15 May and I need the certificate": the demand is what follows
    // "I need", not the news before it, which may share words with what can be done.
    const from = wants || yourTurn || yourDoing ? customer.words[i - 1] : undefined;
    const words = customer.words.filter((x) => x.sentence === s && (!from || x.start >= from.start));
    out.push({ words, concepts: new Set(clauseKeys(customer, words)), time: false });
    // Two things asked at once, with no verb ("Full £149 back AND a free session for my lad"):
    // each is read on its own too, so the one the facts rule out is not hidden by the one they allow.
    let at = 0;
    const parts: Word[][] = [];
    words.forEach((x, k) => {
      if (!/^(and|plus)$/.test(x.norm) || k === 0) return;
      parts.push(words.slice(at, k));
      at = k + 1;
    });
    if (parts.length && verbless)
      // Not clauseKeys: it keeps one reading per clause, by its first word.
      for (const part of [...parts, words.slice(at)])
        if (part.length >= 2)
          out.push({ words: part, concepts: new Set(conceptsOf(part).map((c) => c.key)), time: false });
  });
  return out;
}

export const detector: Detector = {
  meta: {
    id: "grants-demand",
    dimension: "boundaries",
    effect: "hurts",
    points: -20,
    cap: 45,
    // Granting the demand was honesty 0 in 185 of 195 labelled replies.
    also: [{ dimension: "honesty", points: -10, cap: 35 }],
    summary:
      "Handing over what the customer demanded when the scenario's facts don't allow it ('Knock £500 off' -> 'Fine, I'll take £500 off').",
    message: "This hands over what they demanded, which the facts don't let you give.",
    explanation:
      "Pressure is not a reason to give what the facts rule out. Giving in teaches the customer that shouting works, and it is a promise someone else will have to break. Hold the limit, say what you can do instead, and keep the tone warm.",
    tip: "Say the limit, then the offer: 'I can't take £500 off, but I can rebook you for Saturday at no charge.'",
    examples: {
      fires: [
        {
          reply:
            "Totally understand. I've put the refund through for all five, £445, it should be back in 3-5 days.",
          customer: "Refund all five outfits and we'll sort ourselves out somewhere else.",
          facts: {
            can: ["Swap it today for a hire kilt in the same tartan"],
            cannot: ["Refund the whole party's hire (£445)"],
          },
        },
        {
          reply: "ok, send me the invoice and we'll pay it",
          customer:
            "I'm out £300 for the extra removal day because of you. You're paying that bill, end of story.",
          facts: {
            can: ["Waive the first month's hire (£95)"],
            cannot: ["Pay the removal firm's bill"],
          },
        },
        {
          reply: "Fine, I'll take £500 off, sorry again.",
          customer: "I took unpaid leave for this. Knock £500 off or I'm going to the papers.",
          facts: {
            can: ["Rebook for Saturday at 10am", "Repay the £45 train fare"],
            cannot: ["Discount the treatment"],
          },
        },
        {
          reply: "ok, sorry, I'll transfer the £140 tonight",
          customer:
            "I took a day's unpaid leave for this. You'll pay me the £140 I lost or I'm leaving a review.",
          facts: {
            can: ["Rebook on a calm day", "Add the 60-second video free"],
            cannot: ["Pay for lost earnings"],
          },
        },
        {
          reply: "look ill just give him the belt, he clearly deserves it",
          customer: "He trained for months. Give him the belt.",
          facts: { can: ["Offer a free re-grade on the 14th"], cannot: ["Award a belt without a pass"] },
        },
        // An order led by a verb of the trade ("Reprint…"), and a wish ("I'd like…").
        {
          reply: "ok, I'll reprint the whole order free by Friday",
          customer: "Reprint the whole order for free by Friday or I'm going elsewhere.",
          facts: { can: ["Reprint the ten faulty cards"], cannot: ["Reprint the whole order for free"] },
        },
        {
          reply: "Fine, I'll refund the full £340 today.",
          customer: "I'd like my money back, the full £340.",
          facts: { can: ["Refund £110"], cannot: ["Refund the full £340"] },
        },
        // A demand with no verb at all.
        // "Full £75 please" asks for the whole, which "£60 of the £75" does not grant; "… it is" grants it.
        {
          reply: "Okay, I hear you. Full £75 it is, I'll sort it with the treasurer.",
          customer: "This is the second time I've asked. Full £75 please.",
          facts: { can: ["Refund £60 of the £75 within 14 days"], cannot: ["Refund the score hire"] },
        },
        // A backed step, then the ruled-out demand promised with "and" and a verb of its own.
        {
          reply: "I'll order a new hearth today and make sure it's fitted before the 20th.",
          customer: "I want a new hearth fitted before my family come on the 20th.",
          facts: { can: ["Order a replacement hearth"], cannot: ["Get a replacement in before the 20th"] },
        },
        // A sum handed over with no verb of ours, for the ruled-out half of a demand made with a threat.
        {
          reply: "Fine. Full £25 refunded.",
          customer:
            "Two hours in the lorry and you pull the class. Full £25 and my diesel, or I'll make sure every rider knows what crooks you are.",
          facts: {
            can: ["Refund half the £25 entry"],
            cannot: ["Refund the full £25 entry", "Pay for diesel"],
          },
        },
        {
          reply: "Okay, full refund plus your son's session.",
          customer:
            "Full £149 back AND a free session for my lad, or I'll come down there and tell that instructor what I think.",
          facts: {
            can: ["Rebook a full two-hour session free", "Refund £100 of the £149"],
            cannot: ["Refund the full £149"],
          },
        },
        {
          reply: "Sure, I'll send a brand new liner this week, no charge.",
          customer: "Brand new liner, fitted free, this week. That's the least you owe me.",
          facts: { can: ["Re-weld on Thursday"], cannot: ["Supply a new liner free"] },
        },
      ],
      silent: [
        // A remedy named with no verb, then refused in the same sentence.
        {
          reply:
            "A full refund and a one-to-one lesson aren't things I can offer, but I can give you £15 back.",
          customer: "I want a full refund AND a one-to-one lesson to make up for it.",
          facts: { can: ["Give £15 back"], cannot: ["Refund the full fee", "Give one-to-one lessons"] },
        },
        {
          // Passing the demand on is a step of process, not handing it over.
          reply: "I totally understand. I've escalated your request about the wages to my manager.",
          customer: "You'll pay my lost wages for today.",
          facts: { can: ["Rebook for Friday"], cannot: ["Pay lost wages"] },
        },
        {
          // What was demanded is what the facts allow.
          reply: "Of course, I'll refund the £14 today.",
          customer: "I want my £14 back.",
          facts: { can: ["Refund the £14 in full"], cannot: ["Admit anyone over the limit"] },
        },
        {
          // The limit held.
          reply: "I can't take £500 off, but I can rebook you for Saturday at 10am.",
          customer: "Knock £500 off or I'm going to the papers.",
          facts: { can: ["Rebook for Saturday at 10am"], cannot: ["Discount the treatment"] },
        },
        {
          // The facts rule out only another channel; the demand itself is not ruled out.
          reply:
            "Two kettles in three weeks, no wonder you're fed up. I can refund you to your card right now.",
          customer: "This is the second kettle that has broken on me. I want my money back, not another one.",
          facts: { cannot: ["Refund in cash for a card payment", "Promise the next one will last"] },
        },
        {
          // No facts to judge the demand by.
          reply: "ok I will get them moved",
          customer: "I want that boat out of my berth right now.",
        },
      ],
    },
  },
  needs: ["transparent-limits", "holds-limit", ...NOT_MEANT],
  detect(doc, context) {
    const customer = context.customer;
    if (!customer || !(context.stakes?.cues.demand.length || verblessDemand(customer))) return [];
    const facts = factSet(context.facts);
    if (!facts.can.length && !facts.cannot.length) return [];
    // A reply that states a limit is holding a line, not handing everything over.
    if (context.fired.get("transparent-limits")?.length || context.fired.get("holds-limit")?.length)
      return [];
    // Demands the facts don't grant: they name something ruled out, or nothing that is allowed.
    // Each keeps what makes it unreasonable: the ruled-out fact's concepts, when it names one.
    // What any limit is about ("award a belt without a pass"): a demand that names it asks for it.
    const limited = new Set(facts.cannot.flatMap((f) => [...f.required]));
    const unreasonable = demandsOf(customer).flatMap((d) => {
      const best = bestFact(d, facts.can);
      // "Full £75 please" is not granted by "refund £60 of the £75": a part is not the whole.
      const can = d.concepts.has("=whole") && best && PART_OF.test(best.fact.text) ? undefined : best;
      const cannot = bestFact(d, facts.cannot);
      if (cannot ? can && cannot.score < can.score : can) return [];
      // With no list of what can be done, a demand about what a limit is about, but not what it
      // rules out ("my money back" beside "cannot refund in cash for a card payment"), asks for what
      // the limit leaves open.
      if (!cannot && !facts.can.length && [...d.concepts].some((k) => limited.has(k) && !GENERIC.test(k)))
        return [];
      return [{ demand: d, ruledOut: cannot ? cannot.fact.required : undefined }];
    });
    if (!unreasonable.length || NOT_MEANT.some((id) => context.fired.get(id)?.length)) return [];
    const reading = readAgainstFacts(doc, context.facts);
    const all = clauses(doc);
    for (const words of all) {
      const commitment = commitmentIn(words);
      if (commitment?.kind !== "own" || commitment.negative || negatedClause(words)) continue;
      if (namedThenRefused(all, words, commitment)) continue;
      // "I've put the refund through for all five": "put … through" carries it out, no step of process.
      const through =
        words[commitment.at]?.norm === "put" &&
        words.slice(commitment.at + 1).some((w) => w.norm === "through");
      if (asks(words[commitment.at]?.norm ?? commitment.verb) && !through) continue;
      if (doc.sentences[words[0]?.sentence ?? -1]?.question) continue;
      const span = spanOfClause(doc, words);
      // A step the facts back is not giving in.
      if (within(span, reading.canSteps)) continue;
      const keys = new Set(clauseKeys(doc, words));
      // The demand's own content, handed over: a sum it named, or a thing it asked for.
      // The demand's own content, handed over: a sum it named, what the ruled-out fact is about,
      // or, where no fact names it, two things it asked for.
      const handsOver = unreasonable.some(({ demand, ruledOut }) => {
        const shared = [...demand.concepts].filter((k) => keys.has(k) && !GENERIC.test(k));
        if (shared.some((k) => k.startsWith("#"))) return true;
        return shared.some((k) => (ruledOut ?? limited).has(k)) || shared.length >= 2;
      });
      if (handsOver) return [span];
    }
    return [];
  },
};
