import { DISMISSIVE } from "../lexicons/calm.js";
import type { Detector } from "../types.js";
import { brushOff, phraseDetector } from "./_make.js";

export const detector: Detector = phraseDetector(
  {
    id: "dismissive",
    dimension: "calm",
    effect: "hurts",
    points: -18,
    cap: 65,
    also: [{ dimension: "boundaries", points: -15 }],
    summary: "Dismissive phrases ('calm down', 'that's just policy', 'not my problem', 'as I said').",
    message: "This phrase brushes the customer off.",
    explanation:
      "Phrases like 'calm down', 'relax', 'that's just policy' and 'not my problem' are on every de-escalation list of things never to say: they tell the customer their reaction is the problem, and anger rises.",
    tip: "Replace the brush-off with what you can do: 'I can't change the policy, but here's what I can do today.'",
    examples: {
      fires: [
        "Please don't panic, it's only a parcel and these things usually turn up.",
        "There's no need to get worked up.",
        "46 of them worked fine so stop exaggerating.",
        // The rule as the whole answer.
        "Refunds go back to card, that's just how it works.",
        "Not sure what you expected really.",
        "Shouting won't make the parts arrive any sooner.",
        "Look, it's not like we broke it on purpose.",
        "i dont know what you expect me to do about the weather",
        "Fine, go and look it up yourself then.",
        "We're hardly the only garage with a waiting list.",
        "Do you want the appointment or not?",
        "Hotels aren't included, as I'm sure you know.",
        "Finding where I work won't make the servers go any faster, I'm afraid.",
        "They'll come back when they come back.",
        "Sir, the brakes were illegal. You should be thanking us.",
        "I've noted that you consider us parasites. For your information, the survey is on Tuesday.",
        "Calling me scum isn't going to fix a mast. Post whatever you like.",
        "Please calm down, sir.",
        "Teachers are ill from time to time, it happens.",
        "That's just policy.",
        "As I already said, repairs take as long as they take.",
      ],
      silent: [
        // Reassurance with help on its way is not a brush-off.
        "Don't panic, I'll have a courier bring a new one to your door this afternoon.",
        "It will not stop working again: the part is new.",
        // A date promised for when it comes is not the wait waved away.
        "We'll fit the right plaque when it comes, no charge.",
        "so sorry!! sit back and relax, we'll keep the kitchen open for you this morning",
        "Waiting won't make any difference to the refund: it's already on its way.",
        "I'll look it up for you myself.",
        "I'm glad to help, and if it happens again I'll end the call.",
        "I'm glad to help, but please don't call me names or I'll have to end the call.",
        "I'm not going to ask you to calm down.",
        "I'll explain the policy and what I can do.",
      ],
    },
  },
  DISMISSIVE,
  {
    window: 12,
    // "if it happens again, I'll end the call" is a condition, not "it happens" shrugged off.
    where: brushOff,
  },
);
