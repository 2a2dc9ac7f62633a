/**
 * Facts from a setting written in prose. Batch lines and scenarios describe the situation in a
 * sentence or two ("agents can refund the order, cannot add account credit, and cannot control
 * courier times"); the limits in it are what honesty is judged against, like a scenario's
 * `facts`. This reads the plain grammar of a limit (cannot / can't / does not / is not / no /
 * but not / only), of what can be done (can / is able to), of what nobody knows yet (does not
 * know, is not known, has given no date) and of who is away, and returns what follows. Pure, and
 * deliberately conservative: a clause it does not understand yields nothing.
 */

import { ACTION_VERBS, AWAY } from "./lexicons/honesty.js";
import type { Facts } from "./types.js";

/** Markers that start a limit, longest first; what follows (up to the next limit or "but") is the item. */
// "Nobody can say which result is right" is an unknown (UNKNOWN_FORMS), and "may or may not
// change it" a doubt: neither is a limit.
const LIMIT =
  /\b(?:(?:nobody|no one|no-one|none of us|neither of us|nothing) (?:can|could|will)(?!\s+(?:yet\s+)?(?:say|tell|know|predict|confirm)\b)|cannot|can't|can not|could not|couldn't|does not|doesn't|do not|don't|will not|won't|is not able to|are not able to|isn't able to|aren't able to|unable to|not allowed to|(?<!\bmay or )may not|must not|never|but not)\b\s+/gi;
/** Markers that start what can be done ("can refund", "can only give", "is able to lend"); not "can be" (a rule). */
const CAN =
  /(?<!\b(?:nobody|no one|no-one|none of us|neither of us|nothing)\s)\b(?:can|is able to|are able to)\s+(?!(?:only\s+|also\s+|still\s+)?(?:not|be)\b)(?:only\s+|also\s+|still\s+)?(?!not\b|be\b|only\b)/gi;
/**
 * "The salon offers a free redo within 7 days or a half refund", "we offer a free recheck": what
 * the business offers is what staff can do. Not "does not offer", nor "can offer" (CAN reads it).
 */
const OFFERS =
  /(?<!\b(?:not|never|n't|no longer|can|cannot|could|also|only|will|to)\s)\b(?:offers|we offer)\s+(?:to\s+)?(?=[£$€\d]|(?:a|an|free|full|half|each|every|one|two|three|refunds?|credits?|them|him|her)\b)/gi;
const UNKNOWN = /\b(?:does not|doesn't|do not|don't)\s+(?:yet\s+)?know\s+(.+)/i;
/** "it isn't known yet whether the lenses are at fault", "it is not known when ...". */
const NOT_KNOWN_WHETHER =
  /\b(?:is|isn't|is not|'s)\s+(?:not\s+)?(?:yet\s+)?known(?:\s+yet)?\s+((?:whether|if|when|how|why|what|who)\s+.+)/i;
/** "the cause isn't known yet" */
const SUBJECT_NOT_KNOWN =
  /\b((?:the|its|their|his|her)\s+[a-z -]+?)\s+(?:is|are)(?:n't|\s+not)\s+(?:yet\s+)?known/i;
/**
 * "Even the May dates aren't certain yet", "the new start date is not confirmed": whether it holds
 * is not known.
 */
const SUBJECT_UNCERTAIN =
  /\b((?:the|its|their|his|her|our|this|that|these|those)\s+[a-z0-9'’ -]+?)\s+(is|are)(?:n't|\s+not)\s+(?:yet\s+)?(?:certain|definite|final|fixed|settled|guaranteed|confirmed)\b/i;
/** The longest sentence of a setting read for facts. */
const MAX_SENTENCE = 2000;
/** "(their availability unknown)" */
const UNKNOWN_ASIDE = /\(([^()]*?)\s+(?:unknown|not known|not yet known)\)/gi;
/**
 * Other ways a brief says something is not known yet, each giving the open question that follows:
 * "nobody knows yet when the boat will run", "we won't know until 8am whether the pump is in
 * stock", "IT haven't yet found out why the booking went missing", "Operations are still
 * investigating why Long Stay was oversold", "the manager will confirm at 1pm whether the room is
 * free", "we've asked the lab whether a remake is possible", "Highways are deciding whether to
 * paint lines". The question must open with a question word, so "will confirm the date" is not one.
 */
const OPEN_QUESTION = String.raw`((?:whether|if|when|why|how|what|which|who|where)\s+.+?)(?=\s+and\s+(?:they|we|he|she|it|staff|has|have|hasn't|haven't|will|won't)\b|[,:;]|$)`;
const UNKNOWN_FORMS: readonly RegExp[] = [
  new RegExp(
    String.raw`\b(?:nobody|no one|no-one)\s+(?:here\s+|at [a-z ]+?\s+)?(?:yet\s+)?(?:knows|can say|can tell)\s+(?:yet\s+)?${OPEN_QUESTION}`,
    "i",
  ),
  new RegExp(
    String.raw`\b(?:won't|will not|don't|do not|doesn't|does not|can't|cannot|can not)\s+(?:yet\s+)?(?:know|say|tell|confirm|predict)\b(?:\s+(?:yet|until|till)\b[^,;]*?)?\s+(?:exactly\s+|for sure\s+|yet\s+)?${OPEN_QUESTION}`,
    "i",
  ),
  new RegExp(
    String.raw`\b(?:hasn't|has not|haven't|have not|hadn't|had not)\s+(?:yet\s+)?(?:confirmed|found out|worked out|established|said|decided|told us|heard)\s+(?:yet\s+)?${OPEN_QUESTION}`,
    "i",
  ),
  new RegExp(
    String.raw`\b(?:is|are|'re|'s)\s+(?:still\s+)?(?:investigating|checking|deciding|reviewing|assessing|looking into|working out|finding out|trying to [a-z ]+? to find out|trying to find out)\s+${OPEN_QUESTION}`,
    "i",
  ),
  new RegExp(
    String.raw`\b(?:will|'ll)\s+(?:only\s+)?(?:confirm|decide|know|find out|establish|tell us|say)\b(?:\s+[a-z0-9:]+){0,3}?\s+${OPEN_QUESTION}`,
    "i",
  ),
  // "Whether tomorrow is safe is unknown until the 8am check", "Whether it is the sensor won't be known until ..."
  /^((?:whether|when|why|how|what|who)\s+.+?)\s+(?:(?:is|are|remains?)\s+(?:still\s+)?(?:unknown|unclear|not known|not yet known|not clear)|(?:isn't|aren't)\s+(?:yet\s+)?(?:known|clear))\b/i,
  /^((?:whether|when|why|how|what|who)\s+.+?)\s+(?:won't|will not|can't|cannot)\s+be\s+(?:known|confirmed|said)\b/i,
  // "Whether the lost attempt shows on their record is decided by the contractor"
  /^((?:whether|when|why|how|what|who)\s+.+?)\s+(?:is|are|will be|gets)\s+(?:only\s+)?(?:decided|determined|confirmed|judged|settled)\s+by\b/i,
  // "The cause is unknown", "the reason is still unclear"
  /\b((?:the|its|their)\s+(?:cause|reason|fault|source))\s+(?:is|remains)\s+(?:still\s+)?(?:unknown|unclear)\b/i,
  // "the engineer has not confirmed a fitting date yet", "with no return date yet"
  /\b(?:has|have)\s*(?:n't|\s+not)\s+(?:yet\s+)?(?:confirmed|given|set|named)\s+((?:a|an|the)\s+(?:[a-z-]+\s+)?(?:date|time|day))\b/i,
  /\bwith\s+no\s+((?:[a-z-]+\s+)?(?:date|time))\s+yet\b/i,
  new RegExp(String.raw`\bonly then will (?:we|they|staff) know\s+${OPEN_QUESTION}`, "i"),
  new RegExp(
    String.raw`\b(?:asked|are asking|is asking|have asked|has asked)\s+(?:[a-z]+\s+){0,3}?(?=whether\b|if\b)${OPEN_QUESTION}`,
    "i",
  ),
  // "Whether the maze opens depends on the forecast", "whether the coach is removed is under review
  // and not yet decided", "which of the two it is cannot be known until the test", "how the
  // double booking happened is still being looked into", "whether a late entry is accepted is the
  // race director's call": the question at the head, then what leaves it open.
  /^((?:whether|when|why|how|what|who|which|where)\s+.+?)\s+(?:depends?\s+on|(?:is|are|remains?)\s+(?:still\s+)?(?:under\s+(?:review|discussion|investigation)|undecided|unsettled|not\s+(?:yet\s+)?(?:decided|settled|confirmed|finished|clear))|(?:isn't|aren't)\s+(?:yet\s+)?(?:settled|decided|confirmed)|(?:is|are)\s+(?:still\s+)?being\s+(?:investigated|looked\s+into|checked|reviewed|assessed|discussed|worked\s+out)|(?:has|have)(?:n't|\s+not)\s+(?:yet\s+)?been\s+(?:decided|settled|confirmed|found|established)|(?:can't|cannot|won't|will\s+not)\s+be\s+(?:known|confirmed|said|decided|settled)|(?:is|will\s+be)\s+(?:only\s+)?(?:decided|confirmed|known|settled)\s+(?:at|on|after|when|once|by|next|tomorrow|this|until)|(?:is|will\s+be)\s+(?:the\s+)?(?:[a-z'’-]+\s+){0,3}(?:call|decision)\b|is\s+up\s+to\b)/i,
  // "The cause of the overrun is still being investigated", "next year's date has not been set
  // yet", "the manager's decision is not known", "the outcome is under review".
  /^((?:the|its|their|his|her|our|next|this)\s+[a-z0-9'’ -]+?)\s+(?:(?:is|are)\s+(?:still\s+)?(?:being\s+(?:investigated|looked\s+into|checked|reviewed|assessed|worked\s+out)|under\s+(?:review|investigation|discussion)|undecided|not\s+(?:yet\s+)?(?:known|decided|confirmed|finished|set|clear))|(?:has|have)(?:n't|\s+not)\s+(?:yet\s+)?been\s+(?:set|confirmed|decided|found|announced|agreed|fixed|identified|diagnosed|traced|named|chosen|finalised|finalized)|(?:is|are)\s+(?:still\s+)?being\s+(?:confirmed|decided|arranged|finalised|finalized|chosen))\b/i,
  // "Engineers have not yet found the cause of the outage", "the garage hasn't diagnosed the fault".
  /\b(?:hasn't|has not|haven't|have not)\s+(?:yet\s+)?(?:found|identified|established|traced|diagnosed|pinned\s+down|worked\s+out)\s+((?:the|its|their|his|her|what|why|how)\b[^,;]*)/i,
  // "Nobody knows the outcome of the claim", "nobody knows yet exactly when the postcode will show".
  /\b(?:nobody|no one|no-one)\s+(?:yet\s+)?(?:knows|can say|can tell)\s+(?:yet\s+)?(?:exactly\s+)?((?:the|when|whether|how|what|which|who|where|why)\b[^,;]*)/i,
  // "nobody has a delivery date yet", "no one has a figure yet"
  /\b(?:nobody|no one|no-one)\s+(?:yet\s+)?(?:has|can give|can name)\s+((?:a|an|any)\s+(?:[a-z-]+\s+)?(?:date|time|timescale|timeline|eta|figure|answer|price)\b(?:\s+for\s+[^,;]+)?)/i,
  // "the final payout depends on their report", "the price depends on what the survey finds"
  /\b((?:the|its|their|his|her|any)\s+(?:final\s+|exact\s+|actual\s+)?(?:payout|pay-out|settlement|amount|figure|price|cost|outcome|decision|result|bill|total|refund|award|date)(?:\s+of\s+[a-z ]+?)?)\s+(?:still\s+)?depends?\s+on\b/i,
  // "there is no repair date yet", "no reopening date is set", "engineers have no release date yet".
  /\bno\s+((?:[a-z-]+\s+)?(?:date|time|timescale|timeline|eta)(?=\s+(?:yet|is\s+set|has\s+been\s+(?:set|given|confirmed))\b)(?:\s+yet)?(?:\s+for\s+[^,;]+)?)/i,
];

/**
 * A question left open anywhere in the sentence, read when no form above does: "testing is still
 * under way on whether his TV's browser can run it", "the technician will report by 15:15 whether
 * the show can go ahead", "the mechanic hasn't yet found whether it was a fuel fault". The briefs
 * name an open question this way; "whether" is not read after "regardless of" or "no matter".
 */
const OPEN_ANYWHERE =
  /(?<!\b(?:regardless\s+of|no\s+matter|irrespective\s+of)\s)\b((?:whether|why|how\s+(?:long|soon|much\s+longer|far|bad|many))\s+.+?)(?=\s+and\s+(?:they|we|he|she|it|staff|has|have|hasn't|haven't|will|won't)\b|[,:;]|$)/i;

/** "the supplier has given no delivery date": any date for it is a guess, so promising one breaks the limit. */
const GIVEN_NO_DATE =
  /\b(?:has|have)\s+(?:given|set|confirmed)\s+no\s+((?:[a-z-]+\s+)?(?:date|time|eta|timescale))\b/i;

/**
 * "Every item is one-off, so there is no replacement", "there's no swap this weekend", "there is
 * no spare pony": a remedy or a resource that does not exist is one staff cannot give. Not news
 * still to come ("there's no date yet", "no result yet"), nor a charge waived ("there will be no
 * charge"), nor something owed to nobody ("no evidence", "no sign").
 */
const NONE_TO_GIVE =
  /\bthere(?:'s|’s| is| are| will be)\s+no\s+([a-z'’-]+(?:\s+[a-z'’-]+){0,4}?)(?=\s*(?:[,;:.()]|$)|\s+(?:so|because|as|and|but|until|left|free|in stock|available|for (?:them|him|her|anyone|you)|this|today|tonight|tomorrow|before|on (?:the|any|that)|at (?:the|all))\b)/i;
const NOT_A_REMEDY =
  /\b(?:date|dates|time|eta|timescale|result|results|news|decision|answer|word|update|charge|charges|fee|fees|cost|costs|evidence|record|records|sign|signs|need|problem|risk|way|guarantee|reason|cause|fault|damage|list|change|one|point|doubt|question|telling|knowing|saying|sense|hurry|rush)\b/i;

function clean(item: string): string {
  return (
    item
      .replace(/\s*\(.*?\)\s*/g, " ")
      // The reason is not part of the limit: "cannot confirm it, because the board decides next month".
      // It ends where another action of the list follows: "approve it today so the railcard is live
      // within the hour, and refund the £11.53 difference" keeps the refund.
      .replace(
        /,?\s+\b(?:because|since|so that|so staff|so the|so (?:it|they|he|she|you|no)\b)\b.*$/i,
        (reason) => {
          for (const m of reason.matchAll(/,\s*(?:and|or)\s+([a-z]+)\b/gi))
            if (ACTION_VERBS.has((m[1] as string).toLowerCase())) return reason.slice(m.index);
          return "";
        },
      )
      // ", as the system changed this month": a reason too.
      .replace(/,\s+as\s+(?:the|it|they|we|he|she|our|their)\b.*$/i, "")
      .replace(/\b(?:but|however|though)\b.*$/i, "")
      // "when the engineer will come - they haven't given a date": the aside is not the question.
      .replace(/\s+[-–—]\s+.*$/, "")
      .replace(/^(?:yet|be|being|legally or|safely)\s+/i, "")
      .replace(/[,.]+$/, "")
      .replace(/\s+/g, " ")
      .trim()
  );
}

/**
 * A list of actions ("refund the £30 deposit, hand the phone back, or lend a loan phone") as one
 * item each. An item that starts with no verb shares the first item's verb ("pay for missed
 * bookings, taxis" -> "pay for taxis"); a lone verb shares the last item's object ("contact,
 * discipline or remove couriers" -> "contact couriers").
 */
/** A condition, up to the next comma: "once the console is posted back", "beyond suggesting a GP". */
const CONDITIONS =
  "once|when|if|after|until|unless|beyond|except|other than|apart from|besides|such as|including";
const CONDITION = new RegExp(`\\b(?:${CONDITIONS})\\s+[^,]*`, "gi");
const CONDITION_OR_WITHOUT = new RegExp(`\\b(?:without|${CONDITIONS})\\s+[^,]*`, "gi");

function splitActions(list: string, said?: string[]): string[] {
  // "put a request to the landlord today and deliver dehumidifiers tomorrow": "and" joins two
  // actions; a comma or "or" list may share its first verb.
  // "get the neighbour evicted without evidence and a formal notice": the "and" inside a
  // condition is part of it, not a second action.
  const kept = list.replace(CONDITION_OR_WITHOUT, (condition) =>
    condition.replace(/\s+and\s+([a-z]+)/gi, (joined, next: string) =>
      ACTION_VERBS.has(next.toLowerCase()) ? joined : ` \u2063and\u2063 ${next}`,
    ),
  );
  return (
    kept
      // "substitute other fibre and call it hers": an action on "it" goes on from the one before.
      .replace(/\s+and\s+(?=[a-z]+\s+it\b)/gi, " \u2063and\u2063 ")
      .split(/\s+and\s+(?=[a-z]+\s)/i)
      .map((segment) => segment.replaceAll("\u2063and\u2063", "and"))
      // "..., and any question about the juice goes to the food safety lead": a new clause with a
      // verb of its own, not one more action; it goes to `said` (what is known) when given.
      .filter((segment, i) => {
        const clause =
          i > 0 &&
          /^(?:any|the|a|an|all|every|each|some|this|that|these|those|its|their)\s/i.test(segment.trim()) &&
          FINITE.test(segment);
        if (clause) said?.push(clean(segment));
        return !clause;
      })
      .flatMap((segment) => {
        // "give a full refund once the console is brought or posted back": the "or" inside a
        // condition is part of it, not a second action.
        // So is the "or" of "beyond suggesting a pharmacist or GP".
        const guarded = segment.replace(CONDITION, (condition) =>
          condition.replace(/\s+or\s+/gi, " \u2063or\u2063 "),
        );
        const parts: string[] = [];
        // "£1,150": a comma between digits is part of the number, not a list.
        for (const piece of guarded.split(
          /(?<!\d),\s*(?:or\s+|and\s+)?|\s*,(?!\d)\s*(?:or\s+|and\s+)?|\s+or\s+/i,
        )) {
          const raw = piece.replaceAll("\u2063or\u2063", "or");
          const part = raw.trim();
          if (!part) continue;
          // ", with any credit refunded after the rebill" qualifies the item before it.
          if (parts.length && /^(?:with|for|from|in|on|at|by|to|within|after|before|until)\b/i.test(part))
            parts[parts.length - 1] += ` ${part}`;
          else parts.push(part);
        }
        if (parts.length < 2) return parts;
        const head = /^([a-z]+(?:\s+(?:for|to|on|off|back))?)\s/i.exec(parts[0] as string)?.[1];
        const headIsVerb = ACTION_VERBS.has(head?.split(/\s+/)[0]?.toLowerCase() ?? "");
        const object = /^[a-z]+\s+(.+)$/i.exec(parts[parts.length - 1] as string)?.[1];
        return parts
          .filter((part) => !/^(?:we|they|you|it|he|she|i)$/i.test(part))
          .map((part, i, all) => {
            const verb = (part.split(/\s+/)[0] ?? "").toLowerCase();
            // "let him vote by email or phone": a lone last word is another way of the same
            // action ("let him vote by phone"), not an action of its own.
            const means = /^(.*\b(?:by|via|in|on|at|to|for|with|from))\s+\S+$/i.exec(all[i - 1] ?? "");
            if (i > 0 && i === all.length - 1 && !/\s/.test(part) && means?.[1]) return `${means[1]} ${part}`;
            if (i > 0 && head && headIsVerb && !ACTION_VERBS.has(verb)) return `${head} ${part}`;
            if (i < parts.length - 1 && !/\s/.test(part) && ACTION_VERBS.has(verb) && object)
              return `${part} ${object}`;
            return part;
          });
      })
      .filter((item) => /[a-z]{4,}/i.test(item) && !/^not\s/i.test(item))
  );
}

/** "<up to four words> is not possible / isn't an option / are not available". */
const NOT_POSSIBLE =
  /((?:[a-z£\d-]+\s+){0,3}[a-z£\d-]+)\s+(?:is|are)(?:\s+not|n't)\s+(possible|allowed|available|permitted|offered|given|an option|refundable|refunded|transferable|exchangeable|returnable|covered)\b/gi;
/** "The fee isn't refundable": the transaction ruled out, done to the subject. */
const NOT_POSSIBLE_DEAL: Readonly<Record<string, string>> = {
  refundable: "refund",
  refunded: "refund",
  transferable: "transfer",
  exchangeable: "exchange",
  returnable: "return",
  covered: "cover",
};

/** The item ends where a new clause starts: ", the next slot is ...", ", and gives ...", ", after which ...". */
const NEW_CLAUSE =
  /,\s*(?:and\s+|but\s+|so\s+)?(?:the|a|an|which|who|it|they|this|that|after which|where|when|gives|offers|as|because|since)\b.*$|\s*[:\u2013\u2014]\s*(?:we|they|it|he|she|our|their|this|that|staff)\b.*$/i;

/**
 * ", a tasting box of both couriered by Thursday, and £60 off": after an offering verb, an item
 * led by "a" or "the" with no verb of its own is one more thing on offer, not a new clause.
 */
const FINITE =
  /\b(?:is|are|was|were|will|has|have|had|would|can|could|did|does|do|goes|comes|takes|means|arrives|gets|costs|runs|opens|closes|needs|says)\b/i;
const OFFERING = /^(?:offer|give|provide|lend|send|add|throw in|include)\b/i;
function endOfItem(item: string): string {
  const cut = NEW_CLAUSE.exec(item);
  if (!cut) return item;
  const tail = item.slice(cut.index);
  const more = /^,\s*(?:and\s+)?(?:a|an|the)\s+([^,;]*)/i.exec(tail);
  if (OFFERING.test(item) && more && !FINITE.test(more[1] ?? "")) {
    const at = cut.index + (more[0]?.length ?? 0);
    return item.slice(0, at) + endOfItem(item.slice(at));
  }
  // "refund £250, the keyboard player's share of the fee, within 10 working days": an aside naming
  // what the sum is, then the time the offer keeps, which stays with the item.
  const when = /^,\s*(?:a|an|the)\s+[^,;]*,\s*((?:within|by|before|on|in|after|from)\s+[^,;]*)$/i.exec(tail);
  if (when && !FINITE.test(tail.slice(0, tail.length - (when[1]?.length ?? 0))))
    return `${item.slice(0, cut.index)} ${when[1]}`;
  return item.slice(0, cut.index);
}

/**
 * "re-embroider all 20 free, which takes 7 working days, and send 20 plain jackets next-day", "move
 * a player to the Rockets, who train on Wednesdays, or refund £60": a relative aside with more of
 * the list after it drops out, and the list goes on.
 */
const ASIDE_BEFORE_MORE = /,\s*(?:which|who)\s+[^,]*(?=,\s*(?:(?:and|or)\s+)?([a-z]+)\s)/gi;
/** Drop a relative aside that more of the list follows: "and"/"or", or another action's verb. */
const dropAsides = (item: string) =>
  item.replace(ASIDE_BEFORE_MORE, (aside, _next, offset: number) => {
    const rest = /^,\s*(and|or)?\s*([a-z]+)/i.exec(item.slice(offset + aside.length));
    return rest && (rest[1] || ACTION_VERBS.has((rest[2] ?? "").toLowerCase())) ? "" : aside;
  });

/**
 * The business's name as the setting opens with it ("Hollin Bank Abattoir slaughters ...",
 * "Carreg Stud stands ..."): its words, lower-cased, so "Hollin Bank will refund" and "the stud
 * will pay" are the business speaking of what it will do.
 */
export function businessWords(setting: string): ReadonlySet<string> {
  const name = /^(?:(?:The|A|An)\s+)?((?:[A-Z][\w&'’-]*\s+)*[A-Z][\w&'’-]*)/.exec(setting.trim())?.[1] ?? "";
  return new Set(
    name
      .toLowerCase()
      .replace(/['’]s\b/g, "")
      .split(/\s+/)
      .filter((w) => w.length > 1),
  );
}

/** "Hollin Bank will refund the £85 fee", "the stud will pay the vet bill": what the business will do. */
const WILL_DO =
  /^(?:and\s+|so\s+)?((?:the\s+)?[a-z&'’ -]+?)(?:\s+(?:will|is going to|are going to)|\s*['’]ll)\s+(?:also\s+)?(?:now\s+)?([a-z]+)\b(.*)$/i;
/** LIMIT and CAN as plain tests (theirs are global, for matchAll). */
/** The transactions a passive limit can name: "can't be refunded or swapped", "cannot be exchanged". */
const DEAL_BASE: Readonly<Record<string, string>> = {
  refunded: "refund",
  swapped: "swap",
  exchanged: "exchange",
  returned: "return",
  replaced: "replace",
  waived: "waive",
  reissued: "reissue",
  credited: "credit",
  reimbursed: "reimburse",
  rebooked: "rebook",
  transferred: "transfer",
  posted: "post",
  emailed: "email",
  sent: "send",
  sold: "sell",
  issued: "issue",
  delivered: "deliver",
  extended: "extend",
  cancelled: "cancel",
};
const PASSIVE_DEAL = new RegExp(
  `^be\\s+((?:${Object.keys(DEAL_BASE).join("|")})(?:\\s+(?:or|and)\\s+(?:be\\s+)?(?:${Object.keys(DEAL_BASE).join("|")}))*)\\b`,
  "i",
);
/**
 * Verbs that end like an adverb, an adjective or a past tense ("can't supply", "cannot speed up",
 * "can't fly"): a limit all the same, where "not legally", "was not refunded" and "never arrived"
 * are not.
 */
const VERB_LOOKS_PAST =
  /^(?:supply|apply|reply|rely|fly|speed|need|feed|proceed|exceed|succeed|shed|breed|seed|embed|enable|disable)$/i;
const LIMIT_ANY = new RegExp(LIMIT.source, "i");
/** "paying" -> "pay", for a limit named by what it excludes. */
const INGLESS: Readonly<Record<string, string>> = {
  pay: "pay",
  cover: "cover",
  refund: "refund",
  replac: "replace",
  offer: "offer",
  send: "send",
  deliver: "deliver",
  repair: "repair",
  fix: "fix",
  collect: "collect",
};
const CAN_ANY = new RegExp(CAN.source, "i");
/** Text that ends with the customer as the subject: "and this member ", "the customer ". */
const CUSTOMER_BEFORE =
  /\b(?:this|the)\s+(?:member|customer|client|guest|student|patient|parent|tenant|resident|visitor|rider|passenger|buyer|shopper|family|couple|bride|groom|player|competitor|learner|diner|caller|donor|punter|subscriber|homeowner|cyclist)\s+$/i;
/** Text that ends in a relative pronoun after a noun: "to any finalist team that ". */
const RELATIVE_BEFORE =
  /\b(?!(?:but|and|because|though|although|yet|since|while|said|says|know|knows|think|sure|afraid|means|mean|so)\b)[a-z]{3,}\s+(?:that|who|which)\s+$/i;
const OWN_SUBJECT = /^(?:we|staff|our(?: [a-z]+){1,2}|the team|the staff)$/i;

function willDo(sentence: string, business: ReadonlySet<string>): string[] {
  const out: string[] = [];
  // One space between words: "\s+and\s+" over a long run of spaces would backtrack quadratically.
  const text = sentence.replace(/\s+/g, " ");
  // "…the league will let teams field 7, and it will refund £30": "it" is the business named before.
  let oursBefore = false;
  for (const whole of text.split(/,\s*(?:and|but|so|while)\s+|;\s*|\s+and\s+(?=(?:the\s+)?[A-Z])/)) {
    // A limit or an offer is read by those; what comes before it is read here ("We'll refund
    // their £30 and can offer the room free next week": "We'll refund their £30"). Not a limit
    // inside a relative clause ("to any team that can't field a side"), which is theirs.
    const limit = LIMIT_ANY.exec(whole);
    const relative = limit !== null && RELATIVE_BEFORE.test(whole.slice(0, limit.index));
    const mark = Math.min(
      ...[relative ? undefined : limit?.index, CAN_ANY.exec(whole)?.index].filter((i) => i !== undefined),
      whole.length,
    );
    const clause = whole.slice(0, mark).replace(/\s*,?\s*(?:\b(?:and|but|or)\b)?\s*$/i, "");
    // A clause past a few hundred characters is no plain "X will do Y" (and a lazy subject over
    // a long run of spaces would cost time quadratic in its length).
    if (clause.length > 400) continue;
    const m = WILL_DO.exec(clause.trim());
    if (!m?.[1] || !m[2]) continue;
    const subject = m[1].trim();
    const words = subject
      .toLowerCase()
      .replace(/^the\s+/, "")
      .replace(/['’]s\b/g, "")
      .split(/\s+/);
    // "For the final the league will…": the subject is the last noun phrase, after a lead-in.
    const lead = /^(?:for|on|at|in|from|after|before|during|by|until|this|next|meanwhile)$/.test(
      words[0] ?? "",
    );
    const tail = lead ? words.slice(words.lastIndexOf("the") + 1) : [];
    const ours: boolean =
      OWN_SUBJECT.test(subject) ||
      (business.size > 0 && words.every((w) => business.has(w))) ||
      (business.size > 0 &&
        tail.length > 0 &&
        tail.length < words.length &&
        tail.every((w) => business.has(w))) ||
      (oursBefore && /^(?:it|they)$/i.test(subject));
    oursBefore = ours;
    if (!ours || !ACTION_VERBS.has(m[2].toLowerCase())) continue;
    // ", paid within 10 working days" qualifies the action; ", and send ..." is another one.
    const [first = "", ...more] = `${m[2]}${m[3] ?? ""}`.split(/,\s*/);
    const kept = [first];
    for (const piece of more) {
      if (!ACTION_VERBS.has((/^(?:(?:and|or)\s+)?([a-z]+)/i.exec(piece)?.[1] ?? "").toLowerCase())) break;
      kept.push(piece);
    }
    out.push(...splitActions(clean(kept.join(", "))));
  }
  return out;
}

/**
 * "The shopper's other four visits are being rechecked, and nobody knows yet whether they have
 * errors": an open question about "they" is about the plural subject of the clause before it, so
 * a reply can be read against "whether the shopper's other four visits have errors".
 */
function withAntecedent(question: string, before: string): string {
  // Only "they", and only for a plural subject: "it" is too often the business or the day.
  const open = /^(whether|if)\s+they\s+(.+)$/i.exec(question.trim());
  if (!open) return question;
  // The nearest clause before it with a subject of its own ("…are being rechecked, and nobody knows").
  const subject = before
    .split(/[,;:]\s*|\s+(?:and|but|so)\s+/i)
    .reverse()
    .map(
      (clause) =>
        /^\s*((?:the|our|their|its|his|her|this|these|those|each|every|all)\s+[^,;]*?)\s+(?:is|are|was|were|has|have|had|will|would|can|could)\b/i.exec(
          clause,
        )?.[1],
    )
    .find((found) => found !== undefined);
  if (!subject || subject.split(/\s+/).length > 10 || !/[a-z]{2}s\b(?!['’])/i.test(subject)) return question;
  return `${open[1]} ${subject.replace(/^[A-Z](?=[a-z])/, (c) => c.toLowerCase())} ${open[2]}`;
}

/** A word one of the setting's readings needs: a modal, a negation, knowing, an offer, a relative. */
const MAY_HOLD_FACT =
  /\b(?:can|cannot|could|not|no|nor|never|none|nobody|nothing|unable|only|know|knows|known|knew|unknown|unclear|uncertain|whether|yet|until|till|before|away|off|holiday|leave|unavailable|will|won't|would|wouldn't|shall|which|so|able|allowed|possible|offer|offers|offered|offering|give|gives|refund|waive|may|might|must|decid\w*|confirm\w*|depends?|pending|sure|certain|certainty|guarantee\w*|promise\w*|excludes?|rules?|way|without|free|if|open|date|why|how|what|when|who|where|doesn|don|isn|aren|wasn|weren|hasn|haven|hadn|didn|won|can't|unconfirmed|available|option|impossible|question|ask|asks|clear|agree\w*|allow\w*|let|lets|bring|fetch|cover|covers|pay|pays|charge|charges|being|still|remains?|investigat\w*|check\w*|review\w*|establish\w*|determin\w*|caus\w*|reason|await\w*|wait\w*|due|expect\w*|tbc|tbd|examin\w*|assess\w*|inspect\w*|test\w*|find|finds|found|out|look\w*|hear\w*|report\w*|says?|said|told|tell)\b|n't|'t\b|'ll\b|'d\b|\(/i;

export function factsFromSetting(
  setting: string | undefined,
  options: { everySentence?: boolean } = {},
): Facts {
  if (!setting) return {};
  const cannot: string[] = [];
  const unknown: string[] = [];
  const can: string[] = [];
  const known: string[] = [];
  const business = businessWords(setting);
  for (const m of setting.matchAll(UNKNOWN_ASIDE)) if (m[1]) unknown.push(clean(m[1]));
  // An aside drops out, but a sum in brackets stays with what it prices: "a half refund (£17.50)".
  const unbracketed = setting.replace(/\(\s*([£$€]\s?\d[\d,.]*)\s*\)/g, " $1 ").replace(/\([^)]*\)/g, " ");
  for (const part of unbracketed.split(/[;.](?:\s|$)|\n/)) {
    let sentence = part.trim();
    // A setting's sentences run to a few hundred characters (301 at most in the labelled sets); a
    // longer run is no sentence to read facts from, and the lazy subjects below would take time
    // quadratic in its length (a 120 KB run of "the a" took 4 s).
    if (!sentence || sentence.length > MAX_SENTENCE) continue;
    // Most of a setting is plain narrative ("A shop counter.", "The shop closes at six."): with no
    // word any of the readings below looks for, it is known as it stands, and the large patterns
    // are never compiled for it (start-up time of a session). `everySentence` reads them all, so a
    // test can check the two agree on every setting in the labelled sets and the library.
    if (!options.everySentence && !MAY_HOLD_FACT.test(sentence) && !AWAY.test(sentence)) {
      if (/[a-z]{4,}/i.test(sentence)) known.push(sentence);
      continue;
    }
    // "Staff cannot pay for lost earnings and do not yet know why the engineer didn't attend": the
    // unknown ends the sentence; the limits before it still count.
    // "…is decided by the support team, and we don't know yet": the question is what came before.
    const doesNotKnow = UNKNOWN.exec(sentence);
    if (doesNotKnow?.[1] && /^(?:yet|now|either)?[\s.!]*$/i.test(doesNotKnow[1])) {
      sentence = sentence
        .slice(0, doesNotKnow.index)
        .replace(/,?\s*(?:\band\b|\bbut\b)?\s*(?:we|staff|they|i)?\s*$/i, "");
    } else if (doesNotKnow?.[1]) {
      unknown.push(clean(doesNotKnow[1]));
      sentence = sentence.slice(0, doesNotKnow.index).replace(/,?\s*(?:\band\b|\bbut\b)?\s*$/i, "");
      if (!/[a-z]{4,}/i.test(sentence)) continue;
    }
    // "Why the rider was late is not known yet": the question, not "the rider was late".
    const whether =
      NOT_KNOWN_WHETHER.exec(sentence) ??
      UNKNOWN_FORMS.map((form) => form.exec(sentence)).find((m) => m?.[1]) ??
      SUBJECT_NOT_KNOWN.exec(sentence) ??
      OPEN_ANYWHERE.exec(sentence);
    const uncertain = whether?.[1] ? undefined : SUBJECT_UNCERTAIN.exec(sentence);
    if (uncertain?.[1] && uncertain[2])
      unknown.push(clean(`whether ${uncertain[1]} ${uncertain[2].toLowerCase()} certain`));
    if (whether?.[1]) unknown.push(clean(withAntecedent(whether[1], sentence.slice(0, whether.index ?? 0))));
    const none = NONE_TO_GIVE.exec(sentence);
    if (none?.[1] && !NOT_A_REMEDY.test(none[1]) && !/\byet\b/i.test(sentence.slice(none.index)))
      cannot.push(`give ${none[1].replace(/^(?:more|other|extra)\s+/i, "")}`);
    const noDate = GIVEN_NO_DATE.exec(sentence);
    if (noDate?.[1]) cannot.push(`promise a ${noDate[1].toLowerCase()}`);
    if (AWAY.test(sentence)) known.push(sentence);
    // "can't guarantee the courier won't be late again": a negation inside what a promise limit
    // covers belongs to it, so it neither ends the item nor starts a limit of its own.
    const marks = [...sentence.matchAll(LIMIT)].filter((m, i, all) => {
      // "refund £30 to any finalist team that can't field a side": a limit of theirs, inside a
      // relative clause, not one of ours.
      if (RELATIVE_BEFORE.test(sentence.slice(0, m.index ?? 0))) return false;
      // "this member can't do the May dates": what the customer is unable to do, not a limit on
      // staff. A rule put on them stays one ("the customer cannot keep the wrong scanners").
      if (
        CUSTOMER_BEFORE.test(sentence.slice(0, m.index ?? 0)) &&
        !/^(?:keep|have|take|bring|use|receive|return|enter|park|swap|transfer|claim|book|get a|get the|be)\b/i.test(
          sentence.slice((m.index ?? 0) + m[0].length),
        )
      )
        return false;
      if (!/^(?:won't|will not|doesn't|does not|don't|do not|can't|cannot|can not|never)\b/i.test(m[0]))
        return true;
      const before = all[i - 1];
      if (before === undefined) return true;
      const between = sentence.slice((before.index ?? 0) + before[0].length, m.index ?? 0);
      // "can't put in writing that a gate will never fail", "can't say it won't happen": the same.
      return (
        !/^(?:promise|guarantee|put in writing|say|confirm|state|tell (?:the customer|them|her|him))\s/i.test(
          between,
        ) || /[,;:]|\b(?:and|but|or)\b/i.test(between)
      );
    });
    // "Nobody knows yet when the engineer can come": a "can" inside the open question is part of
    // what is not known, not something on offer.
    const questionAt = whether?.[1] ? (whether.index ?? 0) + whether[0].indexOf(whether[1]) : sentence.length;
    const canMarks = [...sentence.matchAll(CAN), ...sentence.matchAll(OFFERS)]
      .filter((m) => (m.index ?? 0) < questionAt)
      .sort((a, b) => (a.index ?? 0) - (b.index ?? 0));
    // "Our insurance covers the repair up to £500, the claim form goes out by email today, and our
    // restorer can collect the finial": what the sentence says before its first limit or offer,
    // less that mark's subject, is known.
    const firstMark = Math.min(...[...marks, ...canMarks].map((m) => m.index ?? 0), sentence.length);
    if (firstMark < sentence.length) {
      const said = sentence.slice(0, firstMark).split(/[,:]\s*(?:and\s+|but\s+|so\s+)?/);
      said.pop();
      for (const part of said) if (part.trim().split(/\s+/).length >= 4) known.push(clean(part));
    }
    // An item runs to the next marker of either kind ("cannot refund it and can only give ...").
    const nextMark = (from: number) =>
      Math.min(
        ...[...marks, ...canMarks]
          .map((m) => m.index ?? 0)
          .filter((i) => i > from)
          .map((i) => {
            // "..., and can" / "and cannot": the joining word belongs to neither item.
            const before = sentence.slice(0, i);
            const joiner = /,?\s*(?:and|but|or)?\s*$/i.exec(before)?.[0].length ?? 0;
            return i - joiner;
          }),
        sentence.length,
      );
    for (const m of marks) {
      const start = (m.index ?? 0) + m[0].length;
      // "and if it will not come out, send the claim form": a condition, not a limit.
      if (/\bif\s+(?:\S+\s+){0,3}$/i.test(sentence.slice(0, m.index ?? 0))) continue;
      // "put the penalty on hold so it doesn't rise to £100": what the step prevents, not a limit.
      if (
        /(?<![,;:]\s*)\bso\s+(?:that\s+)?(?:it|they|he|she|you|this|the [a-z]+)\s+$/i.test(
          sentence.slice(0, m.index ?? 0),
        )
      )
        continue;
      // "Boots that have been worn outside can't be refunded or swapped": a passive limit on a
      // transaction is ours all the same ("refund or swap boots that have been worn outside").
      const passive = PASSIVE_DEAL.exec(sentence.slice(start));
      if (passive?.[1]) {
        const what = clean(dropAsides(sentence.slice(0, m.index ?? 0))).replace(/^(?:but|and|so)\s+/i, "");
        const verbs = passive[1]
          .split(/\s+(?:or|and)\s+(?:be\s+)?/i)
          .map((v) => DEAL_BASE[v.toLowerCase()] ?? v);
        for (const verb of verbs) if (what.split(/\s+/).length <= 12) cannot.push(`${verb} ${what}`.trim());
        continue;
      }
      // "late arrivals cannot be seen": a passive limit on the customer, not an action to promise.
      if (/^be\s/i.test(sentence.slice(start))) continue;
      // "cannot add account credit, and" -> "add account credit"
      const item = clean(
        endOfItem(dropAsides(sentence.slice(start, nextMark(m.index ?? 0)))).replace(
          /,?\s*(?:\b(?:and|or)\b)?\s*$/i,
          "",
        ),
      );
      // Passive limits ("is not guaranteed", "not economically repairable", "not charged") describe
      // the situation; they do not name an action the agent must not promise.
      const first = (item.split(/\s+/)[0] ?? "").replace(/[^a-z-]+$/i, "");
      // "we won't know until the stock check whether ...": what is not known yet, not a limit.
      if (/^know\b/i.test(item)) continue;
      // "the lorry never came", "the council never added his new address": what happened, not a
      // limit; the sentence is known.
      const happened =
        /^never$/i.test(m[0].trim()) &&
        (/ed$/i.test(first) ||
          /^(?:came|went|arrived|turned|showed|rang|called|phoned|told|sent|got|made|had|was|were|did|gave|took|left|brought|bought|paid|said|knew|saw)$/i.test(
            first,
          ));
      if (happened && !canMarks.length && !known.includes(sentence)) known.push(sentence);
      if (
        (/(?:ly|able|ible|ed)$/i.test(first) && !VERB_LOOKS_PAST.test(first)) ||
        /^(?:came|went|arrived|turned|showed|rang|called|phoned|told|sent|got|made|had|was|were|did|gave|took|left|brought|bought|paid|said|knew|saw)$/i.test(
          first,
        ) ||
        !/[a-z]{4,}/i.test(item) ||
        /^(both|either|the customer)/i.test(item)
      )
        continue;
      // "the clinic will not charge for session six": a free session on offer, not a limit.
      const free = /^(?:charge|bill)\s+(?:(?:you|them|her|him|the customer)\s+)?(?:for\s+)?(.+)$/i.exec(item);
      if (free?.[1] && /^(?:will not|won't|does not|doesn't|do not|don't)/i.test(m[0])) {
        can.push(`give ${free[1]} free`);
        continue;
      }
      // "issue vouchers or cash compensation": each alternative is a limit of its own.
      cannot.push(...splitActions(item, known));
    }
    for (const m of canMarks) {
      const start = (m.index ?? 0) + m[0].length;
      const item = clean(
        endOfItem(dropAsides(sentence.slice(start, nextMark(m.index ?? 0)))).replace(
          /,?\s*(?:\b(?:and|or)\b)?\s*$/i,
          "",
        ),
      );
      can.push(...splitActions(item, known));
    }
    // "can approve her evidence today so the railcard is live within the hour": what a step of
    // theirs brings about is known, and saying it is no forecast.
    if (canMarks.length)
      for (const m of sentence.matchAll(
        /\bso\s+(?:that\s+)?((?:the|it|they|he|she|you|your|her|his|their)\s[^,;]*)/gi,
      ))
        if (m[1] && FINITE.test(m[1])) known.push(clean(m[1]));
    // "…log a missed collection, which the crew returns for within 3 working days": the relative
    // clause states how things go, which is known.
    for (const m of sentence.matchAll(/,\s*which\s+([^,;]+)/gi)) if (m[1]) known.push(clean(m[1]));
    // "The stud will pay the £120 vet bill and honour the free return": what the business will do
    // is what staff can promise.
    can.push(...willDo(sentence, business));
    // A plain statement with no limit, offer or unknown in it ("the booking was double-booked by a
    // system error", "a reprint is dispatched within 2 working days") is what is known: a reply
    // that says it is being honest, not forecasting or claiming an unknown.
    if (
      !marks.length &&
      !canMarks.length &&
      !doesNotKnow &&
      !whether &&
      !noDate &&
      // "shipping has moved to a date not yet confirmed" says what is not known, not what is.
      !/\bnot (?:yet )?(?:confirmed|known|decided|fixed|set)\b|\bunconfirmed\b|\byet to be (?:confirmed|decided|set|fixed)\b/i.test(
        sentence,
      ) &&
      /[a-z]{4,}/i.test(sentence)
    )
      known.push(sentence);
    const limitsSoFar = cannot.length;
    // "No refund is possible before a recheck"
    const noneAllowed =
      /\bno\s+([a-z][a-z -]*?)\s+(?:is|are)\s+(?:possible|allowed|available|given)\b\s*(.*)$/i.exec(sentence);
    if (noneAllowed?.[1])
      cannot.push(clean(`${noneAllowed[1]} ${noneAllowed[2] ?? ""}`.replace(NEW_CLAUSE, "")));
    // "A full refund is not possible because most of the course went ahead", "same-day delivery
    // isn't an option": what is ruled out, named as the subject.
    for (const m of sentence.matchAll(NOT_POSSIBLE)) {
      const subject = (m[1] ?? "").replace(/^.*\b(?:that|and|but|so|because|as|while)\s+/i, "");
      // "The lift is not available until Friday": the condition stays with it.
      const tail = /^\s+((?:before|until|till|after|without|on|for|to|at)\b[^,]*)/i.exec(
        sentence.slice((m.index ?? 0) + m[0].length),
      )?.[1];
      const deal = NOT_POSSIBLE_DEAL[(m[2] ?? "").toLowerCase()];
      const what = deal ? `${deal} ${subject.replace(/^[A-Z](?=[a-z])/, (c) => c.toLowerCase())}` : subject;
      if (!/^no\b/i.test(subject) && /[a-z]{4,}/i.test(subject))
        cannot.push(clean(tail ? `${what} ${tail}` : what));
    }
    // "There's no way to get anything to her this weekend", "the contract excludes paying for beer".
    for (const m of sentence.matchAll(
      /\b(?:there(?:'s| is) no way (?:for (?:us|staff) )?to|(?:excludes?|rules? out) (?=[a-z]+ing\b))\s*([a-z][^,;]*)/gi,
    ))
      if (m[1])
        cannot.push(
          clean(m[1].replace(/^([a-z]+)ing\b/i, (_, v: string) => INGLESS[v.toLowerCase()] ?? v)).replace(
            NEW_CLAUSE,
            "",
          ),
        );
    // "no extra discounts", "no vouchers"
    // "and no notice was put out" is what happened, not a limit.
    for (const m of sentence.matchAll(/\b(?:gives?|offers?|issues?|and)\s+no\s+(?!one\b)([a-z][a-z -]+)/gi))
      if (m[1] && !/\b(?:was|were|is|are|has|have|had|came|arrived|went)\b/i.test(m[1]))
        cannot.push(clean(m[1]));
    // A sentence that names a limit is no plain statement of what is known.
    if (cannot.length > limitsSoFar && known.at(-1) === sentence) known.pop();
  }
  return {
    ...(cannot.length ? { cannot } : {}),
    ...(unknown.length ? { unknown } : {}),
    ...(can.length ? { can } : {}),
    ...(known.length ? { known } : {}),
  };
}
