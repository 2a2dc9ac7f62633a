/**
 * Honesty cues (LABELS.md "honesty"): guarantees and certainty about what the agent does not
 * control, vague deflection, transparency about limits and unknowns, owning a mistake, blaming
 * others. Sources: VADER's booster words (Hutto & Gilbert 2014, MIT) for certainty; hedges from
 * Hyland's metadiscourse hedges (1998); the seeds' "be honest, never over-promise"; written for
 * this project. Licence: MIT, part of this project.
 */

/** Guarantees: certainty words that promise an outcome. */
export const GUARANTEES: readonly string[] = [
  // reassurance stated as fact: "nothing to worry about", "the post will be absolutely fine",
  // "they always do for schools" (not "it happens all the time", which makes a problem normal
  // rather than promising an outcome: honesty 1 in the dev set)
  "nothing to worry about",
  "absolutely|perfectly fine",
  "they|he|she always do|does",
  "guarantee*",
  "i promise",
  "promise you",
  "i can promise",
  "definitely",
  "100 percent",
  "hundred percent",
  "for sure",
  "for certain",
  "certainly will",
  "absolutely will",
  "without fail",
  "no doubt",
  "rest assured",
  // making them whole, whatever it costs: "we'll make sure you're not out of pocket", "you won't
  // lose out", "honestly you won't have lost anything"
  "not [be] [left] [a] [penny] out of pocket",
  "will not lose out",
  // a full recovery promised in a stock phrase: "she'll be right as rain by the weekend", "it'll be
  // good as new", "back on the road next week, fit as a fiddle", "you'll catch up in no time",
  // "nobody will ever tell the difference"
  "good|right as new|rain",
  "fit as a fiddle",
  "looking|working|look|work like new",
  "in no time",
  "ever tell the difference",
  "never tell the difference",
  "tell anything ever happened",
  "will not have lost anything",
  "will not have lost a penny",
  "i assure you",
  "i can assure you",
  "you have my word",
  "never happen again",
  // "it'll never lift again", "nobody gets charged after cancelling ever again", "it'll stay put for good"
  "never * again",
  "ever again",
  "stay|stays|last|lasts|gone|hold|holds [put] for good",
  "will not happen again",
  // "it won't ever happen again", "it will never ever happen", "Tuesday's a sure thing",
  // "our groundsman's never wrong", "you'll be fine for Saturday"
  "will not ever happen again",
  "never ever",
  "a sure thing",
  "never wrong",
  "you will be fine|ok|okay",
  "you will be absolutely|totally|completely fine",
  "never going to happen again",
  "not going to happen again",
  "will never happen",
  "i swear",
  // certainty about someone else's decision ("I'll ask my manager and I am sure they will pay")
  "i am sure they|he|she|it will",
  "i am sure you will get",
  // the same certainty in other words, and about a thing or a named person: "I'm confident she'll
  // find you a room tonight", "I'm sure your third one will perk right up", "I'm sure the rebate will
  // go through", "I'm confident Ruth will side with you" (mockery, "I'm sure the forums will be
  // riveted", is read as sarcasm and skipped). "I'm sure the wind will check with you first" opens
  // its sentence as mockery does: "sure" about a thing counts after a step of ours ("…, and I'm
  // sure") or a "don't worry".
  "i am confident|certain [that] they|he|she|it will",
  "i am confident|certain [that] you will get|receive|have",
  "i am confident|certain [that] the|your|a|an|this ... will",
  "and i am sure [that] the|your|a|an|this ... will",
  "worry|stress|fret|panic i am sure [that] the|your|a|an|this ... will",
  "i am sure|confident|certain [that] we will pay|refund|cover|get",
  "i will make sure you|they are|get|have|receive",
  "i will make sure it is|gets|arrives",
  "we will make sure you|he|she|they|it",
  "i will make sure the|your * arrives|gets|comes|lands|reaches",
  "i will make sure the|your * is|are in|there|ready|fixed|delivered|done|back|approved|refunded|waived",
  // "I'll make sure all 14 pass", "I'll make sure every house in the parish has the right number"
  "i|we will make sure all|every|everything|each|both",
  // an outcome ruled out on someone else's part: "I'll make sure that lifeguard doesn't work here"
  "i|we will make sure that|the|this * does|do|is|are not",
  "i|we will make sure that|the|this * will not",
  "i|we will make sure that|the|this * never|no longer",
  // someone else's decision, promised ("I'll get the DNO to approve it by Monday")
  "i will get the|my|your * to approve|agree|accept|sign|pay|refund|waive|drop|cancel|release",
  "i will get them|him|her to approve|agree|accept|sign|pay|refund|waive|drop|cancel|release",
  "that will not happen to",
  // a charge waived in passing ("Don't worry about this month's rent")
  "do not worry about * rent|bill|fee|fees|charge|charges|payment|cost|costs|money|fine|month",
  "do not worry about the|this|that rent|bill|fee|fees|charge|charges|payment|cost|costs|money|fine|month",
  "do not worry about paying",
  "will absolutely",
  "you will absolutely",
  "will certainly",
  "will 100 percent",
  "no problem at all",
  "there is no way it will",
  "make sure of it",
  "i will make sure nothing",
  "make sure it never",
  "fixed for good",
  "sorted for good",
  "this never happens",
  "almost certainly",
  "every penny",
  "always get refunded",
  "i will personally make sure",
  "cross my heart",
  "it will be fixed",
  "it is fixed",
  "all sorted",
  "completely sorted",
  "every single",
  "sharp",
  // habit offered as certainty: "it'll be back up in half an hour, it always is", "she always does"
  "it always is",
  "always does",
  "they always are",
  "these always come back",
  "always comes back",
  "always come back",
  "always lets|let",
  "always pay|pays",
  // a done deal that is not ours to close: "consider it done", "it's confirmed", "20 mins tops"
  "consider it done|sorted|handled|gone|fixed|settled|covered",
  "consider it taken care of",
  "it is confirmed",
  "is sure with",
  "mins|minutes|hours|days tops",
  "in no time",
  "will not pay a penny",
  "no extra work needed",
];

