import { SELF_ABASEMENT } from "../lexicons/tone.js";
import type { Detector } from "../types.js";
import { phraseDetector } from "./_make.js";

export const detector: Detector = phraseDetector(
  {
    id: "self-abasing",
    dimension: "calm",
    effect: "hurts",
    points: -10,
    cap: 65,
    summary: "Running yourself or the team down ('I'm useless', 'we deserve it', 'I'm mortified').",
    message: "Running yourself down is not the same as owning the mistake.",
    explanation:
      "'I'm useless' or 'we deserve it' makes the agent's feelings the topic and leaves the customer to comfort them or agree. Owning a mistake is specific and steady: what went wrong, and what happens next.",
    tip: "Own the mistake plainly instead: 'We told you same day without checking stock. That was our error, and here's what I'll do.'",
    examples: {
      fires: [
        "I'm so bad at my job, sorry.",
        "You're absolutely right, they're useless and so am I for sending them, we deserve every bit of this",
        "I'm so sorry, I'm useless.",
        "We're useless, I know.",
        "I feel awful about this.",
        "We deserve it, honestly.",
        "I'm mortified.",
        "I understand if you never forgive us.",
      ],
      silent: [
        "That was our mistake, and I'm sorry.",
        "I'm not useless at this, I promise; let me check.",
        "You deserve a proper answer.",
        "I won't argue about whether I'm stupid; I'll ring the surgery at 2.",
        "I'm sure the team is embarrassed by the delay, and we will fix it.",
      ],
    },
  },
  SELF_ABASEMENT,
  {
    // "whether I'm useless", "if we're idiots": the words are mentioned, not meant.
    where: (from, _to, doc) => !/^(whether|if)$/.test(doc?.words[from - 1]?.norm ?? ""),
  },
);
