/**
 * Cues that a reply has lost composure or respect (LABELS.md "calm"). Sources: the seeds' list of
 * phrases that escalate ("calm down", "relax", "that's just policy", "not my problem"); VADER's
 * caps and punctuation heuristics (Hutto & Gilbert 2014); politeness strategies, negative side
 * (Danescu-Niculescu-Mizil et al. 2013: direct questions, "you" + imperative, sarcastic praise);
 * written for this project. Licence: MIT, part of this project.
 */

/** Dismissive phrases: they tell the customer their reaction is the problem. */
export const DISMISSIVE: readonly string[] = [
  // stock brush-offs: "not sure what you expected", "you're panicking over nothing"
  "not sure what you expected",
  "over nothing",
  // the wait told as a tautology: "it'll come when it comes", "they'll come back when they come back"
  "comes when it comes",
  "comes back when it comes back",
  "come back when they come back",
  "happens when it happens",
  "arrives when it arrives",
  "arrive when they arrive",
  // the rule as the whole answer: "that's just how it works", "we're not miracle workers"
  "that is [just] how it|things work|works|goes",
  "not sure that is how",
  // their account waved away: "46 of them worked fine, so stop exaggerating"
  "stop exaggerating|overreacting|overdramatising|moaning|whinging|whining|complaining",
  "a touch|bit|little dramatic",
  // "Calling us thieves won't make the bank any faster", "ringing every day won't make it appear"
  "will not make * ... faster|quicker|sooner|appear|arrive",
  // "it's not like we did it on purpose", "I don't know what you want us to do about that"
  "not like i|we|they|he|she ... on purpose",
  "i do not know what you want|expect me|us to",
  // help withheld: "go online and sort it yourself", "you can find the number yourself"
  "sort|find|do|look it|that|this [out|up] yourself",
  "the number|details yourself",
  // a retort in place of help: "Name-calling won't get you a discount", "we're hardly the only clinic"
  "hardly the only",
  // ultimatums: "Bring him in or don't", "Do you want the appointment or not?"
  "do you want * or not",
  "do you want the * or not",
  "cancel if you want|like",
  // condescension: "as I'm sure you know"
  // (an alternative of two words is written as its own entry: "a|b c" reads as "a" or "b", then "c")
  "as i am sure you know|realise|realize",
  "as i am sure you are aware",
  // "Don't you dare call me that" ("please don't call me names" is a calm limit, and stays out)
  // the excuse as a law of nature: "vans do break down", "tutors do get ill"
  "do go wrong",
  "do run late",
  // tautologies that close the subject: "it takes as long as it takes", "they'll come back when they come back"
  "as long as it takes",
  "when they come back",
  "when it comes back",
  "should be thanking",
  // retorts: "finding where I work won't make the servers go any faster"
  "will not make ... any faster|quicker|sooner",
  // "with that attitude I'm not surprised", "we do have other customers you know"
  // "we can't control the weather": true, and a brush-off said to someone whose day it spoilt
  "control the weather",
  "is not going to make ... any faster|quicker|sooner",
  // condescension: "For your information, the landlord has been very generous"
  "for your information",
  // dares: "post whatever you like"
  "write what you like|want",
  "say what you like",
  "do what you like",
  // "no point crying about it"
  "no point getting upset|angry",
  // retorts to abuse: "calling me scum is not going to fix a mast"
  "is not going to fix|magic|change|bring|get",
  // condescension: "that's sort of how machines work"
  "that is sort of how",
  "that is kind of how",
  "how machines work",
  // non-apologies and take-it-or-leave-it closers
  "i am sorry you feel",
  "sorry you feel that way",
  "simple as that",
  "simple as",
  "call who you want",
  "do what you want",
  "calm down",
  "relax",
  "chill",
  "settle down",
  "take a breath",
  // "don't panic" alone reassures ("Don't panic, I'll have a courier bring a new one"); with the
  // problem made small beside it, it brushes them off ("Please don't panic, it's only a parcel").
  "do not panic ... only|just|usually|always",
  "no need to panic",
  // "calm down" in other words: "there's no need to get worked up"
  "no need to get worked|upset|angry|excited|shirty|stroppy|aggressive|emotional",
  "no need for the drama",
  "no need for that",
  "no need to take that tone",
  "no need to be rude",
  "no need to get upset",
  "these things happen",
  "it happens",
  "things happen",
  "it is what it is",
  "that is just policy",
  "that is just the policy",
  "just policy",
  "not my department",
  "not my job",
  "nothing i can do",
  "nothing we can do",
  "nothing more i can do",
  "nothing more i can tell you",
  "not really our",
  "should not be a surprise",
  "should not come as a surprise",
  "should not be a total surprise",
  "i am going to stop you there",
  "a bit much",
  "is not going to help",
  "will not help",
  "the price is the price",
  "rules are rules",
  "policy is policy",
  "the charge stands",
  "the fee stands",
  "just deal with it",
  "you will have to deal with it",
  "you will just have to",
  "get over it",
  "move on",
  "if you say so",
  "as i said",
  "as i already said",
  "as i have said",
  "like i said",
  "as i already explained",
  "as i have explained",
  "i did say",
  "i already told you",
  "as i am sure",
  "as you were told",
  "as you have been told",
  "as the last person",
  "it will be ready when it is ready",
  "when it is ready",
  "take as long as they take",
  "it takes as long as it takes",
  "when they are ready",
  "when it is with you",
  "at the end of the day",
  "technically",
  "i have had to tell",
  "i have told you",
  "let us not blow this",
  "blow this out of proportion",
  "making a fuss",
  "make a scene",
];

/**
 * Brush-offs that shut the customer down or square up to them: "take it or leave it", "with
 * respect, …", "don't you dare", "name-calling won't get you anywhere", "post what you like",
 * "that's life", "vans do break down". LABELS.md calm 0 ("hostile … argumentative"), not the
 * "mildly dismissive" of calm 1: in the labelled sets the fits read, replies holding one of these
 * were labelled calm 0 in 126 of 129, where replies with only a milder brush-off ("calm down",
 * "no need for that", "these things happen") were labelled 1 more often than 0 (147 and 110 of 280).
 */
export const RETORTS: readonly string[] = [
  // ultimatums and dares: "take it or leave it", "like it or not", "bring him in or don't",
  // "post whatever you like", "don't bother ringing here again"
  "take it or leave it",
  "like it or not",
  "in or do not",
  "post whatever you like|want",
  "post what you like|want",
  "do not bother ringing|calling|coming|emailing|contacting",
  // squaring up: "Don't you dare call me that", "with respect, …", "for the record", "strictly speaking"
  "do not you dare",
  "with respect",
  "with all due respect",
  "for the record",
  "strictly speaking",
  "with that attitude",
  "we do have other customers",
  "not my problem",
  // a retort in place of help: "Name-calling won't get you a discount", "no point crying about it"
  "will not get you anywhere|anything|far|any|a",
  "no point crying|moaning|complaining|shouting|whinging",
  "no need to shout",
  // the excuse as a law of nature, and the wait as a tautology: "vans do break down", "that's life",
  // "it'll come when it comes", "we're not miracle workers"
  "do break down",
  "do get ill|sick|delayed|busy",
  "that is life",
  "that is just life",
  "come when it comes",
  "come when they come",
  "not miracle workers",
  "do not work|perform miracles",
];

