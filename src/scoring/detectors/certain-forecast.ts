import { NEGATORS } from "../lexicons/function-words.js";
import { CONTACT_VERBS, HEDGES, TIME_WORDS } from "../lexicons/honesty.js";
import { hits } from "../phrases.js";
import type { Detector } from "../types.js";
import { bestFact, conceptsOf, type Fact, factSet } from "./_facts.js";
import { HONEST_BESIDE } from "./_make.js";

/** Subjects the agent controls: a forecast about their own action is a commitment, not a guess. */
const OWN = new Set(["i", "we", "you"]);
/** What a customer "will have" by a time is a delivery forecast, not their own act ("you'll have a new pair by Friday"). */
const RECEIVE = /^(have|get|receive|see)$/;
const FROM_US =
  /^(reference|references|email|emails|update|updates|call|text|message|confirmation|receipt|letter|link|code|reply|answer|details|number)$/;
/**
 * Word due by a time, not an outcome: "they'll tell me by 3", "the warehouse will confirm on Monday
 * whether…", "the mechanic will tell us what's wrong on Monday", "feedback will be with you by
 * Friday". When news comes is an honest time for the next step; what the news is stays open.
 */
const WORD_DUE = /^(tell|confirm|report|let|decide|say|answer|reply|respond|know|advise|inform|get)$/;
/** Word due, in the passive: "will be confirmed", "will be decided", "will be known". */
const WORD_DONE = /^(confirmed|decided|announced|known|reported|advised|agreed|finalised|finalized)$/;
const NEWS =
  /^(feedback|report|reports|results|result|answer|answers|decision|update|quote|quotes|reply|findings|verdict|assessment|diagnosis|estimate|figures|paperwork|details)$/;
/** The company's own people: "the nurse will call within 30 minutes" is a commitment it can keep. */
const STAFF =
  /^(nurse|vet|doctor|dentist|gp|engineer|technician|tech|manager|supervisor|colleague|colleagues|team|pharmacist|someone|specialist|adviser|advisor|agent|staff|receptionist|warden|officer|inspector|coordinator|tutor|surveyor|adjuster|fitter|installer|consultant|clinician|secretary|caseworker|representative|rep|groomer|reception|receptionists|desk|office|she|he|who|and|also|then|i|we)$/;

/** The facts name `name` as someone who acts, not only after a preposition ("write to Carlow"). */
function namesActor(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const before = /(\S+)\s+$/.exec(text.slice(Math.max(0, at - 20), at))?.[1]?.toLowerCase() ?? "";
    if (!/^(?:to|with|from|at|against|for|on|by|of|about|into|onto|through|via)$/.test(before)) return true;
  }
  return false;
}

