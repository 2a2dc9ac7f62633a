import { businessWords } from "../setting.js";
import type { Detector } from "../types.js";
import { echoesKnown, factSet } from "./_facts.js";

/**
 * A known fact that puts the fault with the business: a fault word (a slip, a breakage, a thing done
 * wrong or not done), and the business, its staff or its own systems as the agent. A fault only
 * supposed ("if the fault is ours", "any fault in our work is covered", "it could be a slip on our
 * side") is not one.
 */
const FAULT =
  /\b(?:wrong|mistakes?|errors?|fault|faulty|failing|missed|failed|forgot|forgotten|double-booked|double[- ]booking|late|damaged|broke|broken|dropped|cracked|chipped|knocked|scratched|misspel(?:t|led)|misprinted|skipped|wiped|too (?:short|narrow|low|high|long|dark|light|small|big|tight|loose|thin)|instead of|by mistake|wrongly|incorrectly|mistakenly|in error|stripped|omitted|left out|never (?:arrived|came|called|rang|phoned|sent|turned up|warned|told|added|updated|recorded|logged|passed on|processed|applied|booked)|did(?: not|n't) (?:turn up|arrive|show|come|tell|warn|ring|phone|call|email|fit)|nobody (?:rang|phoned|called|emailed|told|warned|contacted)|without (?:telling|warning|notice)|charged (?:\w+ )?twice|twice for|left (?:\w+ ){0,3}unfinished|(?:was|were)(?: not|n't) (?:\w+ ){0,3}properly|(?:was|were)(?: not|n't) (?:on|in|mentioned on) (?:the|our) (?:website|site|app|listing|booking page|confirmation))\b/i;
const BUSINESS =
  /\b(?:by (?:the|our) [a-z-]+|our|ours|its|we|staff|the (?:engineer|driver|courier|rider|chef|cook|stylist|groomer|goldsmith|photographer|cleaner|plumber|electrician|guide|pilot|skipper|receptionist|system|technician|fitter|shop|bakery|company|operator|installer|admin|instructor|tutor|teacher|office|team|crew|app|website|timer|machine|printer|projector|oven|van)|a colleague|(?:billing|system|software|website|app|card-terminal|terminal|till|booking system) (?:fault|error|update|glitch)|(?:an? )?(?:app|software|system) update)\b/i;
/**
 * The work itself done wrong, said in the passive with nobody else named: "the permit was printed
 * with the wrong beat", "the plates were pressed with the wrong spacing", "the hem was taken up too
 * short". What the business made or did is the business's doing.
 */
const DONE_WRONG =
  /\b(?:was|were|got|had been|have been|has been)\s+(?:[a-z]+ed|made|cut|sent|put|sewn|spelt|spelled|set|fitted|built|laid|hung|taken|given|left)\b(?:\s+[\w'-]+){0,4}?\s+(?:with the wrong|the wrong|wrong|incorrectly|too (?:short|long|small|big|dark|light|tight|loose|thin|narrow))\b/i;
const CUSTOMER_DID = /^the customer (?:missed|forgot|did|didn't|cancelled|booked|chose|signed|ordered)\b/i;
/** Damage someone found or reports ("staff found a cracked paddle", "the customer reports a cracked panel") has no agent yet. */
const FOUND_DAMAGE =
  /\b(?:found|finds|reports?|reported|says|said|claims?|claimed|noticed|spotted)\b(?:\s+[\w'-]+){0,4}?\s+(?:cracked|damaged|broken|scratched|chipped|dropped)\b/gi;
const SUPPOSED = /\b(?:if|whether|any|could|might|may|unless)\b[^.;]*\b(?:fault|mistake|error|ours)\b/i;

/**
 * A thing that went wrong in the service itself, with no agent named: "the advert went to print
 * with the wrong number", "nobody told pass holders", "the marksheet has gone missing", "the
 * driver arrived 40 minutes late". With no cause outside the business in the same fact (OUTSIDE)
 * and nothing the customer did, it is the business's to own.
 */
const WENT_WRONG =
  /\b(?:wrong|late|failed|broke|broken|faulty|damaged|errors?|mistakes?|instead of|missing|lost|mislaid|misplaced|mis-?(?:copied|read|labell?ed|filed|routed|typed|keyed|entered|printed|measured|quoted|sent|sold|booked)|typo|overran|ran out|run out|(?:closed|shut) (?:\w+ ){0,2}early|never (?:started|worked|turned up|showed|arrived|came|reached|went out)|crushed|spoil(?:ed|t)|melted|over-?booked|over-?sold|left off|drilled through|stopped (?:working|sending|recording)|mix-?up|mixed up|swapped|forgot|wrongly|incorrectly|mistakenly|in error|never (?:added|updated|recorded|logged|passed on|processed|applied|booked)|(?:handed|went|sent|posted|delivered|emailed|texted|given) to (?:the wrong|an old|another|someone else|(?:his|her|their|your) (?:old|previous|former))|(?:loaded|put|packed) (?:on|onto|into) (?:another|the wrong|someone else)|(?:did not|didn't|was not|wasn't|were not|weren't|had not|hadn't|has not|hasn't|have not|haven't) (?:update|updated|tell|told|pass(?:ed)? on|record(?:ed)?|log(?:ged)?|book(?:ed)?|order(?:ed)?|check(?:ed)?|send|sent|reassign(?:ed)?|text(?:ed)?|notif(?:y|ied)|inform(?:ed)?)|(?:nobody|no one|no-one) (?:told|texted|rang|called|phoned|emailed|checked|updated|warned|contacted))\b/i;
/** A cause outside the business: the weather, a supplier or carrier, illness, an authority. */
const OUTSIDE =
  /\b(?:weather|winds?|gales?|gusts?|storms?|rain(?:fall)?|snow|fog|foggy|cloud|ice|icy|frost|flood(?:ing|ed)?|heatwave|swell|tides?|lightning|suppliers?'?s?|manufacturers?'?s?|courier|royal mail|post office|airline|council|landowner|police|strike|power cut|outage|road ?works|road closure|ill|illness|sick|injur(?:y|ed)|bereavement|customer's own|third[- ]party|contractor|venue|organisers?)\b/i;
/** The customer (or "they") as the one who did it. */
const CUSTOMER_AGENT =
  /\b(?:the customer|the client|they|he|she)\s+(?:missed|forgot|did|didn't|cancelled|booked|chose|signed|ordered|arrived late|was late|were late|entered|typed|gave)\b/i;

/**
 * Do the facts put a fault on the business? With `unnamed`, also a thing gone wrong in the service
 * with no one named (WENT_WRONG): enough to call blaming the customer untrue, though not enough to
 * read an explanation of it as a defence (defends-mistake).
 */
export function businessAtFault(facts: ReturnType<typeof factSet>, unnamed = false): boolean {
  // "Oakridge District Council's garden waste service…": where the business is itself a council,
  // a post office or an airline, that word names the business, not a cause outside it. Read only
  // when a fault word is there to weigh.
  let own: ReadonlySet<string> | undefined;
  let ourName: RegExp | undefined;
  const ownWords = () => {
    own ??= new Set([...businessWords(facts.known[0]?.text ?? "")].filter((w) => /^[a-z]{3,}$/.test(w)));
    ourName ??= own.size ? new RegExp(`\\bthe (?:${[...own].join("|")})\\b`, "i") : /(?!)/;
    return own;
  };
  const outside = (text: string) =>
    [...text.matchAll(OUTSIDE_ALL)].some((m) => !ownWords().has((m[0] as string).toLowerCase()));
  const ours = (text: string) => {
    if (BUSINESS.test(text)) return true;
    ownWords();
    return (ourName as RegExp).test(text);
  };
  return facts.known.some((f) => {
    const text = f.text.replace(FOUND_DAMAGE, " ");
    if (CUSTOMER_DID.test(text) || SUPPOSED.test(text)) return false;
    if (FAULT.test(text) && (ours(text) || DONE_WRONG.test(text))) return true;
    return unnamed && WENT_WRONG.test(text) && !outside(text) && !CUSTOMER_AGENT.test(text);
  });
}

const OUTSIDE_ALL = new RegExp(OUTSIDE.source, "gi");

const BLAMING = ["blames-customer", "denies-fault", "blames-others"];

export const detector: Detector = {
  meta: {
    id: "denies-our-mistake",
    dimension: "honesty",
    effect: "hurts",
    points: -15,
    summary: "Putting the blame on the customer for a mistake the facts say was ours.",
    message: "The facts say this was our mistake; blaming them for it is not true.",
    explanation:
      "LABELS.md: blaming others falsely or denying an obvious mistake is dishonest. When the setting says the business got it wrong, a reply that puts it on the customer tells them something untrue, and they know it.",
    tip: "Own the mistake the facts show, in so many words, then fix it.",
    examples: {
      fires: [
        // Leaving it off the website is the business's omission.
        {
          reply: "There's a sign right by the kiosk. You walked straight past it.",
          facts: { known: ["There is a sign at the kiosk, but it was not on the website."] },
        },
        {
          reply: "The sessions are self-serve, you should have stopped when the time was up.",
          facts: { known: ["On her second session the timer failed and she got 4 extra minutes."] },
        },
        {
          reply: "You should have checked the beat when the permit came through. It's printed on the front.",
          facts: { known: ["This angler's permit was printed with the wrong beat."] },
        },
        {
          reply: "To be fair, the order form does say Karen, so that's on you.",
          facts: { known: ["The cake was iced with the wrong name by the bakery."] },
        },
        {
          reply: "The extinguishers were serviced. We've done nothing wrong.",
          facts: { known: ["Our technician serviced the extinguishers but forgot to fit the new labels."] },
        },
        {
          reply: "Nothing to do with us, the website does that sometimes.",
          facts: { known: ["The premium didn't show on the lot page, a fault on our website."] },
        },
        {
          reply: "To be fair the files you sent were tight, slight shifts are normal.",
          facts: {
            known: ["The pink layer is out of line because our operator skipped the registration check."],
          },
        },
        {
          reply: "If you'd read the email you'd have known.",
          facts: { known: ["Three names were misspelt by our engraver.", "The mistake is ours."] },
        },
        // A council that is itself the business: "the council" is its own name, not a cause outside it.
        {
          reply: "If you'd told us properly that you'd moved, this wouldn't have happened.",
          facts: {
            known: [
              "Oakridge District Council's garden waste service costs £52 a year.",
              "His bin was missed because the council never added his new address to the round.",
            ],
          },
        },
        {
          reply: "Maybe check your delivery note before the driver leaves next time.",
          facts: { known: ["Six cases were missing because they were loaded onto another shop's van."] },
        },
        {
          reply: "With respect, you signed off the proof, so noticing was a shared job.",
          facts: { known: ["The bold type came out plain because our prepress software stripped it."] },
        },
        // Gone wrong with nobody else named: the business's to own.
        {
          reply: "Well you did sign off the proof, so I'm not sure what you expect us to do.",
          facts: { known: ["The advert went to print with the wrong phone number."] },
        },
        {
          reply: "you should of checked the website tbh, the closure notice has been up since march",
          facts: { known: ["The shark tunnel has been shut since March and nobody told pass holders."] },
        },
      ],
      silent: [
        // A council's error is its own; another council's weather is not.
        {
          reply: "If you'd told us properly that you'd moved, this wouldn't have happened.",
          facts: {
            known: [
              "Kerrow Bus Company runs the 14 route.",
              "The buses ran late because the council closed the stop for roadworks.",
            ],
          },
        },
        {
          // Late, but for a cause outside the business.
          reply: "If you'd read the email you'd have known.",
          facts: { known: ["The ferry ran late because of the storm."] },
        },
        {
          // A fault found, not one the facts put on anyone.
          reply: "You should have checked the beat when the permit came through.",
          facts: { known: ["The customer reports the gate was found broken."] },
        },
        {
          reply: "If you'd read the email you'd have known.",
          facts: { known: ["Staff found a cracked paddle at return."] },
        },
        {
          reply: "Nothing to do with us, the website does that sometimes.",
          facts: { known: ["Any fault in our work is fixed free under the guarantee."] },
        },
        {
          reply: "I'm sorry, that was our mistake. I can re-ice it by 5pm.",
          facts: { known: ["The cake was iced with the wrong name by the bakery."] },
        },
        {
          reply: "To be fair, the order form does say Karen, so that's on you.",
          facts: { known: ["The customer missed their appointment without notice."] },
        },
      ],
    },
  },
  // Putting it on the customer, denying it ("we've done nothing wrong") or putting it on someone
  // else ("the supplier's problem") all deny a mistake the facts say was ours.
  needs: BLAMING,
  detect(_doc, context) {
    // Saying what the facts say ("those tiles were cracked before we started, as the job sheet
    // notes") is no denial.
    const blame = BLAMING.flatMap((id) => context.fired.get(id) ?? []).filter(
      (span) => !echoesKnown(_doc, span, context.facts.known ?? []),
    );
    if (!blame.length || !businessAtFault(factSet(context.facts), true)) return [];
    return [blame[0] as (typeof blame)[number]];
  },
};