/** Whole sentences that shut the customer down ("Next." "Noted." "Fine."). */
export const CURT_SENTENCES: readonly string[] = [
  "next",
  "get out",
  "noted",
  "fine",
  "whatever",
  "end of",
  "end of story",
  "tough",
  "and",
  "so",
];

/** Mock praise that opens a sentence ("Wow, lovely." "Great, another review threat."). */
export const SARCASTIC_OPENERS: readonly string[] = [
  "wow",
  "lovely",
  "charming",
  "brilliant",
  "marvellous",
  "fantastic",
  "well done",
  "bravo",
  "nice one",
  "cool story",
];

/**
 * Sentence openings that lead into mock praise or a mock offer, whatever follows: "Sure, and I'll
 * have it flown in by helicopter" (not "back on for sure, and ..."), "Congratulations, you've
 * found ..." (not "Congratulations on the wedding!").
 */
export const SARCASTIC_LEADS: readonly string[] = [
  "sure and",
  "congratulations you",
  "congratulations your",
  "congratulations on finding",
  "well congratulations",
  // mock compliance and mock recognition: "Sure, let me just open the magic cash drawer", "Ah yes,
  // the great backing-track scandal"
  "sure|certainly|absolutely|right|course|yes let me just",
  "ah|oh yes",
];

/** Sarcasm cues: mock praise, mock sympathy and mock offers. */
export const SARCASM: readonly string[] = [
  // stock sarcasm in any setting: "sorry our schedule doesn't revolve around you", "since you asked
  // so nicely", "happy now?", "in case you hadn't noticed", "surprise surprise", "heaven forbid",
  // "sorry the whales didn't perform for you", "glad to see spelling matters to you"
  "revolve|revolves|revolved around you",
  "centre|center of the universe",
  "since you asked so nicely|politely",
  // "what we do all day, since you ask, is …", "congratulations on spotting it before your
  // examiners did", "most of whom manage to wait", "let me just empty the till for you. Shall I
  // gift-wrap it too?"
  "since you ask",
  // "Goodness, three whole days.", "Thanks for the reminder that it was our mistake, I'd nearly forgotten."
  "goodness|gosh|wow * whole",
  "thanks for the reminder",
  "thank you for the reminder",
  "i had nearly|almost forgotten",
  "congratulations on spotting|finding|noticing|being|reading|discovering|realising|realizing|managing|working|figuring",
  "most of whom|them manage",
  "let me just empty|forge|open|print|hand",
  "shall i gift wrap|wrap it",
  "happy now",
  "as much as i would love to",
  "in case you had not noticed|realised|realized",
  "newsflash",
  "shock horror",
  "surprise surprise",
  "heaven|god forbid",
  "how dare we|they",
  "thanks for nothing",
  "cry me a river",
  "boo hoo",
  "diddums",
  "consult|check with you first",
  "not perform|cooperate|oblige for you",
  "glad to see * matters|matter to you",
  // stock sarcastic idioms: "sorry our tutor had the audacity to fall ill", "what could go wrong",
  // "the Armoury beneath him" ("crystal ball" and "deal with it" are also said plainly)
  "had the nerve|audacity|cheek|temerity|gall to",
  "had the bad manners to",
  "to your liking",
  "what could possibly|go wrong",
  "found * beneath",
  // mock sympathy and condescension: "sorry our instructor's torn ligament was so inconvenient for
  // you", "which I'd have thought was obvious", "it's paella, not brain surgery", "we can count too"
  "so inconvenient for you",
  "to your schedule",
  "truly distressing",
  "not brain surgery",
  "not rocket science",
  "we can count",
  "known for reading",
  "very well by now",
  "glowing review",
  "i would have thought",
  // others held up as knowing better: "most people would know that", "which most people would call
  // being catered"
  "most people would know|call|consider|say|manage",
  "most people would be grateful",
  "you clearly do not understand",
  "google it",
  // thanks for abuse: "thank you so much for your patience and kind words"
  "kind|lovely|nice words",
  // mock greeting and mock wonder: "Lovely to hear from you too", "Funny how it's always the shop's
  // fault", "Clearly not as thoroughly as you do", "the flooding wasn't exactly our idea"
  "hear from you too",
  "funny how",
  "clearly not as",
  "not exactly our|my idea|plan|choice",
  // mock compliance: "Of course, and shall we pay for your lunch too?"
  "and shall|should i|we",
  // mock delight: "Oh brilliant, another complaint, just what I needed"
  "oh brilliant|wonderful|fantastic|marvellous|perfect|lovely|super|fab",
  "just what i|we needed|need",
  // the broken thing mocked as rude: "Sorry the heater didn't ask your permission before breaking"
  "did not ask your permission",
  // "I'm sure the children will survive, madam"
  // (not "whether the gold leaf will survive another repaint")
  "i am sure ... will survive",
  "you will survive",
  // "I expect they'll manage", "I'm sure you'll cope": their trouble waved off as bearable
  "i expect you|they|he|she will manage|cope|survive|live",
  "i am sure you|they|he|she will manage|cope",
  // faint praise: "that's certainly a novel route to qualifying", "a novel way to use your warranty"
  "certainly a|an novel|interesting|creative|inventive|original",
  "a novel way|route|approach|interpretation|idea|take",
  "an interesting interpretation|take|theory",
  // mock explanations: "we send out empty bags for fun", "chips are still food, last time I checked",
  // "poisoning customers isn't part of our business model", "add spelling to our list of crimes"
  "for fun",
  "last time i checked",
  "part of our business model",
  "our list of crimes",
  "have a quick word with the weather|sea|wind|rain",
  // "I'm sure the yoga group will be thrilled", "I'm sure posting our number everywhere will get it here much quicker"
  "i am sure ... will be thrilled|delighted|overjoyed",
  "i am sure ... are|is thrilled|delighted|overjoyed",
  // "yes, because we love burning out motors just to annoy people", "very mature", "didn't meet your standards"
  "yes because we love|enjoy",
  "because we love|enjoy ... just to",
  "how|real mature",
  "very mature of",
  "meet your standards",
  "your high|exacting standards",
  // "the coat isn't up to your greyhound's exacting standards", "we'll be heartbroken to lose you"
  "your * high|exacting|lofty standards",
  "we|i will be heartbroken|devastated|gutted|crushed|distraught to lose|see you",
  // "would you rather we'd let them carry on?" (not "would you rather I hold it, or send it now?")
  "would you rather we|i",
  "i am sure ... much quicker|faster|sooner",
  "oh great",
  "great another",
  "will be fascinated",
  "i am sure you will still",
  // mock apology: "We do apologise that your neighbour's climbing skills beat our engineer" (a
  // plain "we apologise that your order was late" is the template's apology, read as scripted)
  "do apologise that your",
  "could not arrange better",
  "be fascinated by",
  "a great way to end up",
  "great way to end up",
  "lovely way to talk|speak",
  "nice way to talk|speak",
  "charming way to talk|speak",
  "we are not magicians",
  // A promise too eager to be meant, to the one who insulted or blamed them: "I'll be sure to pass
  // your compliments on to Callum", "we'll be sure to ask the quarry to check your diary next
  // time", "I'll be sure to have a stern word with the clouds" (11 of 11 labelled replies calm 0)
  "i|we will be sure to",
  // stock mockery: "if I had a crystal ball", "let me just nip back in time", "but of course, we'll
  // drop everything", "I hope that makes your day", "shocking, I know", "anything else you'd like
  // to call us?", "that's kind of the point", "lovely turn of phrase", "thank you for explaining
  // how dehumidifiers ought to work"
  "if i had a crystal ball",
  "let me just nip|pop|wave|magic|conjure|whip",
  "we will drop everything",
  "i hope that|this makes your day",
  "shocking i know",
  "anything else you would like to call",
  "that is kind of the point",
  "kind of the point",
  "lovely|nice|charming turn of phrase",
  "thank you for explaining how",
  "thanks for explaining how",
  "not a magician",
  "can not teleport",
  "what a tragedy",
  "how tragic",
  "if you are not too fussy",
  "sure i will just go and",
  "like people used to",
  "how lovely",
  "what a lovely",
  "how nice",
  "impressive",
  "bold ask",
  "i am flattered",
  "flattered",
  "no medals",
  "must be nice",
  "yeah right",
  "oh sure",
  "good luck with that",
  // stock sarcastic asides: "bold move turning up without a helmet", "tough crowd", "knock yourself
  // out", "fancy that"
  "bold move",
  "tough crowd",
  "knock yourself out",
  "fancy that",
  "quite the",
  "your majesty",
  "meets with your",
  "if that meets with",
  "are not i",
  "is it not",
  "read minds",
  "mind reader",
  "is a new one",
  "certainly a choice",
  "is a choice",
  "funnily enough",
  // "And we don't refund train tickets, oddly enough.", "perhaps a solicitor while you're at it"
  "oddly|strangely|curiously enough",
  "while you are at it",
  "on the bright side",
  "apparently they",
  "magic wand",
  "lovely to be",
  "what a joy",
  "we have all seen",
  "never been cleaner",
  "i am surprised you",
  "surprised you would",
  "whatever reviews you like",
  "if you find one",
  "magic themselves",
  "magic * out of",
  "magic tree",
  "i will just pop out",
  "you will survive",
  "i am sure you will survive",
  "does not find it funny",
  "feel free to stand",
  "sadly not",
  "how surprising",
  "thanks a lot",
  "thanks for nothing",
  "enjoy your day",
  "enjoy your evening",
  "patience is a virtue",
  "as they say",
  "always an option",
  "you must be very patient",
  "shall i * it for you too",
  "shall i * for you too",
  "would you like me to * too",
  "any other demands",
  "anything else your majesty",
  "is that all",
  "what a surprise",
  "shock horror",
  "who knew",
  "believe it or not",
  "clearly you",
  "obviously you",
  "unless you have moved house",
  "did you even",
  "have you tried turning",
  "i will alert the media",
  "alert the press",
  "cry me a river",
  // mock thanks for abuse: "thank you so much for the lovely feedback", "I'll let him know you said hi"
  "for the lovely feedback|words",
  "lovely|charming language",
  "you said hi",
  "do carry on",
  "carry on then",
  // "glad we're on the same page", "I'm sure they did", "I'll just magic up some glass overnight"
  "glad we are on the same page",
  "i am sure they|you did",
  "just magic|conjure",
  "magic up",
  // mock admiration and mock trust: "a Facebook campaign, how very grown-up", "your warranty,
  // which I'm sure you read carefully before signing" (not "how very sorry I am", nor "how very
  // kind of you", which is as often meant)
  "how very grown|mature|adult|clever|brave|original|reasonable|constructive|convenient|predictable|creative|sensible|sporting|big",
  "which i am sure you read|checked|studied|noticed|saw|know",
  "i am sure you read|studied * carefully|closely|thoroughly",
];

