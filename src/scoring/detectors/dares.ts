import type { Detector, Span } from "../types.js";

/**
 * "Threaten me again and I'm calling the police", "Touch that shed and I'm calling the police",
 * "Withhold rent and you'll be hearing from the solicitor": a command, then "and", then a sanction.
 * The same limit said as a condition ("If the threats carry on, I'll end the call") is a boundary
 * set calmly, and is left to sets-limit and states-consequence.
 */
const DARE =
  /^\s*([a-z']+)\b[^.!?]*?\band\s+(?:i'm|i am|i'll|i will|we'll|we will|we're|we are|you'll|you will|you're|you are|(?:this|the) (?:call|chat) (?:goes|is going|will go)|the next (?:call|phone call|thing) (?:i|we) (?:make|do|'ll make|will make) (?:is|will be|'ll be))\b[^.!?]*?\b(?:police|security|solicitors?|lawyers?|hang(?:ing)? up|end(?:ing)? (?:the|this) (?:call|chat)|banned|ban you|removed?|remove you|out of (?:here|this)|hearing from|report(?:ing)? you|charges)\b|^\s*([a-z']+)\b[^.!?]*?\bagain and see (?:how|what)\b|^\s*(?:mate,?\s+)?([a-z']+)\b[^.!?]*?\band\s+you\s+can\s+(?:take\s+[^.!?]*?\s+and\s+)?(?:go|leave|get out|shop elsewhere|go elsewhere)(?=\s*(?:[.!]|,?\s*then\b|$))/i;
/** A sanction that only ends the conversation: the consequence a boundary names. */
const ENDS_CALL = /\b(?:hang(?:ing)? up|end(?:ing)? (?:the|this) (?:call|chat))\b/i;
/**
 * The limit already named earlier in the reply: "Talk of finding where people live crosses a line.
 * Say anything like that again and I'll end this call." That is LABELS.md's boundary (the limit,
 * then its consequence), only worded as a command.
 */
const LIMIT_NAMED =
  /\b(?:cross(?:es|ed)? (?:a|the) line|(?:is|are)(?:n't| not) ok(?:ay)?|not acceptable|unacceptable|(?:won't|will not) (?:be (?:called|spoken|sworn|threatened|shouted)|accept|tolerate)|(?:has|have|needs?) to stop|keep (?:this|it|things) (?:respectful|civil))\b/i;
/** The commands a dare opens with: what the customer is dared to do (again). */
const DARE_VERBS =
  /^(threaten|touch|withhold|call|speak|talk|turn|come|swear|say|shout|push|lay|try|raise|hit|follow|keep|damage|break|refuse|set|put|use|take|post|write|leave|step|walk|film|record)$/i;

export const detector: Detector = {
  meta: {
    id: "dares",
    dimension: "calm",
    effect: "hurts",
    points: -25,
    cap: 35,
    also: [{ dimension: "boundaries", points: -15, cap: 35 }],
    summary:
      "A dare: a command, then a sanction ('Threaten me again and I'm calling the police', 'Withhold rent and you'll hear from our solicitor').",
    message: "This dares them to carry on, which is a threat, not a limit.",
    explanation:
      "A limit is calm when it says what you need and what will happen if it goes on. Said as a dare, the same consequence becomes a counter-threat: it invites the customer to test you and raises the temperature. LABELS.md: turning aggressive or threatening is calm 0 and boundaries 0.",
    tip: "Say the limit as a condition, calmly: 'I want to help, and I need us to keep this respectful. If the threats carry on, I'll end the call.'",
    examples: {
      fires: [
        "Threaten me again and I'm calling the police. Your delivery will come when it comes.",
        "Touch that shed and I'm calling the police.",
        "Withhold rent and you'll be hearing from the landlord's solicitor.",
        "Call me a moron again and I'm hanging up.",
        "Call us scumbags again and see how quickly your cover gets cancelled.",
        "Threaten me again and this call goes straight to the police.",
        "Come near my staff with a dog and the next call I make is to the police.",
        "Mate, talk to me like that and you can take your drill and go.",
        // The limit named first makes "end the call" a boundary; the police stay a threat.
        "Threats aren't OK. Threaten me again and I'm calling the police.",
        "Speak to me like that again and I'll hang up. That is not acceptable.",
      ],
      silent: [
        "If the threats carry on, I'll end the call.",
        "Come in Thursday and I'll squeeze you in.",
        "Come in tomorrow and you can leave it with us.",
        "Pop in at 3 and you can go straight through.",
        "Bring it in and we'll call you when it's ready.",
        "I won't be spoken to like that; if it continues I'll end the call.",
        "Please stop shouting and I'll be able to help you.",
        "Let me get the cash from the till and we'll call it even, no need for the police.",
        "Petrol isn't something we can cover, and the case is with the police now.",
        "I want to help, but talk of finding where people live crosses a line. Say anything like that again and I'll end this call.",
      ],
    },
  },
  detect(doc) {
    const out: Span[] = [];
    for (const s of doc.sentences) {
      const m = DARE.exec(s.text);
      if (!m || !DARE_VERBS.test(m[1] ?? m[2] ?? m[3] ?? "") || /\bno need for\b/i.test(m[0])) continue;
      if (ENDS_CALL.test(m[0]) && LIMIT_NAMED.test(doc.text.slice(0, s.start))) continue;
      const start = s.start + (m.index ?? 0) + (m[0].length - m[0].trimStart().length);
      out.push({
        start,
        end: s.start + (m.index ?? 0) + m[0].length,
        text: doc.text.slice(start, s.start + (m.index ?? 0) + m[0].length),
      });
    }
    return out;
  },
};
