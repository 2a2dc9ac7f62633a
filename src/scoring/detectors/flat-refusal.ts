import type { Detector } from "../types.js";

export const detector: Detector = {
  meta: {
    id: "flat-refusal",
    dimension: "boundaries",
    effect: "hurts",
    points: -8,
    summary: "A no with nothing offered instead.",
    message: "A flat no, with nothing offered instead.",
    explanation:
      "A refusal with no alternative leaves the customer nowhere to go but up the chain. Even a small offer keeps the conversation moving.",
    tip: "Add one thing you can do: 'I can't refund it, but I can offer an exchange or store credit.'",
    examples: {
      fires: ["No refund without a receipt.", "We are unable to process a refund.", "I can't do that."],
      silent: ["I can't refund it, but I can swap it today.", "I've refunded it."],
    },
  },
  needs: ["holds-limit", "offers-alternative"],
  detect(_doc, context) {
    const held = context.fired.get("holds-limit") ?? [];
    if (!held.length || (context.fired.get("offers-alternative")?.length ?? 0) > 0) return [];
    return [held[0] as (typeof held)[number]];
  },
};