/** Blaming the customer: their choices are the topic, not the problem. */
export const BLAME_CUSTOMER: readonly string[] = [
  // the cause put on what they did: "that'll be because you had the sprinkler going"
  "because you had|left|used|put|forgot|chose|ticked|signed *",
  // "if you'd of checked it we could of sorted this", "it says so on the form", "did you water it
  // in like the leaflet said?"
  "if you would of|have",
  "it says so on|in",
  "like the * said|says",
  // the duty put on customers as a class: "it's really up to owners to check their phones",
  // "guests are responsible for their own valuables", "address changes are the subscriber's
  // responsibility", "customers should allow for waiting time"
  "up to you|owners|customers|guests|members|parents|passengers|clients|users|residents|tenants|students|subscribers|visitors|patients|people to check|make|ensure|read|keep|plan|update|know",
  "guests|members|customers|owners|residents|students|subscribers|parents|passengers|clients|users|tenants|visitors|patients|riders|diners|people are|were|remain [all] responsible|expected|required|supposed|meant|advised|encouraged|told",
  "customer|subscriber|guest|member|owner|client|user|tenant|passenger|parent|holder|guardian|hirer|buyer|booker|your [own] responsibility",
  // the same duty called a job: "it's the policyholder's job to make sure valuations are up to date"
  "customer|subscriber|guest|member|owner|client|user|tenant|passenger|parent|holder|policyholder|hirer|buyer|booker|your [own] job|duty to",
  // what they were sent, held up: "the limit's in your schedule, which you'd have had when you bought the cover"
  "which you would have had|received|got|signed|seen",
  "which you would have been sent|given|told|shown",
  // what they sent in held up as the cause: "the first uploads weren't legible", "your sizing photos
  // were a bit blurry", "your handwriting is easy to misread", "your phone was switched off", "you
  // gave us the wrong date", "worth checking your junk folder"
  "upload|uploads|photo|photos|picture|pictures|scan|scans|receipt|receipts|handwriting|statement|statements|documents|evidence was|were|is|are not clear|legible|readable|sharp",
  "upload|uploads|photo|photos|picture|pictures|scan|scans|receipt|receipts|handwriting|statement|statements|documents|evidence was|were|is|are [a] [bit|little|too|quite|very|rather] blurry|illegible|unclear|unreadable|faint|incomplete|unsigned",
  "easy to misread|misinterpret",
  "your phone|mobile was|is switched|turned off",
  "you gave|sent|entered|typed|put|wrote|picked|chose|selected|ticked [us] the|a wrong|incorrect",
  "check|checking your junk|spam",
  // what they agreed to held up: "that's what you signed up for", "which you agreed to when you
  // bought the home"
  "what you signed up for|to",
  "which you agreed to|signed",
  // the fault put on how they used it: "the chip scan works fine if you hold the passport flat",
  // "I'm not sure what you did", "so it won't have been us", "this will have come from your hens"
  "works|worked fine|perfectly if|when|as long as you hold|use|follow|keep|put|plug|charge|read|set|press|turn|switch|update|store|leave|clean|fit|install|load|fill|open|close|stand|sit",
  "not sure what you did|have done",
  "will not have been us|me|our",
  "will have come|been from your",
  // advice for their next time: "for future bookings it's best to book with ATOL", "you could
  // always have phoned us"
  "for future bookings|orders|reference|visits|trips",
  "you could always have",
  // others held up: "the portal works fine for nearly everyone else"
  "works|worked fine|perfectly|okay|ok for [nearly|almost|pretty] [much] everyone|everybody else",
  // the cause looked for in their use: "it may be worth checking how he's been using it"
  "check|checking how you|he|she|they|your * ... using|storing|charging|handling|treating|riding|driving|cleaning|fitting",
  "customers|guests|members|owners|residents|students|subscribers|parents|passengers|clients|users|tenants|visitors|patients|people need|should|must [always] make|check|allow|keep|read|ensure|leave|plan",
  // the check they skipped, as a question or a charge: "did you even read the leaflet?",
  // "you didn't check the entry list", "you'd know that if you'd read the text"
  "did you even|actually|really|definitely",
  "you did not check|read|follow|mention",
  "you would understand|know|realise|realize ... if you",
  // the cause guessed to be theirs: "it's probably your damp", "your ground has probably moved"
  "probably your",
  "your * has|have|is|was probably",
  "we did tell you",
  // "if the signing was that important you'd have booked earlier"
  "you would have known|booked|seen|read|noticed|checked|realised|realized|found",
  "maybe read|check the",
  // advice as a jab: "read your contract", "maybe check your own manners", "double-check your details in future"
  "read your contract|policy|terms|booking|email|emails|confirmation",
  "maybe check|read your",
  "check your own",
  "your details in future",
  // "you're probably putting it in upside down"
  "you are probably putting|using|doing|holding|pressing|plugging|reading|looking",
  // "if you'd had that chimney seen to you wouldn't have a leak"
  "if you had * ... ... you would not|never",
  "if it was that important",
  "if ... was that important",
  "which you did not mention",
  "you did not mention",
  "you said they fit|fitted",
  "you said it fit|fitted",
  "you said it was fine",
  "you should back up|backup|make|double",
  "you could have",
  "you have probably",
  "you probably",
  "if you were late",
  "you should have",
  "you should of",
  "you could of",
  // the check they skipped, with no subject: "should've checked your form before you came in"
  "should have checked|read your",
  "should have looked at your",
  "read it|them|that ... next time",
  // "you had 18 months to use it"
  "you had * months|weeks|days|years to",
  // "if you moved thats why": the cause put on what they did
  "if you ... ... that is why",
  "you should really",
  "you really should",
  "you ought to have",
  "you could have checked|read|called|asked|looked|kept|bought|tried",
  // "your builders could have cracked on", "maybe if your lot had solved the puzzles quicker"
  "your * could have",
  "maybe if you|your",
  // advice for next time: "maybe give it a good turn before you use it next time", "it's worth
  // double-checking before you pay next time", "you can always book with more buffer next time";
  // blames-customer keeps these only in a sentence without "I", "we" or "us" ("next time you book
  // I'll hold the window table" is an offer)
  "maybe|perhaps ... ... ... next time",
  "worth * ... ... next time",
  "can|could always ... ... next time",
  "next time you",
  "responsibility to check",
  // "I'd check how your team are using it before blaming us", "read it before shouting at me"
  "before blaming|accusing us|me|our|the",
  "before shouting|having a go at us|me",
  // "they should have checked our status page", "staff should have descaled it"
  "they|staff should have|of checked|read|called|rung|phoned|asked|looked|kept|followed|cleaned|descaled|tested|updated|told|let|booked",
  "on your end",
  "if you had",
  // "if your group had checked it on Monday, the clash would have been spotted"
  "if your * had",
  "if your * * had",
  "you did sign",
  "but you did",
  "you did agree",
  "leave more time",
  "leave a bit more time",
  "allow more time",
  "left earlier",
  "most people manage",
  // the lecture: "we tell everyone it needs to be dead level"
  "we tell everyone|everybody",
  // others held up against them: "plenty of other families managed fine", "most guests find the
  // walk lovely", "most people enjoyed learning to tune actually"
  "most|plenty|lots [of] [other|our] guests|customers|people|visitors|families|parents|clients|members|riders|diners|travellers|travelers|users|drivers|passengers|patients|players|students|owners|tenants|buyers find|found|enjoy|enjoyed|love|loved|manage|managed|cope|coped|seem",
  // "most users don't have any problem with it"
  "most|other guests|customers|people|users|travellers|travelers|drivers|passengers|clients|members|owners do|did not have any|a|an problem|problems|issue|issues|trouble",
  "everyone else manages",
  "other customers manage",
  // what others do first, held up as the step they skipped: "most landlords apply well before they
  // need to let", "most clients check the forecast before driving", "most people check their phone
  // before an 8am booking"
  "most|plenty|lots [of] [other|our] people|customers|clients|guests|owners|landlords|parents|members|drivers|riders|buyers|sellers|tenants|users|visitors|mums|families|players|students|patients|travellers|passengers|brides|couples|folk|others check|apply|book|plan|ring|call|confirm|order|read|allow|arrive|measure|update ... before",
  // the damage put on them: "you forced that lock, not us"
  "you forced|broke|snapped|bent|overloaded|overfilled ... not us|me",
  // the slip they must have made: "you must have clicked twice", "are you sure you didn't type it wrong?"
  "you must have clicked|typed|entered|put|pressed|left|dropped|knocked|used|booked|picked|selected|chosen|ticked|signed|given|written|read|deleted|cancelled",
  "are you sure you did|have not",
  "are you sure you typed|entered|put|gave|booked|ticked|read",
  "did you give|put|enter|type|use|send us the right|correct|wrong|proper",
  "you chose where|which|the",
  "it does say",
  "it says on our website",
  "it is on our website",
  "if you had given us",
  "if you had asked",
  "maybe if you",
  "if you listened",
  "if you had listened",
  "if you would listen",
  "you should keep|always|check|read|know|save|plan|try|learn",
  "you probably did not",
  "you probably have not",
  "you probably forgot|missed|ignored",
  "you must have done|forgotten|missed|ignored",
  "next time maybe",
  "in future you",
  "you must have misunderstood",
  "you misunderstood",
  "if you had kept|read|checked|called|told|just|bothered|looked|followed",
  // the inverted form: "had you checked before travelling, this could have been avoided"
  "had you checked|read|looked|called|rung|phoned|asked|bothered|listened|followed",
  "if you would just",
  "you need to read|check|understand",
  "you have to read",
  "what did you expect",
  "what do you expect",
  "who keeps",
  "who does that",
  "you only just noticed",
  "only just noticed",
  "your own fault",
  "your fault",
  "you did not read",
  "without reading",
  "like everyone else",
  "before buying",
  "before you bought",
  "that is what it is for",
  "it was clearly",
  "clearly stated",
  "clearly written",
  // "it clearly said Saturday sessions can move", "we tell every apprentice to back up their logs"
  "it|which clearly said|says|states|stated|shows|showed|explained",
  "we tell every|all|each",
  "it is on the sign",
  "read the sign",
  "read the terms",
  "read the small print",
  "it is your responsibility",
  "your responsibility",
  "to be fair",
  "you were warned",
  "not our fault you",
  "you did this",
  // "you chose to take unpaid leave", "you did ask for it", "it's in the waiver you signed"
  "you chose to",
  "you did ask for",
  "you asked for it",
  "waiver|contract you signed",
  "how is that our|my problem",
  "not really on us",
  "practise|practice your",
  // "arriving earlier would have helped", "bringing the parcel in would have helped" (not "a call from
  // us would have helped": blames-customer keeps it only where the sentence has no "I", "we" or "us"),
  // "if you'd rung like most teams do"
  "would have helped",
  // "renewals need to go in 12 weeks before expiry, which would have avoided a gap like this"
  "would have avoided|prevented",
  // "reading it might have saved you all those insults"
  "might|could|would have saved|spared",
  // "…, which would have shown the block on Monday", "and you decided against it", "it's in the
  // leaflet, so it's worth having a read"
  "which would have shown|saved|flagged|caught|alerted",
  "you decided|chose against",
  // the fault denied to the thing itself: "cast iron doesn't just chip on its own", "welds don't
  // snap by themselves"
  "does|do not [just|simply|usually|normally] * on its|their own",
  "does|do not [just|simply|usually|normally] * by itself|themselves",
  // "You cancelled too late."
  "you cancelled|booked|applied|ordered|arrived|called|rang|paid|replied|responded too late",
  "you left it too late",
  "you decided|chose|opted not to",
  "worth having|taking a read|look",
  // "we'd have finished if your ewes weren't so slow", "maybe get your mare checked before calling
  // our stallion a dud", "some of this is on your side too"
  "if your * were|was|had not",
  "if your * were|was so",
  "maybe|perhaps get your * checked|tested|looked",
  "some of this|that|it is on you|your",
  // "have you tried actually practising?", "most customers know that"
  "have you tried actually|even|properly",
  "have you actually|even tried",
  "most customers|people|clients|owners|buyers know that|this",
  // others held up as reading what they did not: "printed on the menu card, which most customers read"
  "which most|all customers|guests|people|clients|parents|members read|know|check|see|follow",
  // the route they should have used: "you needed to use the form, not email"
  "you needed to use|fill|follow|book|tell|inform|check|read|request|report|contact",
  "like most people|teams|customers|guests|parents do",
  "would not go amiss",
  // "your band should have checked the kit list", "that scratch is your own doing", "you tore it"
  "your * should have|of",
  "your own doing",
  "you tore|ripped|snapped|broke|cracked|scratched|dented it",
  "would not have happened if you|your",
  // "it was set up wrong your end", "a flow fault on your side", "did you follow the aftercare sheet?",
  // "you're meant to start with small fires", "booking before it's confirmed is at your own risk"
  "wrong your end",
  "wrong at your end",
  "fault|problem on your side|end",
  // "strictly speaking the renewal failing is on your side", "keeping payment details current is the
  // account holder's job", "if you'd had it switched on you'd have heard her", "it's worth
  // double-checking what you put", "please check your copy of the form", "updating right before a
  // trip is always a risk"
  "is|was on your side|end",
  "customer|subscriber|guest|member|owner|client|user|tenant|passenger|parent|holder|hirer|buyer|booker job",
  "if you had * ... ... you would have",
  "check|checking what you put|entered|typed|wrote|selected|chose|gave",
  "check your copy",
  "is|was always a risk",
  "did you follow|read the",
  "you are meant to",
  "at your own risk",
  "a risk you take",
  "maybe have a look",
  "if you do not check",
  // the customer's own input held against them: "the address is what you put in", "the proof you signed off"
  "what you put|typed|filled in",
  "what you entered|wrote|typed",
  "you signed off",
  "you approved",
  "before you sent|posted|booked|ordered|signed",
  // the cause guessed to be theirs, in other words: "it's probably you splashing water", "most likely you used it on something too hard", "it's
  // almost certainly fat from your cooking", "you may have misheard", "you may be misremembering"
  "probably you",
  "most|more likely you|your",
  "almost certainly * your|you",
  "you may|might have misheard|misread|misremembered|misunderstood|forgotten|missed|been",
  "you may|might be misremembering|mistaken|confused|thinking",
  // the fault handed back: "that's your problem", "that's really on you, not us", "signed off by you"
  "your problem",
  "is really|all|squarely on you",
  "on you not us",
  "signed off by you",
  "was signed by you",
  // the small print held up as what they missed: "as it says on your confirmation", "that was
  // explained at survey", "our terms ask players to check their statement", "that box wasn't ticked"
  "as it says|said|states|stated on|in your confirmation|booking|email|terms|form|contract|receipt|ticket|invoice|paperwork",
  "that|this was explained at|when|in|on|during|before",
  "our terms ask|require|expect you|customers|players|members|guests|clients|parents to",
  "that box was not ticked",
  // the check they skipped, asked: "did you maybe take it in the bath?", "did you leave it in the sun?"
  "did you maybe|leave|store|use",
  "you walked|went|drove straight past",
  "you never told|said|mentioned|asked",
  // held against others who coped: "plenty of other families managed fine", "as anyone who sails would know"
  "plenty of * managed|manage|cope|coped",
  "managed fine",
  "as anyone who * would|knows",
  "as anyone would know",
  // the small print pointed at: "it's in the leaflet", "it's on the consent form you signed", "as was explained when you signed up", "as the sign at the entrance
  // says", "it says sheltered use on the care sheet", "the form you filled in said beginner"
  "it is|was in the leaflet|instructions|handbook|manual|terms|contract|guide",
  "it is|was in your leaflet|instructions|handbook|manual|terms|contract|guide|paperwork",
  "it is|was in the small print",
  "it is|was on|in the care|aftercare|booking sheet|card|conditions",
  "it is|was on the consent|booking|order|job|care|entry [*] form|sheet|card",
  "as was explained|stated",
  "as the sign|website|form|leaflet|booking ... says|said|states|stated",
  "says * on the care|booking|order|consent|job sheet|card|form",
  "you did at checkout",
  "which you signed|ticked",
  // the cause guessed to be theirs, hedged: "it'll be your drain", "you were probably late anyway",
  // "it probably went in your luggage" (not "sounds like your…", which as often reflects their day)
  "it will be your",
  "it will be the * in|on|from your",
  "you were probably|likely",
  "probably went in|into your",
  // the cause laid on what they did: "if it sat rolled up that's why", "your kitchen's filthy, that's why"
  "if it|they|he|she ... ... that is why",
  "because you kept",
  "with that attitude",
  "if your * had not|hadn't been",
  // the cause put on what is theirs: "your car's the problem", "dropped off the trailer at your
  // end", "your son probably slouched"
  "your * is|was|are|were the problem|issue|cause",
  "at your end",
  "your * probably",
  // "you're the one who let it get filthy", "we resized it to what you asked for"
  "you are the one who|that",
  "what you asked for",
  "should of checked|read|looked",
  // a fault put on how it was used: "it must have been put up wrong", "must have been missed off your form"
  "must have been * wrong|incorrectly",
  "must have been * * wrong|incorrectly",
  "must have been missed off your",
  "not my fault you",
  // advice that says what they should have done: "it's always worth checking your bank statement",
  // "so you may want to double-check that", "so it'd be worth checking what you're using"
  "always worth checking|double|reading|looking|keeping",
  "so you may|might want to check|double",
  "so you may|might want to get that|it",
  "worth checking|double what you|your",
  // "there may have been some confusion on that side", "an error your end"
  "confusion|error|errors|mistake|mix on that|your side|end",
  // "if you'd had the certificate on you, there'd have been no fine"
  "if you had * ... ... ... there would have been|be no",
  // "if the bill had been paid on time in the first place", "like we asked"
  "if the|your * had been * ... in the first place",
  "if the|your * had been paid|settled on time",
  "before christmas|then|now like we asked",
  // the written word held up: "as the instructions say", "as the email said"; and the fault
  // shrugged back: "not sure what else we could of done"
  "as the instructions|label|guide|leaflet|form|sign|terms|website|email|manual say|says|said|state|states",
  "not sure what else we could|can",
  "what else could we have done",
  // "something archers should really check themselves", "it'll be from how it was carried home"
  "should really check|read|test themselves",
  "check|read|test themselves before",
  "be|is from how it was",
  "be|is from how you",
];

