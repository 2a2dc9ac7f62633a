/**
 * Sentence readings of blame shared by blames-customer and doubts-customer: a question that
 * suspects the customer, a general cause put on the user's side, and their own choice put to them.
 * Pure functions of the reply; the two costlier ones are read once per reply.
 */
import { type Doc, straighten } from "../text.js";
import type { Span } from "../types.js";

/** blames-customer and doubts-customer both read these per reply: read them once. */
const questionCache = new WeakMap<Doc, Span[]>();
const causeCache = new WeakMap<Doc, Span[]>();

/** Words a question may open with before its verb: "so did you…", "ok, were you…". */
const LEAD_IN = new Set([
  "and",
  "but",
  "so",
  "well",
  "also",
  "just",
  "ok",
  "okay",
  "um",
  "erm",
  "hmm",
  "then",
  "now",
  "sorry",
]);
/** Words that press the doubt: "did you actually read it?", "were you definitely in?". */
const PRESSED = new Set(["actually", "even", "definitely", "really", "properly", "def", "defo"]);
/** Words that soften it to a guess: "did you maybe click pay twice?". */
const GUESSING = new Set(["maybe", "perhaps", "possibly", "accidentally", "by", "any", "chance"]);
/**
 * What they did with the thing or the paperwork, asked as the likely cause: "did you check the
 * label?", "did you water it in?", "did you tap your card twice?". Not conversation ("did you ever
 * play…", "did you let Jay know?", "did you visit Rome?").
 */
const DID_HANDLE =
  /^(check|read|follow|leave|water|tune|tell|keep|give|put|wash|store|take|click|tap|press|book|drop|knock|break|force|patch|cancel|use|fill|enter|type|select|pick|tick|sign|plug|unplug|switch|turn|charge|clean|dry|feed|install|update|set|remove|lose|forget|measure|mix|stir|apply|run|wear|look|double|order|pay|sit|stand|hold|pull|push|open|overwater|overload|jet)$/;
/** "Did you want…", "did you get my email", "did you manage to…": asking, not suspecting. */
const DID_ASKING =
  /^(want|wish|need|mean|know|like|enjoy|say|ask|manage|speak|talk|mention|hear|see|find|have|get|receive|call|ring|phone|email|contact|travel|come|go|hope|expect|try|think|notice)$/;
/** What they were doing with it at the time: "were you forcing it?", "have you been running it flat out?". */
const DOING =
  /^(running|using|leaving|keeping|storing|washing|charging|feeding|watering|wearing|putting|forcing|driving|riding|dropping|cleaning|drying|opening|overwatering|overloading|heating|cooking|chewing|talking|moving|standing|sitting|pulling|pushing|holding|bashing|banging|tuning|brushing|jumping|smoking|eating|drinking|lifting|carrying|towing|speeding|revving|pressing|tapping|clicking|spraying|mixing|stirring)$/;
/** What they did with the thing, asked: "have you checked…", "have you been running it flat out?". */
const HAVE_DONE =
  /^(checked|read|followed|left|kept|used|stored|washed|cleaned|dropped|touched|forced|fed|watered|tuned|unplugged|plugged|switched|turned|put)$/;
/** How the thing was treated: "was it dropped?", "were they stood up when they arrived?". */
const HANDLED =
  /^(dropped|left|kept|stored|stood|used|washed|exposed|acclimatised|acclimatized|watered|fed|knocked|near|being|cleaned|dried|outside|indoors|inside|plugged|unplugged|overloaded|overwatered|forced|banged|sat|standing|sitting|lying|bone|wet|damp)$/;

/**
 * Questions that suspect the customer of causing the trouble: "Did you check the packing list?",
 * "Were you forcing it?", "Have you been running it on the lowest setting?", "Was it near a
 * radiator?". The question opens its sentence; asking for them ("were you hurt?", "did you get my
 * email?", "have you been waiting long?") is not one. Shared by blames-customer and doubts-customer.
 */
