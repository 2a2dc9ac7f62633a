import { VAGUE } from "../lexicons/honesty.js";
import { isNumberWord } from "../matcher.js";
import type { Detector } from "../types.js";
import { phraseDetector } from "./_make.js";

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
        "They answer within two working days and I'll ring you as soon as I hear.",
        "I'm sorry, especially if you were planning to hand these out soon.",
        "I'll call you tomorrow by noon.",
        "I've refunded £23.40; it shows in 3 to 5 days.",
        "A week is far too soon for them to stop working.",
        "As soon as the driver reaches the stop before yours, I'll text you a two-hour window.",
      ],
    },
  },
  VAGUE,
  {
    // "far too soon" judges the past, not a promise.
    where: (from, to, doc) => {
      if (!doc || from !== to || doc.words[to]?.norm !== "soon") return true;
      const before = doc.words[from - 1]?.norm ?? "";
      if (/^(too|so|how)$/.test(before)) return false;
      // "as soon as the driver gets there" names a trigger; "as soon as we have an update" does not.
      if (before === "as" && /^(the|your|it|they|he|she|you)$/.test(doc.words[to + 2]?.norm ?? ""))
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
