import { VAGUE } from "../lexicons/honesty.js";
import { isNumberWord } from "../matcher.js";
import type { Detector } from "../types.js";
import { phraseDetector } from "./_make.js";

/** A time the customer can hold you to: a day, a clock time, "by 5", "within 3 working days". */
const TIMED =
  /\b(?:(?:by|on|before) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|the end of (?:today|the day))|before you (?:check out|leave|go|board|fly|travel|collect|arrive)|(?:by|before) (?:this|the) (?:afternoon|evening)|by \d|\d+ ?(?:am|pm)|(?<![£$€\d.])\d{1,2}[:.][0-5]\d(?!\d)|within (?:\d+|a|an|one|two|three|four|five) (?:working )?(?:hours?|days?|weeks?)|(?:up to|in) \d+ (?:working )?(?:hours?|days?))\b/i;

export const detector: Detector = phraseDetector(
  {
    id: "vague-deflection",
    dimension: "honesty",
    effect: "hurts",
    points: -10,
    cap: 65,
    summary: "Vague promises with no owner or time ('someone will look into it', 'in due course').",
    message: "Vague: no owner, no time, nothing the customer can hold you to.",
    explanation:
      "'We'll look into it' and 'someone will be in touch' are what customers hear before nothing happens. Evasive wording is rated less honest than a clear 'I don't know yet, and here's when I'll find out.'",
    tip: "Give the step an owner and a time: 'I'll chase the courier and email you by 3pm today.'",
    examples: {
      fires: [
        "Someone will be in touch.",
        "I'll look into it and get back to you.",
        "Your feedback has been passed to the relevant team.",
        "we can try but cant promise anything",
      ],
      silent: [
        // The step given its time in the same sentence; a word of theirs quoted back.
        "i dont know yet why it happened, the supervisor is looking into it and ill tell you by friday",
        "reza our duty manager is looking into it and i'll tell you what he finds before you check out.",
        "The supplier keeps saying 'soon', which isn't good enough, so I'll chase them on Friday.",
        "They answer within two working days and I'll ring you as soon as I hear.",
        "I'm sorry, especially if you were planning to hand these out soon.",
        "I'll call you tomorrow by noon.",
        "I've refunded £23.40; it shows in 3 to 5 days.",
        "A week is far too soon for them to stop working.",
        "I can't put bleach on it again this soon, it would risk snapping your hair.",
        "Oh no, the wedding is very soon and this is big stress.",
        "You're fourth on the waiting list, and I'll tell you as soon as one comes free.",
        "I'll ring you as soon as Ruth's there.",
        "As soon as the driver reaches the stop before yours, I'll text you a two-hour window.",
        // What is to be seen, or what sets the step off, is named.
        "Once the doors are cut we'll see whether the oak edges need re-oiling; I can't say until then.",
        "We can't tell yet if lifting the sills will crack the render; we'll see on the day and talk it through with you.",
        "The factory hasn't confirmed the paint batch yet, and I'll pass that on as soon as they tell me.",
      ],
    },
  },
  VAGUE,
  {
    // "far too soon" judges the past, not a promise.
    where: (from, to, doc) => {
      if (!doc) return true;
      // "the supervisor is looking into it and I'll tell you by Friday": a time in the same
      // sentence gives the step the time it lacked.
      const sentence = doc.words[from]?.sentence;
      const inSentence = doc.words.filter((w) => w.sentence === sentence);
      const text = doc.text.slice(inSentence[0]?.start ?? 0, inSentence[inSentence.length - 1]?.end ?? 0);
      if (TIMED.test(text)) return false;
      // Quoted back ("the supplier keeps saying 'soon'"): their word, not a promise.
      const at = doc.words[from]?.start ?? 0;
      if (/['"‘“]$/.test(doc.text.slice(Math.max(0, at - 1), at))) return false;
      // "we'll see whether the edges need re-oiling", "we'll see on the day", "I'll pass that on as
      // soon as they tell me": what is to be seen, or what sets the step off, is named.
      const after = doc.text.slice(doc.words[to]?.end ?? 0, (doc.words[to]?.end ?? 0) + 60).toLowerCase();
      const seeing = doc.words[to]?.norm === "see";
      if (seeing && /^\s*(?:whether|if|what|how|once|when|on the day)\b/.test(after)) return false;
      if (
        /^\s*(?:as soon as|the moment|once|when)\s+(?:they|she|he|the [a-z]+|our [a-z]+)\s+(?:tell|tells|confirm|confirms|reply|replies|let|lets|hear|come|comes|get|gets|send|sends|say|says)\b/.test(
          after,
        )
      )
        return false;
      if (from !== to || doc.words[to]?.norm !== "soon") return true;
      const before = doc.words[from - 1]?.norm ?? "";
      if (/^(too|so|how|this|that)$/.test(before)) return false;
      // "the wedding is very soon": when their event is, not when we will act.
      const copula = /^(very|really|quite|so|pretty)$/.test(before)
        ? (doc.words[from - 2]?.norm ?? "")
        : before;
      if (/^(is|are|was|were)$/.test(copula)) return false;
      // "as soon as the driver gets there" names a trigger; "as soon as we have an update" does not.
      // So does a person named: "I'll ring you as soon as Ruth's there".
      if (
        before === "as" &&
        (/^(the|your|it|they|he|she|you|one|there|a|an|this|that|any|anything)$/.test(
          doc.words[to + 2]?.norm ?? "",
        ) ||
          /^[A-Z][a-z]/.test(doc.words[to + 2]?.raw ?? ""))
      )
        return false;
      // "they answer within two working days and I'll ring you as soon as I hear": the news has a
      // time of its own, so ringing when it comes is a step, not a dodge.
      if (
        before === "as" &&
        /^(i|we)$/.test(doc.words[to + 2]?.norm ?? "") &&
        doc.words.some((w) => isNumberWord(w.norm))
      )
        return false;
      // "if you were planning to hand these out soon": their plan, not our promise.
      const clause = doc.words.filter(
        (w) => w.clause === doc.words[to]?.clause && w.start < (doc.words[to]?.start ?? 0),
      );
      if (clause.some((w) => w.norm === "you") && !clause.some((w) => /^(i|we|it|they|he|she)$/.test(w.norm)))
        return false;
      return true;
    },
  },
);
