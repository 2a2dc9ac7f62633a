import { DEFENDS_MISTAKE } from "../lexicons/honesty.js";
import { hits } from "../phrases.js";
import type { Detector } from "../types.js";
import { factSet } from "./_facts.js";
import { businessAtFault } from "./denies-our-mistake.js";

/** The facts say the business got it wrong: a slip named with us, our staff or our systems. */
const AT_FAULT = ["Our engraver misspelt the date on the ring."];

export const detector: Detector = {
  meta: {
    id: "defends-mistake",
    dimension: "honesty",
    effect: "hurts",
    points: -20,
    cap: 35,
    summary:
      "Defending what the facts say was our mistake: 'we engrave exactly what's written', 'that's normal', 'it's in the terms you agreed to'.",
    message: "The facts say this went wrong on our side; defending it denies the mistake.",
    explanation:
      "LABELS.md: denying an obvious mistake is dishonest. Where the setting says the business got it wrong, 'it was made exactly as ordered', 'that's normal' or 'it's in the terms you agreed to' tells the customer nothing went wrong, and they know it did. Citing a rule is fine where the fault is not ours; here it hides one.",
    tip: "Own the mistake the facts show, in so many words, then say what you can do: 'That was our slip, not yours. I can redo it by Friday.'",
    examples: {
      fires: [
        {
          reply:
            "We engrave exactly what's written on the form. If it says 14.06 that's what goes on the ring.",
          facts: { known: AT_FAULT },
        },
        {
          reply: "the gap is normal for that type of fitting, most people dont notice it",
          facts: { known: ["Our fitter hung the door too low."] },
        },
        {
          reply: "The order was processed as written.",
          facts: { known: ["Staff packed the wrong colour by mistake."] },
        },
        {
          reply: "Honestly a crack like that is normal with thin limbs, your design was ambitious.",
          facts: { known: ["The arm cracked because our team let the wax cool too fast."] },
        },
        {
          reply: "Buyer's premium is standard. It's in the terms you agreed to when you registered.",
          facts: { known: ["The premium didn't show on the lot page, a fault on our website."] },
        },
        {
          reply: "Five weeks for hand-tinned pans is actually pretty quick.",
          facts: { known: ["The pans are two weeks late because our tin delivery was late."] },
        },
      ],
      silent: [
        // The fault is not the business's: a rule may be cited.
        {
          reply:
            "We engrave exactly what's written on the form. If it says 14.06 that's what goes on the ring.",
          facts: { known: ["The customer wrote 14.06 on the order form."] },
        },
        // Owned, then explained.
        {
          reply:
            "That was our mistake, I'm sorry. The plates are normally made exactly to the form, and this time they weren't.",
          facts: { known: AT_FAULT },
        },
        // Negated: "that isn't normal" agrees with the customer.
        { reply: "That gap isn't normal, I'm sorry. I'll send the fitter back.", facts: { known: AT_FAULT } },
        { reply: "I'll check what happened and call you by 4pm.", facts: { known: AT_FAULT } },
        // No facts: nothing says the fault was ours.
        "A crack like that is normal with thin limbs, the design was ambitious.",
        // A breakdown told plainly is not a defence of it.
        {
          reply: "The van broke down, I'm sorry. Van 2 is free 2-4.",
          facts: { known: ["Our van broke down."] },
        },
      ],
    },
  },
  needs: ["owns-mistake"],
  detect(doc, context) {
    if (context.fired.get("owns-mistake")?.length) return [];
    if (!businessAtFault(factSet(context.facts))) return [];
    return hits(doc, DEFENDS_MISTAKE).slice(0, 1);
  },
};
