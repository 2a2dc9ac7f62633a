import { GUARANTEES } from "../lexicons/honesty.js";
import { type Doc, quotedSpans, straighten } from "../text.js";
import type { Detector, Span } from "../types.js";
import {
  clauseKeys,
  clauses,
  commitmentIn,
  factSet,
  hedgedClause,
  negatedClause,
  readAgainstFacts,
  restates,
} from "./_facts.js";
import { phraseDetector } from "./_make.js";

const NOUN_BEFORE =
  /^(our|the|a|your|its|under|of|buyer|buyers|money-back|price|satisfaction|manufacturer|manufacturers|courier|year|years|month|months|week|weeks|day|days|product|workmanship|\d+(?:-(?:day|week|month|year))?)$/;
/** What opens the name of a policy: "the live foal guarantee", "under our price-match guarantee". */
const POLICY_DETERMINER = /^(the|our|its|their|your|under|this|that)$/;
/** Words that make "guarantee" a verb someone does: "the team will guarantee", "that we guarantee". */
const GIVER = /^(i|we|you|they|he|she|will|can|could|would|shall|to|do|does|did|must|may|might)$/;
/** The guarantee word family, typed as trainees type it ("guarentee", "garanteed"). */
const GUARANTEE_WORD = /^gu?ar[ae]nt[e]+(?:d|s)?$/;
/** "guaranteed for 90 days", "garanteed 12 month", "we guarantee our weld": a warranty's terms, not a promise about this case. */
const WARRANTY_AFTER = /^(our|its|their|for|against|\d+|one|two|three|six|twelve)$/;
const SUBORDINATOR = /^(when|once|until|after|if|whether|before)$/;

/** "You won't pay a penny more" where the facts give it free: the can fact restated, not a guarantee. */
/** A can fact that is itself a guarantee: "guarantee table 31 for Sunday", "guaranteed next-day delivery". */
const GIVEN_GUARANTEE = /\b(?:guarantee|guaranteed|guarantees)\b/i;
const NO_COST_PROMISE = /\b(?:pay|paying|charged|cost you)\b/i;
const FREE_FACT =
  /\bno (?:extra |additional |further )?(?:cost|charge)|\bat no (?:extra )?cost|\bwithout charge|(?<!\b(?:is|are|be|was|were|one) )\bfree(?: of charge)?\s*(?:$|[,;.]|under\b|if\b|when\b|once\b|while\b|as\b|this\b|within\b)/i;
/** "the day it's fixed", "the moment it's fixed", "as soon as it's done": a time, not a claim. */
const TIME_NOUN = /^(day|moment|minute|second|time|week|instant)$/;

