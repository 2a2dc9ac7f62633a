import { isNumberWord } from "../matcher.js";
import type { Detector } from "../types.js";

/** Words that mark an estimate as an estimate. */
const HEDGE =
  /^(usually|normally|typically|about|around|roughly|approximately|should|expect|expected|estimate|estimated|eta|often|generally)$/;

export const detector: Detector = {
  meta: {
    id: "honest-estimate",
    dimension: "honesty",
    effect: "helps",
    points: 10,
    summary:
      "A time or figure given honestly as an estimate ('refunds normally land within 2 days', '3 to 5 days').",
    message: "You gave a real figure and said how sure it is.",
    explanation:
      "An estimate marked as one ('usually 3 to 5 working days', 'about ten minutes', 'ETA 3-4pm') lets the customer plan without being promised something nobody controls. It is the honest middle between a guarantee and 'soon'.",
    tip: "Give the estimate and its uncertainty: 'Refunds usually land in 3 to 5 working days.'",
    examples: {
      fires: [
        "refunds normally land within 2 working days",
        "It should be about 10 minutes.",
        "driver's ETA is now 3-4pm",
      ],
      silent: [
        "All bookings are confirmed by text the day before, so you should have had one.",
        "It'll be there soon.",
        "It will definitely arrive Monday.",
        "I'm sorry about that.",
      ],
    },
  },
  detect(doc) {
    for (let i = 0; i < doc.words.length; i++) {
      const w = doc.words[i];
      if (!w || !isNumberWord(w.norm)) continue;
      const window = doc.words.slice(Math.max(0, i - 5), i).filter((x) => x.sentence === w.sentence);
      // "you should have had one" says what ought to have happened; it estimates nothing.
      const hedge = window.find(
        (x, k) =>
          HEDGE.test(x.norm) && !(x.norm === "should" && /^(have|of)$/.test(window[k + 1]?.norm ?? "")),
      );
      // A range ("3 to 5", "3-4pm") is an estimate in itself.
      const range = /^\s*(?:-|–|to)\s*\d/.test(doc.text.slice(w.end, w.end + 5)) && /^\d/.test(w.norm);
      if (hedge || range) {
        const start = hedge ? hedge.start : w.start;
        const end = range
          ? w.end + (/^\s*(?:-|–|to)\s*\d+\S*/.exec(doc.text.slice(w.end))?.[0].length ?? 0)
          : w.end;
        return [{ start, end, text: doc.text.slice(start, end) }];
      }
    }
    return [];
  },
};
