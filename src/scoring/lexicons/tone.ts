/**
 * Tone cues that lower calm without a hostile word in them (LABELS.md "calm": sarcasm is 0;
 * curt, flustered, pleading and self-abasing replies are 1).
 * Sources: sarcasm as positive wording set against a negative situation, with hyperbole and mock
 * politeness as its markers (Riloff et al. 2013, "Sarcasm as contrast between a positive sentiment
 * and negative situation"; Kreuz & Glucksberg 1989 on echoic mention; Culpeper 1996, "Towards an
 * anatomy of impoliteness", on mock politeness); the panic and self-abasement forms are the
 * flustered, pleading and self-abasing replies LABELS.md names ("ok ok, please don't report me",
 * "I'm useless, we deserve it"), generalised by hand; laughter and flippancy markers are the
 * common chat forms (lol, haha, jk, emoji). Written for this project; MIT licence.
 */

/** Mock courtesy: polite words whose literal meaning the situation contradicts. */
export const MOCK_COURTESY: readonly string[] = [
  // Third parties mock-pleased by the customer's trouble ("I'm sure the board will be thrilled").
  "i am sure ... be thrilled|delighted|touched|overjoyed|fascinated|heartbroken",
  "i am sure ... love to hear",
  // Their experience granted only as a feeling: "machines don't 'eat' anything, but I'm sure it
  // felt that way".
  "i am sure it felt|seemed that way",
  "i am sure it felt|seemed like that",
  // Mock affection for "customers like you".
  "treasure|cherish|adore|love customers|people|clients|patrons|guests|members|shoppers like you|yourself",
  "we treasure|cherish|adore you",
  // Mock apology for the customer's standards ("so sorry our flowers weren't newsworthy enough for you").
  "not * enough for you",
  "not * enough for your",
  // Lecturing sarcasm.
  "in the real world",
  "oh yes we are",
  // Condescension dressed as help.
  "too complicated|complex|difficult|hard|confusing|tricky for you",
  "explain it|this|that slowly",
  "explain it|this|that again slowly",
  "let me spell it out",
  "words of one syllable",
  // Mock sympathy by hyperbole.
  "would be such a hardship|tragedy|ordeal|catastrophe|chore",
  "of course because",
  "heaven forbid",
  "god forbid",
  "boo hoo",
  "my heart bleeds",
  "how awful for you",
  "how terrible for you",
  "how dreadful for you",
  "the horror",
  // Mock praise of an angry message.
  "your lovely|charming|delightful message|email|words|note|comments|feedback|review|call",
  // Thanks for the abuse itself: "thanks ever so much for the lovely name-calling".
  "for the lovely|charming|delightful|kind name|insults|abuse|language|words|names|compliments",
  "makes me want to help|find|sort",
  "if you can manage to be civil|polite|nice",
  "so terribly terribly",
  "so very very sorry",
];

/** Laughter, shrugs and joking markers: the customer's problem treated as a joke. */
export const FLIPPANT: readonly string[] = [
  "lol",
  "lmao",
  "lmfao",
  "rofl",
  "haha",
  "hahaha",
  "hehe",
  "jk",
  "just kidding",
  "kidding",
  "think of it as a|an bonus|adventure|challenge|story",
  "only kidding",
  "just joking",
  "only joking",
  "no biggie",
  "oopsie",
  "oopsies",
  "whoopsie",
  "meh",
  "welp",
  "oh well",
  "chin up",
  "cheer up",
  "nice try",
  "good one",
  "you will laugh about this",
  "you will laugh about it",
];

/** Emoji and emoticons of laughter, winking or shrugging (checked on the raw text). */
export const FLIPPANT_EMOJI =
  /(?:[\u{1F602}\u{1F923}\u{1F606}\u{1F605}\u{1F61C}\u{1F61D}\u{1F643}\u{1F609}\u{1F937}\u{1F644}]|¯\\_\(ツ\)_\/¯|(?:^|\s)(?:xD|XD|:P|:p|;\)|;-\))(?=\s|$))/u;