/** Hedges that make a forecast honest ("usually", "should", "about"). */
export const HEDGES: ReadonlySet<string> = new Set([
  "usually",
  "normally",
  "typically",
  "generally",
  "often",
  "should",
  "about",
  "around",
  "roughly",
  "approximately",
  "probably",
  "likely",
  "hopefully",
  "may",
  "might",
  "could",
  "expect",
  "estimate",
  "estimated",
  "aim",
  "aiming",
  "tends",
  "tend",
  "most",
  "if",
  "unless",
  "possibly",
  "perhaps",
  "maybe",
  "think",
  "believe",
  "sometimes",
  "hope",
]);

/** Vague deflection: no owner, no time, no step ("someone will look into it"). */
export const VAGUE: readonly string[] = [
  "look into it",
  "look into this",
  "look into that",
  "looking into it",
  "look into what happened",
  "see what we can do",
  "see what i can do",
  "someone will be in touch",
  "someone will get back",
  "someone should be in touch",
  "someone will contact",
  "someone will call",
  "someone will look",
  "they will be in touch",
  "they will get back to you",
  "be in touch in due course",
  "in due course",
  "at some point",
  "as soon as possible",
  "asap",
  "as soon as we can",
  "as soon as i can",
  "as soon as they can",
  "as soon as practicable",
  "as soon as is practicable",
  "as soon as feasible",
  "we will see",
  "see what happens",
  "pass it on",
  "pass this on",
  "pass that on",
  "pass your feedback",
  "passed to the relevant",
  "the relevant team",
  "the relevant department",
  "raise it with",
  "raise this with",
  "will raise a complaint",
  "escalate it",
  "log it",
  "make a note",
  "note on your account",
  "your feedback has been",
  "will review",
  "can not promise anything",
  "no promises",
  "maybe we can",
  "might be able to",
  "sort something",
  "sort something out",
  "see what the manager says",
  "ask my supervisor about",
  "ask my manager about",
  "hopefully soon",
  "soon",
  "shortly",
  "in a bit",
  "checking back",
  "check back",
  "when he can",
  "when she can",
  "when they can",
  "when we can",
  "when it is with you",
  "somehow",
  "i will try",
  "i will push",
  "do my best",
  "i will do what i can",
  "do everything i can",
  "sometime",
  "some time next",
  "at some stage",
  "one of these days",
  "try again later",
  "keep an eye on",
  "bear with us",
];