export function suspectingQuestions(doc: Doc): Span[] {
  const cached = questionCache.get(doc);
  if (cached) return cached;
  const out: Span[] = [];
  questionCache.set(doc, out);
  for (let s = 0; s < doc.sentences.length; s++) {
    if (!doc.sentences[s]?.question) continue;
    const words = doc.words.filter((w) => w.sentence === s);
    let i = 0;
    while (i < words.length - 1 && LEAD_IN.has(words[i]?.norm ?? "")) i++;
    const verb = words[i]?.norm ?? "";
    const subject = words[i + 1]?.norm ?? "";
    let j = i + 2;
    let pressed = false;
    while (j < words.length && (PRESSED.has(words[j]?.norm ?? "") || GUESSING.has(words[j]?.norm ?? ""))) {
      if (PRESSED.has(words[j]?.norm ?? "")) pressed = true;
      j++;
    }
    const next = words[j]?.norm ?? "";
    let suspects = false;
    if (subject === "you") {
      // "Did you check out the link?" points somewhere; "did you check the label?" suspects.
      if (verb === "did")
        suspects =
          (DID_HANDLE.test(next) && words[j + 1]?.norm !== "out") ||
          (pressed && next !== "" && !DID_ASKING.test(next));
      else if (verb === "were") suspects = pressed || DOING.test(next);
      else if (verb === "have" || verb === "had")
        suspects =
          HAVE_DONE.test(next) ||
          (next === "tried" && pressed) ||
          (next === "been" && DOING.test(words[j + 1]?.norm ?? ""));
    } else if ((verb === "was" && subject === "it") || (verb === "were" && subject === "they"))
      suspects = HANDLED.test(next);
    const first = words[i];
    const last = words[words.length - 1];
    if (suspects && first && last) {
      const start = first.start;
      out.push({ start, end: last.end, text: doc.text.slice(start, last.end) });
    }
  }
  return out;
}

/** How often a thing goes wrong in general: "usually", "nearly always", "only fail when". */
const AS_A_RULE =
  /\b(?:usually|normally|nearly always|almost always|typically|generally|nine times out of ten|mostly|more often than not|only (?:fails?|breaks?|snaps?|happens?|goes|go|chips?|cracks?|leaks?|splits?))\b/;
/** A cause on the user's side: "comes from touching", "when people unpack it", "if you use your hands". */
const USER_CAUSE =
  /\b(?:comes? from|come down to|(?:is|are|'s) down to|because|caused by|happens? when|when (?:people|you|they|it's|it is|owners|customers|clients|users|kids|children|students)|if (?:people|you|they|it's|it is|owners|customers|clients|users)|unless|(?:that|which|where) (?:people|you|customers|owners|clients|users) (?:have not|haven't|didn't|did not|don't|do not)|(?:the )?(?:customer|owner|user|client)'s own|your own|(?:somebody|someone)(?:'s| has| had)?)\b/;
/** The sentence speaks for us or says sorry: then a general cause explains, it does not accuse. */
const OUR_VOICE = /\b(?:we|our|us|i|i'm|im|sorry|ours|we're|we've|i've|i'll|we'll|apologi[sz]e)\b/;

/**
 * A general cause on the user's side given for their trouble: "Marks like this usually come from
 * touching the area", "Strings usually go when people tune them too high", "Handset cables only
 * fail when they're pulled". Not in a sentence that speaks for us or says sorry.
 */
export function usualCauseSentences(doc: Doc): Span[] {
  const cached = causeCache.get(doc);
  if (cached) return cached;
  const out: Span[] = [];
  causeCache.set(doc, out);
  for (const s of doc.sentences) {
    const whole = straighten(s.text).toLowerCase();
    // "I understand you're frustrated, but uPVC doors often drop when they're slammed": after the
    // turn, the sentence speaks for the rule, whoever spoke before it.
    const turn = [...whole.matchAll(/\b(?:but|however|though|that said|although)\b,?/g)].pop();
    const text = turn ? whole.slice((turn.index ?? 0) + turn[0].length) : whole;
    const rule = AS_A_RULE.exec(text);
    // "Every drive, or mostly when you're stopped at lights?" asks; it does not say.
    if (!rule || s.question || OUR_VOICE.test(text)) continue;
    if (!USER_CAUSE.test(text.slice(rule.index))) continue;
    out.push({ start: s.start, end: s.end, text: s.text });
  }
  return out;
}

