import { GRATITUDE } from "../lexicons/politeness.js";
import { hits } from "../phrases.js";
import type { Detector } from "../types.js";

export const detector: Detector = {
  meta: {
    id: "thanks",
    dimension: "calm",
    effect: "helps",
    points: 6,
    summary: "Thanks the person ('thank you for telling me', 'I appreciate it').",
    message: "You thanked them.",
    explanation:
      "Gratitude is the strongest single marker of politeness in people's ratings of requests and replies (Danescu-Niculescu-Mizil et al. 2013). Thanking an upset customer for raising the problem, or for their patience, keeps the exchange courteous.",
    tip: "Thank them for something real: 'Thanks for sending the photo, that helps.'",
    examples: {
      fires: ["Thanks for sending the photo.", "thx for waiting", "I really appreciate your patience."],
      silent: [
        "Yes, we do know what a cool box is, thanks.",
        "What a charming message, thank you.",
        "As I'm sure you can appreciate, we're busy.",
        "Thank you for contacting us. Please be advised the fee stands.",
        "We wait for you to thank us.",
        "I'll refund it today.",
      ],
    },
  },
  // Stock thanks ("Thank you for contacting us") is scripted coldness, not courtesy; thanks that
  // closes a retort ("Yes, we do know what a cool box is, thanks.") is sarcasm.
  needs: ["scripted-coldness", "sarcasm"],
  detect(doc, context) {
    const notThanks = [
      ...(context.fired.get("scripted-coldness") ?? []),
      ...(context.fired.get("sarcasm") ?? []),
    ];
    return hits(doc, GRATITUDE).filter(
      (h) =>
        !notThanks.some((s) => s.start <= h.start && h.end <= s.end) &&
        // "as you can appreciate" asks for understanding; it does not give thanks.
        !/^(can|will|would|must)$/.test(doc.words[h.from - 1]?.norm ?? ""),
    );
  },
};