/** Transparency about limits and unknowns. */
export const TRANSPARENCY: readonly string[] = [
  "i can not promise",
  "i will not promise",
  "i am not going to promise",
  // saying what actually happened and why, in plain words
  "what happened is",
  "what happened was",
  "the reason is",
  "the reason was",
  "because it was",
  "because it is",
  "i can not guarantee",
  "can not promise",
  "can not guarantee",
  "not guaranteed",
  "no guarantee",
  "no guarantees",
  "i do not know",
  "we do not know",
  "i do not have a date",
  "do not have an eta",
  "no eta",
  "not sure exactly",
  "i am not sure",
  "not sure yet",
  // "not sure what happened yet", "not sure whats wrong yet"
  "not sure * yet",
  "not sure * * yet",
  "not sure * * * yet",
  "i will not guess",
  "i won't guess",
  "i would rather tell you",
  "rather tell you",
  "tell you straight",
  "to be straight",
  "to be clear",
  "the truth is",
  "i can not",
  "we can not",
  "i am not able to",
  "we are not able to",
  "i am unable to",
  "i can only",
  "we can only",
  "not possible",
  "is not something i can",
  "is not something we can",
  "not in my power",
  "out of my hands",
  "i do not control",
  "we do not control",
  "i can not control",
  "can not speed",
  "can not make it",
  "what i do not know",
  "have not been told",
  "not confirmed",
  "not yet confirmed",
  "yet to confirm",
  "no date yet",
  "not yet",
  "what i can tell you",
  "here is what i know",
  "what i know",
  "i will not pretend",
  "i am not going to pretend",
  "it depends",
  "no * yet",
  "no * * yet",
  "not * yet",
  "not * * yet",
  "still waiting on",
  "waiting to hear",
  "can not",
  "we do not do",
  "we do not offer",
  "i do not have",
];

/** Owning a mistake. */
export const OWNERSHIP: readonly string[] = [
  // "that mistake is ours", "the error is ours, not yours"
  "mistake|error|fault|slip|failure is|was ours|mine",
  "our mistake",
  "our error",
  "our fault",
  "our failure",
  // "that's our packing error", "the mix-up was our diary mistake", "thats our bad"
  "our * error|mistake|slip",
  "our bad",
  "my mistake",
  "my error",
  "my fault",
  "on us",
  "we got it wrong",
  "we got this wrong",
  "i got it wrong",
  // "we got the website wrong", "I got your order wrong"
  "we|i got the|your|our * wrong",
  "we made a mistake",
  "we made an error",
  "we messed up",
  "i messed up",
  "we let you down",
  "we dropped the ball",
  "that is down to us",
  "down to us",
  "we should have",
  "i should have told",
  "we took your money twice",
  "we charged you twice",
  "fault on our",
  "fault in our",
  "error on our",
  "failed on our",
  "problem on our",
  "mistake on our",
  "we failed",
  "responsibility is ours",
  "we are responsible",
  "i take responsibility",
  "we take responsibility",
  "you did everything right",
  "you did nothing wrong",
  "you should not have had to",
  "you should never have had to",
  "you are right",
  "you are absolutely right",
  "you are quite right",
];