/**
 * The register of a form letter: each is ordinary alone, but two or more in one reply read as a
 * script nobody is speaking ("We apologise for the postponement. Tickets remain valid for the
 * rescheduled date. Refunds are available via the point of purchase.").
 */
export const CORPORATE_REGISTER: readonly string[] = [
  "we apologise|apologize",
  "we regret",
  "inconvenience",
  "in due course",
  "subject to",
  "please let us know",
  "your preference",
  "remain|remains valid",
  "available via|from|on",
  "will be provided|issued|applied|allocated|processed|contacted|reviewed|returned|credited|attended",
  "has been escalated|logged|requested|noted|raised|processed|passed",
  "operational",
  "we aim to",
  "thank you for your patience|understanding",
  "point of purchase",
  "in this case|instance",
  "policy applies",
  "you may appeal|wish|contact",
  "in writing",
  "unforeseen",
  "circumstances",
  "please note",
  "please be advised",
  "please be assured",
  "as per",
  "incur|incurs",
  "we are unable to",
  "relevant department|team|parties",
  "dear customer|sir|madam|parent|passenger|applicant",
  // "Apologies for the delay. A member of our team will be in contact regarding a revised
  // appointment.", "Compensation is available in line with club policy."
  "apologies for the|any",
  "we are sorry to hear",
  "a member of our|the team|staff",
  "will be in contact|touch",
  "in line with",
  "for further information",
  "please refer to",
  "regarding",
  "we are aware",
  "as quickly as possible",
  "occasionally unavoidable",
  // "Due to adverse weather conditions, our operatives are unable to access roofs at this time. An
  // inspection will be arranged at the earliest available opportunity.", "we apologise for any
  // distress caused. The matter has been referred to the coordinator"
  "due to adverse|unforeseen|operational|technical",
  "at this time",
  "earliest available|possible opportunity|convenience",
  "will be arranged|scheduled|charged|assessed|investigated",
  "has|have been scheduled|referred|arranged|forwarded|actioned",
  "any distress|upset caused",
  "experiencing issues|difficulties",
  "the matter",
  "we are able to offer",
  // "We note your concerns. … Please refer to the complaints procedure on our website.", "We are
  // sorry to learn of your experience. We take the quality of our service very seriously."
  "we note your",
  "sorry to learn",
  "complaints procedure",
  "very seriously",
];