/** Fluster and panic: composure lost towards the customer (pleading, doubled apologies, surrender). */
export const FLUSTER: readonly string[] = [
  "oh no no",
  "no no no",
  "okay okay",
  "sorry sorry",
  "please please",
  "i do not know what to do",
  "i do not know what else to do",
  "i do not know what to say",
  "i am panicking",
  "i am begging",
  "i beg you",
  "i will do anything",
  "i will do whatever",
  "whatever you want",
  "whatever you say",
  "anything you want",
  "anything you like",
  "just tell me what you want",
  "please do not be angry|cross|upset|mad|annoyed",
  "please do not report|review|complain|escalate",
  "please do not leave|write|post|give ... review|complaint",
  "please do not go to",
  "please do not come here|in|round|down|over",
  "please do not tell|cancel|hate",
  // "please don't do anything", "just please dont call anyone ok", "please don't hurt him"
  "please do not do anything|that",
  "please do not call|ring|phone anyone|the",
  "please do not hurt|touch",
  "please do not post|share anything",
  "do not leave us a",
  "yes yes",
  "alright alright",
];

/** Apology words; three or more in one reply is "apology piled on apology" (LABELS.md calm 1). */
export const APOLOGY_WORDS: ReadonlySet<string> = new Set([
  "sorry",
  "apologise",
  "apologize",
  "apologies",
  "apologising",
  "apologizing",
]);
export const PILED_APOLOGIES = 3;

/** Self-abasement: the agent runs themselves or the team down instead of owning the mistake. */
export const SELF_ABASEMENT: readonly string[] = [
  "i am [so|such|really|completely|totally|just|honestly|utterly|absolutely] useless|hopeless|pathetic|incompetent|worthless|stupid|rubbish",
  "we are [so|such|really|completely|totally|just|honestly|all|utterly|absolutely] useless|hopeless|pathetic|incompetent|worthless|stupid|idiots|clowns|rubbish|awful|terrible|hopeless",
  // the insult agreed with: "they're useless and so am I", "we deserve every bit of this"
  "and so am i",
  "we deserve every bit|word",
  "i deserve every bit|word",
  "i am [such] [a|an|the] idiot|disgrace|joke|embarrassment|worst",
  "we are [such] [a|an|the] idiots|disgrace|joke|embarrassment|shambles|worst",
  "i have been [so|completely|totally|utterly|absolutely] useless|hopeless|pathetic|incompetent",
  "we have been [so|completely|totally|utterly|absolutely] useless|hopeless|pathetic|incompetent",
  "i feel [so|really|just|absolutely|honestly] awful|terrible|horrible|dreadful|sick|wretched|ashamed",
  "i feel so|really bad",
  // "I am bad at my job", "we're useless at this job"
  "i|we am|are [so|really|just|honestly|clearly] bad|terrible|useless|rubbish|hopeless|awful at my|this|our job",
  "i am [so|really|honestly|utterly|completely|deeply|truly] [so] embarrassed|ashamed|mortified|humiliated",
  "we are [so|really|honestly|all|utterly|completely|deeply|truly] [so] embarrassed|ashamed|mortified|humiliated",
  "i deserve|deserved it|this|that|whatever",
  "we deserve|deserved it|this|that|whatever",
  "i do not deserve",
  "we do not deserve",
  "never forgive me|us",
  "i would not blame you if",
  "i am not worthy",
  "i should be fired|sacked",
];

/**
 * What keeps a very short reply from reading as curt: an apology, thanks, a greeting, a courteous
 * hold ("one moment", "bear with me"), an offer ("happy to", "let me"), an indirect question.
 */
export const SHORT_REPLY_COURTESY: readonly string[] = [
  "sorry",
  "apologies",
  "apologise|apologize",
  "thank|thanks",
  "hello|hi|hey|dear",
  "one moment",
  "bear with me",
  "just a moment",
  "of course",
  "happy to",
  "glad to",
  "let me",
  "no problem",
  "would|could you",
  "can|may|shall i",
  "i understand",
  "i see",
  // reassurance: "Wednesday's definitely on, don't worry!", "yeah no worries, new box tomorrow"
  "do not worry",
  "no worries",
  "not to worry",
];