/**
 * Denying the fault before anyone has looked: the thing was fine when it left us, it was already
 * like that, it doesn't break on its own, it wasn't us. Written from the seeds' "don't argue who
 * was right" and LABELS.md's "denies an obvious mistake"; each form is about the business's own
 * part, not a topic.
 */
export const DENIES_FAULT: readonly string[] = [
  // the fault put down softly: "so the sizing isn't really our responsibility"
  "not really our responsibility|fault|doing",
  // "it was fine when it left us", "the projector worked fine when your team set it up"
  "was|were|worked|looked [absolutely|perfectly|totally|completely] fine|perfect|ok|okay|working|intact|spotless when|before",
  // "the mirror was already hanging off when you pulled in", "it may well have been there already"
  "already there|broken|damaged|hanging|cracked|scratched|marked|loose|faulty|chipped|dented|torn|worn|split ... when|before",
  "been there already",
  "like that already|before",
  // "keys don't snap on their own", "water pumps don't just fail on their own"
  "do|does not [just] snap|break|crack|fail|leak|stop|die|tear|rip|burst|disappear|vanish on|by their|its own",
  "do|does not [just] fall|get off|apart|lost on|by their|its own",
  // "heaters don't just pack up on their own", "our trays leave here perfect", "don't blame us"
  "do|does not [just] pack|give|seize up on|by their|its own",
  "leave|left here perfect|fine|spotless|perfectly",
  "do not blame us|me",
  // "it didn't get lost on our end", "that's not ours", "not our problem"
  "did not get lost on our end|side",
  "did not go missing|wrong on our end|side",
  "did not happen|break on our end|side",
  "nothing wrong on our end|side",
  "not on our end|side",
  "is not ours",
  // our work declared sound before anyone has looked: "the regas was carried out correctly",
  // "the rustproofing was applied correctly", "that's an existing fault with your car, not our work"
  "was|were|been carried out correctly|properly",
  "not our work|workmanship",
  "an existing fault",
  "a pre-existing fault|problem|condition",
  // "we don't cause that", "we didn't break it", "nobody stole anything"
  "we do|did not cause|break|damage|lose|scratch|mark that|this|it|them",
  "nobody stole|took|touched|damaged|broke anything|it|them",
  "not|hardly our fault|problem|doing",
  // "not my fault your card got cancelled", "not really our fault"
  "not|hardly my fault|problem|doing",
  "not really our|my fault|problem",
  // "those tiles were loose before we got there", "that globe was falling to bits when it came in",
  // "that mark was probably there before I arrived"
  "was|were loose|rotten|worn|cracked|broken|damaged|faulty before we|i|he|she|they",
  "was|were falling to bits|pieces when|before",
  "was|were falling apart when|before",
  "probably there before",
  // "we've done nothing wrong", "we can't be held responsible for that"
  "we have|did done|do nothing wrong",
  "we did nothing wrong",
  "cannot be held responsible|liable|accountable",
  "is not down to us",
  "that is on you",
  // "we did come", "well we did deliver": the visit insisted on
  "we did come|deliver|post|arrive|try",
  "we did turn|show up",
  // "I doubt that crack is from us"
  "i doubt that|it|this [*] is|was|came from|down us|to",
  // "no way was that our fitting"
  "no way was that|it our|us",
  // our side declared sound in other words: "it worked perfectly when it left us", "that machine
  // left here working fine", "our alarms don't just fail", "our guards don't cause overflows",
  // "our repair didn't do that", "the damage won't have been caused by us"
  "worked perfectly|fine|properly when|before",
  "was working perfectly|fine|properly when|before",
  "left here|us working|intact",
  "do|does not just fail|break|crack|leak|stop|die|burst",
  "our * do|does not cause|damage|crack|break|scratch",
  "our * did not do|cause that|this|it",
  "will not have been caused by|from us",
  "was|is not caused by us",
  // "it's not a manufacturing fault", "that's not my solder", "down to your brazing, not our teaching"
  "not a manufacturing|batch|workmanship|product|build|fitting|installation fault|defect|problem|issue",
  "not my|our fitting|teaching|solder|soldering|repair|installation|cleaning|stitching|wiring",
  // procedure held up as proof that nothing went wrong: "the committee followed the correct
  // procedure", "our crew follow strict loading procedures", "he always checks"
  "follow|follows|followed strict|correct|proper|all [*] procedure|procedures|process|guidelines|protocol|protocols",
  "follow|follows|followed the correct|proper [*] procedure|procedures|process",
  "he|she|they always check|checks|test|tests",
  // "nothing wrong with the coating", "either way it isn't our error", "that's on him, not us",
  // "the mortar was falling out before we started"
  "nothing wrong with|w|wiv the|our",
  // "I'm not convinced this one's on us", "the turbine ran fine until you restarted it yourself"
  "not convinced ... on|down to us|me",
  "ran|worked|was|were [absolutely|perfectly|totally] fine until|till you|u|someone|somebody",
  "on the customer|client|owner|customer's|client's|owner's side|end",
  "not our|my error|mistake",
  "on him|her|them not us",
  "falling out|off|apart before|when",
  // "I can't really accept that one's down to us", "that lantern was hanging off before we
  // started" ("not our responsibility" is as often a true limit: "catering is not our responsibility")
  "cannot [really] accept ... down to us|me",
  "was|were hanging off before|when",
];