/** Lecturing and scripted coldness: policy recited at the customer instead of talking to them. */
export const SCRIPTED: readonly string[] = [
  // the template's own phrases: "did not meet expectations", "safety is our number one priority",
  // "a member of the team will be in touch regarding", "your patience is appreciated", "please advise"
  "did not meet your|our expectations",
  "did not meet expectations",
  "our number one|top|highest priority",
  "will be in touch regarding",
  "your patience is appreciated",
  "please advise",
  "regarding this matter",
  "we sincerely apologise|apologize",
  "per our rental|booking|terms|hire|service",
  "please note",
  "please be advised",
  "be advised",
  "as per",
  // policy recited as the answer: "as the receipt states", "as stated on our returns notice", "as
  // set out in our preparation sheet" (calm 1 in 49 of 53 labelled replies; the rest blame too,
  // which blames-customer reads)
  "as stated",
  "as outlined|specified|detailed|explained|set out in|on|at|within|above|below|previously|earlier",
  "as the|our|your * states|says|specifies|outlines",
  "as the|our|your * * states|says|specifies|outlines",
  "in line with our",
  "in accordance with",
  "per our policy",
  "our terms and conditions",
  "terms of service",
  "thank you for your feedback",
  "thank you for contacting",
  "thank you for reaching out",
  "thanks for reaching out",
  "thank you for choosing",
  "thank you for visiting",
  "thank you for your understanding",
  "we appreciate your understanding",
  "we appreciate you",
  "we appreciate your patience",
  "we value you",
  "we value your",
  "your feedback is important",
  "your call is important",
  "is there anything else i can",
  "anything else i can help",
  "have a lovely",
  "have a great",
  "have a wonderful",
  "have a nice",
  "have a good",
  "hope to see you again",
  "continued custom",
  "for future reference",
  "going forward",
  "thanks for getting in touch",
  "thank you for getting in touch",
  "dear applicant",
  "dear customer",
  "dear sir or madam",
  "please be informed",
  "sorry for the inconvenience",
  "apologies for the inconvenience",
  "sorry for any inconvenience",
  "please be aware",
  "for more information",
  "thank you for raising",
  "standard practice",
  "industry standard",
  "basically the law",
  "it is the law",
  "we take * very seriously",
  "we take * seriously",
  "as a gesture of goodwill",
  "we regret to inform",
  "regret to inform",
  "we are unable to accommodate",
  "not something we are able to accommodate",
  "any inconvenience this may have caused",
  "any inconvenience caused",
];

