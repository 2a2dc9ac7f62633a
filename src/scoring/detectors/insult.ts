import { INSULT_TARGETS, INSULTS, PROFANITY } from "../lexicons/calm.js";
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
      fires: ["Don't be stupid.", "You're being ridiculous.", "Shut up and listen.", "what a clown"],
      silent: [
        "There's no need to be rude; I want to help.",
        "I won't be called thick.",
        "I'm not okay with being called useless.",
        "That's a hell of a day, I'm sorry.",
        "That does sound ridiculous, one squirrel chase!",
        "Honestly we've been useless, I'm sorry.",
      ],
    },
  },
  detect(doc) {
    const quoted = (from: number) => {
      for (let k = from - 1; k >= 0 && k >= from - 3; k--)
        if (QUOTING.has(doc.words[k]?.norm ?? "")) return true;
      return false;
    };
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
      ...hits(doc, INSULTS, { negatable: false, where: (from) => !quoted(from) && targeted(from) }),
    ].sort((a, b) => a.start - b.start);
  },
};