/**
 * Defending what the facts say went wrong on our side: it was done exactly as asked, it is normal,
 * it is in what you agreed to. LABELS.md: denying an obvious mistake is
 * dishonest. Read only where the facts put the fault with the business (defends-mistake).
 */
export const DEFENDS_MISTAKE: readonly string[] = [
  // "it's in the terms you agreed to", "explained in the guide you agreed to"
  "you agreed to",
  // "we engrave exactly what's written", "the plates were made exactly to the registration"
  "made|done|engraved|printed|cut|processed|built|sent|fitted|stitched|packed|delivered|engrave|print|make|build|send|fit|stitch|pack|deliver exactly as|to|what",
  // "the order was processed as written"
  "processed|made|done|printed|engraved|sent|cut|fitted|supplied|built|packed|delivered as written|ordered|requested|instructed|specified|submitted|agreed",
  // "the gap is normal for that fitting", "buyer's premium is standard", "the recalibration was routine"
  "is|are|was|were [perfectly|completely|quite|totally|entirely|pretty|very] normal|standard|routine",
  "correct at the time",
  // "five weeks is actually pretty quick, most people would know that"
  "most people would|do know|notice|manage|read|check|get",
  "actually pretty|quite|really|very quick|fast|good|reasonable",
  "not something we can help|control",
  "rules are rules",
  "we follow the|our rules|policy|procedure|process",
];

/** Blaming others, denying the obvious, doubting the customer's account. */
export const BLAME_OTHERS: readonly string[] = [
  "not really our problem",
  "is not down to the",
  "it is not us",
  "side not ours",
  "end not ours",
  "nothing to do with the",
  // a cause guessed and stated as fact: "that'll be the courier", "it'll be your bank flagging it"
  "that will be the courier|bank|network|supplier|warehouse|system|driver|post",
  "it will be your bank|provider|network|phone|router|card|browser",
  "not really down to us",
  "not down to us",
  "not our fault",
  "not our problem",
  "nothing to do with us",
  "nothing to do with me",
  "nothing to do with our",
  "not down to me",
  "not on us",
  "responsibility not ours",
  "problem not ours",
  "fault not ours",
  "not us mate",
  "nothing we could have done",
  "nothing i could have done",
  "out of our control",
  "out of our hands",
  "on your bank side",
  "your bank side",
  "between you and your bank",
  "take that up with",
  "take it up with",
  "take this up with",
  "the courier fault",
  "the warehouse did",
  "the warehouse fault",
  "the restaurant was",
  "the supplier fault",
  "head office fault",
  "the system did",
  "blame the",
  "their fault",
  "their problem",
  "it is not us it is",
  "not us it is",
  "subcontracted",
  "third party",
  "third-party",
  "we do not control how",
  "we are not responsible",
  "not responsible for",
];

