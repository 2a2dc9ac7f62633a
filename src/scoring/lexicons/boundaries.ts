/**
 * Boundary cues (LABELS.md "boundaries"): naming a limit on abuse and its consequence, offering
 * what can be done, holding a refusal, and the ways a reply gives way: caving to unreasonable
 * demands, pleading, gifts to make the anger stop, self-blame, counter-aggression.
 * Sources: the seeds' advice on respectful boundaries with abusive customers ("I want to help,
 * and I need us to keep this respectful"); assertiveness training's "broken record" and
 * "workable compromise"; police-respect cues (Voigt et al. 2017) for what reads as respectful
 * firmness. Written for this project; MIT licence.
 */

/** Naming the limit on how the agent is spoken to. */
export const LIMITS: readonly string[] = [
  "do not call me", "please do not call me", "i would ask you not to", "i will ask you not to", "i need you to stop", "stop calling me", "stop the name-calling", "drop the name-calling", "no more name calling", "no more name-calling",
  "the name-calling", "name calling", "name-calling", "calling me names", "call me names", "the insults", "the swearing", "the language",
  "keep this respectful", "keep it respectful", "keep things respectful", "keep this civil", "keep it civil", "be respectful", "respectful",
  "not okay with being", "not okay to", "i will not be called", "i will not be spoken to", "i won't be called", "i won't be spoken to",
  "not while i am being", "not while you are", "i am not willing to", "i will not accept", "will not tolerate", "do not speak to me",
  "please do not speak to me", "do not talk to me like", "do not shout at me", "please stop shouting", "lower your voice",
  "comments about me", "personal comments", "leave the comments", "no need for the insults", "i will not continue if",
  "i will not carry on if", "i can not help you if", "i want to help and i need", "talk to me like that", "speak to me like that",
];

/** The consequence if the abuse goes on. */
export const CONSEQUENCES: readonly string[] = [
  "if that carries on", "if this carries on", "if it carries on", "if that continues", "if this continues", "if it continues",
  "if the * continues", "if the * carries on", "if the * continue", "if they continue", "if it keeps up", "if that keeps up", "if this keeps up",
  "if it happens again", "if that happens again", "if it does not stop", "if it does not", "if you call me * again",
  "end the call", "end this call", "end the chat", "close the chat", "close this chat", "end this conversation", "end the conversation",
  "end our conversation", "stop the call", "finish the call", "hang up", "step away", "hand you over", "hand this over", "pass you to",
  "ask my manager to take over", "ask the manager to", "ask my supervisor to", "get the manager", "get my manager", "leave this with",
  "carry on by email", "continue by email", "pick it up by email", "come back when", "call you back when", "take a break",
  "i will stop here", "i will have to stop", "i will need to stop", "i will have to end", "i will end", "i will close",
];

/** Offering what can be done ("what I can do", "instead", "or I can"). */
export const ALTERNATIVES: readonly string[] = [
  "what i can do", "what we can do", "here is what i can", "i can offer", "we can offer", "i could offer", "i can give", "i can do",
  "i can send", "i can book", "i can arrange", "i can check", "i can set up", "i can put", "i can make", "i can take", "i can refund",
  "i can get", "i can swap", "i can exchange", "i can repair", "i can freeze", "i can pause", "i can cancel", "i can move",
  "i can call", "i can email", "i can text", "i can escalate", "i can help", "i can show", "i can lend", "i can use", "we can send",
  "we can book", "we can arrange", "we can give", "we can do", "you can collect",
  "i will send|give|book|arrange|put|add|email|text|call|refund|swap|order|get|take|check|chase|make|log|switch|move|set|hold|keep|mark|ring|pull|speak|waive|raise|credit",
  "can offer|give|send|book|arrange|freeze|pause|swap|exchange|repair|refund|move|put|check|lend|switch|cancel|collect|hold",
  "if you would like", "if you want", "if you find", "if you prefer", "if you would rather", "if you decide", "you can take", "you can have",
  "you can pick", "you can send", "you can bring", "you can use", "you can choose", "you can still", "instead", "alternatively", "or i can",
  "or we can", "or if you", "another option", "other option", "the options are", "either", "would you like", "would you prefer",
  "happy to", "glad to", "free of charge", "at no cost",
];

/** A refusal (the limit being held). */
export const REFUSALS: readonly string[] = [
  "can not", "unable to", "not able to", "is not something", "isn't something", "not possible", "no chance", "will not be able",
  "not allowed", "not permitted", "do not do", "do not offer", "non-refundable", "not refundable", "no refund", "not eligible", "decline",
  "have to say no", "the answer is no", "outside the", "past the", "beyond the",
];

/** Caving: bending or dropping the rule to make the anger stop. */
export const CAVING: readonly string[] = [
  "this once", "just this once", "make an exception", "an exception", "skip the", "bypass the", "no receipt needed", "no questions asked",
  "do not worry about the", "forget the fee", "waive it", "i will waive", "i will cancel it for free", "for free this once", "keep both",
  "keep it for free", "whatever you want", "anything you want", "you win", "fine, i will",
  "okay okay", "okay, okay", "i will drive", "myself after my shift", "even if i have to", "i will sort you out", "get you a new",
  "i will get you a new", "send you a new one", "a new one for free",
];

/** Gifts beyond policy, offered for the trouble rather than as a remedy. */
export const GIFTS: readonly string[] = [
  "for the trouble", "for all the trouble", "for your trouble", "for your time", "for the inconvenience", "on top", "as well as a",
  "voucher", "gift card", "free year", "year free", "month free on top", "free of charge as well", "as well",
  "it is the least we can do", "least we can do", "completely free", "as a goodwill", "goodwill gesture", "full refund and",
  "in full in cash", "and keep both", "keep both pairs",
];

/** Pleading with the customer to stop being angry, or not to act. */
export const PLEADING: readonly string[] = [
  "please do not be", "please do not go", "please do not leave", "please do not report", "please do not post", "please do not write",
  "please do not stay", "please do not think", "please do not tell", "please do not cancel", "please do not complain", "please do not",
  "do not be cross", "do not be angry", "do not be upset", "do not be mad", "do not stay angry", "please forgive", "i am begging",
  "we would really miss you", "please stay", "please give us another chance",
];

/** Grovelling self-blame that rewards abuse. */
export const GROVELLING: readonly string[] = [
  "i feel awful", "i feel terrible", "i feel so bad", "i feel really bad", "i feel horrible", "i am so stupid", "i am an idiot",
  "we are idiots", "we are useless", "i am useless", "it is all my fault", "totally my fault", "completely my fault", "all our fault",
  "i should have just", "this is the worst", "i am the worst", "i did not mean to", "i did not mean anything", "please do not be angry with me",
  "do not report me", "i am only trying to help", "you are completely right", "you are totally right", "you are so right",
  "you are absolutely right, i", "i am so so sorry", "so so sorry", "i am really really sorry",
];
