import { THREATS } from "../lexicons/calm.js";
import type { Detector } from "../types.js";
import { phraseDetector } from "./_make.js";

export const detector: Detector = phraseDetector(
  {
    id: "threatens",
    dimension: "calm",
    effect: "hurts",
    points: -35,
    cap: 30,
    also: [
      { dimension: "boundaries", points: -40, cap: 25 },
      { dimension: "empathy", points: -15, cap: 35 },
    ],
    summary: "Threats and counter-aggression ('I'll have you removed', 'take it or leave it').",
    message: "A threat or a dare: this is counter-aggression, not a boundary.",
    explanation:
      "A boundary names a limit and a calm consequence ('if the insults continue, I'll end the call'). A threat or a dare ('go ahead and report me', 'I'll have you removed') escalates and rewards the fight.",
    tip: "Turn the threat into a boundary: 'I want to help, and I need the insults to stop; if they continue, I'll end the call.'",
    examples: {
      fires: [
        "Sounds like your drain's blocked. Tell the street whatever you like.",
        "Threaten me again and see who gets sorted out.",
        "Threatening the manager is a police matter. Any more of that and you'll lose the booking.",
        "Call me a thief one more time and I'll have you removed.",
        "Go ahead and try to get me fired.",
        "Report us if you like.",
        "Nobody promised you anything. Go to the paper if you like.",
        "Sue away. Nobody's coming on the warehouse floor.",
        "Sorry our schedule doesn't suit you. Feel free to cancel.",
        "You could have checked the forecast. Leave whatever review you like.",
        "Don't pay your rent then, see what happens.",
        "Come to the window then, mate. Security'll be waiting for you.",
        "Come down if you like, security will deal with you.",
        "Tell whoever you like.",
        "Come to the yard and see what happens.",
        "Go to the papers then.",
      ],
      silent: [
        "If it happens again, tell me and we will see what we can do.",
        // Helpful directions are not a threat waved on.
        "If you'd rather, the bank can raise a chargeback and we'll send them the log.",
        "Feel free to ring me back if anything else comes up.",
        "You're entitled to contact Trading Standards if you want to. I do want to help.",
        "I can't offer £200. You're welcome to contact trading standards if you want to.",
        "sorry the update broke your exports when you had invoices to get out",
        "If the insults continue, I'll end the call.",
        "You're welcome to make a complaint; here's the form.",
        "Let's restart the router and see what happens.",
        // The consequence named calmly, on a condition that the abuse goes on: a boundary.
        "I need you to stop threatening me; if it goes on I'll call security over.",
        "If the threats carry on, security will deal with it.",
        "I need you to step back: if there are any more threats I'll call security over.",
        "Please, no shouting and no breaking the machine, or I must call security.",
        "Talk of smashing the place up has to end here, though, or I'll be asking you to leave the shop.",
        "I'd ask you to leave out 'cowboy'; I want to keep this civil so we can sort it, or else I'll hand it to my manager to answer in writing.",
        "I'll speak to the manager again and see if we can do something about collecting it.",
      ],
    },
  },
  THREATS,
  {
    // "if it goes on I'll call security": LABELS.md's boundary (a limit and its consequence, said
    // calmly) shares the words of a threat; the condition that the abuse continues tells them apart.
    where: (from, to, doc) => {
      if (!doc) return true;
      const sentence = doc.words[from]?.sentence;
      const before = doc.words
        .filter((w, i) => i < from && w.sentence === sentence)
        .map((w) => w.norm)
        .join(" ");
      // "Let's restart the router and see what happens" tries something together; "come to the yard
      // and see what happens" dares.
      if (doc.words[from]?.norm === "and" && /^(let|we|i|lets)\b/.test(before)) return false;
      // "You're entitled to contact Trading Standards if you want to": their right, said plainly.
      if (RIGHTS.test(before)) return false;
      const phrase = doc.words
        .slice(from, to + 1)
        .map((w) => w.norm)
        .join(" ");
      // "I'll speak to the manager again and see if we can do something": trying again, not a dare.
      if (phrase === "again and see" && /^(if|whether)$/.test(doc.words[to + 1]?.norm ?? "")) return false;
      // "…I want to keep this civil so we can sort it, or else I'll hand it to my manager": the
      // request, then "or else" and a calm consequence.
      if (phrase === "or else") {
        const after = doc.words
          .filter((w, i) => i > to && w.sentence === sentence)
          .map((w) => w.norm)
          .join(" ");
        if ((ASKED_FIRST.test(`${before} or`) || CIVIL.test(before)) && CALM_AFTER.test(after)) return false;
      }
      return !CONTINUES.test(before) && !ASKED_FIRST.test(before);
    },
  },
);

/**
 * A condition that the abuse goes on: "if it goes on", "if the threats continue", "if this carries
 * on", "if there are any more threats".
 */
const CONTINUES =
  /\bif (?:it|this|that|you|the [a-z]+|your [a-z]+|any more [a-z]+) (?:goes on|go on|continues|continue|carries on|carry on|keeps? (?:up|going|on)|happens again|persists|does not stop|do not stop)\b|\bif there (?:is|are|s) (?:any )?(?:more|further|another)\b/;
/** A request to keep it civil: "I want to keep this civil", "I'd ask you to leave out 'cowboy'". */
const CIVIL =
  /\b(?:keep (?:this|it|things) (?:civil|respectful|calm)|ask you to (?:leave out|stop|drop)|leave out)\b/;
/** A calm consequence: handing over, ending the call, carrying on in writing. */
const CALM_AFTER =
  /^(?:i|we)(?: will| ll| shall| have to| will have to| need to)? (?:hand|pass|end|close|stop|ask|carry on|continue|put|leave|take a break)\b/;
/** The customer's right to complain, said as theirs: "you're entitled to", "you have every right to". */
const RIGHTS =
  /\b(?:entitled to|(?:every|the|a|your) right to|it is your right|(?:welcome|free) to (?:contact|complain|escalate|raise|write|report|appeal|speak|call))\b/;
/**
 * A request first, then the consequence: "please, no shouting, or I must call security", "talk of
 * smashing the place up has to end here, or I'll be asking you to leave the shop".
 */
const ASKED_FIRST =
  /\b(?:please|no|stop|not|(?:has|have|needs?|must) (?:to )?end|ends? (?:here|now))\b.*\bor(?: else)?(?: i| we)?(?: must| will| shall| have to| need to| will have to| would have to| ll)?(?: be asking you to| have to ask you to| ask you to)?$/;