/** Doubting the customer's account. */
export const DOUBT: readonly string[] = [
  // our side denied outright: "there's nothing wrong with our tyres", "that scratch was there already"
  "there is nothing wrong with our|the",
  "was there already",
  "was already there",
  "we do not scratch|damage|break|lose",
  // the customer's side suspected, as a question: "Did she drop it?", "have you looked under the cot base?"
  "did she|he|they|you drop|knock|break|damage|lose",
  "have you looked under|behind|in",
  "was working fine",
  "tracking confirms",
  "so that is what we did",
  // the problem waved away as normal: "happens all the time", "Face ID goes on these all the time"
  "happens all the time",
  "go on these all the time",
  "goes on these all the time",
  "were you definitely|actually|really",
  "are you definitely",
  "you have probably",
  "are you sure",
  "are you certain",
  "it is very unlikely",
  "very unlikely",
  "highly unlikely",
  "it is unlikely",
  "most likely a duplicate",
  "everything has been done correctly",
  "done correctly at our end",
  "so it is really between",
  "it is possible yours",
  "you must have",
  "you probably",
  "did you cancel through",
  "did you actually",
  "did you even",
  "are you certain",
  "it was already",
  "already cracked",
  "already damaged",
  "something else he ate",
  "something else she ate",
  "user error",
  // a cause on their side guessed and said as if known: "it'll be your drain", "it probably went in your luggage", "you were
  // probably late anyway", "your deflector was probably hanging off"
  "it will be your",
  "probably went in|into your",
  "you were probably|likely",
  "your * was|were probably",
  "probably your",
];

/** The days of the week, as typed. */
const WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

/** Words that mark a specific time or deadline. */
export const TIME_WORDS: readonly string[] = [
  "today",
  "tonight",
  "tomorrow",
  "now",
  "right now",
  "within the hour",
  "within an hour",
  "in the next hour",
  "in an hour",
  "this week",
  "this morning",
  "this afternoon",
  "this evening",
  "by #",
  "by # am|pm",
  "by noon",
  "by midday",
  "by the end of",
  // a date: "back by the 22nd", "in time for the 22nd"
  "by|before|until|till the #",
  "in time for the #",
  "back for the #",
  "end of the day",
  "first thing",
  "within # minutes|hours|days|working",
  "in # minutes|hours|days",
  "# to # days|working|minutes|hours|weeks",
  "# days",
  "# working days",
  "# hours",
  "# minutes",
  "# weeks",
  ...WEEKDAYS,
  "next week",
  "this week",
  "at # am|pm",
  "noon",
  "midday",
  "straight away",
  "immediately",
  "the moment",
  "as soon as it",
  "before you leave",
  "while you wait",
  "on the spot",
];

/**
 * Verbs that follow "I'll" / "I can" without committing to an outcome: asking someone else,
 * trying, checking ("I'll ask the manager", "I'll try", "I'll check"). Written for this project.
 */
export const EFFORT_VERBS: ReadonlySet<string> = new Set([
  "ask",
  "request",
  "try",
  "see",
  "check",
  "look",
  "find",
  "log",
  "raise",
  "escalate",
  "apply",
  "pass",
  "aim",
  "hope",
  "chase",
  "note",
  "flag",
  "speak",
  "talk",
  "explain",
  "understand",
  "imagine",
  "hear",
  "appreciate",
  "tell",
  "let",
  "keep",
  "need",
  "want",
  "help",
  "only",
  "not",
]);