/** The customer's own choice put to them: "You booked a river in autumn", "you picked the option without the grid". */
const YOUR_CHOICE =
  /^(?:(?:well|so|but|and|look|to be fair|with respect|honestly|tbh|mate|sir|madam|again)[,.]? +)*you (?:did |yourself |actually |also )?(?:picked|chose|selected|ordered|agreed|signed|booked|ticked|approved|accepted|opted|decided|changed|switched|swapped|went for)\b/;
/** What followed for them, or how it felt: "You picked front row and ended up behind a crane". */
const ON_THEIR_SIDE =
  /\band (?:got|ended|found|then|now|were|was|it|they|there|paid|still|you)\b|\b(?:maddening|miserable|frustrat\w*|awful|disappoint\w*|stress\w*|worr\w*|upset\w*|angry|annoy\w*|feels?|no wonder|blow|hard|understand|right to|fair enough|treat)\b/;

/**
 * Sentences that open by putting the customer's choice to them: "You booked a river in autumn,
 * wind happens", "You chose the cheaper one". Not when the sentence speaks for us, tells what
 * followed for them, or names how it felt.
 */
export function yourChoiceSentences(doc: Doc): Span[] {
  const out: Span[] = [];
  for (const s of doc.sentences) {
    const text = straighten(s.text).toLowerCase();
    // A long sentence that opens with their choice goes on to what happened to them.
    if (!YOUR_CHOICE.test(text) || OUR_VOICE.test(text) || ON_THEIR_SIDE.test(text)) continue;
    if (text.split(/\s+/).length > 20) continue;
    out.push({ start: s.start, end: s.end, text: s.text });
  }
  return out;
}

/** What was said, written or asked before, or a choice they made: the verbs an insisting "did" stresses. */
const TOLD =
  /^(?:say|state|mention|explain|tell|warn|advise|ask|remind|recommend|send|text|email|e-mail|call|ring|phone|note|specify|list|show|point|agree|sign|choose|tick|book|check|select|order|post|inform|write|put|flag|highlight|confirm|accept|request|require|print|display|publish|set)$/;
/** Words between the stressed auxiliary and its verb: "does clearly say", "did also mention". */
const STRESS = new Set(["clearly", "actually", "also", "always", "definitely", "specifically", "explicitly"]);
/** Where a warning is written: "the menu does say", "our website does advise". */
const WRITTEN =
  /^(?:website|site|terms|menu|handbook|checklist|page|briefing|leaflet|sign|signs|form|email|emails|letter|confirmation|contract|policy|booking|ticket|description|sheet|guide|notice|label|listing|advert|brochure|schedule|invoice|quote|receipt|faq|app|text|message|pack|instructions|manual|agreement|waiver|newsletter|it|this|that|which)$/;
