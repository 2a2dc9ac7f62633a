import { CONSEQUENCES } from "../lexicons/boundaries.js";
import { hits } from "../phrases.js";
import type { Detector } from "../types.js";

export const detector: Detector = {
  meta: {
    id: "states-consequence",
    dimension: "boundaries",
    effect: "helps",
    points: 25,
    summary: "Saying calmly what happens if the abuse goes on ('if it continues, I'll end the call').",
    message: "You said calmly what will happen if it continues.",
    explanation:
      "A limit without a consequence is a plea. A calm, conditional consequence ('if the insults continue, I'll end the call and we'll carry on by email') is a boundary: it is not a threat, because the customer controls whether it happens.",
    tip: "Add the consequence, conditional and calm: 'If that carries on, I'll end the call and email you instead.'",
    examples: {
      fires: [
        { reply: "if that carries on, I'll ask my manager to take over.", abusive: true },
        { reply: "ill get the manager if it keeps up", abusive: true },
        { reply: "I won't continue if you call me names again; I'll close the chat.", abusive: true },
        {
          reply: "I want to help you but I ask you to not insult me, otherwise I must finish the call.",
          abusive: true,
        },
        { reply: "please dont call bev names, ill stop replying if it carrys on.", abusive: true },
        { reply: "i get that youre angry. but pls no threats or i'll have to end the chat.", abusive: true },
        {
          reply: "Threatening our window isn't on, though: one more threat and I'll ask you to leave.",
          abusive: true,
        },
      ],
      silent: [
        { reply: "I'll end the call now.", abusive: false },
        { reply: "The offer ends on Friday.", abusive: true },
      ],
    },
  },
  needs: ["sets-limit"],
  detect(doc, context) {
    if (!context.abusive) return [];
    const found = hits(doc, CONSEQUENCES, { negatable: false });
    // A bare "I'll end the call" counts only next to a named limit or an "if" condition.
    const conditional = found.some(
      (h) =>
        /^if\b/i.test(h.text) ||
        /\b(?:if|otherwise|or else|or i['’]?ll|or we['’]?ll|or i will|or i have to|or i must)\b/i.test(
          doc.sentences[doc.words[h.from]?.sentence ?? -1]?.text ?? "",
        ),
    );
    return conditional || (context.fired.get("sets-limit")?.length ?? 0) > 0 ? found.slice(0, 1) : [];
  },
};
