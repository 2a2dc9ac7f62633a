import { INSULT_TARGETS, INSULTS, NAME_CALLING, PROFANITY, SWEARING } from "../lexicons/calm.js";
import { hits } from "../phrases.js";
import type { Doc } from "../text.js";
import type { Detector } from "../types.js";

/** Words before a word of the customer's that make it the subject of a limit ("please drop the idiots"). */
const LIMIT_CUES = new Set([
  "drop",
  "stop",
  "leave",
  "quit",
  "cut",
  "without",
  "not",
  "no",
  "avoid",
  "enough",
]);

/** Words that can lead an order ("just get lost", "oh get lost"). */
const IMPERATIVE_LEAD = new Set([
  "just",
  "now",
  "go",
  "so",
  "and",
  "well",
  "oh",
  "mate",
  "ok",
  "okay",
  "then",
]);

/**
 * Whether a swear word at words from..to is aimed at a person: "you"/"your" just before it in its
 * clause ("you little shit", "your crap edits", "shove your warning up your arse"), or "you" just
 * after ("damn you"), and not a person speaking of themselves ("I'm a bloody idiot" is grovelling).
 */
export function swearAimed(doc: Doc, from: number, to: number): boolean {
  const clause = doc.words[from]?.clause;
  const before = doc.words.slice(Math.max(0, from - 3), from).filter((w) => w.clause === clause);
  if (before.some((w) => /^(i|we|me|my|our|myself)$/.test(w.norm))) return false;
  if (before.some((w) => /^(you|your|yours|u|ur|yourself)$/.test(w.norm))) return true;
  return /^(you|u|yourself)$/.test(doc.words[to + 1]?.norm ?? "");
}

/** Words that introduce a quoted insult ("being called thick"), which is not the agent insulting anyone. */
const QUOTING = new Set(["called", "call", "calling", "calls", "word", "words", "like", "as"]);

