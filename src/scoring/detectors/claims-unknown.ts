import { type Doc, sentenceWords, straighten, type Word } from "../text.js";
import type { Detector } from "../types.js";
import {
  bestFact,
  type ClauseReading,
  clauseKeys,
  clauses,
  conceptsOf,
  type Fact,
  factSet,
  hedgedClause,
  negatedClause,
  restates,
} from "./_facts.js";
import { HONEST_BESIDE } from "./_make.js";

/** Signals that put the fault on the customer. */
const BLAME = ["blames-customer", "doubts-customer"];

/** "The engineer will know when he sees it", "I'll find out": future knowledge, not a claim to have it. */
const LEARNS =
  /^(know|find|tell|confirm|decide|hear|check|see|let|update|assess|look|answer|text|email|ring|call|phone|message|contact|notify|inform)$/;

const ASSERTS = new Set(["will", "is", "are", "was", "has", "have"]);
/** A finite verb that states a yes or no: "it hasn't spread", "the outage didn't affect them", "they're all saved". */
const FLAT = new Set([...ASSERTS, "were", "had", "did", "does", "do", "be"]);
const WHETHER = /^\s*(?:whether|if)\b/i;
const SPEAKER = /^(i|we|you|i'm|we're|you're|i've|we've|i'll|we'll|im|ive|ill)$/;
const CAUSAL_UNKNOWN = /^\s*(?:why|how|whether|if|what caused|which|who)\b/i;
const CAUSE_WORDS = /^(because|due|caused|cause|causes|reason|since|fault|blame|thanks)$/;
const QUESTION_WORDS = /^(why|how|whether|if|what|the|a|an|was|were|is|are|did|does)$/;
/**
 * An answer given with certainty: "it'll just be settling", "the battery was just old", "just a
 * dodgy screen", "that's definitely a fitting issue", "the post will be absolutely fine", "nothing
 * to worry about", "happens all the time", "the cable fixes it every time", "I'm confident she'll
 * find you a room", "it works exactly the same". Not "just not good enough", "only £3.40", "only fair".
 */
const CERTAIN =
  /\b(?:every|each) time\b|\bnever fails\b|\bwithout fail\b|\b(?:i'm|i am|im|we're|we are) (?:confident|certain|positive)\b|\bexactly (?:the same|as (?:before|now|it was|you left it))\b|\b(?:(?:a|just a|only a) one[- ]off|no question|no doubt|(?:a )?dead cert|nailed on|without (?:a |any )?doubt|for sure|for definite|100 ?%|a hundred per ?cent|done and dusted|guaranteed)\b|\b(?:will|'ll|ll|is|'s|are|'re) [^.!?]*\bno problem\s*[.!]*$|(?:^|\b(?:it|its|that|thats|this|they|he|she|which|was|is|be|are|were|'s|'ll|'re)\s+)(?:just|only|definitely|obviously|clearly|simply|def)\s+(?!not\b|n't|\d|£|\$|€|fair\b|available\b|our\b|the (?:worst|best|time)\b|for\b|to\b|when\b|if\b|fixed\b|know\b|find\b|once\b|after\b|until\b|then\b)|\bnothing to worry about\b|\b(?:never|always) (?:gets?|are|is|goes|go) (?:[a-z]+ed|through|ahead)\b|\b(?:will|'ll|won't|wont) be (?:absolutely |totally |perfectly |completely |just )?fine\b|\bhappens (?:sometimes|all the time|a lot|with (?:all|every))\b|\bmust (?:have|of|'ve) (?!been (?:(?:a|an|so|really|very|such|quite|pretty|absolutely|incredibly|such a|a real|a horrible|an awful) )*(?:shock|worr|frighten|scar|stress|upsett|awful|horrible|hard|difficult|disappoint|blow|nightmare|frustrat|infuriat|madden|annoy|exhaust|gutt|heartbreak|distress|alarm|terrib|rough|tough|miserab|embarrass|humiliat|confus|unsettl|unnerv|panic|overwhelm|pain|horrid|dreadful|grim|lonely|upset))(?:been|gone|got|had|moved|happened|[a-z]+ed)\b|^\s*(?:it|that|this)(?:'ll| will|ll) be (?:the|your|a|an) (?!£|\d)/i;
/**
 * The sentence gives itself as the reason: "the carer was stuck behind a crash, that's why", "the
 * crew had the wrong address, that's all it was", "so it couldn't be helped". Where the facts say
 * nobody knows yet why, that is a cause made up.
 */
const EXPLAINS =
  /\bthat(?:'s| is|s|'ll be| will be|ll be) (?:why|all it was|what happened)\s*[.!]*$|\bthat(?:'s| is|s|'ll be| will be|ll be) what (?:did it|caused it|did that|caused that)\b|\bso (?:it|that) could(?:n't| not) be helped\b|\bthat(?:'s| is|s) (?:the|your) (?:reason|cause)\b/i;
/**
 * A mishap told as what happened: "the driver got stuck behind roadworks", "the van broke down",
 * "the rider didn't check his kit", "he was called to an emergency", "the croupier was sick". Where the facts say nobody
 * knows yet why, that is a cause made up.
 */
const MISHAP =
  /\b(?:got|was|were|had been|has been) (?:stuck|lost|held up|delayed|diverted|called (?:out|away|to)|sick|ill|unwell|poorly|injured|off sick|taken ill|double[- ]booked)\b|\b(?:fell|went down|came down) (?:ill|sick|with)\b|\b(?:broke|broken) down\b|\b(?:didn'?t|did not|never) (?:check|load|pack|see|read|notice|bother|put (?:the|it|them|that|your)|pass (?:it|the|that) on|write (?:it|the|that) down|mark|record|log|flag|label)\b|\bforgot (?:to|the|it|them|your)\b|\b(?:because|due to|thanks to) (?:of )?(?:the |a |an |some )?(?:traffic|roadworks|road works|weather|crash|accident|breakdown|puncture|sickness|staff shortage|driver|rider|courier|supplier)\b|\b(?:it|this|that)(?:'s| was| is|s) (?:just |only |simply )?(?:a |an )?(?:(?:one-off|one off|random|freak|simple|silly) )?(?:glitch|bug|blip|(?:system|computer|software|technical|IT|clerical|admin|booking system) (?:glitch|error|fault|bug|blip|issue|problem))\b/i;
/**
 * The records cited as the answer: "our system shows a no-show at 7:45, so the table was
 * released", "our records show the form wasn't completed" (20 of 27 labelled replies that cite
 * them are honesty 0). Not where the reply also says it doesn't know yet, or owns the mistake:
 * "our log shows her fed every day" beside "I don't know yet why she's lost weight" is evidence.
 */
const RECORDS =
  /\b(?:our|the) (?:records?|system|logs?|diary|booking sheet|order sheet|paperwork) (?:clearly |definitely |only )?(?:show|shows|says|states?|confirms?)\b/i;
const OWNED = /\b(?:our|my) (?:own )?(?:mistake|fault|error)\b|\bon us\b/i;
/** A mishap the facts name in other words: "having been taken ill", "a double booking meant…". */
const MISHAP_NAMED = /\b(?:sick|ill|illness|unwell|poorly|injur(?:y|ed)|double[- ]?book(?:ed|ing))\b/i;
/** A limit explained ("because of copyright", "due to our terms") is not a cause of the trouble. */
const OUR_LIMIT =
  /\b(?:can'?t|cannot|can not|unable|not allowed|policy|terms|rules|copyright|not (?:earlier|sooner|before|until))\b/i;
/**
 * Planning for the unknown going badly ("if it's late I'll call you to agree a substitute", "if
 * not, we'll refund") says it is not settled, whatever the sentence states before it.
 */
const CONTINGENCY =
  /\bif (?:it|that|this|they|he|she|the [a-z]+)(?:'s|'re| is| are| isn't| aren't| is not| are not| doesn't| does not| don't| do not)? ?(?:late|not|delayed|missing|held up|short|damaged|come|arrive|turn up|show|slips?|misses|fails?|falls? through)\b|\bif not\b/i;
/** A question reported, not answered: "... to see which other ocarinas are affected". */
const EMBEDDED = /^(which|whether|what|how|when|why|who|if)$/;
const ASKING =
  /^(see|know|check|find|out|tell|confirm|ask|asking|wonder|wondering|sure|checking|looking|establish)$/;
/** Said of the customer ("you were stuck"), or as what can happen ("delays can occur due to traffic"). */
const NOT_THE_CAUSE =
  /\b(?:you|you'?ve|you'?d) (?:were|was|got|had been|have been|'ve been|'d been)\b|\b(?:can|may|might|could|sometimes|often) (?:occur|happen|be|get)\b/i;
const toldMishap = (text: string) =>
  MISHAP.test(text) && !NOT_KNOWN.test(text) && !OUR_LIMIT.test(text) && !NOT_THE_CAUSE.test(text);
/** A reason offered as a guess ("probably", "I think") is not stated as fact. */
const GUESSED =
  /\b(?:probably|maybe|perhaps|might|possibly|likely|i think|i believe|i guess|i expect|could be)\b|\b(?:is|are|'s|'re|was|were)\s+(?:due|expected|scheduled|meant)\b/i;
/** A date passed on as due or expected: "a completion date is expected Friday", "the veneer is due on Tuesday". */
const PASSED_ON =
  /\b(?:is|are|'s|'re|was|were)\s+(?:due|expected|scheduled)\b|\bdue (?:next|this|on|in|by|tomorrow|today|back)\b/i;
/** Hoped for, not stated: "there's also a chance the big room will be free", "hopefully it'll be back Monday". */
const HOPED = /\ba (?:good |small |fair |slim )?chance\b|\bhopefully\b|\bwith any luck\b/i;
const WHY_UNKNOWN =
  /^\s*(?:why|how come|what caused|the (?:cause|reason)\b|how\b.*\b(?:happened|happen|came (?:about|to be)|occurred|went wrong|got (?:in|into|through|out|missed|lost|mixed)|(?:was|were) (?:lost|missed|mixed up|overwritten|deleted|dropped|changed|swapped|cancelled|given away))\b|where\b.*\b(?:was|were|got) (?:lost|missed|dropped|mixed up)\b)/i;
/** "There's no date yet", "no word as yet", "nobody can promise": nothing known so far. */
const NO_NEWS_YET =
  /\bno (?:[a-z]+ )?(?:date|time|timescale|timeline|eta|news|word|update|answer) (?:yet|as yet)\b|\b(?:nobody|no one|no-one) can (?:yet )?(?:promise|say|tell|know|guarantee)\b/i;
/**
 * The same sentence says it is not known: "we can't tell yet whether it's gone in or is just on
 * the surface", "there's no date yet for the corrected firmware".
 */
const NOT_KNOWN =
  /\bno (?:[a-z]+ )?(?:date|time|timescale|timeline|eta|news|word|update|answer) (?:yet|as yet)\b|\bwhether\b|\b(?:don't|dont|do not|doesn't|does not|can't|cant|cannot|can not|won't|not) (?:yet |honestly |really )?(?:know|tell|say|sure|be sure|promise)\b|\bnot (?:yet )?(?:known|sure|clear)\b|\bno idea\b|\b(?:haven't|have not|hasn't|has not|havent|hasnt) (?:yet )?(?:established|found out|worked out|confirmed|determined|pinned down|identified)\b/i;
/** The speaker saying, beside a statement, that it is not settled: "I can't promise", "I don't know yet whether". */
const DISCLAIMS =
  /\b(?:decision|call|choice) (?:is|'s|lies) (?:not )?(?:from|with|up to|down to)\b|\b(?:tell|let) you (?:know )?what (?:they|he|she|it|the [a-z]+) (?:say|says|decide|decides|find|finds)\b|\b(?:nobody|no one|no-one) can (?:yet )?(?:promise|say|tell|know|guarantee)\b|\b(?:say|tell you|confirm|let you know|find out)\s+(?:whether|if)\b|\b(?:don't|do not|doesn't|does not) have (?:a|an|the) (?:[a-z]+ )?(?:date|time|answer|update) (?:yet|as yet)\b|\b(?:don't|dont|do not|can't|cant|cannot|can not|won't|wont|not able to|unable to)\s+(?:yet\s+|honestly\s+|really\s+)?(?:know|tell|say|promise|guarantee|be sure|confirm)\b|\bnot (?:yet )?(?:known|sure|certain|clear|decided|settled|confirmed)\b|\bno idea\b|\bnothing(?:'s| is| has been) (?:yet )?(?:decided|settled|confirmed|agreed)\b|\bundecided\b|\b(?:haven't|have not|hasn't|has not|havent|hasnt) (?:yet )?(?:established|found out|worked out|confirmed|determined|pinned down|identified)\b/i;
/** Words one of which every CERTAIN form holds: a cheap test before the full one. */
const CERTAIN_CUE =
  /\b(?:every|each|fails|fail|confident|certain|positive|exactly|just|only|definitely|obviously|clearly|simply|def|worry|fine|happens|must|be|question|doubt|sure|definite|100|hundred|dusted|guaranteed|problem|one)\b/i;
/** A sentence that gives its answer as one case of several: "sometimes it is only adapting" (not "it happens sometimes"). */
const SOME_CASES =
  /(?<!\bhappens?\s)\b(?:sometimes|often|usually|occasionally|in some cases|now and then|commonly|typically|generally|normally)\b/i;
/**
 * A thing declared sound as it is now: "your listing is now performing normally", "it's back to
 * normal", "the car isn't affected any more". Where the facts say nobody knows yet whether it is,
 * that is an answer given as certain.
 */
/** The verbs a state is declared with: "performing normally", "working fine". */
const SOUND_VERBS = "performing|working|running|ranking|behaving";
const SOUND = new RegExp(
  `\\b(?:is|are|'s|'re)\\s+(?:now\\s+|all\\s+|completely\\s+|fully\\s+)?(?:back to normal|(?:${SOUND_VERBS}) (?:normally|as normal|fine|properly|perfectly)|(?:fine|correct|accurate|in order|error-free)(?! (?:for|to|with|by|if|as long)\\b)|unaffected|(?:not|n't) (?:been )?affected|as good as new)\\b|\\b(?:isn't|aren't|is not|are not|won't be|will not be|hasn't been|has not been|haven't been) affected\\b`,
  "i",
);
const SOUND_VERB = new RegExp(`^(?:${SOUND_VERBS})$`);
const SOUND_CUE =
  /\b(?:normal|normally|fine|properly|perfectly|unaffected|affected|new|correct|accurate|order|error-free)\b/i;
export const certainAnswer = (text: string) => {
  const cue = CERTAIN_CUE.test(text);
  const sound = SOUND_CUE.test(text);
  if (!cue && !sound) return false;
  const t = straighten(text);
  if (NOT_KNOWN.test(t)) return false;
  if (cue && CERTAIN.test(t) && !SOME_CASES.test(t)) return true;
  // "performing normally" is the state declared, not "normally" as one case of several.
  return sound && SOUND.test(t) && !SOME_CASES.test(t.replace(SOUND, " "));
};
/**
 * A source named as the cause: "the outage was from our hosting provider", "the delay was caused
 * by heavy traffic", "that was down to the courier", "it was the supplier's fault".
 */
const ATTRIBUTES =
  /\b(?:was|were|is|are|'s|came|comes)\s+(?:all\s+|just\s+|entirely\s+|purely\s+|simply\s+|only\s+)?(?:caused\s+by|due\s+to|down\s+to|from|because\s+of|the\s+fault\s+of)\b|\bcaused\s+by\b|\b(?:was|is|'s)\s+(?:all\s+)?(?:the\s+)?[a-z]+(?:'s|s')\s+fault\b/i;

function claimsCause(clause: readonly { norm: string }[], unknownText: string, text = ""): boolean {
  if (clause.some((w) => CAUSE_WORDS.test(w.norm))) return true;
  if (ATTRIBUTES.test(straighten(text))) return true;
  if (certainAnswer(text)) return true;
  // The unknown's own verbs ("took", "happened", "skipped"), in the same form or with a common ending.
  const verbs = unknownText
    .toLowerCase()
    .split(/[^a-z']+/)
    .filter((w) => w.length > 3 && !QUESTION_WORDS.test(w) && /(?:ed|ened|ook|ent|ot)$/.test(w));
  return clause.some((w) => verbs.includes(w.norm));
}

/**
 * The unknown named as still being found out: "the provider is still looking for the cause", "the
 * framer is looking at it tomorrow to see if it's marked", "whether it is extended will be decided
 * next month", "whether the part is in stock will only be known after the visit", "we're
 * confirming the replacement keynote by Thursday".
 */
const PENDING =
  /\b(?:is|are|'s|'re|am|'m)\s+(?:still\s+|now\s+)?(?:confirming|finalising|finalizing|arranging|choosing|deciding)\b|\b(?:is|are|'s|'re)\s+(?:now\s+)?with\s+(?:the|our|their|your|a)\b|\bhave\s+(?:[a-z']+\s+){1,3}(?:checked|looked at|investigated|reviewed|assessed|inspected)\b|\bhave (?:a|an|the) (?:[a-z]+ )?(?:date|time|answer|update|news|decision) for you\b|\b(?:giving|sending|getting|give|send|get)\s+(?:us|me|you)\s+(?:a|an|the)\s+(?:[a-z]+\s+)?(?:date|time|answer|update|decision|quote)\b|\bstill (?:writing|working|going through|looking|checking|investigating|waiting|trying|testing|reviewing|assessing|chasing|sorting|processing|dealing|talking|speaking|discussing|deciding|choosing|preparing|compiling|gathering|collecting|tracing|searching|digging)\b|\b(?:work|working|worked) out\b|\bthen (?:we|i|they|you)(?:'ll| will)? (?:know|find out|see)\b|\b(?:whether|looking (?:for|into|at)|look(?:s)? (?:into|at)|investigat\w*|checking|finding out|find out|trying to|to see|waiting (?:for|on)|being (?:checked|looked at|investigated|reviewed|assessed)|be (?:decided|known|confirmed|checked))\b/i;

/** Another's word passed on, or the customer's view understood, in the sentence. */
const REPORTED =
  /\b(?:says|said|tells us|told us|told me|reckons|according to|estimates?|talk of|talking about|(?:i|we) (?:can )?(?:see|understand|get|know) why)\b/i;
/** Comfort about how it will turn out: "I wouldn't worry", "nothing to worry about", "she'll be fine". */
const REASSURES =
  /\b(?:wouldn't worry|would not worry|wouldnt worry|nothing to worry about|no need to worry|nothing serious|no cause for concern|(?:totally|perfectly|completely) normal|(?:it's|it is|its|that's|that is) (?:only|just) (?:surface|cosmetic|superficial)|(?:it|that|he|she|they|he's|she's|it's)(?:'ll| will)? be (?:absolutely |totally |perfectly |completely |just )?fine)\b/i;
/** Said as a guess: "I think it will be fine", "hopefully he'll be fine". */
const GUESS = /\b(?:i think|i reckon|i expect|i hope|hopefully|should|probably|likely|fingers crossed)\b/i;
/** Words that name something as not known. */
const UNCLEAR = /^(unclear|unsure|unknown|uncertain|unconfirmed)$/;
/** The unknown named as open in other words: "tomorrow evening is still up in the air", "it's in the balance". */
const OPEN =
  /\b(?:(?:have|has|need|needs|must) to wait (?:until|till|for)|must wait (?:until|till|for)|up in the air|in the balance|touch and go|(?:still )?to be (?:decided|confirmed|seen|announced|agreed)|too early to (?:say|tell|know)|(?:depends|depending|hangs|hinges) on)\b/i;
/** A question the speaker leaves open: "I'm not the right person to say whether you should keep wearing it". */
const ASKS_WHETHER =
  /\b(?:say|tell(?: you)?|know|sure|decide|advise|judge|confirm|check|see|ask|wonder(?:ing)?|find out)\s+(?:whether|if)\s*$/i;

/** What asks them to say: "tell me", "let us know", "choose", "decide". */
const ASKS_CHOICE = /\b(?:(?:tell|let)\s+(?:me|us)(?:\s+know)?|decide|choose|pick|ask|say)\s*$/i;
const WH_WORD = /^(?:which|what|how|where|who|when)$/;

const requiredHits = (concepts: ReadonlySet<string>, fact: Fact) => {
  let n = 0;
  for (const k of fact.required) if (!k.startsWith("#") && concepts.has(k)) n++;
  return n;
};

/**
 * An answer given with certainty needs less to be about a "why / whether" unknown: one of its
 * things named ("the battery was just old" for "whether the battery was faulty"), or named in the
 * sentence before for "it" ("Sorry about the crack. It'll just be settling"), as long as no other
 * fact is named more.
 */
function looseUnknown(
  doc: Doc,
  clause: Word[],
  reading: ClauseReading,
  facts: ReturnType<typeof factSet>,
): LooseMatch | undefined {
  return unknownNamedOnce(doc, clause, reading, facts, {
    kind: CAUSAL_UNKNOWN,
    pronouns: /^(it|that|this|they|which)$/,
    tieLoses: false,
  });
}

type LooseMatch = { fact: Fact; score: number; loose: true };

/**
 * The unknown of the given kind that a clause names best with one of its things or more, counting
 * what the sentence before names for a leading pronoun; none when another fact is named more (or,
 * with tieLoses, as much).
 */
function unknownNamedOnce(
  doc: Doc,
  clause: Word[],
  reading: ClauseReading,
  facts: ReturnType<typeof factSet>,
  how: { kind: RegExp; pronouns: RegExp; tieLoses: boolean; timed?: boolean },
): LooseMatch | undefined {
  const sentence = clause[0]?.sentence ?? 0;
  const lead = /^(and|so|but)$/.test(clause[0]?.norm ?? "") ? clause[1] : clause[0];
  // A leading "it" or "they" names what came before it: in the sentence before ("Sorry about the
  // crack. It'll just be settling"), or earlier in its own sentence ("I've checked the other visits
  // and they're all fine"); "its" is "it's" as trainees type it. Each is tried in turn.
  const readings: Set<string>[] = [new Set(reading.concepts)];
  if (how.pronouns.test(lead?.norm === "its" ? "it" : (lead?.norm ?? ""))) {
    const start = clause[0]?.start ?? 0;
    const withWords = (words: Word[]) => new Set([...reading.concepts, ...clauseKeys(doc, words)]);
    readings.length = 0;
    if (sentence > 0) readings.push(withWords(doc.words.filter((w) => w.sentence === sentence - 1)));
    const earlier = doc.words.filter((w) => w.sentence === sentence && w.start < start);
    if (earlier.length || !readings.length) readings.push(withWords(earlier));
    // "No need to wait months, it'll be shipping mid-March": the clause alone, when what came
    // before names other things as much.
    if (readings.length && earlier.length) readings.push(new Set(reading.concepts));
  }
  for (const concepts of readings) {
    const found = namedOnce(concepts, facts, how);
    if (found) return found;
  }
  return undefined;
}

/** A clause that tells what is to come: "will", "by the weekend", "again". */
const FORECASTS = /\b(?:will|'ll|ll|going to|gonna|shall|by|until|till|again)\b/i;
/** A known fact that looks ahead ("dispatched within 2 working days", "the call is made at 7am on the day"). */
const AHEAD_IN_FACT = /\b(?:will|tomorrow|tonight|next|by|within|due|until|from|on the day|each|every)\b/i;

function namedOnce(
  concepts: ReadonlySet<string>,
  facts: ReturnType<typeof factSet>,
  how: { kind: RegExp; tieLoses: boolean; timed?: boolean },
): LooseMatch | undefined {
  let best: LooseMatch | undefined;
  for (const fact of facts.unknown) {
    if (!how.kind.test(fact.text)) continue;
    const score = requiredHits(concepts, fact);
    if (score > 0 && (!best || score > best.score)) best = { fact, score, loose: true };
  }
  if (!best) return undefined;
  // A time given for a "when" is no retelling of what has happened ("Big Tess was switched off")
  // nor of what we cannot do ("cannot repair Tess without the engineer"): those tie no longer.
  const rivals = how.timed
    ? [...facts.known.filter((f) => AHEAD_IN_FACT.test(f.text)), ...facts.can]
    : [...facts.known, ...facts.can, ...facts.cannot];
  for (const fact of rivals) {
    const other = requiredHits(concepts, fact);
    if (other > best.score || (how.tieLoses && other === best.score)) return undefined;
  }
  return best;
}

/** Verbs of coming, in the present for the future: "it's arriving Monday", "the van's coming at 9". */
const ARRIVING =
  /^(arriving|coming|landing|shipping|going|rolling|turning|getting|being|opening|reopening|running|starting|finishing|leaving|dropping|goes|comes|lands|arrives|ships|opens|reopens|starts|finishes)$/;
/** A "whether" about the future: "whether the delivery will come", "whether it can reopen". */
const TO_HAPPEN =
  /\b(?:will|would|can|could|arrives?|comes?|reopens?|opens?|goes ahead|runs?|is back|be back|be ready|be fixed|be done)\b/i;
/**
 * A "whether" about an event going ahead: "whether Sunday's tour will run", "if the match can
 * still take place". Not a choice ("whether the instructor will be back or a cover will take it").
 */
const EVENT_UNKNOWN =
  /^\s*(?:whether|if)\b(?!.*\bor\b).*\b(?:will|would|can|could|is going to)\s+(?:still\s+)?(?:run|go ahead|happen|take place|be on|open|reopen|proceed)\b/i;
/**
 * An event said to be going ahead, as surely as "will": "the tour is going ahead", "Saturday's
 * race is still happening". Not "I'll go ahead and book it" (the speaker's own step).
 */
const GOES_AHEAD =
  /\b(?:is|are|will|'s|'re|'ll)\s+(?:definitely\s+|still\s+|def\s+)?(?:going ahead|go ahead|happening|taking place|take place)\b(?!\s+and\b)/i;
/** Where a thing came from: "from the valve", "down to the products". */
const SOURCE = /^(?:down to|due to|caused by|because of|thanks to)$/;
/** A thing named as the doer: "cold weather did that", "the cold snap caused it". */
const CAUSED = /^(?:\S+ )?(?:did|caused|done|made) (?:that|it|this|the)\b/;
/**
 * Where the clause names one side of a "whether it came from the hose or an older drip" as the
 * source ("that's from the valve", "slipping is down to the products") or as the doer ("cold
 * weather did that"): the index of the word that says so, else -1. Not the speaker's own doing.
 */
function sideAt(clause: readonly Word[], fact: Fact): number {
  if (!WHETHER.test(fact.text) || !/\bor\b/i.test(fact.text)) return -1;
  if (clause.some((w) => SPEAKER.test(w.norm))) return -1;
  const after = (i: number) =>
    clause
      .slice(i + 1, i + 4)
      .map((x) => x.norm)
      .join(" ");
  const found = clause.findIndex(
    (w, i) =>
      ((w.norm === "from" || SOURCE.test(`${clause[i - 1]?.norm ?? ""} ${w.norm}`)) &&
        clause.slice(i + 1, i + 4).some((next) => isUnknownThing(next, fact))) ||
      (isUnknownThing(w, fact) && CAUSED.test(after(i))),
  );
  return found >= 0 ? found : identifiedAt(clause, fact);
}

/** Words that certify an identification: "that will be storm damage", "it's surely a slate". */
const CERTIFY = /^(?:surely|definitely|certainly|clearly|obviously|just|only|probably|def|defo|simply)$/;
/**
 * One side of a "whether … or …" named as what it is: "that will be storm damage from last week",
 * "it is surely a slate broken by the storm", "that must have been the frost". The subject is "that",
 * "it" or "this", then a copula, then the side.
 */
function identifiedAt(clause: readonly Word[], fact: Fact): number {
  for (let i = 0; i < clause.length; i++) {
    if (!/^(that|it|this|its|thats)$/.test(clause[i]?.norm ?? "")) continue;
    // The subject heads its clause: not "without its mattress".
    if (i > 0 && !/^(and|so|but|then|yeah|oh|well|honestly|mate)$/.test(clause[i - 1]?.norm ?? "")) continue;
    let j = i + 1;
    if (/^(will|must|would)$/.test(clause[j]?.norm ?? "")) {
      j++;
      if (clause[j]?.norm === "have" && clause[j + 1]?.norm === "been") j += 2;
      else if (clause[j]?.norm === "be") j++;
      else continue;
    } else if (/^(is|s|was)$/.test(clause[j]?.norm ?? "")) j++;
    else if (!/^(its|thats)$/.test(clause[i]?.norm ?? "")) continue;
    const from = j;
    while (CERTIFY.test(clause[j]?.norm ?? "") || /^(a|an|the|your|some)$/.test(clause[j]?.norm ?? "")) j++;
    // "it's dripping again" says what it is doing, not what it is.
    if (j === from && /ing$/.test(clause[j]?.norm ?? "")) continue;
    if (isUnknownThing(clause[j], fact)) return j;
  }
  return -1;
}
function sidedUnknown(clause: readonly Word[], facts: ReturnType<typeof factSet>): LooseMatch | undefined {
  // "cold weather did that, not us" names a side and denies the other: still an answer.
  const fact = facts.unknown.find((f) => sideAt(clause, f) >= 0);
  return fact ? { fact, score: 1, loose: true } : undefined;
}
/**
 * Said to have happened already: "the fire officer has signed it off", "the circle is all
 * approved" answer "whether the fire officer will sign off the circle".
 */
const HAPPENED = /^(already|approved|confirmed|cleared|passed|granted|accepted|agreed|settled|signed)$/;
/** A present or past state: "is", "was", "'s". */
const STATE_COPULA = /^(is|are|was|were|s)$/;
/** Saying what a thing means to them ("the photo is precious") answers nothing. */
const WEIGHS =
  /^(important|matters|matter|precious|special|upsetting|frustrating|annoying|worrying|awful|terrible|disappointing|stressful|unacceptable)$/;
/** A word that names one of the unknown's own things. */
function isUnknownThing(word: Word | undefined, fact: Fact): boolean {
  if (!word) return false;
  const keys = conceptsOf([word]).map((c) => c.key);
  return keys.some((k) => fact.required.has(k));
}
/** Said to be there, ready for them: "available", "lined up", "in stock", "free for you". */
const SECURED =
  /\b(?:(?:will|'ll|is|are|'s|'re) (?:be )?(?:available|free|in stock|ready|waiting)|(?:will|'ll) have (?:[a-z]+ ){1,4}(?:lined up|ready|sorted|found|waiting)|there (?:is|are|'s|will be) (?:a|an|another|one|some|the|two|three) (?:[a-z]+ ){0,2}(?:available|free|ready|waiting|lined up))\b/i;
/** The speaker: "I", "we". */
const SELF = /^(i|we|i'm|we're|i've|we've|i'll|we'll|im|ive|ill)$/;
/** Word to come, not the answer itself: "an answer by 3pm", "an update at 5". */
const NEWS_DUE = /^(answer|answers|update|updates|decision|news|reply|confirmation|word)$/;
/** An unknown about when: "when the technician will be back", "how long the repair takes", "the new ship date". */
const WHEN_UNKNOWN =
  /^\s*(?:(?:exactly|precisely|roughly) )?(?:when|how long|what time|which day)\b|\b(?:date|eta|arrival time|start time|return time)\s*$/i;
/** A time stated: a day, a clock time, "tomorrow", "in two days", "half three". */
const TIME_SAID =
  /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|this (?:morning|afternoon|evening)|next (?:week|month)|this (?:week|month)|(?:by|at|over|this|next) (?:the )?weekend|(?:by )?(?:the )?end of (?:the|this|next) (?:week|month)|(?:by|in|before|end of|early|mid|late)[ -](?:january|february|march|april|may|june|july|august|september|october|november|december|easter|christmas)|by \d+|\d+ ?(?:am|pm)|\d+[:.]\d\d|in (?:a |an |\d+ |two |three |four |five |a few |a couple of )?(?:mins?|minutes|hours?|days?|weeks?)|half (?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))\b/i;

/** A time said, in the words as typed or as read ("fri", "tmrw" and "thurs" are read as the day). */
const timeIn = (clause: readonly Word[], text: string) =>
  TIME_SAID.test(text) || TIME_SAID.test(clause.map((w) => w.norm).join(" "));

/**
 * A time given as certain for a "when" unknown needs only one of its things named, or "he / she /
 * it / they" for a thing named in the sentence before: "he'll be back Thursday" for "when the
 * technician will be back". Not when another fact is named as much ("we can rebook you for
 * Saturday" is the rebooking the facts allow).
 */
function timedUnknown(
  doc: Doc,
  clause: Word[],
  clauseText: string,
  reading: ClauseReading,
  facts: ReturnType<typeof factSet>,
): LooseMatch | undefined {
  // "I'll chase it first thing Monday" is the speaker's own step, not a claim about the unknown;
  // "they've promised me an answer by 3pm" is when word comes, not what it says.
  if (!timeIn(clause, clauseText) || clause.some((w) => SELF.test(w.norm) || NEWS_DUE.test(w.norm)))
    return undefined;
  return unknownNamedOnce(doc, clause, reading, facts, {
    kind: WHEN_UNKNOWN,
    pronouns: /^(it|that|this|they|he|she)$/,
    tieLoses: true,
    // Only a clause that looks ahead: "the hoist failed its check this morning" retells the story.
    timed: FORECASTS.test(straighten(clauseText)),
  });
}

/** An unknown about what is still to come: "when the roof can go on", "whether it will arrive before Saturday". */
const STILL_TO_COME = /\b(?:will|can|when|how long|how many|how soon|before|until)\b/i;
const stillToCome = (fact: string) =>
  STILL_TO_COME.test(fact) && !/\b(?:why|caused?|was|were|had)\b/i.test(fact);
/** Words that look ahead or give a time of their own: "will", "by Friday", "tomorrow", "in 3 weeks". */
const LOOKS_AHEAD =
  /\b(?:will|'ll|ll|won't|wont|going|gonna|shall|can|could|should|would|by|until|till|before|soon|later|tomorrow|tmrw|tonight|next|within|ready|due|expect\w*|back|then|done|finished|sorted)\b|\d/i;
const TIME_WORDS =
  /\b(?:today|tomorrow|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|week|weeks|month|months|day|days|morning|afternoon|evening|fortnight)\b/gi;

/** A sentence that feels for them: "this is really annoying", "is rough on them, and I'm sorry". */
const FEELS =
  /\b(?:sorry|apologi[sz]e|annoying|frustrat\w*|upset\w*|angry|rough|hard|awful|important|stress\w*|gutt\w*|miserable|horrible|terrible|disappoint\w*|understand|nightmare|maddening|rubbish)\b/i;
/** A state declared sound: "is perfect", "is fine", "all approved", "works exactly the same". */
const REASSURING =
  /\b(?:fine|ok|okay|perfect|perfectly|approved|safe|sure|just|only|guaranteed|definitely|formality|works?|exactly|all good|no problem|nothing|normal|unaffected|intact|still|happening|ahead|track)\b/i;

/**
 * The trouble told as still there: "your tenant is still without hot water", "it's still leaking",
 * "still no word from the garage". Saying it is not fixed yet never answers when it will be.
 */
const STILL_WRONG =
  /\bstill (?:without|no|not|(?:has|have|had) no|(?:has|have|had|is|are|was|were)(?:n't| not)|ca(?:n't|nnot)|waiting|broken|leaking|dripping|stuck|missing|closed|shut|down|off|cold)\b/i;

/** The clause tells the present as it is, with no look ahead and no time the unknown does not name. */
function describesNow(clause: string, fact: string): boolean {
  const text = straighten(clause);
  if (LOOKS_AHEAD.test(text)) return false;
  const factText = fact.toLowerCase();
  return [...text.matchAll(TIME_WORDS)].every((m) =>
    factText.includes((m[0] as string).toLowerCase().replace(/s$/, "")),
  );
}

export const detector: Detector = {
  meta: {
    id: "claims-unknown",
    dimension: "honesty",
    effect: "hurts",
    points: -20,
    // Honesty 0 in 146 of 177 labelled replies; the 2s mostly say a limit plainly beside it.
    cap: 35,
    softened: { by: HONEST_BESIDE, cap: 45 },
    summary: "Stating as known something the scenario's facts say nobody knows yet.",
    message: "This states as certain something nobody knows yet.",
    explanation:
      "Each scenario lists what is unknown (facts.unknown). Answering an unknown with a confident statement invents a fact. Say it is not known yet and when it will be.",
    tip: "Say what isn't known and when you'll know: 'I don't know yet when the part arrives; the supplier confirms on Friday.'",
    examples: {
      fires: [
        // The thing said to be there for them, where nobody knows yet whether it is.
        {
          reply: "Bev will be there Thursday and she'll have a new sharer lined up for your mum.",
          facts: { unknown: ["Whether another sharer is available near the mother"] },
        },
        {
          reply: "There will be another sharer available for your mum.",
          facts: { unknown: ["Whether another sharer is available near the mother"] },
        },
        // A thing declared sound as it is now, where nobody knows yet whether it is.
        {
          reply: "The issue has been fully resolved and your listing is now performing normally.",
          facts: { unknown: ["whether the fault has left her listing ranked lower"] },
        },
        {
          reply: "Good news, the boiler is unaffected.",
          facts: { unknown: ["whether the flood has damaged the boiler"] },
        },
        // A time for a "when", about a thing the story and a limit name too.
        {
          reply: "The engineer's booked for next week, so Tess will be roaring again by the weekend.",
          facts: {
            known: ["On Sunday its headline T. rex, Big Tess, was switched off all day"],
            cannot: ["repair Tess without the manufacturer's engineer"],
            unknown: ["when Tess will be working again"],
          },
        },
        {
          reply: "The 28th is fine, there's no roadworks that day.",
          facts: { unknown: ["whether the 28th clashes with roadworks planned on the next street"] },
        },
        // One side of "whether … or …" named as what it is.
        {
          reply: "That will be storm damage from last week, so it's not covered, but Dan can look Friday.",
          facts: { unknown: ["whether the split is a timber defect or storm damage"] },
        },
        // A day given for a "when", beside an offer that names no time.
        {
          reply: "Sorry for the long wait. Your lilac case is ready Monday and we ship it the same day.",
          facts: {
            can: ["Re-anodise the case free"],
            unknown: ["when the re-anodised case will be ready"],
          },
        },
        // The present for what is to come, with a day typed short, answers "when"; the known fact
        // names the roof too, but tells the past.
        {
          reply: "right sheets land thurs so roof goes on fri",
          facts: {
            known: ["The carport was due to finish last Friday, but the roof sheets arrived too short"],
            unknown: ["when the roof can go on"],
          },
        },
        // A rule of thumb given as the answer.
        {
          reply: "hi, dont panic. 4 days late on a first slip never gets fined, hmrc just ignore it.",
          facts: { unknown: ["Whether HMRC will just add a penalty point or also charge him"] },
        },
        // Comfort that settles what is open, in a reply that never says anything is.
        {
          reply:
            "Loads of our regulars on blood pressure meds take it without any bother, so I wouldn't worry.",
          facts: { unknown: ["Whether the tea is safe with her medication; her GP must say"] },
        },
        {
          reply: "he'll be fine, horses lose shoes all the time, nothing to worry about",
          facts: { unknown: ["Whether the hoof was damaged when the shoe came off"] },
        },
        {
          reply: "That's not mould, it's just yeast strands, totally normal. Carry on brewing.",
          facts: { unknown: ["Whether the film on the brew is mould or harmless yeast"] },
        },
        // A date given for an unknown date, after a clause about something else.
        {
          reply: "No need to wait months, it'll be shipping mid-March at the latest.",
          facts: { unknown: ["the new ship date"], can: ["Refund the £32 in full within 3 working days"] },
        },
        // The records cited as the answer to how it happened.
        {
          reply:
            "Our system shows a no-show at 7:45, so the table was released as normal. We can still offer £90.",
          facts: { unknown: ["how the booking came to be overwritten"], can: ["Offer £90 credit"] },
        },
        // A slip of the staff's made up as the cause.
        {
          reply: "The kitchen didn't pass it on to the chef, that's all. It won't happen again.",
          facts: { unknown: ["how the allergy note was lost between the booking and the kitchen"] },
        },
        // An illness given as the reason, where nobody knows why he did not come.
        {
          reply: "Sorry for the party. The croupier was sick, so it is not his fault. We give £165 back.",
          facts: { unknown: ["Why the croupier did not turn up"], can: ["Refund £165 within 7 days"] },
        },
        // A source named as the cause, where nobody knows it yet.
        {
          reply: "The outage was from our hosting provider, not from us, but we will waive your fee.",
          facts: { unknown: ["the cause of the outage"], can: ["Waive this month's £49 fee"] },
        },
        {
          reply: "The coach was late because of heavy traffic on the motorway.",
          facts: { unknown: ["Why the coach left late"] },
        },
        // Certain in other words: always, exactly the same, "I'm confident".
        {
          reply: "The recovery cable fixes it every time, so there's no need for a new unit.",
          facts: { unknown: ["whether the recovery cable fixes every frozen unit"] },
        },
        {
          reply: "Just open Skyplay in your TV's web browser. It works exactly the same.",
          facts: { unknown: ["whether his TV's built-in browser can run Skyplay"] },
        },
        // An event said to be going ahead is not work still going on.
        {
          reply: "Saturday's race is still happening, don't worry.",
          facts: { unknown: ["Whether Saturday's race will go ahead"] },
        },
        // What is admitted in another sentence does not take back the claim.
        {
          reply: "The delivery will arrive on time Thursday. I can't promise the hour.",
          facts: { unknown: ["whether the supplier's next delivery, due Thursday, will arrive on time"] },
        },
        {
          reply: "cold weather did that, not us. nothing we can do",
          facts: { unknown: ["whether the repair or the cold snap caused the crack"] },
        },
        // One side of a "whether … or …" named as where it came from.
        {
          reply: "thats from the valve, its been dripping for years by the look of it, not us",
          facts: { unknown: ["whether the oil came from our hose or an older drip at the tank valve"] },
        },
        {
          reply: "Your appeal is a dead cert, the outage on 3 March was logged.",
          facts: { unknown: ["whether the machine outage on 3 March was logged"] },
        },
        // A "whether" answered with a state, flatly.
        {
          reply: "Sorry, these things happen. The group photo is fine though, so at least you've got that.",
          facts: { unknown: ["Whether the class group photo is also affected"] },
        },
        // "How it happened" asks for a cause: a glitch is one.
        {
          reply: "Apologies. This was a one-off system glitch which has now been fixed.",
          facts: { unknown: ["how the double booking happened"], can: ["Give a free weekday evening hour"] },
        },
        {
          reply:
            "Nothing in the back I'm afraid, but the delivery's coming first thing tomorrow, pop back at 9.",
          facts: { unknown: ["Whether tomorrow's delivery will come"] },
        },
        {
          reply: "Sorry about that, it's a one-off glitch with just your booking. Come on in.",
          facts: { unknown: ["How many other bookings the shop error has hit"] },
        },
        {
          reply:
            "The driver got stuck behind roadworks on the ring road, so it wasn't really anyone's fault.",
          facts: { unknown: ["Why the driver was late"] },
        },
        {
          reply: "The parcel must have been left with a neighbour, so it'll turn up.",
          facts: { unknown: ["where the parcel was left"] },
        },
        {
          reply: "Monday 2pm is free and the organist will be there, no problem.",
          facts: { unknown: ["If the organist can do Monday"], can: ["Offer 2pm Monday"] },
        },
        {
          reply: "Dave's only got a cold, he'll be back Thursday.",
          facts: { unknown: ["When the technician will be back"] },
        },
        {
          reply: "the board comes friday and it'll be up and running friday afternoon, no question",
          facts: { unknown: ["Whether testing will finish on Friday or run into Saturday"] },
        },
        { reply: "The part will arrive on Monday.", facts: { unknown: ["When the part will arrive"] } },
        // Said to have happened already, or by a month named.
        {
          reply: "Good news is the fire circle at Birch is all approved, so you'll get your campfire.",
          facts: { unknown: ["whether the fire officer will sign off the Birch Field campfire circle"] },
        },
        {
          reply: "Tom's wrist is healing great, he'll be carving again by the end of March.",
          facts: { unknown: ["when Tom will be fit to carve again"] },
        },
        {
          reply: "And don't worry about tomorrow, the tour is going ahead, the forecast clears by morning.",
          facts: {
            unknown: [
              "Whether Sunday's vineyard tour will run in this weather; the winemaker decides at 9am",
            ],
          },
        },
        {
          reply: "Sorry about the crack. It'll just be settling, nothing to worry about.",
          facts: {
            unknown: ["Whether the crack is in the plaster or the joists are moving"],
            known: ["A crack has appeared in the new ceiling"],
          },
        },
        {
          reply: "The carer was stuck behind a crash on the ring road, that's why.",
          facts: { unknown: ["Why today's visit was late"] },
        },
        {
          reply: "I'm really sorry! The host had a family emergency, so it couldn't be helped.",
          facts: { unknown: ["Why the host cancelled"] },
        },
        {
          reply: "the pump was just old, we've binned it",
          facts: { unknown: ["Whether the pump failed or was switched off by mistake"] },
        },
        {
          reply: "Really sorry! The frame will be absolutely fine, it's only the glass.",
          facts: { unknown: ["Whether the frame behind the glass is cracked"] },
        },
        {
          reply: "Yours will be done Tuesday, the crack hasn't spread so it's a straightforward redo.",
          facts: { unknown: ["Whether the crack has spread under the first repair"] },
        },
        {
          reply: "the machine was out last week, thats what did it. bring it back we'll sort it",
          facts: { unknown: ["whether the machine was off calibration or the wrong base was used"] },
        },
        {
          reply: "no its just a one off, rest of the batch is fine",
          facts: { unknown: ["whether the flat bottles came from a bad batch"] },
        },
        {
          reply: "oh no!! it'll be the new presser, he's still learning, I'll have a word.",
          facts: { unknown: ["which presser handled the order"] },
        },
        {
          reply: "The outage didn't affect your answers, they're all saved.",
          facts: { unknown: ["Whether the outage affected their saved answers"] },
        },
        // "they" for what the sentence named before it.
        {
          reply: "Ive also checked the shoppers other visits and they're all fine so its a one off.",
          facts: { unknown: ["whether the shopper's other four visits have errors"] },
        },
        // The fault put on the customer where nobody knows yet what caused it.
        {
          reply: "That'll be your base. We tell everyone it needs to be dead level.",
          facts: { unknown: ["Whether the crack came from the base or from a faulty tile"] },
        },
        {
          reply: "Sorry, but you did sign off the proof, so we can run a correction free next month.",
          facts: { unknown: ["Whether the mistake was in our typing or in the proof the customer approved"] },
        },
      ],
      silent: [
        {
          reply: "I don't know yet whether there will be another sharer available for your mum.",
          facts: { unknown: ["Whether another sharer is available near the mother"] },
        },
        // A guess at the state, or "normally" as a habit, claims nothing.
        {
          reply: "Your listing should be working normally.",
          facts: { unknown: ["whether the fault has left her listing ranked lower"] },
        },
        {
          reply: "Listings normally come back within a day.",
          facts: { unknown: ["whether the fault has left her listing ranked lower"] },
        },
        // The story retold, with its time, is no answer to "when".
        {
          reply: "The hoist failed its safety check this morning, and we can't do a bath without it.",
          facts: {
            known: [
              "A client arrived for her Tuesday bath to find it cancelled because the hoist failed its safety check that morning",
            ],
            unknown: ["When the hoist will be recertified"],
          },
        },
        // Their choice asked for claims nothing.
        {
          reply: "I won't promise next Saturday will have wind. Just tell me which way you'd like to go.",
          facts: { unknown: ["Whether next Saturday's sessions will run"] },
        },
        // Fine for a purpose is no answer to the question.
        {
          reply: "The 28th is fine for a visit if you'd like one.",
          facts: { unknown: ["whether the 28th clashes with roadworks planned on the next street"] },
        },
        // Put off until the day it will be known.
        {
          reply: "A collection date will have to wait until next week's van schedule is set on Friday.",
          facts: { unknown: ["the collection date"] },
        },
        // The trouble told as still there does not say when it ends.
        {
          reply:
            "Martin went to the wrong address and your tenant is still without hot water, which makes it worse.",
          facts: { unknown: ["when the hot water will be fixed"] },
        },
        {
          reply:
            "You lose £85 and your tenant still has no hot water because Martin went to the wrong address.",
          facts: { unknown: ["when the hot water will be fixed"] },
        },
        // "its" as a possessive, and "it's" for what it is doing, name no side.
        {
          reply:
            "A night in the car seat because the cot came without its mattress is exhausting, and I'm sorry.",
          facts: {
            unknown: ["whether the missing mattress is still at the depot or went to another customer"],
          },
        },
        {
          reply: "Two days later it's dripping again, I'm sorry. We won't know until he's had a look.",
          facts: { unknown: ["whether the new drip is the same joint or a different part of the pipe"] },
        },
        // The day is the offer; the time is said to be open.
        {
          reply: "Saturday Gareth comes, price 40p. The time I don't know still, I will message you.",
          facts: {
            can: ["Gareth can come on Saturday"],
            unknown: ["What time Gareth will arrive on Saturday"],
          },
        },
        // The present as it is, felt for, does not answer when or whether something is to come.
        {
          reply:
            "I am sorry, I know you wait for your new car and now there is no roof, this is really annoying.",
          facts: { unknown: ["when the roof can go on"] },
        },
        {
          reply: "I understand, the party on Saturday is very important and you are angry.",
          facts: { unknown: ["whether the hose will arrive before the customer's party on Saturday"] },
        },
        // The question fronted, then said to be open.
        {
          reply:
            "What caused the clouding, damp in the floor or the sealant batch, we haven't established yet.",
          facts: {
            unknown: [
              "What caused the clouding, damp rising through the floor or a fault in the sealant batch",
            ],
          },
        },
        // The records as evidence beside saying the cause is not known yet.
        {
          reply:
            "I don't know yet why she's lost weight. Our log shows her fed every day, and the vet sees her at 10.",
          facts: { unknown: ["why the cat lost weight while boarding"] },
        },
        // The records cited while owning the mistake.
        {
          reply: "Our system shows the booking was changed on our side, and that was our mistake. I'm sorry.",
          facts: { unknown: ["how the booking came to be overwritten"] },
        },
        // When word comes is not what it says.
        {
          reply: "I'm chasing the depot for a replacement van and they've promised me an answer by 3pm.",
          facts: { unknown: ["when a replacement van will be free"] },
        },
        // Blame where what nobody knows is not the cause (when the tiles come) is not this fault.
        {
          reply: "That'll be your base. We tell everyone it needs to be dead level.",
          facts: { unknown: ["When the new tiles will arrive"] },
        },
        // What someone has is not what has happened.
        {
          reply: "We fit trackers, we're not a search team. The police have the location.",
          facts: { unknown: ["whether the police will act on the location"] },
        },
        // The mishap the facts name, in their own other words ("a double booking meant…").
        {
          reply:
            "It was our mistake: the driver had been double booked. I'll email you what we learn by Friday.",
          facts: {
            known: ["A double booking meant the driver reached arrivals 35 minutes late"],
            unknown: ["why the booking system showed the driver as free"],
          },
        },
        // A cause given as a guess, or as one case of several, is not stated as fact.
        {
          reply: "It might have been down to our hosting provider; the engineers will know by Friday.",
          facts: { unknown: ["the cause of the outage"] },
        },
        {
          reply: "Sometimes it is only adapting, this can take 2 weeks, but we check to be sure.",
          facts: { unknown: ["whether the lenses are at fault or the customer is still adapting"] },
        },
        // Work still going on, talk not yet decided, a date passed on as due, a time clause, a slip
        // planned for, and what is not on today: none says how the open question comes out.
        {
          reply: "The marshal is still writing up why the wheel came off, and I'll email you what they find.",
          facts: { unknown: ["why the wheel came off"] },
        },
        {
          reply: "There's talk of re-running the raid with boosted drops, but nothing's decided.",
          facts: { unknown: ["Whether the raid will be re-run with boosted drop rates"] },
        },
        {
          reply: "Until the Android fix is out, everything shared shows in the web vault.",
          facts: { unknown: ["the release date for the Android fix"] },
        },
        { reply: "A completion date is expected Friday.", facts: { unknown: ["the finish date"] } },
        {
          reply:
            "The veneer is due on Tuesday and the run takes 10 days after that. If the supplier slips, I'll tell you the same day.",
          facts: { unknown: ["whether the veneer supplier will deliver on Tuesday as promised"] },
        },
        {
          reply: "There's no Saturday slot this week.",
          facts: { unknown: ["Whether Saturday slots will open"] },
        },
        {
          reply: "Sam can come Tuesday for the free dye test, then we know where the leak is.",
          facts: { unknown: ["Where the leak is"] },
        },
        {
          reply: "There's no date yet for the corrected firmware.",
          facts: { unknown: ["when corrected firmware will be released"] },
        },
        // Who has it now, a chance, a message to come, a check or a date to come, a date due.
        {
          reply: "The consent question is with the conservation officer.",
          facts: { unknown: ["whether the conservation officer will give consent"] },
        },
        {
          reply: "There's also a chance the big Meeting Room will be free.",
          facts: { unknown: ["whether the big Meeting Room will be free on Thursday"] },
        },
        {
          reply: "On aluminium nobody can promise the ripple will come out fully until she's seen it.",
          facts: { unknown: ["whether the ripple will come out fully on aluminium"] },
        },
        {
          reply: "DPD will text you a time slot tomorrow morning.",
          facts: { unknown: ["what time slot DPD will give tomorrow"] },
        },
        {
          reply: "I'll have his log checked and call you by noon tomorrow.",
          facts: { unknown: ["why the driver missed the address", "his log"] },
        },
        {
          reply: "I'll have a swap date for you tomorrow morning.",
          facts: { unknown: ["when the swap date will be"] },
        },
        {
          reply: "The framer is giving us a finish date on Friday.",
          facts: { unknown: ["when the framer will finish"] },
        },
        {
          reply: "We've got heavier-duty models due next month.",
          facts: { unknown: ["when the heavier-duty models will arrive"] },
        },
        {
          reply: "Our backup plough is in for repair and I don't have a return date yet.",
          facts: { unknown: ["when the backup plough will be back from repair"] },
        },
        // "From" with nothing of the unknown named.
        {
          reply: "The refund will come from our head office within 5 days.",
          facts: { unknown: ["the cause of the outage"] },
        },
        // The sentence says the unknown is open: naming it is not claiming it.
        {
          reply: "Our next stainless delivery is due Thursday, but I can't promise it'll land on time.",
          facts: {
            unknown: ["whether our supplier's next stainless delivery, due Thursday, will arrive on time"],
          },
        },
        {
          reply:
            "The crews have a strike ballot result on Friday, and I don't know yet whether it'll affect collections.",
          facts: { unknown: ["whether the crews' strike ballot, due on Friday, will disrupt collections"] },
        },
        // Planning for the unknown going badly: not settled.
        {
          reply:
            "The teal feather trim is due from our supplier on Monday, and if it's late I'll call you to agree a substitute.",
          facts: {
            unknown: ["whether the teal feather trim due from the supplier on Monday will arrive in time"],
          },
        },
        // A question reported, not answered.
        {
          reply:
            "I'm still going through the records to see which other ocarinas from that firing are affected.",
          facts: { unknown: ["which other ocarinas from that firing are affected"] },
        },
        // A side of the "whether" named to explain a limit of ours.
        {
          reply: "Replacements go out Monday, not earlier cos of the frost, they'd die again.",
          facts: {
            unknown: ["whether the third flytrap's browned traps are winter dormancy or frost damage"],
          },
        },
        // "must have been a real shock" names a feeling; it claims nothing about the unknown.
        {
          reply:
            "Seeing 'expired' next to your bakery's name must have been a real shock. I'm filing the renewal today.",
          facts: {
            unknown: ["whether the competitor who emailed him about the name will try to file for it"],
          },
        },
        {
          reply: "It could be from the valve or from our hose; the technician will know on Friday.",
          facts: { unknown: ["whether the oil came from our hose or an older drip at the tank valve"] },
        },
        // What is being done, and what it means to them, answer nothing.
        {
          reply: "Rhys is speaking to Saturday's staff, and I know the coat is precious to you.",
          facts: { unknown: ["whether another guest took the coat by mistake"] },
        },
        {
          reply: "The group photo is important to you, I know. I'll check it tonight.",
          facts: { unknown: ["Whether the class group photo is also affected"] },
        },
        {
          // A choice not made: neither day is named.
          reply: "There'll be a few catch-up chorus rehearsals; the director is still choosing the day.",
          facts: { unknown: ["Whether the extra chorus rehearsals will be on Thursdays or Sundays"] },
        },
        {
          // Our own step, not the unknown foretold.
          reply: "I'll ring the depot about tomorrow's delivery and let you know by 5.",
          facts: { unknown: ["Whether tomorrow's delivery will come"] },
        },
        {
          // The mishap is one the facts tell.
          reply: "sorry, van broke down and we didnt ring you, that was our bad",
          facts: {
            known: ["The tree came two days late because the van broke down"],
            unknown: ["Why nobody phoned the customer"],
          },
        },
        {
          // What can happen, and what happened to the customer, are no cause given.
          reply: "I'm sorry you were stuck that long. Delays can occur due to traffic.",
          facts: { unknown: ["Why the driver was late"] },
        },
        {
          // The speaker's own step, with the unknown said as unknown.
          reply: "She's away until Monday, so I can't give you a date yet; I'll chase it first thing Monday.",
          facts: { unknown: ["When the mark will be uploaded"] },
        },
        {
          // "No problem" as a courtesy, then a step of process.
          reply: "No problem, I'll ask the organist about Monday and ring you by 4pm.",
          facts: { unknown: ["If the organist can do Monday"], can: ["Offer 2pm Monday"] },
        },
        {
          reply: "It'll be the 4pm slot then, see you there.",
          facts: { unknown: ["which engineer will come on Friday"] },
        },
        {
          reply: "For Priya I cannot send one without the sign sheet.",
          facts: { unknown: ["Whether Priya signed the sign sheet under a different name"] },
        },
        {
          reply: "The crack hasn't spread as far as we can tell yet; we'll know once it's sanded back.",
          facts: { unknown: ["Whether the crack has spread under the first repair"] },
        },
        {
          reply: "The van broke down on the bypass, that's why.",
          facts: { unknown: ["Why nobody phoned"], known: ["The van broke down on the bypass this morning"] },
        },
        {
          reply: "Mice are persistent, that's why there's a follow-up visit.",
          facts: { unknown: ["Why the traps were empty"] },
        },
        {
          reply: "We can't tell yet whether it's soaked in or is just on the surface.",
          facts: { unknown: ["Whether the stain has soaked into the fibres"] },
        },
        {
          reply: "The rear tyres are only an advisory; I don't know yet if they'll need anything.",
          facts: {
            unknown: ["Whether the rear tyres need replacing"],
            known: ["The rear tyres got an advisory"],
          },
        },
        {
          reply: "It's only fair that we refund the frame.",
          facts: { unknown: ["Whether the frame behind the glass is cracked"], can: ["Refund the frame"] },
        },
        {
          reply: "We'll only know once Lee has looked at the joint.",
          facts: { unknown: ["Whether water got under the joint"] },
        },
        {
          reply: "One thing still unclear is who packed the mirror.",
          facts: { unknown: ["Who packed the mirror"] },
        },
        {
          reply: "I don't know yet when the part will arrive.",
          facts: { unknown: ["When the part will arrive"] },
        },
        { reply: "The part should arrive around Monday.", facts: { unknown: ["When the part will arrive"] } },
        // Our own step, and an event not known yet said as not known.
        {
          reply: "I'll go ahead and book you onto the tour; whether it's going ahead we'll know at 9.",
          facts: { unknown: ["Whether Sunday's vineyard tour will run in this weather"] },
        },
        // Another event going ahead, beside a choice not known yet.
        {
          reply: "The other four weeks are going ahead, so I can't refund the whole £60.",
          facts: {
            unknown: ["whether the instructor will be back for week 4 or a cover teacher will take it"],
          },
        },
        {
          reply: "The tour might be going ahead, the winemaker decides at 9am.",
          facts: { unknown: ["Whether Sunday's vineyard tour will run in this weather"] },
        },
        {
          reply: "The provider is still looking for the cause and will update us by 3.",
          facts: { unknown: ["the cause"] },
        },
        {
          reply: "Whether the part is in stock will only be known after the engineer's visit.",
          facts: { unknown: ["whether the part is in stock"] },
        },
        {
          reply: "The engineer will know when he sees it.",
          facts: { unknown: ["What the engineer will find when he sees it"] },
        },
        // Comfort said as a guess beside a plain offer.
        {
          reply: "We can refire on thursday nite for free, ready friday 12. I think it will be fine.",
          facts: { unknown: ["Whether the glaze will take a second firing"] },
        },
        // Who decides, named with the promise to pass on what they say.
        {
          reply:
            "About extra money, this decision is not from us, is from the board of the brewery, they meet 18 July and I will tell you what they say.",
          facts: { unknown: ["Whether the board, which meets on 18 July, will approve a goodwill payment"] },
        },
        // The unknown named as open in other words, and a question left open.
        {
          reply: "Tomorrow evening is still up in the air because it depends on the same two nurses.",
          facts: {
            unknown: ["Whether tomorrow evening's session runs, as it depends on the same two nurses"],
          },
        },
        {
          reply:
            "I'm not the right person to say whether you should keep wearing it; Priya will look at it tomorrow.",
          facts: {
            unknown: ["Whether an adjustment will fix it or a new splint is needed"],
            cannot: ["Advise on whether to keep wearing it"],
          },
        },
        {
          reply: "The head office request is open to you.",
          facts: {
            unknown: ["Whether head office would make an exception; exceptions are rare"],
            can: ["Send a written exception request to head office"],
          },
        },
      ],
    },
  },
  needs: [...HONEST_BESIDE, ...BLAME],
  detect(doc, context) {
    const facts = factSet(context.facts);
    if (!facts.unknown.length) return [];
    const others = [...facts.known, ...facts.can, ...facts.cannot];
    // "whether the machine was off calibration or the wrong base was used" asks for a cause too.
    const why = facts.unknown.some((f) => WHY_UNKNOWN.test(f.text) || /^\s*whether\b.*\bor\b/i.test(f.text));
    // The fault put on the customer where the facts say nobody knows yet what caused it: a cause made up.
    if (why) {
      const blamed = BLAME.flatMap((id) => context.fired.get(id) ?? [])[0];
      if (blamed) return [blamed];
    }
    // Comfort that settles what the facts leave open, in a reply that never says anything is open:
    // "I wouldn't worry too much", "nothing to worry about", "he'll be fine" (53 of 56 such replies
    // in the labelled sets are honesty 0).
    const whole = straighten(doc.text);
    if (!DISCLAIMS.test(whole) && !NOT_KNOWN.test(whole))
      for (const s of doc.sentences)
        if (REASSURES.test(straighten(s.text)) && !GUESS.test(straighten(s.text))) {
          const span = sentenceWords(doc, s);
          if (span) return [span];
        }
    // Each sentence read once: its words, its text, whether it gives a cause or answers with certainty.
    // A mishap the facts themselves tell ("the van broke down") is a known reason, not a made-up one.
    const mishapKnown = why && facts.known.some((f) => MISHAP.test(f.text) || MISHAP_NAMED.test(f.text));
    const sentences = new Map<number, { words: Word[]; text: string; causal: boolean; certain: boolean }>();
    const bySentence = new Map<number, Word[]>();
    for (const w of doc.words) {
      const list = bySentence.get(w.sentence);
      if (list) list.push(w);
      else bySentence.set(w.sentence, [w]);
    }
    const sentenceOf = (index: number) => {
      let found = sentences.get(index);
      if (!found) {
        const words = bySentence.get(index) ?? [];
        const text = doc.text.slice(words[0]?.start ?? 0, words[words.length - 1]?.end ?? 0);
        const certain = certainAnswer(text);
        found = { words, text, certain, causal: certain || words.some((w) => CAUSE_WORDS.test(w.norm)) };
        sentences.set(index, found);
      }
      return found;
    };
    for (const clause of clauses(doc)) {
      // A cause given anywhere in the sentence ("it took 2 hours because the van broke down") is an assertion.
      const { words: sentence, text: sentenceText, causal, certain } = sentenceOf(clause[0]?.sentence ?? -1);
      const plain = straighten(sentenceText);
      if (CONTINGENCY.test(plain)) continue;
      // Planning for it going wrong in the very next sentence: "… due on Tuesday. If the supplier slips, I'll tell you the same day."
      const nextSentence = (clause[0]?.sentence ?? -2) + 1;
      if (
        bySentence.has(nextSentence) &&
        /^\s*if\b/i.test(sentenceOf(nextSentence).text) &&
        CONTINGENCY.test(straighten(sentenceOf(nextSentence).text))
      )
        continue;
      const opener = doc.words.indexOf(clause[0] as Word);
      // A time clause states nothing: "until the Android fix is out, everything shows in the web vault".
      if (
        /^(until|till|once|after|when|whenever)$/.test(clause[0]?.norm ?? "") &&
        !doc.sentences[clause[0]?.sentence ?? -1]?.question
      )
        continue;
      if (EMBEDDED.test(clause[0]?.norm ?? "") && ASKING.test(doc.words[opener - 1]?.norm ?? "")) continue;
      if (
        why &&
        (EXPLAINS.test(plain) ||
          (mishapKnown === false && toldMishap(plain)) ||
          (RECORDS.test(plain) && !OWNED.test(plain) && !NOT_KNOWN.test(straighten(doc.text)))) &&
        !GUESSED.test(sentenceText)
      ) {
        const told: ClauseReading = {
          words: sentence,
          concepts: new Set(clauseKeys(doc, sentence)),
          time: false,
        };
        // "The van broke down, that's why" where the facts say the van broke down: a known reason.
        if (!restates(told, facts.known)) {
          const first = sentence[0];
          const last = sentence[sentence.length - 1];
          if (first && last)
            return [{ start: first.start, end: last.end, text: doc.text.slice(first.start, last.end) }];
        }
      }
      const clauseText = doc.text.slice(clause[0]?.start ?? 0, clause[clause.length - 1]?.end ?? 0);
      // "the crack hasn't spread" answers "whether the crack has spread" as surely as "it has";
      // "I can't say whether it has" does not.
      const negated = negatedClause(clause);
      if (negated && NOT_KNOWN.test(straighten(clauseText))) continue;
      // "there's no date yet for the corrected firmware" says it is not known, negated or not.
      if (NO_NEWS_YET.test(straighten(clauseText))) continue;
      // "the delivery's coming first thing tomorrow", "new iron's arriving this afternoon": the
      // present for the future, with a time, states it as surely as "will".
      const flat =
        clause.some((w) => FLAT.has(w.norm)) ||
        (clause.some((w) => ARRIVING.test(w.norm)) && timeIn(clause, clauseText));
      // "normally" in "is working normally" is the state declared, not a hedge.
      const hedged = hedgedClause(
        clause.filter(
          (w, k) => !(w.norm === "normally" && k > 0 && SOUND_VERB.test(clause[k - 1]?.norm ?? "")),
        ),
      );
      if (hedged || (!causal && !negated && !flat)) continue;
      if (PASSED_ON.test(straighten(clauseText)) || HOPED.test(clauseText)) continue;
      if (doc.sentences[clause[0]?.sentence ?? -1]?.question) continue;
      // "One thing still unclear is who packed the mirror": the unknown named as unknown.
      if (clause.some((w) => UNCLEAR.test(w.norm))) continue;
      if (PENDING.test(clauseText) || OPEN.test(straighten(clauseText))) continue;
      // The clause is the question a "say whether" leaves open, not an answer to it.
      const lead = straighten(doc.text.slice(sentence[0]?.start ?? 0, clause[0]?.start ?? 0));
      if (ASKS_WHETHER.test(lead)) continue;
      // "Just tell me which way you'd like to go": their choice asked for, nothing claimed.
      if (WH_WORD.test(clause[0]?.norm ?? "") && ASKS_CHOICE.test(lead)) continue;
      // "the supplier says it will be in within a fortnight", "I can see why you'd blame the
      // repair": word passed on from someone else, or the customer's view understood, is no claim.
      if (REPORTED.test(straighten(sentenceText))) continue;
      const will = clause.findIndex((w) => w.norm === "will");
      if (will >= 0 && LEARNS.test(clause[will + 1]?.norm ?? "")) continue;
      const reading: ClauseReading = {
        words: clause,
        concepts: new Set(clauseKeys(doc, clause)),
        time: false,
      };
      const goesAhead =
        !negated && GOES_AHEAD.test(straighten(clauseText)) && !clause.some((w) => SELF.test(w.norm));
      const unknown: { fact: Fact; score: number; loose?: true } | undefined =
        bestFact(reading, facts.unknown) ??
        (certain ? looseUnknown(doc, clause, reading, facts) : undefined) ??
        timedUnknown(doc, clause, clauseText, reading, facts) ??
        sidedUnknown(clause, facts) ??
        // A cause named for a "why" or "the cause of" unknown: one of its things named is enough.
        (why &&
        !negated &&
        ATTRIBUTES.test(straighten(clauseText)) &&
        !GUESSED.test(sentenceText) &&
        !SOME_CASES.test(sentenceText) &&
        !OUR_LIMIT.test(plain)
          ? unknownNamedOnce(doc, clause, reading, facts, {
              kind: WHY_UNKNOWN,
              pronouns: /^(it|that|this)$/,
              tieLoses: false,
            })
          : undefined) ??
        (goesAhead
          ? unknownNamedOnce(doc, clause, reading, facts, {
              kind: EVENT_UNKNOWN,
              pronouns: /^(it|that|this|they)$/,
              tieLoses: true,
            })
          : undefined);
      if (!unknown) continue;
      // "when the roof can go on", "how many weeks the silt will take to dry": a question about
      // what is still to come is not answered by the present as it is ("and now there is no roof",
      // "a week with both horses shut in", "the party on Saturday is very important"): no future,
      // no new time or number, only the times the question itself names.
      // Only where the sentence feels for them and the clause reassures nothing ("the rest of the
      // deck is perfect", "every other box is fine" still answer the unknown).
      if (
        stillToCome(unknown.fact.text) &&
        ((FEELS.test(plain) && !REASSURING.test(straighten(clauseText))) ||
          STILL_WRONG.test(straighten(clauseText))) &&
        describesNow(clauseText, unknown.fact.text)
      )
        continue;
      // A whether-unknown answered flatly, yes or no, with two of its own things named.
      // Only a denial about the thing itself ("the crack hasn't spread", "the lock wasn't forced"):
      // not the speaker's own limit ("I can't give you a slot") or news not yet given ("they haven't said").
      const answered =
        negated &&
        WHETHER.test(unknown.fact.text) &&
        !unknown.loose &&
        unknown.score >= 2 &&
        !clause.some((w) => SPEAKER.test(w.norm)) &&
        !/\b(?:yet|said|say|told|tell|confirmed|heard|decided|know|knows|sure)\b/i.test(clauseText) &&
        // "whether Saturday slots will open": "there's no Saturday slot this week" is today, not the answer.
        (!TO_HAPPEN.test(unknown.fact.text) ||
          clause.some((w) => /^(will|going|ever|again)$/.test(w.norm) || /ing$/.test(w.norm)));
      // Or one side of a "whether … or …" named as the source or the doer, unless denied ("it's not
      // from the valve").
      const side = sideAt(clause, unknown.fact);
      // Not where it explains a limit of ours ("not earlier cos of the frost").
      const sided =
        side >= 0 && !/^(?:no|not|n't)$/.test(clause[side - 1]?.norm ?? "") && !OUR_LIMIT.test(plain);
      // Or a state given flatly, with two of its own things named: "the group photo is fine" for
      // "whether the group photo is also affected"; "that bloom is damp from your room" for
      // "whether the bloom is from damp or from the shellac".
      const stated =
        !negated &&
        WHETHER.test(unknown.fact.text) &&
        !TO_HAPPEN.test(unknown.fact.text) &&
        !unknown.loose &&
        unknown.score >= 2 &&
        !clause.some((w) => SPEAKER.test(w.norm) || WEIGHS.test(w.norm)) &&
        clause.some(
          (w, i) =>
            STATE_COPULA.test(w.norm) &&
            i > 0 &&
            isUnknownThing(clause[i - 1], unknown.fact) &&
            // "Rhys is speaking to the staff" tells what is being done, not how things are.
            !/ing$/.test(clause[i + 1]?.norm ?? ""),
        );
      // Or the thing said to be there for them: "there will be another sharer available for your
      // mum", "she'll have a new sharer lined up" for "whether another sharer is available".
      const secured =
        !negated &&
        WHETHER.test(unknown.fact.text) &&
        !unknown.loose &&
        unknown.score >= 2 &&
        SECURED.test(straighten(clauseText)) &&
        !clause.some((w) => SPEAKER.test(w.norm) || WEIGHS.test(w.norm)) &&
        clause.some((w) => isUnknownThing(w, unknown.fact));
      if (negated && !answered && !sided) continue;
      // "the roof goes on fri": the present for what is to come, with a time, asserts as "will" does.
      // Not in a reply that says elsewhere what is still open ("Saturday Gareth comes … the time I
      // don't know still").
      const scheduled =
        clause.some((w) => ARRIVING.test(w.norm)) &&
        timeIn(clause, clauseText) &&
        !DISCLAIMS.test(whole) &&
        !NOT_KNOWN.test(whole);
      if (
        !negated &&
        !causal &&
        !clause.some((w) => ASSERTS.has(w.norm)) &&
        !scheduled &&
        !answered &&
        !sided
      )
        continue;
      // "why / how / whether" unknowns are claimed only by saying what caused it ("because",
      // "due to", "caused", or the unknown's own verb): restating the trouble ("2 hours is far too
      // long") or feeling for them ("I can see how upsetting a scratch is") claims nothing.
      // A "whether" about what is still to happen ("whether tomorrow's delivery will come") is
      // answered by saying it will, at a time: "the delivery's coming first thing tomorrow".
      const foretold =
        (goesAhead && EVENT_UNKNOWN.test(unknown.fact.text)) ||
        (WHETHER.test(unknown.fact.text) &&
          TO_HAPPEN.test(unknown.fact.text) &&
          // "whether the rehearsals will be on Thursdays or Sundays" is a choice, answered only by one.
          !/\bor\b/i.test(unknown.fact.text) &&
          !unknown.loose &&
          unknown.score >= 2 &&
          !clause.some((w) => SELF.test(w.norm)) &&
          (clause.some((w) => w.norm === "will" || HAPPENED.test(w.norm)) ||
            // "there's no Saturday slot this week" says what is not on now, not what will open.
            (timeIn(clause, clauseText) && !clause.some((w) => /^(no|not|never|none)$/.test(w.norm)))));
      if (
        CAUSAL_UNKNOWN.test(unknown.fact.text) &&
        !answered &&
        !foretold &&
        !stated &&
        !secured &&
        !sided &&
        // A reason given for a limit of ours ("not earlier cos of the frost") is not the trouble's cause.
        (!claimsCause(sentence, unknown.fact.text, sentenceText) || OUR_LIMIT.test(plain))
      )
        continue;
      // "our next delivery is due Thursday, but I can't promise it'll land on time", "the crews have
      // a strike ballot on Friday, and I don't know yet whether it'll affect collections": the
      // sentence itself says the unknown is open, unless this clause answers it with certainty.
      if (
        !CERTAIN.test(straighten(clauseText)) &&
        clauses(doc).some(
          (other) =>
            other !== clause &&
            other[0]?.sentence === clause[0]?.sentence &&
            DISCLAIMS.test(
              straighten(doc.text.slice(other[0]?.start ?? 0, other[other.length - 1]?.end ?? 0)),
            ),
        )
      )
        continue;
      // A clause that restates a known fact, or names what can be done, is not a claim about an unknown.
      const offer = unknown.loose ? undefined : bestFact(reading, [...facts.can, ...facts.cannot]);
      // "your lilac case is ready Monday" for "when the re-anodised case will be ready", beside the
      // offer to re-anodise the case: a day given answers the "when", on a tie with an offer that
      // names no time.
      const dated =
        offer !== undefined &&
        offer.score === unknown.score &&
        WHEN_UNKNOWN.test(unknown.fact.text) &&
        timeIn(clause, clauseText) &&
        !TIME_SAID.test(offer.fact.text) &&
        !clause.some((w) => SELF.test(w.norm));
      if (offer && offer.score >= unknown.score && !dated) continue;
      const other = unknown.loose ? undefined : bestFact(reading, others);
      // "the roof will go on friday" for "when the roof can go on": a time given settles a "when"
      // unknown, even where a known fact names the roof as much.
      // A fact that gives a time of its own may be what the clause restates, unless it tells the
      // past ("was due to finish last Friday") and the clause what is to come.
      const past =
        other !== undefined &&
        /\b(?:last|was|were|had|ago)\b/i.test(other.fact.text) &&
        clause.some((w) => w.norm === "will" || ARRIVING.test(w.norm));
      const timed =
        other !== undefined &&
        (other.score === unknown.score || past) &&
        WHEN_UNKNOWN.test(unknown.fact.text) &&
        timeIn(clause, clauseText) &&
        (!TIME_SAID.test(other.fact.text) || past);
      if (other && other.score >= unknown.score && !timed) continue;
      const first = clause[0];
      const last = clause[clause.length - 1];
      if (first && last)
        return [{ start: first.start, end: last.end, text: doc.text.slice(first.start, last.end) }];
    }
    return [];
  },
};
