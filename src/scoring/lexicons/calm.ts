/**
 * Cues that a reply has lost composure or respect (LABELS.md "calm"). Sources: the seeds' list of
 * phrases that escalate ("calm down", "relax", "that's just policy", "not my problem"); VADER's
 * caps and punctuation heuristics (Hutto & Gilbert 2014); politeness strategies, negative side
 * (Danescu-Niculescu-Mizil et al. 2013: direct questions, "you" + imperative, sarcastic praise);
 * written for this project. Licence: MIT, part of this project.
 */

/** Dismissive phrases: they tell the customer their reaction is the problem. */
export const DISMISSIVE: readonly string[] = [
  "calm down", "relax", "chill", "settle down", "take a breath", "don't panic", "no need to shout", "no need to panic",
  "no need for the drama", "no need for that", "no need to take that tone", "no need to be rude", "no need to get upset",
  "these things happen", "it happens", "things happen", "it is what it is", "that is just policy", "that is just the policy",
  "just policy", "not my problem", "not my department", "not my job", "nothing i can do", "nothing we can do",
  "nothing more i can do", "nothing more i can tell you", "end of", "take it or leave it", "deal with it", "get over it",
  "move on", "if you say so", "as i said", "as i already said", "as i have said", "like i said",
  "as i already explained", "as i have explained", "i did say", "i already told you", "for the record", "with respect",
  "with all due respect", "it will be ready when it is ready", "when it is ready", "take as long as they take",
  "it takes as long as it takes", "when they are ready", "i have had to tell", "i have told you", "let us not blow this", "blow this out of proportion", "making a fuss", "make a scene",
];

/** Whole sentences that shut the customer down ("Next." "Noted." "Fine."). */
export const CURT_SENTENCES: readonly string[] = ["next", "noted", "fine", "whatever", "end of", "end of story", "tough", "and", "so"];

/** Mock praise that opens a sentence ("Wow, lovely." "Great, another review threat."). */
export const SARCASTIC_OPENERS: readonly string[] = ["wow", "lovely", "charming", "brilliant", "marvellous", "fantastic", "well done", "bravo", "nice one", "cool story"];

/** Sarcasm cues: mock praise, mock sympathy and mock offers. */
export const SARCASM: readonly string[] = [
  "oh great", "great another", "how lovely", "what a lovely", "how nice", "impressive", "congratulations",
  "bold ask", "i am flattered", "flattered", "no medals", "must be nice", "yeah right", "oh sure", "sure and",
  "good luck with that", "quite the", "sadly not", "how surprising", "thanks a lot", "thanks for nothing", "enjoy your day", "enjoy your evening", "patience is a virtue",
  "as they say", "always an option", "you must be very patient", "shall i * it for you too", "shall i * for you too",
  "would you like me to * too", "any other demands", "anything else your majesty", "is that all", "what a surprise",
  "shock horror", "who knew", "believe it or not", "clearly you", "obviously you", "unless you have moved house",
  "did you even", "have you tried turning", "i will alert the media", "alert the press", "cry me a river",
];

/** Blaming the customer: their choices are the topic, not the problem. */
export const BLAME_CUSTOMER: readonly string[] = [
  "you should have", "you should of", "you should really", "you really should", "you ought to have", "you could have checked|read|called|asked|looked|kept|bought|tried",
  "maybe * ... next time", "next time you", "next time, maybe", "in future you", "you must have misunderstood", "you misunderstood",
  "if you had kept|read|checked|called|told|just|bothered|looked|followed", "if you would just", "you need to read|check|understand",
  "you have to read",
  "what did you expect", "what do you expect", "who keeps", "who does that", "you only just noticed", "only just noticed",
  "your own fault", "your fault", "you did not read", "without reading", "like everyone else", "before buying", "before you bought",
  "that is what it is for", "it was clearly", "clearly stated",
  "clearly written", "it is on the sign", "read the sign", "read the terms", "read the small print", "it is your responsibility",
  "your responsibility", "to be fair", "you were warned", "not our fault you", "you did this",
];

