import type { Detector } from "../types.js";
import { REASSURES } from "./no-acknowledgement.js";

const WARM = ["acknowledges", "names-feeling", "validates", "owns-mistake", "explores"];

export const detector: Detector = {
  meta: {
    id: "impersonal",
    dimension: "calm",
    effect: "hurts",
    points: -12,
    summary: "A reply with no person in it: no 'I', no acknowledgement, only procedure.",
    message: "Nobody is speaking here: procedure with no person and no acknowledgement sounds cold.",
    explanation:
      "Replies written entirely in passive, impersonal procedure ('The hotel is at full occupancy. Earplugs are available on request.') read as a wall. Customers calm down when a person takes the problem: 'I', and one line for them.",
    tip: "Speak as yourself and take the problem: 'I'm sorry, I've checked and every room is taken; here's what I can do.'",
    examples: {
      fires: [
        "The function suite is licensed until midnight. The hotel is at full occupancy. Earplugs are available from reception.",
      ],
      silent: [
        "I've checked, and every room is taken tonight.",
        "Sorry, the suite is licensed until midnight.",
        "ok",
        "No worries, the 3pm will definitely be running so just hang around till then!",
      ],
    },
  },
  needs: WARM,
  detect(doc, context) {
    if (doc.words.length < 8) return [];
    if (WARM.some((id) => context.fired.get(id)?.length)) return [];
    if (REASSURES.test(doc.text)) return [];
    if (doc.words.some((w) => w.norm === "i" || w.norm === "me" || w.norm === "my")) return [];
    // Talking to the customer ("you'll make the play") is personal unless it is procedure in the passive.
    const addressed = doc.words.some((w) => w.norm === "you" || w.norm === "your");
    const passive =
      /\b(is|are|was|were|be|been)\s+(not\s+)?\w+ed\b|\b(is|are)\s+(not\s+)?(available|possible|permitted|required)\b/i.test(
        doc.text,
      );
    if (addressed && !passive) return [];
    // Lowercase chat shorthand is informal, not impersonal procedure.
    if (!/^[^a-z]*[A-Z]/.test(doc.text)) return [];
    const first = doc.sentences[0];
    return first ? [{ start: first.start, end: first.end, text: first.text }] : [];
  },
};