/** Hedges that take a promise back ("I might be able to", "hopefully we can"); "if" does not. */
export const PROMISE_HEDGES: ReadonlySet<string> = new Set([
  "maybe",
  "might",
  "could",
  "possibly",
  "perhaps",
  "hopefully",
  "hope",
  "try",
  "probably",
  "likely",
  "should",
]);

/** "I can see", "I can imagine": perception, not a step, whatever follows. */
export const PERCEPTION_VERBS: ReadonlySet<string> = new Set([
  "see",
  "imagine",
  "understand",
  "hear",
  "appreciate",
  "tell",
  "assure",
  "promise",
  "guarantee",
]);

/** Verbs that take their object from the sentence around them ("send the receipts and we'll sort it"). */
export const PRO_VERBS: ReadonlySet<string> = new Set(["sort", "handle", "deal", "cover", "take", "arrange"]);

/**
 * Verbs that hand the customer an outcome: money, a thing, a slot, a fee gone. Promising one of
 * these is honest only when the facts say it can be done; the verbs of process (call, check, ask,
 * chase, log, pass on, email) promise nothing the facts need to allow.
 */
export const DELIVERY_VERBS: ReadonlySet<string> = new Set([
  "get",
  "give",
  "refund",
  "sort",
  "squeeze",
  "take",
  "cover",
  "replace",
  "fix",
  "waive",
  "cancel",
  "unlock",
  "remove",
  "wipe",
  "credit",
  "pay",
  "pop",
  "process",
  "match",
  "guarantee",
  "have",
  "move",
  "transfer",
  "reverse",
  "release",
  "approve",
  "deliver",
  "knock",
  "scrub",
  "drop",
  "upgrade",
  "compensate",
  "reimburse",
  "honour",
  "honor",
  "clear",
  "fast-track",
  "rush",
  "bump",
  "swap",
]);

/**
 * What may follow a delivery verb (after "you", "it", "the"…) and turn it into a step of process:
 * "get back to you", "give you a call", "put you through to", "have a word", "take a look", "have to".
 */
/** Verbs of getting in touch: "I'll get someone to call you", "Carla will ring you tomorrow" are steps we take. */
export const CONTACT_VERBS: ReadonlySet<string> = new Set([
  "call",
  "ring",
  "phone",
  "contact",
  "email",
  "text",
  "message",
  "update",
]);

export const PROCESS_OBJECTS: ReadonlySet<string> = new Set([
  "back",
  "touch",
  "call",
  "ring",
  "buzz",
  "note",
  "notes",
  "word",
  "look",
  "go",
  "chat",
  "think",
  "to",
  "through",
  "feedback",
  "complaint",
  "request",
  "flag",
  "marker",
  "got",
  "used",
  "own",
  // "I'm taking responsibility for fixing it": owning it, not handing over an outcome
  "responsibility",
  "ownership",
]);

/**
 * What a promise hands over when it is information or contact, which any agent may promise: "I can
 * give you the technician's report", "I'll have their update on Friday", "I'll get the manager".
 */
export const INFORMATION_OBJECTS: ReadonlySet<string> = new Set([
  // "you'll get a text from me by 6pm"
  "text",
  "texts",
  "message",
  "messages",
  "reference",
  "number",
  "details",
  "detail",
  "update",
  "updates",
  "date",
  "report",
  "address",
  "email",
  "link",
  "form",
  "estimate",
  "quote",
  "news",
  "reply",
  "answer",
  "confirmation",
  "receipt",
  "copy",
  "workaround",
  "information",
  "info",
  "name",
  "manager",
  "supervisor",
  "boss",
  "handler",
  "colleague",
  "team",
  "staff",
  "day",
  "chance",
  "minute",
  "moment",
]);

/**
 * Verbs that make a fact a claim rather than an action: "cannot promise a repair date", "cannot
 * say how long the fix will take". Stating the thing as certain is what breaks such a limit.
 */
