import { INSULT_TARGETS, INSULTS, NAME_CALLING, PROFANITY } from "../lexicons/calm.js";
import { hits } from "../phrases.js";
import type { Detector } from "../types.js";

/** Words that introduce a quoted insult ("being called thick"), which is not the agent insulting anyone. */
const QUOTING = new Set(["called", "call", "calling", "calls", "word", "words", "like", "as"]);

export const detector: Detector = {
  meta: {
    id: "insult",
    dimension: "calm",
    effect: "hurts",
    points: -40,
    cap: 20,
    also: [{ dimension: "boundaries", points: -30, cap: 30 }],
    summary: "Insults or profanity aimed at the customer.",
    message: "An insult or swear word: this ends any chance of de-escalation.",
    explanation:
      "Insulting a customer, even one who insulted you first, hands them the moral high ground and usually ends with a formal complaint. Quoting their insult to set a limit ('I won't be called thick') is different and does not count.",
    tip: "Leave the insult out; if they insulted you, name the limit calmly instead: 'I want to help, and I need us to keep this respectful.'",
    examples: {
      fires: [
        "Don't be stupid.",
        "You're being ridiculous.",
        "Shut up and listen.",
        "what a clown",
        "This article was written by biased morons.",
        "Who the hell do you think you are?",
        "your edits are garbage and so are you",
        "ok karen, whatever you say",
        "Don't be such a Karen about it.",
      ],
      silent: [
        "There's no need to be rude; I want to help.",
        "I won't be called thick.",
        "I'm not okay with being called useless.",
        "That's a hell of a day, I'm sorry.",
        "That does sound ridiculous, one squirrel chase!",
        "Honestly we've been useless, I'm sorry.",
        "I'm such an idiot, I should have checked.",
        "I won't be called a clown.",
        "I'm on your side, but the 'morons' has to stop.",
        "You're also entitled to contact the ombudsman.",
        "I'm so sorry, Karen, I can see why you're upset.",
        "Karen, our leader, will ring you tonight.",
        "The new lock is foolproof, I promise.",
        "Sorry the pine was so prickly to handle.",
        {
          reply: "The clown was forty minutes late, and I'm so sorry.",
          facts: { can: ["Refund the clown's fee of £60"] },
        },
      ],
    },
  },
  detect(doc, context) {
    const situation = context.situation ?? new Set<string>();
    const quoted = (from: number) => {
      // "the 'morons' has to stop": their word, in quotation marks.
      const start = doc.words[from]?.start ?? 0;
      if (/['"‘“]$/.test(doc.text.slice(Math.max(0, start - 1), start))) return true;
      for (let k = from - 1; k >= 0 && k >= from - 3; k--)
        if (QUOTING.has(doc.words[k]?.norm ?? "")) return true;
      return false;
    };
    const selfAimed = (from: number) =>
      doc.words
        .slice(Math.max(0, from - 4), from)
        .some((w) => w.clause === doc.words[from]?.clause && /^(we|i|me|us|myself|ourselves)$/.test(w.norm));
    const targeted = (from: number) => {
      const before = doc.words
        .slice(Math.max(0, from - 3), from)
        .filter((w) => w.clause === doc.words[from]?.clause);
      // Self-directed ("we're idiots", "I've been useless") is grovelling, not an insult to the customer.
      if (before.some((w) => w.norm === "we" || w.norm === "i")) return false;
      // "There's no need to be rude" names a limit on how they speak; it calls them nothing.
      if (before.some((w) => w.norm === "need")) return false;
      return before.some((w) => INSULT_TARGETS.has(w.norm)) || doc.words[from + 1]?.norm === "you";
    };
    return [
      ...hits(doc, PROFANITY, { negatable: false, where: (from) => !quoted(from) }),
      // "That does sound ridiculous" agrees with the customer; "don't be ridiculous" insults them.
      ...hits(doc, INSULTS, {
        negatable: false,
        // "you're entitled to a refund" is a right, not a put-down.
        where: (from, to) =>
          !quoted(from) &&
          targeted(from) &&
          !(doc.words[to]?.norm === "entitled" && doc.words[to + 1]?.norm === "to"),
      }),
      // Name-calling needs no "you": "written by biased morons" insults all the same.
      ...hits(doc, NAME_CALLING, {
        negatable: false,
        where: (from, to) =>
          !quoted(from) && !selfAimed(from) && !(from === to && situation.has(doc.words[from]?.norm ?? "")),
      }),
    ].sort((a, b) => a.start - b.start);
  },
};