const guarantees = phraseDetector(
  {
    id: "guarantees-outcome",
    dimension: "honesty",
    effect: "hurts",
    points: -30,
    cap: 35,
    // A promise made to end the complaint is also giving way (LABELS.md: boundaries 0 for caving).
    also: [{ dimension: "boundaries", points: -20, cap: 45 }],
    summary: "Guarantees and promises about outcomes ('definitely', 'I promise', 'never happen again').",
    message: "A guarantee you may not be able to keep.",
    explanation:
      "Over-promising buys a minute of calm and costs the customer's trust when the promise breaks, and it usually does: couriers, banks and engineers are outside your control. The seeds: be honest, never over-promise.",
    tip: "Promise only what you control, and say what you don't: 'I can't promise Monday, but I'll call you by 5pm with the tracking update.'",
    examples: {
      fires: [
        "Thursday 8am is the earliest we can get in, and I'll make sure all 14 pass.",
        "I'll make sure you never have to wait like that again.",
        "I'll have Suki recoat it on Wednesday and you'll be parking on it again by the weekend, promise.",
        // A refusal in the next sentence does not reach back into this one.
        "Your banjo will be done by Easter, guaranteed. Can't do £500 off though, sorry.",
        "The crack will just be settling, nothing to worry about.",
        "Nope, once it's glued it's done, it'll never lift again.",
        "I've refunded you and I'll make sure nobody gets charged after cancelling ever again.",
        "Once we've raked it on the 22nd it'll stay put for good.",
        "Please be assured the heating will be fully repaired by this weekend.",
        "I'll have a word with the committee and make sure you're not out of pocket for the show.",
        "Price will be back up next week anyway, so you won't lose out.",
        "The market's been pretty flat, so honestly you won't have lost anything.",
        "Keep him off food tonight and he'll be right as rain by morning.",
        "Dolly's only a little lame and she'll be back on the road next week, fit as a fiddle.",
        "Not to worry! We'll redo it in tan and you won't be able to tell anything ever happened.",
        // Our own doing, told as the reason not to worry, with no fact behind it.
        {
          reply: "aww bless her! don't worry, we'll get her a lovely little part with some lines",
          facts: { can: ["Add her to the chorus for the show"], cannot: ["Give her a speaking part"] },
        },
        "Don't you worry, I'll squeeze someone round to you this afternoon.",
        "Leave it with me, I'll get the drinks put on us and you'll have row B together.",
        "dont worry the museum will let you in later, they always do for schools",
        // Certainty about what others will do or how a thing will turn out.
        "I'll raise it with the office today and I'm confident they'll refund the fee in full.",
        "I'll post two today, and I'm sure your third one will perk right up.",
        "Don't worry, I'm sure the rebate will go through.",
        "I'm confident the committee will side with you.",
        {
          reply: "he'll be back next week dont worry",
          facts: { unknown: ["Whether the teacher will be well enough to return next week"] },
        },
        "aw bless him. it'll be back up in half an hour, it always is",
        "he'll be with you in 20 mins tops",
        "pop an appeal in and the manager always lets these go, so consider it done",
        "It will definitely arrive tomorrow.",
        // The trouble ruled out for good, however many words stand between.
        "I've put a note on your account, so you won't see those big bills again.",
        "that lock has never jammed before and it wont again.",
        "No need to worry about safety at all, the units are completely fine to switch back on.",
        "no need to panic, satnav says 7:25 so you've got loads of time before 7:48",
        // What follows in the next sentence is not the warranty's terms.
        "a quick clean tomorrow and it'll pour crystal clear again, guaranteed. £38 refunded",
        "driver's had a telling off and it won't ever happen again",
        "Parts land Monday so Tuesday's a sure thing.",
        "the forecast says dry, you'll be fine for saturday",
        "6 July is yours, our groundsman's never wrong.",
        "I promise this will never happen again.",
        "Remake will be perfect this time, guaranteed.",
        // ...and not when it vouches for an outcome beside the step.
        {
          reply: "We'll rebook you onto the 8 May day and you'll pass first time, I promise.",
          facts: { can: ["Rebook him onto the sea-survival day on 8 May or 22 May"] },
        },
        // Another's choice told as their unfailing habit.
        "Once they get our letter they'll let it go, they always do with contractor errors.",
        "Honestly don't worry about environmental health, they never follow up single complaints.",
        "Sam's been fitting ladders for fifteen years, he always checks.",
        "no worries, your permit's fine for the extra days, the council always just rolls it over.",
        "Don't panic, these parts always turn up within the week.",
        "I can guarantee the engineer will be there at 8am.",
        "That's the one thing we guarantee: he'll be there by noon.",
        "it'll 100% be there before Monday",
        "Don't worry about this month, I'll make sure you're not charged.",
        "I'll get the DNO to approve it by Monday.",
        "no worries, I promise it'll be there Friday",
        {
          reply: "Don't worry, you won't pay a penny.",
          facts: { can: ["A free shoe hire on the next visit"] },
        },
        {
          reply: "Relax, it's covered, you won't pay a penny.",
          facts: { can: ["A courtesy car if one is free"] },
        },
        "Don't panic, it'll be back with you well before the 6th.",
        "The photos are all safe on the card, don't worry.",
        "Okay. I'll make sure the worktop is in by Monday.",
        {
          reply: "I'm refunding your £45 today, and I promise this will never happen again.",
          facts: { can: ["Refund the £45 table fee"] },
        },
        "Just ignore the letter, that won't happen to your son.",
      ],
      silent: [
        // Mockery that opens its sentence is read as sarcasm, not as a promise.
        "I'm sure the wind will check with you first next time.",
        "I'm sure we'll find something that works for you.",
        "Which would you prefer? (I'll skip the script, promise.)",
        // A habit in the past, asked about, or doubted.
        "He never turned up, and I'm sorry; I'll ring you by 4 with a new date.",
        "Do they always ask for the receipt? I'll check for you.",
        "I'm not sure they always accept late appeals, so I won't promise that.",
        "Our collector should never have told your driver that, and I'm sorry.",
        "The microwave is always an option while you wait.",
        "Please be assured that your feedback has been passed to the team, who will review it this week.",
        // Refused after it is named, as non-native English often puts it.
        "Tuesday we come to clean with special product. All bricks 100% clean we cannot promise, the old bricks are soft.",
        "I'm sorry you've been left out of pocket over it. The £30 goes back to your card today.",
        // A promise owned as broken, certainty wanted, a date that cannot change, a check asked of another.
        "A wedding on Tuesday makes this awful timing, and we did promise you Saturday, so that's our fault.",
        "If you'd like to know for certain what the mark is, an expert can examine it in three weeks.",
        "Consultant date I cannot change, it is fixed.",
        "music stops at midnight, ill get the manager to make sure of it.",
        // Refused as a claim, however far back the refusal: "I can't honestly put in writing that…".
        "I won't share the operator's name, and I can't honestly put in writing that it will never happen again.",
        // "never again" said of the past, not promised.
        "I'm sorry, I know you never want to see a mess like that again.",
        // A guarantee the facts give, and a warranty's terms.
        {
          reply: "I'm refunding your £45 Saturday fee today, and table 31 is guaranteed for you on Sunday.",
          facts: { can: ["Refund the £45 Saturday table fee", "Guarantee table 31 for Sunday"] },
        },
        "We come Wednesday to check, and if the posts were not done right we repair free, garanteed 12 month.",
        "The engineer can come tomorrow morning, free because of guarantee.",
        // Effort and word to come, and an item left with us.
        "That's not good news at all. Leave it with me and I'll see what we can do; someone will be in touch.",
        "If you want it checked, leave it with us and we'll look at it by 5:30.",
        // Word from us is not an outcome.
        "Don't worry, I'll ring you by 5pm with an update.",
        // An outcome the facts offer.
        {
          reply: "Don't worry, we'll add her to the chorus for the show.",
          facts: { can: ["Add her to the chorus for the show"], cannot: ["Give her a speaking part"] },
        },
        // Mockery, read as sarcasm, is not a guarantee.
        "Thanks for the feedback, I'm sure they'll be touched.",
        "I can't promise a date, but I will call you by 5pm.",
        "Results aren't guaranteed.",
        // A condition, a refusal to pretend, and our own word kept.
        "I won't continue if you call me names again; I'll close the chat.",
        "We're still working out why, so I won't pretend it can't happen again.",
        "I'll text you by Wednesday whatever the answer, and you won't be turning up blind again.",
        // Someone else's words, quoted.
        "Our collector should never have told your driver he'd 'definitely failed'.",
        "I can't offer free lessons, and no tutor can honestly guarantee a grade.",
        "Nobody here will promise you it's fixed by Friday.",
        "I can text you the day it's fixed.",
        "Don't worry, I'll call you at 5 with an update.",
        "I see the confirmation on your account, so it is our error for sure.",
        { reply: "ur date is fine dont worry", facts: { known: ["The couple's 12 July date is secure"] } },
        {
          reply: "Don't worry, I can send the letter today and you'll have it in 2 working days.",
          facts: { can: ["Send a letter confirming the exam was sat"] },
        },
        {
          reply: "We'll remake them and you won't pay a penny more.",
          facts: { can: ["Remake the curtains at no extra cost"] },
        },
        "I won't promise what I can't control.",
        "That photo definitely isn't your door.",
        "I'm refunding the full £210 under our buyer guarantee now.",
        "Under the live foal guarantee she can come back free next season.",
        "I will message you when it is fixed.",
        "Don't worry about the form, I'll fill it in with you.",
        "I'll ask the landlord to approve it and call you by Friday.",
        "I'll make sure the team are clear on the rule.",
        "The job's covered by our 90-day guarantee, so the return visit is free.",
        "It have 90 days guarantee so we come again free.",
        "The edge is under guarentee so we'll fix that.",
        "The repair is guaranteed for 90 days, parts and labour.",
        "We guarantee our weld, not the liner.",
        "What I can definitely do: credit the full £186 today.",
        // A promise that vouches only for a step the facts allow.
        {
          reply: "We'll rebook you onto the 8 May day, I promise.",
          facts: { can: ["Rebook him onto the sea-survival day on 8 May or 22 May"] },
        },
        "The earliest our courier guarantees is 1pm tomorrow.",
      ],
    },
  },
  GUARANTEES,
  {
    // "definitely isn't your door" agrees with a fact; it promises nothing. "Our buyer guarantee" is
    // a policy's name, and "when it is fixed" a time, not a claim.
    where: (from, to, doc) => {
      const before = doc?.words[from - 1]?.norm ?? "";
      const first = doc?.words[from]?.norm ?? "";
      if (GUARANTEE_WORD.test(first) && NOUN_BEFORE.test(before)) return false;
      // "under the live foal guarantee", "our no-quibble price guarantee": a policy named by its
      // kind, as long as no one stands between the determiner and the word to give it.
      if (GUARANTEE_WORD.test(first) && !first.endsWith("d")) {
        const lead = (doc?.words.slice(Math.max(0, from - 4), from) ?? []).map((w) => w.norm);
        const det = lead.findLastIndex((w) => POLICY_DETERMINER.test(w));
        if (det >= 0 && !lead.slice(det + 1).some((w) => GIVER.test(w))) return false;
      }
      // The warranty's terms follow in the same sentence ("guaranteed 12 month"), not the next one
      // ("…it'll pour clear again, guaranteed. £38 refunded").
      const next = doc?.words[to + 1];
      if (
        GUARANTEE_WORD.test(first) &&
        WARRANTY_AFTER.test(next?.norm ?? "") &&
        next?.sentence === doc?.words[to]?.sentence
      )
        return false;
      if (SUBORDINATOR.test(before)) return false;
      // "What I can definitely do: credit the £186": sure of what one can do, not of an outcome.
      if (
        first === "definitely" &&
        before === "can" &&
        /^(i|we)$/.test(doc?.words[from - 2]?.norm ?? "") &&
        /^(do|offer|give|say|tell)$/.test(doc?.words[to + 1]?.norm ?? "")
      )
        return false;
      // "the moment it's fixed", not "perfect this time, guaranteed", where a comma closes the time.
      const gap = doc ? doc.text.slice(doc.words[from - 1]?.end ?? 0, doc.words[from]?.start ?? 0) : "";
      if (
        TIME_NOUN.test(before) &&
        /^(the|that|this)$/.test(doc?.words[from - 2]?.norm ?? "") &&
        !/[,;:]/.test(gap)
      )
        return false;
      if (before === "as" && doc?.words[from - 2]?.norm === "soon") return false;
      // "I'll make sure you're not charged" guarantees all the same; "definitely not mine" does not.
      const ensures = doc?.words.slice(from, to + 1).some((w) => w.norm === "sure" || w.norm === "worry");
      if (ensures) return true;
      // "definitely not mine", in its own sentence: "…done by Easter, guaranteed. Can't do £500 off"
      // still guarantees.
      const sentence = doc?.words[to]?.sentence;
      const after = (i: number) => (doc?.words[i]?.sentence === sentence ? (doc?.words[i]?.norm ?? "") : "");
      return after(to + 1) !== "not" && after(to + 2) !== "not";
    },
  },
);