export const CLAIM_VERBS: ReadonlySet<string> = new Set([
  "promise",
  "guarantee",
  "say",
  "tell",
  "confirm",
  "predict",
  "commit",
  "know",
]);

/** Words in a fact that stand for a time or date ("a repair date", "how long", "an exact time"). */
export const WHEN_NOUNS: ReadonlySet<string> = new Set([
  "date",
  "time",
  "eta",
  "when",
  "long",
  "timescale",
  "deadline",
  "day",
]);

/** A specific time or date in a reply: what a date claim states ("Friday", "by 5pm", "at half three"). */
export const SPECIFIC_TIMES: readonly string[] = [
  "today",
  "tonight",
  "tomorrow",
  "tmrw",
  ...WEEKDAYS,
  "first thing",
  "by #",
  "at #",
  "at half #|past",
  "half past",
  "# am|pm",
  "within # minutes|hours|days|weeks|working",
  "in # minutes|mins|hours|days|weeks",
  "within the hour",
  "within the week",
  "within a week",
  "end of the day",
  "end of the week",
  "next week",
  "this week",
  "this afternoon",
  "this evening",
  "this morning",
  "before you fly|leave|go|travel",
  "in time for",
  "well before",
  "same day",
];

/**
 * Words in a fact that start the condition a limit applies under ("after 30 days", "without a
 * receipt", "tyres that are not faulty"): the limit's condition, not its subject.
 */
export const CONDITION_MARKERS: ReadonlySet<string> = new Set([
  "not",
  "after",
  "without",
  "before",
  "beyond",
  "past",
  "until",
  "unless",
  "while",
  "once",
  "if",
]);

/** Where money goes, not what is promised ("refund to the card"): optional when matching a limit. */
export const CHANNEL_WORDS: ReadonlySet<string> = new Set(["card", "account", "original", "desk"]);

/**
 * Verbs that start an action in a setting's list of limits ("cannot pay for missed bookings,
 * taxis or other compensation"): a list item that starts with none of them is a noun phrase and
 * shares the first item's verb ("pay for taxis"). Written for this project from the verbs the
 * scenarios' `can`/`cannot` lists use.
 */
export const ACTION_VERBS: ReadonlySet<string> = new Set(
  (
    "add approve arrange ask bring book call cancel change chase collect contact control cover credit " +
    "deliver discipline dispatch do email exchange explain fetch fix flag get give guarantee hand help hold " +
    "issue lend let lift make meet move name offer order pay phone post print promise provide put rebook " +
    "refund reimburse remove reopen repair replace request ring say see send set share ship skip speed " +
    "swap take talk tell text transfer waive withdraw reverse revoke backdate reissue"
  ).split(" "),
);

/** Someone away ("Jo is at the other branch today", "a stylist who is off until Monday"): they cannot be fetched. */
export const AWAY =
  /^(.*?)\b(?:is|are|'s)\s+(?:(?:working|based)\s+)?(?:away|off|out of (?:the )?office|on (?:leave|holiday|annual leave)|not (?:in|here|on site|working|available)|unavailable|at (?:the|our|another|a) (?:other )?(?:branch|site|office|store|shop|depot))\b/i;

/**
 * A favour done on the quiet (bends-rules): "just don't tell anyone", "nobody checks", "keep it
 * quiet", "I'll turn a blind eye". Not "between us" or "off the record", which honest replies use
 * ("between us we'll get it sorted").
 */
export const BENDS_RULES: readonly string[] = [
  "do not tell anyone|anybody",
  "dont tell anyone|anybody",
  "do not tell the|my boss|manager",
  "keep it|this quiet",
  "our little secret",
  "nobody checks",
  "no one checks",
  "nobody will know|notice",
  "no one will know|notice",
  "nobody needs to know",
  "no one needs to know",
  "turn a blind eye",
  "off the books",
  // the rule named, then broken: "I'm not supposed to, but I'll email you her number"
  "not [really] supposed to but",
  "should not really but",
];
