/**
 * Concepts for reading a promise against the scenario's facts by meaning, not by exact words
 * ("money back" is a refund, "right away" is today, a supervisor is a manager). Each group is
 * one concept; a fact and a reply clause that name the same concept match on it. Source: written
 * for this project by hand from the service-desk vocabulary of LABELS.md and the shipped
 * scenarios' `facts`, grouping near-synonyms as a thesaurus lists them (not taken from any
 * labelled set); the irregular verb forms are the common English strong verbs. Licence: MIT,
 * part of this project.
 *
 * Entries are words or short phrases; a single word matches any inflection ("refunded",
 * "refunds"), a phrase matches its words in order. "..." in a phrase allows up to three words
 * between ("put the £12 back").
 */
export const CONCEPTS: Readonly<Record<string, readonly string[]>> = {
  // What the customer owes: "write the balance off" for "cannot write the debt off".
  debt: [
    "debt",
    "balance owed",
    "outstanding balance",
    "the balance",
    "your balance",
    "arrears",
    "amount owed",
    "what you owe",
  ],
  // Money returned to the customer.
  refund: [
    "refund",
    "reimburse",
    "repay",
    "money back",
    "pay back",
    "pay ... back",
    "put back",
    "put ... back",
    "give back",
    "give ... back",
    "pop ... back",
    "credit back",
    // money on its way back to where it came from: "the £17 sent back to your card", "it's going
    // back into your account" (not "send it back to us", a return)
    ...["send", "go", "going", "come", "coming", "transfer"].flatMap((verb) =>
      ["to", "on", "into"].flatMap((to) =>
        ["your", "my"].flatMap((whose) =>
          ["card", "account", "bank"].map((where) => `${verb} ... back ${to} ${whose} ${where}`),
        ),
      ),
    ),
    "pay",
    "cover the cost",
    "cover the fare",
    "cover it",
    "cover that",
    // a cost taken on: "we'll cover your fencer's day", "we'll foot the bill", "pick up the tab"
    "cover the",
    "cover your",
    "cover his",
    "cover her",
    "cover their",
    "foot the bill",
    "pick up the cost",
    "pick up the bill",
    "pick up the tab",
    // money put towards a cost: "I'll add £30 towards your fuel"
    "add ... towards",
    "put ... towards",
    "contribute",
    "chip in",
    // a cost met: "fund his own solicitor", "send us the bills", "invoice us"
    "fund",
    "send us the bill",
    "send us the bills",
    "send us the invoice",
    "bill us",
    "invoice us",
  ],
  // All of it: "the full £180", "the lot", "every penny" is the "whole" a limit rules out.
  // "100%" reads as the words "100 percent".
  whole: [
    "whole",
    "full",
    "in full",
    "entire",
    "the lot",
    "everything",
    "every penny",
    "all of it",
    "100 percent",
  ],
  // At no cost to the customer: "the drinks are on us", "on the house", "free of charge".
  free: ["free", "free of charge", "on us", "on the house", "complimentary", "at no cost", "at no charge"],
  // Credit the customer spends with the business: not a refund.
  credit: ["credit", "store credit", "account credit", "credit note"],
  voucher: ["voucher", "gift card", "coupon"],
  // Money for the trouble, on top of putting it right: "£50 compensation", "a goodwill payment".
  compensate: ["compensation", "compensate", "goodwill payment", "goodwill gesture", "for your trouble"],
  // Now, today: the time words the facts use for "at once".
  now: [
    "today",
    "now",
    "tonight",
    "immediately",
    "right away",
    "straight away",
    "at once",
    "same day",
    "same-day",
    "this afternoon",
    "this evening",
    "on the spot",
  ],
  // Someone senior.
  manager: ["manager", "supervisor", "boss", "team leader", "someone senior", "senior"],
  // Bringing a person (or a thing) to the customer.
  fetch: ["bring", "fetch", "get", "grab", "come over", "come out", "come down", "pop out", "be out"],
  // Sending a thing out.
  dispatch: [
    "send",
    "dispatch",
    "ship",
    "post",
    "deliver",
    "drop off",
    "drop it",
    "dropped",
    "drop round",
    "bring round",
    // "I'll drop them round to you myself on my way home"
    "drop ... round",
    "bring ... round",
    "run ... round",
    "get ... out",
  ],
  // Who is sent out or called in: a worker of the trade the setting names.
  engineer: ["engineer", "technician", "fitter", "plumber", "electrician", "one of our lads", "someone out"],
  clinician: ["doctor", "nurse", "gp", "clinician", "medic"],
  // A new one instead of the old: "bake a fresh one", "another cake".
  fresh: ["new", "fresh", "another"],
  // A repair and its completion: "fixed", "ready", "you'll have it back".
  repair: [
    "repair",
    "fix",
    "mend",
    "ready",
    "completion",
    "complete",
    "finished",
    "have it back",
    "get it back",
  ],
  replace: ["replace", "replacement", "swap", "new one", "brand new"],
  // A shop's own display or demonstration stock: "take the screen off a demo unit" is the
  // "screen from a demonstration model" a fact rules out.
  demo: ["demo", "demonstration", "display model", "display unit", "ex display", "showroom model"],
  move: ["move", "relocate", "shift", "pull off", "bump", "transfer", "carry over", "roll over"],
  // Taking a block or lock away: "take the lock off", "lift the overlock"; an account unblocked:
  // "I've unlocked it" is the "lift the suspension" a fact rules out.
  remove: [
    "remove",
    "take off",
    "take ... off",
    "unlock",
    "bump ... off",
    "boot ... off",
    "boot ... out",
    "lift the suspension",
    "lift ... suspension",
    "lift the ban",
    "unsuspend",
    "unblock",
    "reinstate",
    "reactivate",
  ],
  lock: ["lock", "overlock", "padlock"],
  discount: ["discount", "money off", "knock ... off", "percent off", "off the price"],
  // Coming back for what was missed: "the crew returns", "they'll come back".
  return: [
    "return",
    "come back",
    "go back",
    "be back",
    "is back",
    "are back",
    "pop back",
    "nip back",
    "pop round",
    "nip round",
    "come round",
    "someone round",
    "be round",
    "back out",
  ],
  // Someone made to give up their place: "ask her to finish up early" is the "ask the other visitor
  // to leave" a fact rules out.
  leave: [
    "leave",
    "finish up",
    "finish early",
    "cut short",
    "make way",
    "give up their",
    "give up her",
    "give up his",
    // gone from a place: "tell him he's out by Saturday", "move out" (not "be out", "get someone
    // out", which send someone to the customer: `fetch`)
    "move out",
    "moved out",
    "is out",
    "hes out",
    "shes out",
  ],
  // Family, as customers name them: "your mum" for "the mother".
  mother: ["mother", "mum", "mom", "mam", "mummy"],
  father: ["father", "dad", "daddy"],
  // Other customers, whom the agent cannot move or name.
  others: ["camper", "passenger", "guest", "people", "other customers", "other family", "other families"],
  courier: ["courier", "driver", "rider", "delivery driver"],
  contact: ["contact", "call", "ring", "phone", "text", "email", "message", "get in touch"],
  discipline: ["discipline", "report", "sack", "ban", "remove", "warn"],
  // "wipe" is under cancel: said of a charge the two are one act anyway (withChargeDrops).
  waive: ["waive", "write off", "cancel the fee"],
  // "void the invoice", "scrap the charge", "write the bill off", "get the warning wiped".
  cancel: [
    "cancel",
    "terminate",
    "void",
    "scrap",
    "write off",
    "write ... off",
    "withdraw",
    "revoke",
    "rescind",
    "wipe",
    "erase",
    "delete",
  ],
  // Starting a process: "open a claim", "start a refund claim", "lodge a complaint".
  // "back up and running", "open again" are the reopening a fact rules out a date for.
  start: [
    "start",
    "open",
    "reopen",
    "begin",
    "lodge",
    "file",
    "submit",
    "set up",
    "up and running",
    "running again",
    "back open",
  ],
  promise: ["promise", "guarantee", "assure"],
  // A copy of a document: "email you a scan" is the "photocopy or PDF" a fact rules out.
  copy: ["copy", "photocopy", "scan", "pdf", "printout", "digital copy"],
  // Somewhere to stay: "another cottage nearby" is the "another property" a fact rules out.
  lodging: ["property", "cottage", "accommodation", "apartment", "chalet", "cabin", "holiday let"],
  // Altering a record or a decision: "have your rating updated" is "change the rating".
  change: ["change", "update", "amend", "alter"],
  // A verdict that something is all right: "the zinc ones will be fine" answers "whether the zinc
  // bolts are acceptable". Not "ok" or "alright", which mostly open a reply.
  sound: ["fine", "acceptable", "safe", "all right", "good to go", "nothing wrong", "up to standard"],
};