/** Certainty words that can qualify a plain statement: "for sure", "for certain", "definitely". */
const SURE = /^(?:for sure|for certain|definitely)$/i;
/** The promise words a speaker vouches with: "I promise", "promise you", a trailing "promise". */
const PROMISE_WORD = /^(?:i (?:can )?promise|promise(?: you)?)$/i;
/**
 * Guarantee words that promise nothing here: a promise owned as broken ("we did promise you
 * Saturday"), certainty wanted rather than given ("to know for certain what the mark is"), a date
 * that is fixed because it cannot change, and a check asked of someone else ("I'll get the manager
 * to make sure of it").
 */
function notAPromise(doc: Doc, h: { start: number; end: number; text: string }): boolean {
  const at = doc.words.findIndex((w) => w.start >= h.start);
  const word = (i: number) => doc.words[i]?.norm ?? "";
  const sentence = doc.words[at]?.sentence;
  const before = doc.words.filter((w, i) => i < at && w.sentence === sentence).map((w) => w.norm);
  if (/^promise/.test(word(at)) && (word(at - 1) === "did" || word(at) === "promised")) return true;
  if (/^for (?:certain|sure)$/i.test(h.text) && /^(?:know|say|tell|sure|confirm)$/.test(word(at - 1)))
    return true;
  if (/\bfixed\b/i.test(h.text) && before.includes("change")) return true;
  if (
    word(at) === "make" &&
    before.slice(-5).includes("to") &&
    before.slice(-5).some((w) => /^(?:get|ask|have)$/.test(w))
  )
    return true;
  return false;
}
/**
 * "You'll be parking on it again by the weekend, promise.": a bare "promise" tacked on after a
 * comma to close a sentence vouches for all of it (28 of 34 labelled replies honesty 0).
 */