/** Insults and profanity aimed at the customer (quoted insults inside a limit are excluded by the detector). */
export const INSULTS: readonly string[] = [
  "stupid",
  "thick",
  "dumb",
  "pathetic",
  "ridiculous",
  "useless",
  "unhinged",
  "hysterical",
  "entitled",
  "rude",
  "childish",
  "unreasonable",
  "ignorant",
  "clueless",
  "worthless",
  "disgusting",
  // Put-downs of a person from the common stock (VADER's negative person-words and everyday ones).
  "dense",
  "dim",
  "insufferable",
  "pompous",
  "spineless",
  "gutless",
  "brainless",
  "incompetent",
  "illiterate",
  "uneducated",
  "moronic",
  "idiotic",
  "obnoxious",
  "arrogant",
  "vile",
  "nasty",
  "pitiful",
  "deluded",
  "delusional",
  "vindictive",
  "a joke",
  "a disgrace",
  "an embarrassment",
  "little man",
  "little troll",
  // More put-downs of a person from the common stock, aimed at them ("you corrupt, petty tyrant",
  // "you're toxic"); "creep" only aimed, as water can creep under a coating.
  "petty",
  "corrupt",
  "toxic",
  "lying",
  "two-faced",
  "spiteful",
  "hateful",
  "creepy",
  "creep|creeps",
  "obsessive",
  "deranged",
  "despicable",
  "contemptible",
  "laughable",
  "dumbest",
  "stupidest",
  "tyrant|tyrants",
  "hick|hicks",
  "peasant|peasants",
  "a nobody",
];

