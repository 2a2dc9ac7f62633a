import { TIME_WORDS } from "../lexicons/honesty.js";
import { hits } from "../phrases.js";
import type { Detector } from "../types.js";
import { readAgainstFacts, within } from "./_facts.js";

/** First-person commitments: "I'll", "I will", "we'll", "I'm going to", "I am" + -ing. */
function commitment(doc: Parameters<Detector["detect"]>[0], i: number): boolean {
  const w = doc.words[i];
  const next = doc.words[i + 1];
  if (!w || !next || (w.norm !== "i" && w.norm !== "we")) return false;
  // "I'll try", "I'll see", "I'll push" name an effort, not a step.
  if (next.norm === "will" || next.norm === "shall")
    return !/^(not|try|see|push|aim|hope|do|look)$/.test(doc.words[i + 2]?.norm ?? "");
  if (next.norm === "am" || next.norm === "are")
    return /ing$/.test(doc.words[i + 2]?.norm ?? "") || doc.words[i + 2]?.norm === "going";
  if (next.norm === "have" || next.norm === "would")
    return (
      /ed$|sent|put|made|done|rung|spoken|told/.test(doc.words[i + 2]?.norm ?? "") ||
      /like/.test(doc.words[i + 2]?.norm ?? "")
    );
  // "I can see why", "I can imagine" are about understanding, not a step.
  if (next.norm === "can")
    return !/^(not|see|imagine|understand|hear|tell|appreciate|only|assure|promise|guarantee)$/.test(
      doc.words[i + 2]?.norm ?? "",
    );
  return /ed$/.test(next.norm) && next.norm.length > 4;
}

/**
 * Steps of process, always the speaker's to promise: calling back, checking, chasing, asking. Where
 * the scenario lists what can be done, an outcome promised with a time ("I'll post another one out
 * this week") is a step only when a `can` fact backs it (readAgainstFacts' canSteps).
 */
const PROCESS =
  /^(call|calling|called|ring|ringing|rung|phone|phoning|phoned|email|emailing|emailed|text|texting|texted|message|check|checking|checked|chase|chasing|chased|ask|asking|asked|update|updating|confirm|confirming|contact|contacting|speak|speaking|spoken|talk|talking|write|writing|find|finding|investigate|review|escalate|escalating|escalated|log|logged|raise|raised|follow|let|come|keep|send|sending|sent)$/;
const ADVERB = /^(also|just|then|personally|definitely|now|still|right|straight)$/;
function processStep(doc: Parameters<Detector["detect"]>[0], i: number): boolean {
  let j = i + 2;
  while (ADVERB.test(doc.words[j]?.norm ?? "")) j++;
  const verb = doc.words[j]?.norm ?? "";
  // "I'll send you the report", not "I'll send a new phone": sending what was found or asked for.
  if (/^(send|sending|sent)$/.test(verb))
    return (
      /^(you|an|a|the)$/.test(doc.words[j + 1]?.norm ?? "") &&
      /^(update|email|text|message|report|details|form|link|photos?|confirmation|reference|summary|note|quote|copy)$/.test(
        doc.words[j + 2]?.norm ?? doc.words[j + 1]?.norm ?? "",
      )
    );
  return PROCESS.test(verb);
}

export const detector: Detector = {
  meta: {
    id: "concrete-next-step",
    dimension: "honesty",
    effect: "helps",
    points: 18,
    // Offering what can be done is half of holding a limit well (LABELS.md boundaries 2).
    also: [{ dimension: "boundaries", points: 5 }],
    summary:
      "A concrete next step you will take, with a time ('I'll text you by 5pm'), or one of the things the facts say can be done.",
    message: "A concrete next step with a time: something they can hold you to.",
    explanation:
      "A named action with a time ('I'll call you tomorrow by noon', 'it shows in 3 to 5 days') turns an apology into a plan. It is the opposite of 'someone will look into it'.",
    tip: "End with what you will do and by when: 'I'll chase the supplier and text you by 5pm today.'",
    examples: {
      fires: [
        // A step of process with a time is always the speaker's to promise.
        {
          reply: "I'll call you back by 4pm with what the warehouse says.",
          facts: { can: ["Refund the £20 delivery charge"] },
        },
        // With no facts to read it against, a promise with a time is taken as a step.
        "I'll post another one out this week.",
        "I'll chase them today and text you by 5pm.",
        "ive refunded the extra 64 now. it takes 3-5 working days to show",
        "I'll ring you on Thursday morning to check the money has landed.",
        "I am booking you in for Thursday 8am.",
        {
          reply: "I can lend you a hybrid bike.",
          facts: { can: ["Lend him a non-electric hybrid bike free"] },
        },
      ],
      silent: [
        // A different offer that shares a word or two with a can fact is not that fact.
        {
          reply: "Tell you what, I'll take you round myself right now on a private tour.",
          facts: { can: ["Put all six on the 4pm tour today with a free pint each"] },
        },
        // Where the facts say what can be done, an outcome with a time is not a step unless they back it.
        {
          reply: "oh no, so sorry!! I'll track down another one just like it and post it out this week",
          facts: { can: ["Refund the £20 delivery charge"], cannot: ["Order a replacement"] },
        },
        "Someone will be in touch.",
        "I'll look into it.",
        "I can't do anything today.",
        "It will arrive Monday.",
        "we'll let you know sometime next week",
        {
          reply: "I'll make sure you get a full refund today.",
          facts: { cannot: ["Refund to the card after 30 days"] },
        },
      ],
    },
  },
  detect(doc, context) {
    // A promise the facts rule out is an over-promise (contradicts-facts), never also a step.
    const facts = readAgainstFacts(doc, context.facts);
    const times = hits(doc, TIME_WORDS, { negatable: false });
    for (let i = 0; times.length && i < doc.words.length; i++) {
      if (!commitment(doc, i) || doc.sentences[doc.words[i]?.sentence ?? -1]?.question) continue;
      if (context.facts.can?.length && !processStep(doc, i)) continue;
      if (within(doc.words[i] as { start: number; end: number }, facts.overPromises)) continue;
      if (within(doc.words[i] as { start: number; end: number }, facts.unbacked)) continue;
      const sentence = doc.words[i]?.sentence;
      // The time may be in the same sentence, or in the next one ("I've refunded it. 3-5 days to show.").
      const time = times.find((t) => {
        const s = doc.words[t.from]?.sentence ?? -1;
        // "sometime next week" is not a time anyone can hold you to.
        if (/^(sometime|some|maybe|probably|around|whenever)$/.test(doc.words[t.from - 1]?.norm ?? ""))
          return false;
        return s === sentence || s === (sentence ?? -2) + 1;
      });
      if (time) {
        const start = doc.words[i]?.start ?? 0;
        const end = Math.max(time.end, doc.words[i + 2]?.end ?? 0);
        return [{ start, end, text: doc.text.slice(start, end) }];
      }
    }
    // Committing to something the facts say can be done is a concrete step, with or without a time.
    return facts.canSteps.slice(0, 1);
  },
};
