import { FEELING_WORDS } from "../lexicons/feelings.js";
import { hits } from "../phrases.js";
import type { Detector } from "../types.js";

/** "I feel awful" is about the agent, not the customer; the frame words before a feeling decide. */
const SELF = /^(i|i am|i feel|i felt|i am feeling|i am so|i am really|i feel so|i feel really)$/;

/** Feeling words that also name where a thing is ("stuck at the depot", "stranded in Leeds"). */
/** Parts of a body that can be sore. */
const BODY =
  /^(?:paw|paws|leg|legs|back|throat|head|foot|feet|arm|arms|neck|knee|knees|ankle|wrist|eye|eyes|ear|ears|tooth|teeth|hoof|hip|shoulder|tummy|stomach|skin|spot|muscles|gums|mouth)$/;
const THING_STATES = /^(stuck|stranded|trapped|shattered|drained)$/;
/** Who can feel stuck: "you must feel stuck", "left you stranded", "you are stuck". */
const PERSON = /^(you|feel|feeling|felt|leave|left|leaving|we|they|he|she|kids|family)$/;

export const detector: Detector = {
  meta: {
    id: "names-feeling",
    dimension: "empathy",
    effect: "helps",
    points: 35,
    summary: "Naming what the customer feels ('that's maddening', 'you must be so worried').",
    message: "You named how they feel.",
    explanation:
      "Naming the feeling before the problem (the seeds: 'feelings first') shows you heard the person, not just the ticket. EPITOME calls this an emotional reaction; it is the strongest single empathy signal.",
    tip: "Name the feeling before you explain anything: 'I can hear how frustrating this is.'",
    examples: {
      fires: [
        // Plain words, as learners of English put it.
        "The crates came Saturday, your men waited a long time, this is bad for you.",
        "Standing there with a conductor while the app shows nothing must have been mortifying.",
        "Drips and runs on a gate you paid £340 for, I can see why you're unhappy looking at it.",
        "Finding him squashed the day before the party is such a sinking feeling.",
        "Losing a match on a call you think was wrong really stings.",
        "That sounds like an awful day.",
        "no wonder you're fed up",
        "I'd be fuming too.",
        "Being told no on top of that would make anyone furious.",
        "I can hear how worried you are.",
        "Being left stuck at the side of the road is miserable.",
        "Two nights of music till 2am, you must all be shattered.",
      ],
      silent: [
        "It'll just be stuck at a sorting office.",
        "The screen shattered when it was dropped.",
        "I feel awful about this.",
        "Don't worry, it's done.",
        "no worries, new box going out tomorrow",
        "No stress, the loaner will fit perfectly.",
        "No need to worry, the parade is being rerun next Saturday.",
        "The part is on order.",
        "It's not frustrating at all.",
        "Apologies for any confusion.",
        "Maybe try reading the signs next time instead of insulting people.",
        "Aska's only got a sore paw, she'll be fine by the 19th.",
      ],
    },
  },
  detect(doc) {
    return hits(doc, FEELING_WORDS, {
      window: 3,
      where: (from) => {
        // "any confusion", "the inconvenience": a stock phrase, not a named feeling.
        if (
          /^(any|the)$/.test(doc.words[from - 1]?.norm ?? "") &&
          /^(confus|inconvenien|hassle|upset)/.test(doc.words[from]?.norm ?? "")
        )
          return false;
        const before = doc.words
          .slice(Math.max(0, from - 3), from)
          .filter((w) => w.clause === doc.words[from]?.clause)
          .map((w) => w.norm);
        for (let k = 0; k < before.length; k++) if (SELF.test(before.slice(k).join(" "))) return false;
        // "no worries", "no stress", "no hassle", "no need to worry", "nothing to worry about": "no
        // problem", not a feeling named.
        const noProblem =
          before.at(-1) === "no" ||
          (before.at(-1) === "to" && before.some((w) => /^(?:no|not|nothing|need)$/.test(w)));
        if (noProblem && /^(?:worr|stress|panic|fret|hassle|bother)/.test(doc.words[from]?.norm ?? ""))
          return false;
        // "a sore paw", "a singer with a sore throat": the body, not a feeling.
        if (doc.words[from]?.norm === "sore" && BODY.test(doc.words[from + 1]?.norm ?? "")) return false;
        // "instead of insulting people", "stop upsetting the staff": a doing, not a feeling named.
        if (
          /ing$/.test(doc.words[from]?.norm ?? "") &&
          /^(?:of|stop|keep|from|without|by|quit|start)$/.test(doc.words[from - 1]?.norm ?? "")
        )
          return false;
        // "it'll just be stuck at a sorting office": a state of a thing, unless said of a person.
        if (THING_STATES.test(doc.words[from]?.norm ?? "")) {
          // Said of a person anywhere earlier in the clause ("you must all be shattered").
          const clause = doc.words[from]?.clause;
          const earlier = doc.words.slice(0, from).filter((w) => w.clause === clause);
          if (!earlier.some((w) => PERSON.test(w.norm))) return false;
        }
        return true;
      },
    });
  },
};