/**
 * Name-calling: an insult whoever it is aimed at ("biased morons", "the couriers are clowns"),
 * except at oneself ("we're idiots" is grovelling) or in quotation ("being called a clown"), and
 * except where the setting uses the word itself (a clown for a party, jerk chicken on a menu).
 * Whole words only where a prefix would catch others ("foolproof", "prickly", "fire retardant").
 */
export const NAME_CALLING: readonly string[] = [
  "idiot*",
  "moron*",
  "clown|clowns",
  "fool|fools|foolish",
  "loser|losers",
  "nutter*",
  // "Karen" is a name too ("Karen will ring you", "sorry, Karen"): an insult only as a type.
  "karens",
  "a karen",
  "ok|okay karen",
  "troll|trolls|trolling",
  "scum|scumbag|scumbags",
  "jerk|jerks",
  "imbecile*",
  "cretin*",
  "halfwit*",
  "muppet*",
  "numpty",
  "numpties",
  "tosser*",
  "wanker*",
  "prick|pricks",
  "twat*",
  "dickhead*",
  "asshole*",
  "arsehole*",
  "bastard*",
  "retard|retards|retarded",
  "nazi*",
  "dumbass*",
  "lowlife*",
  "hypocrite*",
  "liar*",
  // Crude or old-fashioned insults for a person, from the common English stock (the negative
  // person-words of the VADER lexicon, MIT, and everyday British and American put-downs); none names
  // a thing a business sells or a feeling a customer has.
  "dipshit*",
  "shithead*",
  "fuckface*",
  "fuckhead*",
  "fucker|fuckers",
  "motherfucker*",
  "jackass*",
  "douchebag*",
  "douche|douches",
  "cocksucker*",
  "numbskull*",
  "dimwit*",
  "nitwit*",
  "dunce|dunces",
  "buffoon*",
  "ignoramus*",
  "bellend*",
  "knobhead*",
  "pillock*",
  "plonker*",
  "nutjob*",
  "nutcase*",
  "psycho|psychos",
  "lunatic|lunatics",
  "windbag*",
  "bootlicker*",
  "dirtbag*",
  "sleazebag*",
  "shill|shills",
  "bigot|bigots",
  "weirdo|weirdos",
  "vermin",
  "parasite|parasites",
  "coward|cowards",
  "fraudster*",
  "weasel|weasels",
  "simpleton*",
  "airhead*",
  "bonehead*",
  "blockhead*",
  "meathead*",
  "dumbo",
  "twit|twits",
  "prat|prats",
  "ingrate|ingrates",
  "slob|slobs",
  "waste of space|oxygen|skin",
];

/**
 * Swear words that may be aimed at nobody ("this damn template", "what a crap week"): an insult
 * when aimed at a person (detector insult: "your crap edits", "you little shit", "fuck you"),
 * otherwise swearing (detector swears), a lapse in composure that calls nobody anything.
 */
export const SWEARING: readonly string[] = [
  "damn",
  "damned",
  "bloody",
  "crap",
  "crappy",
  "shit*",
  "fuck*",
  "f*ck*",
  "goddamn*",
  "arse",
  "ass",
  "garbage",
  "what the hell",
];

/** Put-downs and profanity that are insults wherever they appear. */
export const PROFANITY: readonly string[] = [
  "shut up",
  "get lost",
  "piss off",
  "bitch*",
  "arsehole*",
  "up your arse",
  "kiss my arse|ass",
  "fuck you|off",
  "get a grip",
  "grow up",
  "get a life",
  "what the hell",
  "the hell do you",
  "go to hell",
  "to hell with",
  "screw you",
  "sod off",
  "bugger off",
  "get stuffed",
  "drop dead",
  "hope you die",
  "kill yourself",
  "nobody cares",
  "no one cares",
  "who cares",
  "nobody likes you",
  "no one likes you",
  "crawl back under",
  "crawl back to",
  "do the world a favour|favor",
  "get a job",
  "go away and die",
  "go and die",
  "run along",
  "even you can|could follow|understand|manage",
  "terms even you",
  "kiddo",
  "sweetie",
  // Contempt and harm wished on a person, wherever it appears: "people like you are the problem",
  // "I hope you get hit by a bus", "go die in a ditch", "I know where you live".
  "people like you are|ruin|should|never|always|make",
  "trash|scum|vermin like you",
  "the likes of you",
  "hope you get hit|run",
  "hope you rot|choke|suffer",
  "rot in hell",
  "die in a ditch",
  "go die",
  "make your life hell|a misery",
  "i know where you live",
  "watch your back",
  "what happens to people who",
  "your days are numbered",
  "nobody|no one wants you",
  "sad existence",
  "stay in your lane",
];

