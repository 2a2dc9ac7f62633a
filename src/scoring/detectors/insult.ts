import { INSULTS } from "../lexicons/calm.js";
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
      fires: ["Don't be stupid.", "That's a ridiculous thing to say.", "Shut up and listen."],
      silent: [
        "I won't be called thick.",
        "I'm not okay with being called useless.",
        "That's a hell of a day, I'm sorry.",
      ],
    },
  },
  detect(doc) {
    return hits(doc, INSULTS, {
      // "Don't be stupid" is still an insult.
      negatable: false,
      where: (from) => {
        for (let i = from - 1; i >= 0 && i >= from - 3; i--)
          if (QUOTING.has(doc.words[i]?.norm ?? "")) return false;
        // Self-directed ("we're idiots") is grovelling, not an insult to the customer.
        const before = `${doc.words[from - 2]?.norm ?? ""} ${doc.words[from - 1]?.norm ?? ""}`;
        return !/^(i|we) (am|are)$|(am|are) (an|so|such)$/.test(before);
      },
    });
  },
};
