import { PLEADING } from "../lexicons/boundaries.js";
import type { Detector } from "../types.js";
import { phraseDetector } from "./_make.js";

const pleads: Detector = phraseDetector(
  {
    id: "pleads",
    dimension: "boundaries",
    effect: "hurts",
    points: -20,
    cap: 40,
    also: [
      { dimension: "honesty", points: -15, cap: 40 },
      { dimension: "empathy", points: 0, cap: 60 },
    ],
    summary: "Pleading with the customer ('please don't leave a review', 'don't be cross with us').",
    message: "Pleading hands the customer control of the conversation.",
    explanation:
      "Begging the customer not to complain, review or be angry tells them their anger is leverage. A review or complaint is their right; your job is to solve the problem well.",
    tip: "Drop the plea; say what you'll do, and leave the review to them: 'The review is up to you; here's what I can do now.'",
    examples: {
      fires: [
        "I'm really sorry, you're right, we messed it up, I'll transfer the £60 today, please don't put a review up.",
        "Please don't leave a review!",
        "please don't be cross with us",
        "Please don't go to the papers.",
      ],
      silent: [
        "The review is entirely up to you.",
        "Please bring the receipt if you find it.",
        {
          reply:
            "Please don't swear at me, and please don't post our driver's photo; if the abuse carries on I'll end the chat.",
          abusive: true,
        },
      ],
    },
  },
  PLEADING,
  {
    // "please don't post our driver's photo; if the abuse carries on I'll end the chat" sets a
    // limit with its consequence: not a plea.
    when: (context) => !context.fired.get("states-consequence")?.length,
  },
);

export const detector: Detector = { ...pleads, needs: ["states-consequence"] };