/** Irregular verb forms, to their base ("paid" -> "pay"), so a fact and a reply match across tense. */
export const IRREGULAR_FORMS: ReadonlyMap<string, string> = new Map(
  (
    "paid:pay sent:send got:get gotten:get gave:give given:give took:take taken:take brought:bring " +
    "bought:buy told:tell made:make kept:keep left:leave came:come went:go gone:go said:say did:do " +
    "done:do seen:see saw:see knew:know known:know wrote:write written:write spoke:speak spoken:speak " +
    "rang:ring rung:ring chose:choose chosen:choose found:find held:hold lent:lend met:meet " +
    "sold:sell thought:think heard:hear caught:catch ran:run put:put shut:shut understood:understand " +
    "children:child people:people"
  )
    .split(" ")
    .map((pair) => pair.split(":") as [string, string]),
);

/** Number words, so "ten working days" and "10 working days" name the same number. */
export const NUMBER_VALUES: ReadonlyMap<string, string> = new Map(
  (
    "one:1 two:2 three:3 four:4 five:5 six:6 seven:7 eight:8 nine:9 ten:10 eleven:11 twelve:12 " +
    "fifteen:15 twenty:20 thirty:30 forty:40 fifty:50 sixty:60 hundred:100"
  )
    .split(" ")
    .map((pair) => pair.split(":") as [string, string]),
);
