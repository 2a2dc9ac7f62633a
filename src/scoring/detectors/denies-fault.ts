import { DENIES_FAULT } from "../lexicons/honesty.js";
import { addSpans } from "../phrases.js";
import { type Doc, straighten } from "../text.js";
import type { Detector, Span } from "../types.js";
import { echoesKnown } from "./_facts.js";
import { phraseDetector } from "./_make.js";

/** The facts say the customer's side caused it: then saying so is not a denial. */
const CUSTOMER_CAUSED =
  /\bthe (?:customer|guest|client|patient|owner)(?:'s)? (?:missed|forgot|did not|didn't|cancelled|chose|gave the wrong|was (?:out|not (?:home|in)|late)|dropped|broke|damaged)\b/i;

const denies: Detector = phraseDetector(
  {
    id: "denies-fault",
    dimension: "honesty",
    effect: "hurts",
    points: -20,
    cap: 45,
    // LABELS.md: blaming and argumentative replies lose calm too; denying the fault is both.
    also: [{ dimension: "calm", points: -15, cap: 65 }],
    summary:
      "Denying the fault before anyone has looked ('it was fine when it left us', 'keys don't snap on their own', 'not our end').",
    message: "This denies the fault before anyone has checked.",
    explanation:
      "LABELS.md: denying an obvious mistake or blaming others falsely is dishonest. 'It was fine when it left us' or 'that was already there' states as fact what nobody has checked, and puts the fault on the customer or someone else. Say what you know, what you will check, and what you can do meanwhile.",
    tip: "Say what you'll check instead of who is to blame: 'I can't tell yet how it happened; I'll look at it today and put it right either way.'",
    examples: {
      fires: [
        "Heaters don't just pack up on their own, it'll have been plugged into an extension lead.",
        "WE DID NOT WRECK YOUR ROOF. Those tiles were loose before we got there.",
        "Not my fault your card got cancelled, go online and sort it yourself.",
        "Our trays leave here perfect, every one is checked before loading.",
        "If the system is leaking, that's an existing fault with your car. The regas was carried out correctly.",
        "The refund isn't possible, the rustproofing was carried out properly.",
        "She was fine when she left us. The scratch could easily have happened on the way home.",
        "Mate that mirror was already hanging off when you pulled in.",
        "Keys don't snap on their own. Were you forcing it?",
        "It didn't get lost on our end.",
        "we did come, the gate was locked so thats on you really",
        "Our fitters are trained to stay on the joists, so I doubt that crack is from us.",
        "its the guttering mate, thats not ours, we only did the roof",
        "Those swirls were there before we started mate, we don't cause that.",
        "Nobody stole anything. Maybe count your stuff before you send it.",
        "It worked perfectly when it left us.",
        "That machine left here working fine.",
        "Our alarms don't just fail. Was the door left open?",
        "Our guards don't cause overflows.",
        "Our repair didn't do that.",
        "Our team checks every downpipe, so the damage won't have been caused by us.",
        "Mosaic tables aren't for frost. It's not a manufacturing fault.",
        "The base metal is rubbish, that's not my solder.",
        "Our crew follow strict loading procedures.",
        "The committee followed the correct procedure.",
        "Sam's been fitting ladders for years, he always checks.",
        "This is hot tyre pick-up. Nothing wrong with the coating.",
        "Either the leak has moved or your plumber dug in the wrong place. Either way it isn't our error.",
        "Your tiler's put a trowel through the mat. That's on him, not us.",
        "The mortar was falling out before we started, but okay.",
        "Our fitter says the corner got knocked by your dog, so I can't really accept that one's down to us.",
        "That lantern was hanging off before we started.",
        // A cause given, then our part denied where the clause ends.
        "patio floods cos u paved over half the garden last yr, not our soakaway",
        "The turbine ran fine until you restarted it yourself in April, so I'm not convinced this one's on us.",
        "its building control being picky tbh, nothing wrong w the floor",
      ],
      silent: [
        "I'm sorry, it should have been fine when it left us, and it clearly wasn't.",
        "I don't know yet whether it was already cracked; I'll check the photos today.",
        "That's our fault, not yours, and I'll put it right.",
        "The lift pass came from the resort, so it isn't ours to refund.",
        "I can't speed that up on our side, but I'll chase it today.",
        "It should not just fail like that, and I'm sorry it did.",
        "There's nothing wrong with your claim, and I'll chase it today.",
        "The fault was ours, not our supplier's, and I'm sorry.",
        "It ran fine until the part wore out, and replacing it is on us.",
        "That's not your mistake, it's ours, and I'll put it right.",
        "We follow strict procedures, and this time one was missed; that's on us, I'm sorry.",
        "I don't know yet whether it was our fitting; I'll come and look today.",
        {
          reply: "We did try to deliver on Tuesday and nobody was in, so I've rebooked it for Friday.",
          facts: { known: ["The customer was out when the courier called on Tuesday."] },
        },
        // What the facts themselves say happened before.
        {
          reply:
            "The three cracked tiles by the door were cracked before we started, as noted on the job sheet you signed.",
          facts: { known: ["were cracked before we started and are noted on the signed job sheet"] },
        },
      ],
    },
  },
  DENIES_FAULT,
  {
    negatable: false,
    // "that decision isn't ours to overrule" states a limit; "that's not ours" denies the fault.
    where: (_from, to, doc) => !(doc?.words[to]?.norm === "ours" && doc?.words[to + 1]?.norm === "to"),
    // A reply that owns the mistake ("we follow strict procedures, and this time one was missed;
    // that's on us") is not denying it.
    when: (context) =>
      !context.fired.get("owns-mistake")?.length &&
      !(context.facts.known ?? []).some((f) => CUSTOMER_CAUSED.test(f)),
  },
);

export const detector: Detector = {
  ...denies,
  needs: ["owns-mistake"],
  // Saying what the facts say ("those tiles were cracked before we started, as noted on the job
  // sheet") is no denial.
  detect: (doc, context) =>
    addSpans(denies.detect(doc, context), notOursAtEnd(doc)).filter(
      (span) => !echoesKnown(doc, span, context.facts.known ?? []),
    ),
};

/** "…, not our soakaway": the clause ends by denying that our work was the cause. */
const NOT_OURS_AT_END = /,\s*(?:and\s+)?not (?:our|my) [a-z]+\s*(?:[.!;]|$)/;

/**
 * "patio floods cos u paved over half the garden, not our soakaway": a cause put elsewhere, and our
 * work denied at the end of the clause. Not in a sentence that says sorry or owns the fault.
 */
function notOursAtEnd(doc: Doc): Span[] {
  const out: Span[] = [];
  for (const s of doc.sentences) {
    const text = straighten(s.text).toLowerCase();
    if (!NOT_OURS_AT_END.test(text) || /\b(?:sorry|on us|our (?:fault|mistake|error))\b/.test(text)) continue;
    out.push({ start: s.start, end: s.end, text: s.text });
  }
  return out;
}
