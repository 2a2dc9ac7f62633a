import { GIFTS } from "../lexicons/boundaries.js";
import type { Detector } from "../types.js";
import { phraseDetector } from "./_make.js";

export const detector: Detector = phraseDetector(
  {
    id: "gives-away",
    dimension: "boundaries",
    effect: "hurts",
    points: -25,
    cap: 35,
    also: [{ dimension: "honesty", points: -25, cap: 35 }],
    summary: "Gifts beyond policy to buy calm ('a £100 voucher for your time', 'three months free on top').",
    message: "A gift beyond policy, offered to buy calm.",
    explanation:
      "Compensation that is not a remedy for the actual problem (vouchers 'for the trouble', months free 'on top') is usually outside what you may give, teaches that escalation pays, and promises what the business may refuse to honour.",
    tip: "Offer the remedy the problem calls for, and no more: refund what was wrong, fix what broke.",
    examples: {
      fires: ["I'll add a £30 voucher for all the trouble.", "I'll put three months free on your account for the trouble.", "It's the least we can do."],
      silent: ["I've refunded the £4.95 delivery charge.", "I can't offer a voucher, but I can refund the delivery."],
    },
  },
  GIFTS,
);
