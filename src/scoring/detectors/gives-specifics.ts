import type { Detector } from "../types.js";

export const detector: Detector = {
  meta: {
    id: "gives-specifics",
    dimension: "honesty",
    effect: "helps",
    points: 6,
    summary: "Specific figures: amounts, durations, dates, references.",
    message: "Specific figures make what you say checkable.",
    explanation:
      "Numbers (an amount, '3 to 5 working days', a reference) can be checked, so they read as honest; vagueness reads as evasion.",
    tip: "Put a number on it: the amount, the days, the reference.",
    examples: {
      fires: ["It costs £40 for the assessment.", "It takes about ten days.", "Your reference is RF-20931."],
      silent: ["It won't take long.", "We'll sort it soon."],
    },
  },
  detect(doc) {
    const m =
      /[£$€]\s?\d[\d,.]*|\b\d+(?:[.,:]\d+)?\s?(?:%|am|pm|days?|hours?|hrs?|minutes?|mins?|weeks?|months?|working)\b|\b[A-Z]{2,}-?\d{3,}\b|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty)\s+(?:working\s+)?(?:days?|hours?|minutes?|weeks?|months?)\b/i.exec(
        doc.text,
      );
    return m ? [{ start: m.index, end: m.index + m[0].length, text: m[0] }] : [];
  },
};