export const detector: Detector = {
  meta: {
    id: "insult",
    dimension: "calm",
    effect: "hurts",
    points: -40,
    cap: 20,
    also: [{ dimension: "boundaries", points: -30, cap: 30 }],
    summary: "Insults or profanity aimed at the customer.",
    message: "An insult or swear word: this ends any chance of de-escalation.",
    explanation:
      "Insulting a customer, even one who insulted you first, hands them the moral high ground and usually ends with a formal complaint. Quoting their insult to set a limit ('I won't be called thick') is different and does not count.",
    tip: "Leave the insult out; if they insulted you, name the limit calmly instead: 'I want to help, and I need us to keep this respectful.'",
    examples: {
      fires: [
        "Don't be stupid.",
        // Contempt and harm wished on a person, and the put-downs of the common stock.
        "you are a corrupt, lying petty tyrant",
        "People like you are why nobody wants to help here.",
        "I hope you get hit by a bus.",
        "Stay in your lane, hick.",
        "You're being ridiculous.",
        "Shut up and listen.",
        "what a clown",
        "This article was written by biased morons.",
        "Who the hell do you think you are?",
        "your edits are garbage and so are you",
        "ok karen, whatever you say",
        "Oh just get lost.",
        "your crap edits keep breaking the table",
        "you little shit, you reverted my work",
        "Dear Mr. Expert, perhaps you can explain it in terms even you can follow.",
        "Listen kiddo, that is not how sourcing works.",
        "Nobody likes you. Leave.",
        "go crawl back under whatever rock you came from",
        "u are a complete dimwit",
        "You're a joke, mate.",
        "What a spineless weasel.",
        "That admin is an arrogant bootlicker.",
        "Don't be such a Karen about it.",
        { reply: "You're the idiot here, not us.", customer: "You idiots have lost my order again!" },
        {
          reply: "Idiots? Right. Good luck finding a better shop.",
          customer: "You idiots have lost my order again!",
        },
      ],
      silent: [
        "There's no need to be rude; I want to help.",
        // An offer, not a threat; water creeping; the people it was unfair on.
        "Leave it with me, I'll find you another cottage tonight.",
        "Sometimes a dripping tap lets water creep under the coating.",
        "We fell back on whoever was at the door, which wasn't fair on people like you.",
        "I won't be called thick.",
        "I'm not okay with being called useless.",
        "That's a hell of a day, I'm sorry.",
        "This damn template keeps breaking the page.",
        "Crap, I saved the wrong version. Fixing it now.",
        "The lead is a bloody mess; I'll tidy it tonight.",
        "It's a joke, the way the courier treated you, and I'm sorry.",
        "I know you're frustrated and it feels like a disgrace.",
        "That does sound ridiculous, one squirrel chase!",
        "Honestly we've been useless, I'm sorry.",
        "I'm such an idiot, I should have checked.",
        "I won't be called a clown.",
        "I'll keep working on this, but I won't be called a liar or a parasite.",
        "I'm on your side, but the 'morons' has to stop.",
        "pls dont call my colleague an idiot tho. i can do a free saturday to remake it",
        "I'm glad to put this right, but if it's going to be 'blind or stupid' I'll leave the conversation there.",
        "You're also entitled to contact the ombudsman.",
        "I'm so sorry, Karen, I can see why you're upset.",
        "Karen, our leader, will ring you tonight.",
        "I'll pass you Karen's number; she's the duty manager.",
        "It didn't get lost on our side; it's at the depot.",
        {
          reply: "I'd ask you to leave out the idiots, or I'll pick this up by email.",
          customer: "You idiots have lost my order again!",
        },
        {
          reply: "I'm glad to help, but please drop the idiots; if it keeps up I'll fetch the owner.",
          customer: "You idiots have lost my order again!",
        },
        {
          reply:
            "I'm glad to keep helping, but please drop the clown stuff; if it carries on I'll end the chat.",
          customer: "Everyone on this seafront will know what a pack of clowns you are.",
        },
        "The new lock is foolproof, I promise.",
        "Sorry the pine was so prickly to handle.",
        {
          reply: "The clown was forty minutes late, and I'm so sorry.",
          facts: { can: ["Refund the clown's fee of £60"] },
        },
      ],
    },
  },
  detect(doc, context) {
    const situation = context.situation ?? new Set<string>();
    const quoted = (from: number): boolean => {
      // "the 'morons' has to stop": their word, in quotation marks.
      const start = doc.words[from]?.start ?? 0;
      if (/['"‘“]$/.test(doc.text.slice(Math.max(0, start - 1), start))) return true;
      // "if it's going to be 'blind or stupid'": inside a quoted stretch.
      const end = doc.words[from]?.end ?? start;
      if (
        /(?:^|[\s(])['"‘“][^'"‘’“”\n]{0,40}$/.test(doc.text.slice(Math.max(0, start - 41), start)) &&
        /^[^'"‘’“”\n]{0,40}['"’”](?=[\s.,!?;:)]|$)/.test(doc.text.slice(end))
      )
        return true;
      // "I won't be called a liar or a parasite": the second of a list takes the first's quoting.
      const article = /^(a|an)$/.test(doc.words[from - 1]?.norm ?? "") ? 1 : 0;
      if (/^(or|and|nor)$/.test(doc.words[from - 1 - article]?.norm ?? "") && from - 2 - article >= 0)
        return quoted(from - 2 - article);
      // "don't call my colleague an idiot": the word they were called, named to set a limit.
      for (let k = from - 1; k >= 0 && k >= from - 4; k--) {
        const w = doc.words[k]?.norm ?? "";
        if (QUOTING.has(w)) return true;
        if (k < from - 2 && !/^(my|our|me|us|him|her|them|colleague|colleagues|staff|team|a|an|the)$/.test(w))
          return false;
      }
      return false;
    };
    // "please drop the idiots", "stop calling us thick and idiots": the customer's own word, referred
    // to in order to set a limit. Thrown back ("Morons? Right.", "you're the idiot here") it counts.
    // "clowns" said, "the clown stuff" referred to: one word, in the singular or the plural.
    const single = (w: string) => w.replace(/(?<=[a-z]{3})s$/, "");
    const theirs = new Set(context.customer?.words.map((w) => single(w.norm)) ?? []);
    const echoed = (from: number, to: number) => {
      for (let k = from; k <= to; k++) if (!theirs.has(single(doc.words[k]?.norm ?? ""))) return false;
      const sentence = doc.words[from]?.sentence;
      const before = doc.words.slice(Math.max(0, from - 6), from).filter((w) => w.sentence === sentence);
      // The limit comes after any "you": "I'd ask you to leave out the muppets", not "you're the idiot".
      const lastYou = before.findLastIndex((w) => /^(you|your|yourself)$/.test(w.norm));
      return (
        before.slice(lastYou + 1).some((w) => LIMIT_CUES.has(w.norm)) && doc.words[to + 1]?.norm !== "you"
      );
    };
    // "get lost" is an order only as one: "it didn't get lost", "parcels can get lost" are not.
    const isGetLost = (from: number) =>
      doc.words[from]?.norm === "get" && doc.words[from + 1]?.norm === "lost";
    const imperative = (from: number) => {
      const prev = doc.words[from - 1];
      return !prev || prev.sentence !== doc.words[from]?.sentence || IMPERATIVE_LEAD.has(prev.norm);
    };
    const selfAimed = (from: number) =>
      doc.words
        .slice(Math.max(0, from - 4), from)
        .some((w) => w.clause === doc.words[from]?.clause && /^(we|i|me|us|myself|ourselves)$/.test(w.norm));
    const targeted = (from: number) => {
      const before = doc.words
        .slice(Math.max(0, from - 3), from)
        .filter((w) => w.clause === doc.words[from]?.clause);
      // Self-directed ("we're idiots", "I've been useless") is grovelling, not an insult to the customer.
      if (before.some((w) => w.norm === "we" || w.norm === "i")) return false;
      // "There's no need to be rude" names a limit on how they speak; it calls them nothing.
      if (before.some((w) => w.norm === "need")) return false;
      return before.some((w) => INSULT_TARGETS.has(w.norm)) || doc.words[from + 1]?.norm === "you";
    };
    return [
      // A swear word aimed at someone ("your crap edits", "you little shit"); aimed at nothing it is
      // swearing (detector swears).
      ...hits(doc, SWEARING, {
        negatable: false,
        where: (from, to) => !quoted(from) && !echoed(from, to) && swearAimed(doc, from, to),
      }),
      ...hits(doc, PROFANITY, {
        negatable: false,
        where: (from, to) => !quoted(from) && !echoed(from, to) && !(isGetLost(from) && !imperative(from)),
      }),
      // "That does sound ridiculous" agrees with the customer; "don't be ridiculous" insults them.
      ...hits(doc, INSULTS, {
        negatable: false,
        // "you're entitled to a refund" is a right, not a put-down.
        where: (from, to) =>
          !quoted(from) &&
          !echoed(from, to) &&
          targeted(from) &&
          !(doc.words[to]?.norm === "entitled" && doc.words[to + 1]?.norm === "to"),
      }),
      // Name-calling needs no "you": "written by biased morons" insults all the same.
      ...hits(doc, NAME_CALLING, {
        negatable: false,
        where: (from, to) =>
          !quoted(from) &&
          !echoed(from, to) &&
          !selfAimed(from) &&
          !(from === to && situation.has(doc.words[from]?.norm ?? "")),
      }),
    ].sort((a, b) => a.start - b.start);
  },
};
