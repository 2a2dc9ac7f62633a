/**
 * Honesty cues (LABELS.md "honesty"): guarantees and certainty about what the agent does not
 * control, vague deflection, transparency about limits and unknowns, owning a mistake, blaming
 * others. Sources: VADER's booster words (Hutto & Gilbert 2014, MIT) for certainty; hedges from
 * Hyland's metadiscourse hedges (1998); the seeds' "be honest, never over-promise"; written for
 * this project. Licence: MIT, part of this project.
 */

/** Guarantees: certainty words that promise an outcome. */
export const GUARANTEES: readonly string[] = [
  "guarantee*", "i promise", "promise you", "i can promise", "definitely", "100 percent", "hundred percent", "for sure", "for certain",
  "certainly will", "absolutely will", "without fail", "no doubt", "rest assured", "i assure you", "i can assure you", "you have my word",
  "never happen again", "will not happen again", "never going to happen again", "not going to happen again", "will never happen",
  "i swear", "cross my heart", "it will be fixed", "it is fixed", "all sorted", "completely sorted", "every single", "sharp",
];

/** Hedges that make a forecast honest ("usually", "should", "about"). */
export const HEDGES: ReadonlySet<string> = new Set([
  "usually", "normally", "typically", "generally", "often", "should", "about", "around", "roughly", "approximately", "probably",
  "likely", "hopefully", "may", "might", "could", "expect", "estimate", "estimated", "aim", "aiming",
  "tends", "tend", "most", "if", "unless", "possibly", "perhaps", "maybe", "think", "believe", "sometimes", "hope",
]);

/** Vague deflection: no owner, no time, no step ("someone will look into it"). */
export const VAGUE: readonly string[] = [
  "look into it", "look into this", "look into that", "looking into it", "look into what happened", "see what we can do", "see what i can do",
  "someone will be in touch", "someone will get back", "someone should be in touch", "someone will contact", "someone will call",
  "someone will look", "they will be in touch", "they will get back to you", "be in touch in due course", "in due course", "at some point",
  "as soon as possible", "asap", "as soon as we can", "we will see", "see what happens", "pass it on", "pass this on", "pass that on",
  "pass your feedback", "passed to the relevant", "the relevant team", "the relevant department", "raise it with", "raise this with",
  "will raise a complaint", "escalate it", "log it", "make a note", "note on your account", "your feedback has been", "will review",
  "can not promise anything", "no promises", "maybe we can", "might be able to", "sort something", "sort something out",
  "see what the manager says", "ask my supervisor about", "ask my manager about", "hopefully soon", "soon", "shortly", "in a bit",
  "checking back", "check back", "try again later", "keep an eye on", "bear with us",
];

/** Transparency about limits and unknowns. */
export const TRANSPARENCY: readonly string[] = [
  "i can not promise", "i can not guarantee", "can not promise", "can not guarantee", "not guaranteed", "no guarantee", "no guarantees",
  "i do not know", "we do not know", "i do not have a date", "do not have an eta", "no eta", "not sure exactly", "i am not sure",
  "not sure yet", "i will not guess", "i won't guess", "i would rather tell you", "rather tell you", "tell you straight", "honestly",
  "to be honest", "to be straight", "to be clear", "the truth is", "i can not", "we can not", "i am not able to", "we are not able to",
  "i am unable to", "i can only", "we can only", "not possible", "is not something i can", "is not something we can", "not in my power",
  "out of my hands", "i do not control", "we do not control", "i can not control", "can not speed", "can not make it", "what i do not know",
  "have not been told", "not confirmed", "not yet confirmed", "yet to confirm", "no date yet", "not yet", "what i can tell you",
  "here is what i know", "what i know", "i will not pretend", "i am not going to pretend", "it depends", "can not",
  "we do not do", "we do not offer", "i do not have",
];

/** Owning a mistake. */
export const OWNERSHIP: readonly string[] = [
  "our mistake", "our error", "our fault", "our failure", "my mistake", "my error", "my fault", "on us", "we got it wrong",
  "we got this wrong", "i got it wrong", "we made a mistake", "we made an error", "we messed up", "i messed up", "we let you down",
  "we dropped the ball", "that is down to us", "down to us", "we should have", "i should have told", "we took your money twice",
  "we charged you twice", "fault on our", "fault in our", "error on our", "failed on our", "problem on our", "mistake on our", "we failed",
  "responsibility is ours", "we are responsible", "i take responsibility", "we take responsibility", "you did everything right",
  "you did nothing wrong", "you should not have had to", "you should never have had to", "you are right", "you are absolutely right", "you are quite right",
];

/** Blaming others, denying the obvious, doubting the customer's account. */
export const BLAME_OTHERS: readonly string[] = [
  "not really down to us", "not down to us", "not our fault", "not our problem", "nothing we could have done", "nothing i could have done",
  "out of our control", "on your bank side", "your bank side", "between you and your bank", "take that up with",
  "take it up with", "take this up with", "the courier fault", "the warehouse did", "the warehouse fault", "the restaurant was",
  "the supplier fault", "head office fault", "the system did", "blame the", "their fault", "their problem", "not us",
  "subcontracted", "third party", "third-party", "we do not control how", "we are not responsible", "not responsible for",
];

/** Doubting the customer's account. */
export const DOUBT: readonly string[] = [
  "are you sure", "are you certain", "it is very unlikely", "very unlikely", "highly unlikely", "it is unlikely", "most likely a duplicate",
  "everything has been done correctly", "done correctly at our end", "so it is really between",
  "it is possible yours", "you must have", "you probably", "did you cancel through", "did you actually", "did you even", "are you certain",
  "it was already", "already cracked", "already damaged", "something else he ate", "something else she ate", "user error",
];

/** Words that mark a specific time or deadline. */
export const TIME_WORDS: readonly string[] = [
  "today", "tonight", "tomorrow", "now", "right now", "within the hour", "within an hour", "in the next hour", "in an hour", "this week", "this morning", "this afternoon", "this evening", "by #", "by # am|pm", "by noon",
  "by midday", "by the end of", "end of the day", "first thing", "within # minutes|hours|days|working", "in # minutes|hours|days",
  "# to # days|working|minutes|hours|weeks", "# days", "# working days", "# hours", "# minutes", "# weeks", "monday", "tuesday",
  "wednesday", "thursday", "friday", "saturday", "sunday", "next week", "this week", "at # am|pm", "noon", "midday",
  "straight away", "immediately", "the moment", "as soon as it", "before you leave", "while you wait", "on the spot",
];