/** Lecturing and scripted coldness: policy recited at the customer instead of talking to them. */
export const SCRIPTED: readonly string[] = [
  "please note", "please be advised", "be advised", "as per", "in line with our", "in accordance with", "per our policy",
  "our terms and conditions", "terms of service", "thank you for your feedback", "thank you for contacting", "thank you for reaching out",
  "thanks for reaching out", "thank you for choosing", "thank you for visiting", "thank you for your understanding",
  "we appreciate your understanding", "we appreciate you", "we appreciate your patience", "we value you", "we value your",
  "your feedback is important", "your call is important", "is there anything else i can", "anything else i can help",
  "have a lovely", "have a great", "have a wonderful", "have a nice", "have a good", "hope to see you again", "continued custom",
  "for future reference", "going forward", "please be aware", "for more information", "thank you for raising", "standard practice",
  "industry standard", "basically the law", "it is the law", "we take * very seriously", "we take * seriously", "as a gesture of goodwill", "we regret to inform", "regret to inform", "we are unable to accommodate",
  "not something we are able to accommodate", "any inconvenience this may have caused", "any inconvenience caused",
];

/** Insults and profanity aimed at the customer (quoted insults inside a limit are excluded by the detector). */
export const INSULTS: readonly string[] = [
  "idiot*", "stupid", "moron*", "thick", "dumb", "pathetic", "ridiculous", "clown", "fool*", "useless", "loser",
  "shut up", "get lost", "piss off", "damn", "bloody", "crap", "shit*", "fuck*", "f*ck*", "bitch*", "arse*", "ass",
  "get a grip", "grow up", "get a life", "unhinged", "hysterical", "entitled", "karen", "nutter", "what the hell",
];

/** Defensiveness: the agent makes it about themselves. */
export const DEFENSIVE: readonly string[] = [
  "i am doing my best", "i am only doing my job", "just doing my job", "i have been doing this for", "i know exactly what i am doing",
  "i am not the one who", "not the one who", "do not shoot the messenger", "it is not my fault", "not my fault", "i did not make",
  "i did not set", "i did not pack", "i did say sorry", "i have said sorry", "i have already apologised", "i can not magic",
  "i can not work miracles", "i only work here", "i have been on my feet", "do you think i", "not a parrot", "not a robot", "i am not a",
];

/** Threats and counter-aggression. */
export const THREATS: readonly string[] = [
  "i will have you removed", "have you removed", "i will call security", "call security", "get out", "leave the shop",
  "go ahead and try|report|write|complain|leave|post|review", "try to get me fired", "report us if you like",
  "report me if you like", "do your worst", "see if i care", "you can find another", "go somewhere else", "shop somewhere else",
  "take your business elsewhere", "or else", "one more time and", "you will regret", "i will ban you", "you are banned",
  "do not come back",
];

/** Words that are acronyms or codes in capitals, not shouting (VADER treats caps as emphasis only when the word is not an acronym). */
export const ACRONYMS: ReadonlySet<string> = new Set(
  ("USB PIN ATM SIM ID OK ETA DD PDQ REF UK US EU NHS GP VAT IBAN BIC SWIFT FAQ PDF URL IT HR CEO API SMS MMS GPS TV DVD CD PC " +
    "LCD LED HDMI WIFI WI-FI IOS OS APP VPN DNS ISP IP SSL CSV QR NFC RAM CPU GPU SSD HDD AM PM GMT BST UTC EST PST ASAP FYI " +
    "RSVP NB PS ER A&E ICU MRI CT XL XXL UPS DHL DPD FEDEX USPS EMS TSA BA KLM UAE USA GBP USD EUR AUD CAD NZD CHF PAYE HMRC " +
    "ISA APR ISO EMI BT EE O2 ADSL FTTP FTTC 4G 5G 3G LTE MOT AA RAC DIY B&Q IKEA NI NINO DOB SSN ZIP PO NO TBC TBD RMA SKU")
    .split(" "),
);