/** The sentence takes the fault or says sorry: "we did say Friday, so I'm sorry we've let you down". */
const OWNS =
  /\b(?:sorry|apologi[sz]e|let you down|our (?:own )?(?:mistake|fault|error|side)|on us|my (?:mistake|fault)|we got it wrong|we should have|we shouldn't have|our end)\b/;

/**
 * A stressed "did/does/do" that insists on what was said, written or chosen before: "We did
 * explain at the survey that mirrored doors are made to order", "our website does advise
 * researchers to ring ahead", "She did text you, you know", "you did agree to the terms". The stress
 * answers a complaint by holding up the warning the customer was given: courteous blame
 * (LABELS.md calm). The one stressing is us, the customer, or where it was written; anyone else
 * only when the sentence turns to the customer ("Kieran did mention that your cylinder…", not "the
 * owner did say a cancellation might come in"). Not in a question ("did you book?"), a negation
 * ("did not say"), after a modal ("I can do"), or in a sentence that takes the fault or says sorry.
 */
export function insistingSentences(doc: Doc): Span[] {
  const out: Span[] = [];
  // Most replies stress nothing: look no further than the words.
  if (!doc.words.some((w) => w.norm === "did" || w.norm === "does" || w.norm === "do")) return out;
  for (let s = 0; s < doc.sentences.length; s++) {
    const sentence = doc.sentences[s];
    if (!sentence || sentence.question) continue;
    const words = doc.words.filter((w) => w.sentence === s);
    for (let i = 1; i < words.length - 1; i++) {
      const aux = words[i]?.norm ?? "";
      if (aux !== "did" && aux !== "does" && aux !== "do") continue;
      const subject = words[i - 1]?.norm ?? "";
      // "pull you over, do tell them": an imperative after a break, not a stressed statement.
      if (/[,;:(—–-]/.test(doc.text.slice(words[i - 1]?.end ?? 0, words[i]?.start ?? 0))) continue;
      // "I do understand", "we do apologise": stress on our feeling is not insistence.
      if (subject === "i" && aux === "do") continue;
      let j = i + 1;
      while (j < words.length && STRESS.has(words[j]?.norm ?? "")) j++;
      if (!TOLD.test(words[j]?.norm ?? "")) continue;
      const ours = /^(?:we|i|you)$/.test(subject) || WRITTEN.test(subject);
      const third = /^(?:she|he|they)$/.test(subject) || /^[A-Z]/.test(words[i - 1]?.raw ?? "");
      const turnsToThem = words.slice(j + 1).some((w) => w.norm === "you" || w.norm === "your");
      if (!ours && !(third && turnsToThem)) continue;
      if (OWNS.test(straighten(sentence.text).toLowerCase())) break;
      out.push({ start: sentence.start, end: sentence.end, text: sentence.text });
      break;
    }
  }
  return out;
}

/** A past condition turned on the customer's side: "if she'd let the fitter test them", "had you set a safe place". */
const THEIR_CONDITION =
  /\b(?:if|had)\s+(?:(?:you|u|she|he|they|your|the|a|an|his|her|their|[a-z]+'s|[a-z]+)\s+){1,5}?(?:'d|had|hadn't|had not)\s+(?!(?:like|prefer|rather|want|love|known|any|a|an|the)\b)[a-z]+|\bhad (?:you|u|she|he|they)(?: not)? [a-z]+(?:ed|en|t|set|read|put|let|kept|left|made)\b/;
/** What would have followed: "this wouldn't have happened", "the rats would be less interested". */
const WOULD_HAVE =
  /\b(?:would|wouldn't|could|couldn't|might)(?: not)?\s+(?:have|'ve|of|be|still)\b|\bwouldn't\b|\b(?:it|this|that) 'd have\b/;

/**
 * Sentences that say what would have gone right had the customer's side acted otherwise: "If she'd
 * let the fitter test them properly, this wouldn't have happened", "Had you set a safe place, the
 * courier wouldn't have left it elsewhere", "Perhaps if the fridge hadn't been sitting in your yard
 * the rats would be less interested". The condition names them or theirs (you, your, she, he,
 * they) and not us; not in a sentence that owns the fault or says sorry ("If I'd rung you earlier
 * you could have planned around it" owns it).
 */
export function counterfactualSentences(doc: Doc): Span[] {
  const out: Span[] = [];
  if (!doc.words.some((w) => w.norm === "had" || w.norm === "if")) return out;
  for (const s of doc.sentences) {
    if (s.question) continue;
    const text = straighten(s.text)
      .toLowerCase()
      .replace(/\b(\w+)'d\b/g, "$1 'd");
    const m = THEIR_CONDITION.exec(text);
    if (!m) continue;
    const after = text.slice(m.index + m[0].length);
    const would = WOULD_HAVE.exec(after);
    if (!would) continue;
    // The condition runs on to what would have followed: "if the fridge hadn't been sitting in your yard".
    const condition = m[0] + after.slice(0, would.index);
    if (!/\b(?:you|u|your|yours|yourself|she|he|they|their|his|her)\b/.test(condition)) continue;
    // Our own side as the one who would have acted: "if we had checked", "had our driver rung".
    if (/^(?:if|had)\s+(?:we|i|our|my|us)\b/.test(m[0])) continue;
    if (OWNS.test(text) || /\b(?:if|had) (?:i|we)\b/.test(text)) continue;
    out.push({ start: s.start, end: s.end, text: s.text });
  }
  return out;
}
