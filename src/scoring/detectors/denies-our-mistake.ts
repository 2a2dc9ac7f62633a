import type { Detector } from "../types.js";
import { factSet } from "./_facts.js";

/** A known fact that puts the fault with the business: a fault word, and the business as its agent. */
const FAULT =
  /\b(wrong|mistake|error|errors|missed|failed|forgot|forgotten|double-booked|late|damaged|broke|broken|never (?:arrived|came|called|sent))\b/i;
const BUSINESS =
  /\b(?:by (?:the|our) [a-z-]+|our|we|staff|the engineer|the driver|the courier|the system|a colleague|the technician|the fitter|the shop|the bakery|the company)\b/i;
const CUSTOMER_DID = /^the customer (?:missed|forgot|did|didn't|cancelled|booked|chose|signed|ordered)\b/i;

export function businessAtFault(facts: ReturnType<typeof factSet>): boolean {
  return facts.known.some((f) => FAULT.test(f.text) && BUSINESS.test(f.text) && !CUSTOMER_DID.test(f.text));
}

export const detector: Detector = {
  meta: {
    id: "denies-our-mistake",
    dimension: "honesty",
    effect: "hurts",
    points: -15,
    summary: "Putting the blame on the customer for a mistake the facts say was ours.",
    message: "The facts say this was our mistake; blaming them for it is not true.",
    explanation:
      "LABELS.md: blaming others falsely or denying an obvious mistake is dishonest. When the setting says the business got it wrong, a reply that puts it on the customer tells them something untrue, and they know it.",
    tip: "Own the mistake the facts show, in so many words, then fix it.",
    examples: {
      fires: [
        {
          reply: "To be fair, the order form does say Karen, so that's on you.",
          facts: { known: ["The cake was iced with the wrong name by the bakery."] },
        },
      ],
      silent: [
        {
          reply: "I'm sorry, that was our mistake. I can re-ice it by 5pm.",
          facts: { known: ["The cake was iced with the wrong name by the bakery."] },
        },
        {
          reply: "To be fair, the order form does say Karen, so that's on you.",
          facts: { known: ["The customer missed their appointment without notice."] },
        },
      ],
    },
  },
  needs: ["blames-customer"],
  detect(_doc, context) {
    const blame = context.fired.get("blames-customer") ?? [];
    if (!blame.length || !businessAtFault(factSet(context.facts))) return [];
    return [blame[0] as (typeof blame)[number]];
  },
};
