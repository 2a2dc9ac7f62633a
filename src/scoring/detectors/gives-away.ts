import { GIFTS } from "../lexicons/boundaries.js";
import { hits } from "../phrases.js";
import type { Doc } from "../text.js";
import type { Detector } from "../types.js";
import {
  bestFact,
  clauseKeys,
  clauses,
  commitmentIn,
  type Fact,
  factSet,
  namedThenRefused,
  negatedClause,
} from "./_facts.js";

/** "for the trouble", "as well", "on top" are gifts only next to something given. */
const GIFT_WORD =
  /\b(free|voucher|credit|discount|gift|bonus|extra|months?|year|keep|compensation|£\d|\$\d|€\d)/i;

/** Clauses that qualify the one before: "while you keep it", "if you like". */
const SUBORDINATE = /^(while|when|if|until|unless|because|as|since|though|although|once)$/;
/** A setting sentence that denies a gift ("no vouchers are given") names it but does not give it. */
const DENIED = /\b(?:not|no|never|cannot|can't|won't|don't|doesn't|isn't|aren't)\b/i;
/** Gift nouns a setting can name as given. */
const GIFT_NOUN = /^(voucher|vouchers|credit|discount|gift|drink|drinks|coffee|meal|dessert|upgrade)$/;

/** The start of every word in a clause that refuses (or carries on a refusal): nothing there is given. */
function refusedWords(doc: Doc): Set<number> {
  const negatedAt = new Set<number>();
  let previousNegated = false;
  const all = clauses(doc);
  for (const clause of all) {
    // "I can't refund the lamp while you keep it, or pay £100": a subordinate clause between
    // leaves the negation to carry on to the "or".
    if (previousNegated && SUBORDINATE.test(clause[0]?.norm ?? "") && !negatedClause(clause)) continue;
    // "I can't refund the lamp, or pay £100 for your time": an "or" clause carries the negation on.
    const isNegated: boolean =
      negatedClause(clause) ||
      clause.some((w) => w.norm === "no" || w.norm === "nobody") ||
      (previousNegated && /^(or|nor)$/.test(clause[0]?.norm ?? "")) ||
      namedThenRefused(all, clause, commitmentIn(clause));
    if (isNegated) for (const w of clause) negatedAt.add(w.start);
    previousNegated = isNegated;
  }
  return negatedAt;
}

export const detector: Detector = {
  meta: {
    id: "gives-away",
    dimension: "boundaries",
    effect: "hurts",
    points: -25,
    cap: 35,
    also: [{ dimension: "honesty", points: -25, cap: 35 }],
    summary: "Gifts beyond policy to buy calm ('a £100 voucher for your time', 'three months free on top').",
    message: "A gift beyond policy, offered to buy calm.",
    explanation:
      "Compensation that is not a remedy for the actual problem (vouchers 'for the trouble', months free 'on top') is usually outside what you may give, teaches that escalation pays, and promises what the business may refuse to honour.",
    tip: "Offer the remedy the problem calls for, and no more: refund what was wrong, fix what broke.",
    examples: {
      fires: [
        "I'll add a £30 voucher for all the trouble.",
        "I'll put three months free on your account for the trouble.",
        "Keep the lamp, it's the least we can do.",
      ],
      silent: [
        // A remedy named with no verb, refused by the clause going on from it.
        {
          reply:
            "A full refund and a one-to-one with Maria aren't things I can offer, but I can either give you £15 back or a free place on 12 April.",
          facts: {
            can: ["Give £15 back", "Give a free place at the next workshop on 12 April"],
            cannot: ["Refund the full £45 fee", "Give one-to-one lessons with Maria"],
          },
        },
        "I've refunded the £4.95 delivery charge.",
        "I can't offer a voucher, but I can refund the delivery.",
        "A free year isn't something I can give.",
        "Sorry for the trouble. I've refunded both charges.",
        // A gift the setting names as given.
        {
          reply:
            "I can't give cash back, but the voucher works on any trip, so you could come out again tomorrow.",
          facts: {
            can: ["Issue a free return voucher valid for two years"],
            cannot: ["Give cash refunds for trips without sightings"],
          },
        },
        "I can't refund the lamp while you keep it, or pay £100 for your time.",
      ],
    },
  },
  // Compensation after owning a mistake is a remedy, not a gift to buy calm.
  needs: ["owns-mistake"],
  detect(doc, context) {
    if (context.fired.get("owns-mistake")?.length) return [];
    // What the matches are checked against is read only when a gift phrase matches (few replies).
    let negatedAt: Set<number> | undefined;
    let can: readonly Fact[] | undefined;
    let given: string[] | undefined;
    return hits(doc, GIFTS, {
      where: (from) => {
        const word = doc.words[from];
        negatedAt ??= refusedWords(doc);
        if (!word || negatedAt.has(word.start)) return false;
        if (!can || !given) {
          // A gift the setting says can be given ("one free lesson on top") is a remedy, not a
          // give-away; so is one the setting names as given ("staff can issue a free return
          // voucher", "they all get the £45 back plus a £10 bar voucher").
          const facts = factSet(context.facts);
          can = facts.can;
          given = [...can, ...facts.known.filter((f) => !DENIED.test(f.text))].map((f) =>
            f.text.toLowerCase(),
          );
        }
        if (GIFT_NOUN.test(word.norm) && given.some((t) => new RegExp(`\\b${word.norm}`).test(t)))
          return false;
        if (can.length) {
          const clause = clauses(doc).find((c) => c.includes(word));
          if (
            clause &&
            bestFact({ words: clause, concepts: new Set(clauseKeys(doc, clause)), time: false }, can)
          )
            return false;
        }
        const sentence = doc.sentences[word.sentence]?.text ?? "";
        return GIFT_WORD.test(sentence);
      },
    }).slice(0, 1);
  },
};
