import type { Detector } from "../types.js";

/**
 * Self-blame offered to an abusive customer: "You're right, we're pathetic", "we deserve every word
 * of it". LABELS.md puts "rewards abuse with self-blame" at boundaries 0: the insult is agreed with
 * instead of met with a limit.
 */
export const detector: Detector = {
  meta: {
    id: "rewards-abuse",
    dimension: "boundaries",
    effect: "hurts",
    points: -20,
    cap: 35,
    summary: "Agreeing with an abusive customer's insults ('you're right, we're useless').",
    message: "Agreeing with the insult rewards the abuse instead of setting a limit.",
    explanation:
      "LABELS.md: rewarding abuse with self-blame is boundaries 0. Running yourself down tells an abusive customer that the insults work. The seeds: own the mistake plainly, and name the limit on how you are spoken to.",
    tip: "Own the mistake without the insult, then the limit: 'We got this wrong and I'm sorry. I want to sort it, and I need us to keep it respectful.'",
    examples: {
      fires: [
        { reply: "You're right, we're rubbish, I'm sorry, I'd be angry too.", abusive: true },
        { reply: "you're right, we're useless, I don't know how we let this happen", abusive: true },
      ],
      silent: [
        // Not abusive: running yourself down is a calm fault, not a boundary one.
        { reply: "You're right, we're rubbish, I'm sorry.", abusive: false },
        // Owning the mistake plainly is not self-blame.
        {
          reply: "That was our mistake and I'm sorry. I want to help, and I need us to keep this respectful.",
          abusive: true,
        },
      ],
    },
  },
  needs: ["self-abasing"],
  detect(_doc, context) {
    if (!context.abusive) return [];
    return (context.fired.get("self-abasing") ?? []).slice(0, 1);
  },
};