function trailingPromise(doc: Doc): Span[] {
  const out: Span[] = [];
  doc.words.forEach((w, i) => {
    if (w.norm !== "promise" || doc.words[i + 1]?.sentence === w.sentence) return;
    if (!/,\s*$/.test(doc.text.slice(Math.max(0, w.start - 3), w.start))) return;
    // "(I'll skip the script, promise.)": an aside about the talk itself.
    if (/^[.!]*\)/.test(doc.text.slice(w.end, w.end + 3))) return;
    out.push({ start: w.start, end: w.end, text: doc.text.slice(w.start, w.end) });
  });
  return out;
}
/** Words of claiming: "can't promise", "won't say", "can't honestly put in writing". */
const CLAIMING = /^(?:promise|guarantee|say|swear|confirm|tell|writing|commit)$/;
/**
 * The guarantee sits under a refused claim earlier in its sentence: "I can't honestly put in
 * writing that it will never happen again", beyond the usual reach of a negation.
 */
function unsaid(doc: Doc, start: number): boolean {
  const at = doc.words.findIndex((w) => w.start >= start);
  const sentence = doc.words[at]?.sentence;
  for (let i = at - 1; i >= 0 && doc.words[i]?.sentence === sentence; i--)
    if (
      doc.words[i]?.norm === "not" &&
      doc.words.slice(i + 1, Math.min(at, i + 5)).some((w) => CLAIMING.test(w.norm))
    )
      return true;
  return false;
}
/** Telling the customer not to worry: "don't worry", "no need to panic", "no worries", "don't panic", "relax", "rest assured", "please be assured". */
const REASSURES =
  /\b(?:do(?:n'?t| not) (?:you )?(?:worry|panic|stress|fret)|no (?:need|reason) to (?:worry|panic|stress|fret)|no worries|not to worry|rest assured|(?:please|you can) be assured|relax|leave it (?:all )?with (?:me|us)|(?<!\bnot |\bno )good news)\b/i;
/** A known fact that says something is unaffected: "the date and marquee are secure". */
const SETTLED = /\b(?:secure|safe|fine|unaffected|not affected|still on|going ahead|confirmed|intact)\b/i;
/** Word from us or asking someone: "don't worry, I'll call you at 5" promises no outcome. */
const WORD_FROM_US =
  /^(call|ring|phone|email|text|message|contact|let|update|tell|hear|ask|check|look|see|find|try|chase|speak|talk|pass|escalate|flag|raise|review|consider|investigate|assess)$/;

/** "If you want it checked, leave it with us": the item left with us, not a reassurance. */
const LEFT_WITH_US = /\bif\b.*\bleave it (?:all )?with (?:me|us)\b/i;
/** Effort or word to come, not an outcome: "we'll do our best", "someone will be in touch". */
const EFFORT = /\b(?:our (?:very )?best|my (?:very )?best|see what|be in touch|get in touch|as close)\b/i;
/** Doing something with the customer: "I'll fill it in with you", "we'll go through it together". */
const SHARED_STEP = /\b(?:with you|together|help you|show you|walk you|talk you|explain)\b/i;

/**
 * "Don't panic, it'll be back with you well before the 6th", "dont worry, he'll be back next week",
 * "the photos are all safe, don't worry": an outcome told to someone as the reason not to worry is
 * a guarantee, unless the facts offer it.
 */
function reassuredOutcome(doc: Doc, context: Parameters<Detector["detect"]>[1]) {
  const straight = straighten(doc.text);
  if (!REASSURES.test(straight)) return [];
  const calming = new Set(
    doc.sentences.flatMap((s, i) =>
      REASSURES.test(straighten(s.text).replace(LEFT_WITH_US, " ")) ? [i, i + 1] : [],
    ),
  );
  const reading = readAgainstFacts(doc, context.facts);
  const sentenceAt = (at: number) => doc.words.find((w) => w.start >= at)?.sentence ?? -1;
  // An outcome in the sentence of a step the facts offer follows from it ("I can send a letter,
  // you'll have it in 2 working days").
  const backed = new Set(reading.canSteps.map((s) => sentenceAt(s.start)));
  const known = factSet(context.facts).known;
  for (const clause of clauses(doc)) {
    const sentence = clause[0]?.sentence ?? -1;
    if (!calming.has(sentence) || backed.has(sentence)) continue;
    const concepts = new Set(clauseKeys(doc, clause));
    if (restates({ words: clause, concepts, time: false }, known)) continue;
    // "ur date is fine" where the facts say the date is secure.
    if (known.some((f) => SETTLED.test(f.text) && [...f.required].some((k) => concepts.has(k)))) continue;
    const c = commitmentIn(clause);
    const first = clause[0];
    const last = clause[clause.length - 1];
    if (!first || !last) continue;
    const text = doc.text.slice(first.start, last.end);
    const outcome =
      (c !== undefined &&
        !c.negative &&
        !WORD_FROM_US.test(c.verb) &&
        !WORD_FROM_US.test(clause[c.at]?.norm ?? "") &&
        !(c.kind === "own" && SHARED_STEP.test(straighten(text))) &&
        !negatedClause(clause)) ||
      /\b(?:is|are|'s|s) (?:all |completely |perfectly |totally |absolutely )?(?:fine|safe|okay|ok)\b/i.test(
        straighten(text),
      ) ||
      // "no need to panic, you've got loads of time": time to spare, told as settled.
      /\byou(?:'ve| have)(?: got)? (?:loads|plenty|lots|heaps|bags) of time\b/i.test(straighten(text));
    if (!outcome || hedgedClause(clause) || EFFORT.test(straighten(text))) continue;
    return [{ start: first.start, end: last.end, text }];
  }
  return [];
}

/**
 * "so you won't see those big bills again", "he's never left like that again", "it wont again":
 * the trouble ruled out for good, however many words stand between. Not under a condition or a
 * hedge in its own clause ("if you never want to use us again", "I can't promise it won't happen
 * again", "hopefully never again"), nor a wish ("you'll never want to").
 */
const NEVER_AGAIN = /\b(?:never|won't|wont|will not|shan't)\b((?:\s+[a-z'£0-9]+){0,6}?)\s+again\b/gi;
const OUR_WORD =
  /\b(?:i|we)(?:'ll| will)\s+(?:\w+\s+)?(?:text|call|ring|phone|email|message|tell|update|let you know)\b/i;
const OPEN_BEFORE =
  /\b(?:if|unless|until|whether|promise|guarantee|hope|hopefully|try|trying|aim|want|wish|say|(?<!\bmake\s)sure|know)\b[^,;:]*$/i;
function neverAgain(doc: Doc): { start: number; end: number; text: string }[] {
  for (const sentence of doc.sentences) {
    if (sentence.question) continue;
    const text = straighten(sentence.text);
    for (const m of text.matchAll(NEVER_AGAIN)) {
      const before = text.slice(0, m.index ?? 0);
      if (OPEN_BEFORE.test(before)) continue;
      // "I won't continue if you call me names again", "I won't pretend it can't happen again".
      if (
        /\b(?:want|wants|wanted|need|needs|hear|heard|if|unless|when|pretend|say|claim|promise|tell)\b|(?:'d|would|you|to)\s+like\b|n't\b|\bnot\b/i.test(
          m[1] ?? "",
        )
      )
        continue;
      // "I'll text you by Wednesday, so you won't be turning up blind again": our own word is ours
      // to keep.
      if (OUR_WORD.test(before)) continue;
      const start = sentence.start + (m.index ?? 0);
      return [{ start, end: start + m[0].length, text: doc.text.slice(start, start + m[0].length) }];
    }
  }
  return [];
}

/**
 * "they always do", "he always checks", "they never follow up single complaints", "she'll always
 * say yes": another's future choice told as their unfailing habit (41 of 42 labelled replies with
 * one are honesty 0). Not in a question, under a condition or a doubt ("if they always…", "not sure
 * they always…"), nor in the past ("he never turned up", "they never sent the form").
 */
const HABIT =
  /\b(?:(?:they|he|she)(?:'ll| will| do| does)?|(?:the|these|those|our|your)\s+[a-z']+(?:\s+([a-z']+))?)\s+(?:(?:nearly|almost)\s+)?(?:always|never)\s+(?:just\s+)?([a-z']+)/gi;
/** "the microwave is always an option", "our collector should never have said": not a habit. */
const NOT_HABIT_SLOT =
  /^(?:is|are|was|were|be|s|re|has|have|had|should|would|could|must|might|may|can|will|ll|shall|did|does|do|not)$/;
const NOT_HABIT_VERB =
  /^(?:a|an|the|my|your|our|their|his|her|its|this|that|there|here|in|on|at|out|up|so|too|very|be|have|has)$/;
const PAST =
  /^(?:been|had|was|were|did|got|went|came|sent|said|told|made|took|gave|saw|knew|thought|left|found|kept|heard|brought|bought|paid|met|put|read|wrote|spoke|[a-z]+ed)$/;
function habitualCertainty(doc: Doc): { start: number; end: number; text: string }[] {
  for (const sentence of doc.sentences) {
    if (sentence.question) continue;
    const text = straighten(sentence.text);
    for (const m of text.matchAll(HABIT)) {
      const verb = (m[2] ?? "").toLowerCase();
      if (NOT_HABIT_SLOT.test((m[1] ?? "").toLowerCase()) || NOT_HABIT_VERB.test(verb)) continue;
      // "he always needed", "they never turned up": what happened, not a promise. ("always need"
      // and "never needs" are the habit; "-ed" words that are not past are rare in this place.)
      if (PAST.test(verb) && !/^(?:need|feed|bleed|speed|exceed|proceed|succeed|breed)$/.test(verb)) continue;
      if (OPEN_BEFORE.test(text.slice(0, m.index ?? 0))) continue;
      const start = sentence.start + (m.index ?? 0);
      return [{ start, end: start + m[0].length, text: doc.text.slice(start, start + m[0].length) }];
    }
  }
  return [];
}

/** Signals that say the words are mockery, not meant. */
const MOCKERY = ["sarcasm", "polite-sarcasm"];

export const detector: Detector = {
  meta: guarantees.meta,
  // "I'm sure they'll be touched": mockery is not a promise; it is read as sarcasm.
  needs: MOCKERY,
  detect(doc, context) {
    const mocked = MOCKERY.flatMap((id) => context.fired.get(id) ?? []);
    const listed = [...guarantees.detect(doc, context), ...trailingPromise(doc)];
    const fallback = listed.length ? listed : neverAgain(doc);
    const found = (fallback.length ? fallback : habitualCertainty(doc)).filter(
      (h) => !mocked.some((m) => h.start < m.end && m.start < h.end),
    );
    if (!found.length) return reassuredOutcome(doc, context);
    const free = (context.facts.can ?? []).some((f) => FREE_FACT.test(f));
    // "We can guarantee table 31 for Sunday": a guarantee the facts themselves give.
    const given = factSet(context.facts).can.filter((f) => GIVEN_GUARANTEE.test(f.text));
    const givenHere = (h: { start: number; end: number }) => {
      if (!given.length) return false;
      const sentence = doc.words.find((w) => w.start >= h.start)?.sentence ?? -1;
      const words = doc.words.filter((w) => w.sentence === sentence);
      const keys = new Set(clauseKeys(doc, words));
      return given.some(
        (f) => [...f.required].filter((k) => keys.has(k) && !/^(?:=now|#.*)$/.test(k)).length >= 1,
      );
    };
    // "We'll rebook you onto the 8 May day, I promise": a promise that vouches for a step the facts
    // allow, and for nothing else in its sentence, is a firm commitment, not an outcome out of reach.
    const promisesStepAllowed = (h: { start: number; end: number }) => {
      const reading = readAgainstFacts(doc, context.facts);
      const sentenceOf = (at: number) => doc.words.find((w) => w.start >= at)?.sentence ?? -2;
      const here = sentenceOf(h.start);
      const inSentence = (spans: readonly { start: number }[]) =>
        spans.some((c) => sentenceOf(c.start) === here);
      if (!inSentence(reading.canSteps) || inSentence(reading.overPromises) || inSentence(reading.unbacked))
        return false;
      // Every other clause of the sentence is that step: "…and you'll be parking on it by the
      // weekend, promise" vouches for the outcome too.
      return clauses(doc)
        .filter((c) => c[0]?.sentence === here && !c.some((w) => w.start >= h.start && w.end <= h.end))
        .every((c) =>
          reading.canSteps.some((step) => c.some((w) => w.start >= step.start && w.end <= step.end)),
        );
    };
    // "he'd 'definitely failed'": someone else's words quoted, not a guarantee of ours.
    const quoted = quotedSpans(doc.text);
    const kept = found.filter((h) => {
      if (quoted.some((q) => h.start >= q.start && h.end <= q.end)) return false;
      if (free && NO_COST_PROMISE.test(h.text)) return false;
      if (unsaid(doc, h.start)) return false;
      if (givenHere(h) || notAPromise(doc, h)) return false;
      if (PROMISE_WORD.test(h.text)) return !promisesStepAllowed(h);
      if (!SURE.test(h.text)) return true;
      // "we can definitely bring 40 for 4pm" where the facts say 40 can be brought: a firm word on
      // a step the facts allow is a clear commitment, not a guarantee beyond our control.
      if (readAgainstFacts(doc, context.facts).canSteps.some((c) => h.start >= c.start && h.end <= c.end))
        return false;
      // "it is our error for sure": sure of the mistake is owning it, not a guarantee.
      const clause = clauses(doc).find((c) => c.some((w) => w.start === h.start));
      if (!clause) return true;
      return !clause.some(
        (w, i) => /^(our|my)$/.test(w.norm) && /^(error|mistake|fault)$/.test(clause[i + 1]?.norm ?? ""),
      );
    });
    // A phrase read and set aside ("you won't be able to tell anything ever happened") leaves the
    // reassurance around it to be read.
    return kept.length ? kept : reassuredOutcome(doc, context);
  },
};