/** Words that aim an insult at the customer ("you idiot", "don't be stupid", "such a clown"). */
export const INSULT_TARGETS: ReadonlySet<string> = new Set([
  "you",
  "your",
  "be",
  "being",
  "such",
  "what",
  "u",
  "ur",
  "act",
  "acting",
]);

/** Defensiveness: the agent makes it about themselves. */
export const DEFENSIVE: readonly string[] = [
  "i am doing my best",
  "i am only doing my job",
  "just doing my job",
  "i have been doing this for",
  "i know exactly what i am doing",
  "i am not the one who",
  "not the one who",
  "do not shoot the messenger",
  "it is not my fault",
  "not my fault",
  "i did not make",
  "i did not set",
  "i did not pack",
  "i did say sorry",
  "i have said sorry",
  "i have already apologised",
  "i can not magic",
  "i can not work miracles",
  "i only work here",
  "i have been on my feet",
  "do you think i",
  "not my doing",
  "i do not make the rules",
  "i just follow them",
  "i am the one who",
  "do not go blaming",
  "do not blame me",
  "do not you think we",
  "do not you think i",
  "i spoke perfectly clearly",
  "i was perfectly clear",
  "i was very clear",
  "i explained it clearly",
  "i already explained",
  "nothing to do with me",
  "it was not me",
  "not down to me",
  "not a parrot",
  "not a robot",
  "i am not a",
];

/** Threats and counter-aggression. */
export const THREATS: readonly string[] = [
  "take it somewhere else",
  "i will have you removed",
  "have you removed",
  "i will call security",
  "call security",
  "is a police matter",
  "is a criminal offence",
  "get out of here",
  "get out of my",
  "get out of the shop",
  "get out now",
  "leave the shop",
  "go ahead and try|report|write|complain|leave|post|review",
  "try to get me fired",
  "report us if you like",
  "report me if you like",
  "do your worst",
  // the threat thrown back: "Threaten me again and see who gets sorted out", "call me a liar again
  // and see where it gets you"
  "again and see",
  "see if i care",
  "you can find another",
  "go somewhere else",
  "shop somewhere else",
  "take your business elsewhere",
  "or else",
  "pay it or",
  "or it goes to",
  "press charges",
  "you will pay for it",
  "again and you can",
  "again and you will",
  "sort your own",
  "goes on your file",
  "note on your application",
  "note goes on your",
  "sort it out yourself",
  "one more time and",
  "you will regret",
  "you will be sorry",
  "make you regret",
  "make sure you regret",
  "watch your back",
  "i know where you live",
  "i will find out who you are",
  "i have my ways",
  "would be a shame if",
  "hope your * burns",
  "up permanently",
  "i will ban you",
  "you are banned",
  "do not come back",
  // intimidation: a dare with a consequence left hanging
  "then see what happens",
  "see how far you get",
  "security will be waiting",
  "security is right behind you",
  "you will be out on your ear",
  "come down here if you want",
  // the authorities set on the customer: "security will deal with you", "the police will be at your door"
  "security will deal|sort|handle|escort|remove|see",
  "police will be|come|deal|visit",
  "you will get a * ... fine",
  "come down if you like|want",
  "when we say so",
  "tell whoever|who you like|want",
  // "Go to the papers then", "come to the yard and see what happens", "ill have the police on u"
  "go to the papers|press|police then",
  // the threat waved on: "go to the paper if you like", "sue away", "feel free to cancel", "be my
  // guest", "leave whatever review you like", "go ahead and call your lawyer"
  "papers|press|ombudsman|solicitor|solicitors|lawyer|lawyers|court|standards ... if you like|want|must",
  "go to the paper ... if you like|want|must",
  "sue|post|report|complain|review|moan away",
  "feel free to cancel|complain|report|post|leave|go|take|sue|tell|review|write",
  "be my guest",
  "whatever review|reviews you like|want",
  "tell everyone|everybody|them|people whatever|what you like|want",
  "tell the street|world whatever|what you like|want",
  "tell your friends whatever|what you like|want",
  "go ahead and call|sue|tell|ring|cancel|take",
  "you know where the door is",
  "and see what happens",
  "have|get the police on|onto",
];

/**
 * The customer's problem treated as normal or as nobody's doing: "the gap is normal for that type of
 * fitting", "printing errors can occasionally occur", "staff sickness is beyond our control", "those
 * costumes were perfect when they left here". LABELS.md: defensive or mildly dismissive is calm 1.
 * Narrow on purpose: "it's completely normal to feel anxious" validates a feeling and is not here.
 */
export const NORMALISING: readonly string[] = [
  "beyond|outside our control",
  "this|that is normal",
  "is normal for",
  "is quite normal",
  "it is quite normal",
  "happens in every|all|healthcare",
  "can|do|may occur",
  "can|may occasionally|sometimes occur",
  "most people do not|never notice|mind",
  "perfect|fine when it|they|she|he left",
  // the general rule as the answer: "teachers do get ill occasionally", "trees do tend to shed,
  // it's kind of what they do", "mistakes happen", "coaches break down, it's nobody's fault"
  "do|does get ill|sick|delayed|busy",
  "do|does tend to",
  "do|does happen",
  "what they do",
  "mistakes|accidents|delays|breakdowns|cancellations|things happen",
  "nobody is fault",
  "nobody's fault",
  "no one is fault",
];

/** Words that are acronyms or codes in capitals, not shouting (VADER treats caps as emphasis only when the word is not an acronym). */
export const ACRONYMS: ReadonlySet<string> = new Set(
  (
    "USB PIN ATM SIM ID OK ETA DD PDQ REF UK US EU NHS GP VAT IBAN BIC SWIFT FAQ PDF URL IT HR CEO API SMS MMS GPS TV DVD CD PC " +
    "LCD LED HDMI WIFI WI-FI IOS OS APP VPN DNS ISP IP SSL CSV QR NFC RAM CPU GPU SSD HDD AM PM GMT BST UTC EST PST ASAP FYI " +
    "RSVP NB PS ER A&E ICU MRI CT XL XXL UPS DHL DPD FEDEX USPS EMS TSA BA KLM UAE USA GBP USD EUR AUD CAD NZD CHF PAYE HMRC " +
    "ISA APR ISO EMI BT EE O2 ADSL FTTP FTTC 4G 5G 3G LTE MOT AA RAC DIY B&Q IKEA NI NINO DOB SSN ZIP PO NO TBC TBD RMA SKU"
  ).split(" "),
);
