import { BLAME_OTHERS } from "../lexicons/honesty.js";
import type { Detector } from "../types.js";
import { phraseDetector } from "./_make.js";

export const detector: Detector = phraseDetector(
  {
    id: "blames-others",
    dimension: "honesty",
    effect: "hurts",
    points: -25,
    cap: 40,
    also: [{ dimension: "calm", points: -12 }],
    summary: "Passing the blame to someone else (the bank, the courier, 'not down to us').",
    message: "This passes the blame instead of owning the problem.",
    explanation:
      "To the customer, you are the company. Blaming a partner, a colleague or their bank sounds like an excuse, and is often untrue. Explaining a cause is fine when you also own the fix.",
    tip: "Own the fix even if someone else caused it: 'The courier missed it, and it's on us to put it right. Here's what I'll do.'",
    examples: {
      fires: [
        "At 120,000 miles that'll be your suspension. Not really our problem, mate.",
        "So sorry! That'll be the courier, they're awful with parcels.",
        "it'll be your bank flagging it as fraud, give them a ring",
        "missed appointments aren't really down to us",
        "it's really between you and your bank now",
        "There's nothing we could have done on our end.",
        "you'll have to take it up with the courier",
        // "not us" contrasts who; it does not negate what follows.
        "The courier broke them, not us - you'll need to take that up with them.",
      ],
      silent: [
        "That's on us, not the restaurant.",
        "I'll chase the courier myself today.",
        // A route to someone on our side is a way up, not blame passed on.
        "if it keeps up I'll stop replying and you can take it up with the manager by email.",
        "You're welcome to take this up with our complaints team.",
      ],
    },
  },
  BLAME_OTHERS,
  {
    where: (_from, to, doc) => {
      if (doc?.words[to]?.norm !== "with") return true;
      const next = (doc?.words ?? []).slice(to + 1, to + 4).map((w) => w.norm);
      return !next.some((w) => OUR_SIDE.test(w));
    },
  },
);

/** Someone on our side: taking it up with them is escalation, not blame ("the manager", "our complaints team"). */
const OUR_SIDE = /^(?:manager|managers|supervisor|complaints|director|owner|head|our|my|me|us)$/;