export const detector: Detector = {
  meta: {
    id: "certain-forecast",
    dimension: "honesty",
    effect: "hurts",
    points: -20,
    // Honesty 0 in 168 of 179 labelled replies; softened where a limit or estimate is said plainly too.
    cap: 35,
    softened: { by: HONEST_BESIDE, cap: 45 },
    also: [{ dimension: "boundaries", points: -10 }],
    summary: "Stating as certain when something outside your control will happen ('part will be in Monday').",
    message: "This states as certain something you don't control.",
    explanation:
      "When a courier, a supplier, a bank or a kitchen decides the timing, 'it will be there Monday' is a guess dressed as a fact. If it slips, the customer was lied to. A hedge ('usually', 'should', 'about') or a source ('the supplier says') keeps it honest.",
    tip: "Say where the estimate comes from and how sure it is: 'The supplier expects Monday; I'll confirm as soon as it's in.'",
    examples: {
      fires: [
        // The time may lead the forecast.
        "The ferry tomorrow will run fine, so you're sorted.",
        "part will be in monday",
        "Pop in tomorrow and you'll have a new pair by the end of next week.",
        "They'll be finished in five minutes.",
        "It'll all be back in your account within the hour.",
        "He'll have his own scooter back by Friday, I'll see to that myself.",
        {
          reply: "Carlow will be paid off next week.",
          facts: { can: ["Write to Carlow today to confirm the claim is in progress"] },
        },
        "A top crack like that is a routine job, so you'll have it back by the 22nd.",
        "It's a two-week job, so you'll comfortably have it back for the 22nd.",
      ],
      silent: [
        // Put off until a time is not a forecast of the outcome.
        "A collection date will have to wait until next week's van schedule is set on Friday.",
        // Word due by a time is the next step, not the outcome.
        "The warehouse will confirm on Monday whether November is affected.",
        "The mechanic will tell us what's wrong on Monday.",
        "His feedback will be with you by Friday.",
        "His free dates will be confirmed on Monday, and I'll send you the options that afternoon.",
        // An open question with a time to answer it is not a forecast.
        "I'm waiting on the wholesaler and will let you know by 1pm whether they'll be in the bag.",
        {
          reply: "A tasting box of both will arrive by Thursday.",
          facts: { can: ["Courier a tasting box of both flavours by Thursday"] },
        },
        {
          reply: "Carla will call you tomorrow to check it's all done.",
          facts: { can: ["Send the supervisor, Carla, to do a full clean from 6pm tonight"] },
        },
        "It should be about 10 minutes.",
        "I'll call you by 5pm.",
        "Banks usually take 3 to 5 working days.",
        "We'll replace it free.",
        "Our printer will run all 80 copies first thing.",
        "Reception will let you know by noon.",
        "You'll get your claim reference by email within 2 working days.",
        "He'll have the parts with him when he comes on Friday.",
      ],
    },
  },
  needs: HONEST_BESIDE,
  detect(doc, context) {
    // Found only once a forecast is in sight: most replies' "will" is "I'll", which forecasts nothing.
    let times: ReturnType<typeof hits> | undefined;
    let backedFacts: Fact[] | undefined;
    const backedOf = () => {
      if (!backedFacts) {
        const facts = factSet(context.facts);
        backedFacts = [...facts.known, ...facts.can];
      }
      return backedFacts;
    };
    const out = [];
    for (let i = 0; i < doc.words.length; i++) {
      const w = doc.words[i];
      if (w?.norm !== "will") continue;
      const subject = doc.words[i - 1];
      // ...unless what comes is word from us ("you'll get your claim reference by email"): that we send.
      // So is what the customer's side gets back: "he'll have his own scooter back by Friday".
      // An adverb may come between ("you'll comfortably have it back").
      const v = /ly$/.test(doc.words[i + 1]?.norm ?? "") ? i + 2 : i + 1;
      const receives =
        RECEIVE.test(doc.words[v]?.norm ?? "") &&
        (subject?.norm === "you" ||
          (/^(he|she|they)$/.test(subject?.norm ?? "") &&
            doc.words.slice(v + 1, v + 4).some((x) => /^(his|her|their)$/.test(x.norm)))) &&
        !doc.words.slice(v + 1, v + 5).some((x) => FROM_US.test(x.norm));
      if (
        !subject ||
        subject.clause !== w.clause ||
        ((OWN.has(subject.norm) || STAFF.test(subject.norm)) && !receives)
      )
        continue;
      // "our printer will run them first thing": the company's own, a commitment it can keep.
      if (/^(our|my)$/.test(doc.words[i - 2]?.norm ?? "") && doc.words[i - 2]?.clause === w.clause) continue;
      if (doc.words[i + 1]?.norm === "not") continue;
      // "A collection date will have to wait until Friday's schedule": put off, not foretold.
      const after = doc.words
        .slice(i + 1, i + 4)
        .map((x) => x.norm)
        .join(" ");
      if (/^(?:(?:have|need) to wait|wait)\b/.test(after)) continue;
      // "Carla will call you tomorrow": word from us is a step we take, not a forecast.
      if (CONTACT_VERBS.has(doc.words[i + 1]?.norm ?? "")) continue;
      // "they'll tell me by 3", "feedback will be with you by Friday": word due, not an outcome.
      const verb = doc.words[i + 1]?.norm ?? "";
      if (WORD_DUE.test(verb) && (verb !== "get" || doc.words[i + 2]?.norm === "back")) continue;
      if (NEWS.test(subject.norm) && verb === "be" && doc.words[i + 2]?.norm === "with") continue;
      // The same said in the passive: "his free dates will be confirmed on Monday".
      if (verb === "be" && WORD_DONE.test(doc.words[i + 2]?.norm ?? "")) continue;
      // "Carla will ..." where the facts name Carla as one of ours.
      // Not a name the facts only write to or about ("write to Carlow today"): another firm.
      if (/^[A-Z]/.test(subject.raw) && backedOf().some((f) => namesActor(f.text, subject.raw))) continue;
      // "I can't promise how quickly a courier will pick it up" is the opposite of a forecast.
      if (doc.words.slice(0, i).some((x) => x.clause === w.clause && NEGATORS.has(x.norm))) continue;
      const clause = doc.words.filter((x) => x.clause === w.clause);
      if (clause.some((x) => HEDGES.has(x.norm))) continue;
      times ??= hits(doc, TIME_WORDS, { negatable: false });
      // "I'll let you know by 1pm whether they'll be in": an open question, not a forecast.
      if (doc.words.slice(0, i).some((x) => x.clause === w.clause && /^(whether|if)$/.test(x.norm))) continue;
      // The time may lead ("The ferry tomorrow will run fine") or follow ("it will be back by 6").
      const time = times.find((t) => doc.words[t.from]?.clause === w.clause);
      // A range ("3 to 5 working days") is itself an honest estimate.
      if (!time || /\d\s*(?:-|–|to)\s*\d|between/i.test(time.text)) continue;
      // "the box will arrive by Thursday" for "a tasting box couriered by Thursday": the setting's
      // own day for the setting's own thing.
      const day = time.text.toLowerCase();
      const keys = new Set(conceptsOf(clause).map((c) => c.key));
      const backed = backedOf();
      if (
        backed.some(
          (f) =>
            f.text.toLowerCase().includes(day) &&
            [...f.required, ...f.optional].some((k) => keys.has(k) && !k.startsWith("#")),
        )
      )
        continue;
      // What the setting states ("dispatched within 2 working days") is a fact passed on, not a forecast.
      if (backed.length && bestFact({ words: clause, concepts: keys, time: true }, backed)) continue;
      out.push({ start: subject.start, end: time.end, text: doc.text.slice(subject.start, time.end) });
    }
    return out.slice(0, 1);
  },
};
