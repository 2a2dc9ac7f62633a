import { BLAME_CUSTOMER } from "../lexicons/calm.js";
import { addSpans, firstPersonIn } from "../phrases.js";
import type { Doc } from "../text.js";
import type { Detector } from "../types.js";
import {
  counterfactualSentences,
  insistingSentences,
  suspectingQuestions,
  usualCauseSentences,
  yourChoiceSentences,
} from "./_blame.js";
import { phraseDetector } from "./_make.js";

/** "I'll", "we can", "on us": an offer, which makes "next time" a promise, not advice. */
function offersInSentence(doc: Doc, sentence: number | undefined): boolean {
  const words = doc.words;
  for (let i = 0; i + 1 < words.length; i++) {
    if (words[i]?.sentence !== sentence) continue;
    const a = words[i]?.norm ?? "";
    const b = words[i + 1]?.norm ?? "";
    if ((a === "i" || a === "we") && OFFER_VERBS.has(b)) return true;
    if (a === "on" && b === "us") return true;
  }
  return false;
}
const OFFER_VERBS = new Set(["will", "can", "would", "could", "shall"]);

/** Regular participles and the strong verbs' "-en", "-ught" kinds ("if you had read it"). */
const PARTICIPLE = /(?:ed|en|ne|wn|ught|ept|ead|ade|ook|ung|one)$/;
/** Participles those endings miss ("if you'd left", "if you had paid", "if you'd told us"). */
const IRREGULAR_PARTICIPLE =
  /^(?:left|sent|paid|told|put|let|got|set|said|held|found|stuck|shut|cut|hung|dealt|meant|lent|spent|sold|met|run|come|dug|built|laid|filled|fed)$/;
/** "if" meaning "whether": "ask if you'd shut down", "check if you had…". */
const WHETHER_IF =
  /^(?:ask|asked|asking|asks|wonder|wondered|wondering|check|checked|checking|see|know|sure|unsure)$/;

function mentionsNextTime(doc: Doc, from: number, to: number): boolean {
  for (let i = from; i < to; i++)
    if (doc.words[i]?.norm === "next" && doc.words[i + 1]?.norm === "time") return true;
  return false;
}

/** Acknowledgements that soften blame to calm 1 (meta.softened); they run first. */
const SOFTENERS = ["acknowledges", "names-feeling", "validates", "reflects-situation"];

const blames: Detector = phraseDetector(
  {
    id: "blames-customer",
    dimension: "calm",
    effect: "hurts",
    points: -25,
    // LABELS.md puts blaming with hostility and sarcasm at calm 0: bare blame is never better than
    // "needs work". Softened by an acknowledgement ("I'm sorry it was late, but you should have
    // read the terms") it is the undercut acknowledgement of calm 1. In the labelled sets, bare
    // blame was calm 0 in 111 of 126 replies; softened, calm 1 or 2 in 21 of 30.
    cap: 35,
    softened: { by: SOFTENERS, cap: 65 },
    also: [
      { dimension: "empathy", points: -10 },
      { dimension: "boundaries", points: -20 },
      // LABELS.md: owning a mistake is part of honesty; putting it on the customer is at best
      // half the truth (a "1"), and when the facts say it was ours, denies-our-mistake adds to it.
      // A cause guessed onto their side ("it'll be your drain") invents a fact: doubts-customer
      // adds to it. (A flat -20, cap 45 here read better on the fitted sets but worse on three new
      // blind sets, where true blame, "the terms you agreed to say the card can change", was a "1".)
      { dimension: "honesty", points: -10, cap: 65 },
    ],
    summary: "Blaming the customer ('you should have kept the receipt').",
    message: "This tells them the problem is their fault.",
    explanation:
      "Even when the customer did contribute, saying so while they are upset makes the conversation about winning, not solving. The seeds' advice: don't argue who was right; solve the problem together.",
    tip: "Drop the 'you should have'; say what can be done from here: 'Without the receipt, here's what I can do.'",
    examples: {
      fires: [
        "Had you checked the website before travelling, this could have been avoided.",
        // A stressed "did/does" holding up the warning they were given.
        "We did explain at the survey that mirrored doors are made to order.",
        "I appreciate your frustration. That said, our website does advise researchers to ring ahead.",
        "To be honest though, Kieran did mention on Monday that your cylinder is getting on.",
        "She did text you, you know.",
        // Others held up, the route they should have used, what reading it would have spared.
        "The reheating times were printed on the menu card, which most customers read.",
        "If you changed the numbers you needed to use the form, not email.",
        "Reading it might have saved you all those insults.",
        // The fault denied to the thing itself, or put on "somebody" as a rule.
        "Demijohns don't just crack on their own.",
        "Cast iron chips. Usually somebody's heated it empty on full whack.",
        "the fridges are all tested before they leave us so its more likely it was set up wrong your end",
        "THE MEASUREMENTS WERE FINE. Your son probably slouched at the fitting.",
        "Poles are checked before every hire, so it must have been put up wrong.",
        // What would have gone right had their side acted otherwise.
        "If she'd let the fitter test them properly yesterday instead of rushing him out, this wouldn't have happened.",
        "Had you set a safe place on your account like we recommend, the courier wouldn't have left it elsewhere.",
        "Perhaps if the fridge hadn't been sitting in your yard the rats would be less interested.",
        "I'd check how your team are using it before blaming us.",
        "The hose length was fine for the grill you first picked. You changed the model.",
        "If your family are on Android they should have checked our status page before relying on the app.",
        "Booking trains before an event is confirmed is at your own risk.",
        "If you wander off, that's a risk you take.",
        "That'll be because you had the heating on full.",
        "if you'd of read the email we could of sorted it",
        "Delivery times vary, it says so on the order page.",
        "Did you feed it like the label says?",
        "That's because you left the window open overnight.",
        "It's up to parents to check the kit list before the trip.",
        "Passengers are expected to arrive thirty minutes early.",
        "Keeping the alarm code safe is the tenant's responsibility.",
        "Visitors should allow extra time at weekends.",
        "Did you actually follow the care card?",
        "you didn't read the label on the bottle",
        "You'd know that if you'd opened the email.",
        "The leak is probably your washing machine.",
        "Your drive has probably settled, that's all.",
        "If you'd rung ahead we'd have kept the table.",
        "Your builders could have cracked on with something else for a day, surely.",
        "Maybe if your lot had solved the first puzzles quicker the lock wouldn't have mattered.",
        "Read your contract, raw files are excluded.",
        "Most landlords apply well before they need to let.",
        "Most people check their phone before an 8am booking.",
        "The website's fine mate, you must have booked the wrong branch.",
        "Did you give us the right address though?",
        "You forced that lock, not us.",
        "You're probably putting it in upside down.",
        "If you'd had that chimney seen to years ago you wouldn't have a leak.",
        "That said, clause 14 says outdoor spaces depend on works; if you'd read it you'd have known.",
        "Maybe read the sign on the machine before you shove coins in it.",
        "if the signing was that important you'd have booked the delivery earlier",
        "The handheld unit worked all night; if you'd had it switched on you'd have heard her.",
        "If your group had checked the booking sheet on Monday, the clash would have been spotted.",
        "Strictly speaking the renewal failing is on your side.",
        "Keeping payment details current is the account holder's job.",
        "the template was signed off by you so not sure its all on us tbh. thursday is the earliest anyway",
        "boots were fine when u tried them on, u said they fit.",
        "Cloudy water is nearly always overfeeding. It's probably you splashing water about.",
        "I'm afraid nobody here would have said third. You may have misheard on the phone.",
        "You asked us to bin the cover, so that's your problem.",
        "With respect, bands are meant to check the PA. You didn't, so that's really on you, not us.",
        "No, they usually last a year. Did you maybe take it in the bath?",
        "the top showers were open the whole time. plenty of other families managed fine.",
        "Face ID goes on these all the time. You've probably dropped it again.",
        "If there was a shadow you could have retaken it.",
        "To be honest, you should back up something as important as a dissertation.",
        "you really should have kept the receipt, that's what it's for",
        "If you'd kept your receipt like everyone else, we wouldn't be here.",
        "Honestly, it's Saturday night, what did you expect?",
        "Fourteen months and you've only just noticed?",
        "Honestly how is that our problem? You chose to take the day off.",
        "Arriving earlier would have helped.",
        "maybe pack your suit in hand luggage next time",
        "the measurements were done with you there so you could of said something",
        "Should've checked your form before you came in.",
        "You had 18 months to use it. Expiry is the holder's responsibility.",
        "the scan is only as good as how still you stand, if you moved thats why",
        "The address on the order is what you put in mate, we just post what's in the system.",
        "The proof you signed off is what we print from.",
        "Maybe give it a good turn before you use it next time.",
        "so it's worth double-checking before you pay next time.",
        "You can always book with a bit more buffer next time.",
        "Perhaps bringing the parcel in at some point over those two days would have helped.",
        "might be worth checking your application next time",
        "We chip hundreds of dogs, maybe keep your gate shut next time.",
        "I'm sorry the portions fell short. Most guests find the walk lovely.",
        "That'll be your base. We tell everyone it needs to be dead level.",
        "the showers were open the whole time. plenty of other families managed fine.",
        "Maybe check our Facebook page next time, we did post it there.",
        "Renewals need to go in 12 weeks before expiry, which would have avoided a gap like this.",
        "We'd have finished if your ewes weren't so slow through the pens.",
        "Maybe get your mare checked before calling our stallion a dud.",
        "tbh some of this is on your side too.",
        "Ocarinas sound flat when you don't blow hard enough. Have you tried actually practising?",
        "Flytraps go black naturally in winter, most customers know that.",
        "Your deflector was probably hanging off anyway.",
        "You were probably late anyway.",
        "It'll be your thermostat going, the service can't do that.",
        "Turf needs laying the same day, it's in the leaflet.",
        "Lumps are listed, it's on the consent form.",
        "These editions are rare, as was explained when you signed up.",
        "Courtesy vans need a call from the driver to request them, it's in your handbook.",
        "As it says on your confirmation, the window is 8 to 12 and engineers can run late.",
        "It was never going to make a main-road flat silent, and that was explained at survey.",
        "Our terms ask players to check their bank statement after changing card details.",
        "The survey sheet was signed by you, so the sizing isn't really our responsibility.",
        "The maze is closed, as the sign at the entrance says.",
        "if it sat rolled up for two days thats why its yellow",
        "They came back because you kept leaving food out.",
        "It probably went in your luggage.",
        "Keys don't snap on their own. Were you forcing it?",
        "Was it near a radiator over the weekend?",
        "Marks like this usually come from touching the area too soon afterwards.",
        "Handset cables only fail when they're pulled or trapped.",
        "You booked a river in autumn, wind happens.",
        "With respect, you signed off the printed proof.",
        "The direct debit mandate may not have been set up right. It's always worth checking your bank statement.",
        "The address on your account is what the driver follows, so you may want to double-check it.",
        "The date was taken from the paperwork your family supplied, so there may have been some confusion on that side.",
        "If you'd had the certificate on you, there'd have been no fine.",
        "If the bill had been paid on time in the first place, the council wouldn't have referred it.",
        "Kits need posting in the sealed bag provided, as the instructions say.",
        "Brace height is something archers should really check themselves before leaving the shop.",
        "It'll be from how it was carried home.",
        "the size was what you were measured at so not sure what else we could of done.",
        "If you'd left a spare key with a neighbour you'd have been inside much sooner.",
        "The receipts were requested again because the first uploads weren't legible.",
        "Your sizing photos were a bit blurry tbh, so the thumbs were hard to measure.",
        "The nurse did try to call, but your phone was switched off.",
        "Maybe you gave us the wrong date when you booked?",
        "We did email you about the delay, worth checking your junk folder.",
        "Handmade instruments take time, that's what you signed up for.",
        "The chip scan works fine if you hold the passport flat. Most users don't have any problem with it.",
        "Our masks are hypoallergenic, so it won't have been us.",
        "Every bird is checked before it leaves us, so this will have come from your existing hens.",
        "For future bookings it's best to book holidays with ATOL protection.",
        "Most travellers manage.",
        "If you'd told us properly that you'd moved, this wouldn't have happened.",
        "It's the policyholder's job to make sure valuations are up to date.",
        "The limit's in your policy schedule, which you'd have had when you bought the cover.",
        "The portal works fine for nearly everyone else, so try a different browser.",
        "Motors burn out when they're overloaded, so it may be worth checking how he's been using it.",
      ],
      silent: [
        // The record read out as the answer to their question, with the help in it, is not blame.
        "Your booking shows 3pm, so I've moved it to 4pm as you asked.",
        "I'll explain the terms when I ring you at 4.",
        "Did you manage to get home all right? I'm so sorry.",
        // Stress that takes the fault, tells news, or is not stress at all.
        "We did say Friday, so I'm sorry we've let you down.",
        "The owner did say a cancellation might come in, but she won't know before 6pm.",
        "What I can do: send it back within 14 days and I'll refund you.",
        "Drive over by all means, and do tell me when you're here.",
        "Heat pumps do make some noise at first.",
        "Were you waiting long? That's not on.",
        // A general cause that is ours, or their choice told with what followed for them.
        "Delays usually happen when we're short of drivers, and I'm sorry.",
        "The right spring only comes from a supplier in Germany.",
        "You picked front row as a treat and ended up behind a crane.",
        "You booked this for your son's birthday, so a cancellation must feel like a real blow.",
        // Another firm's fault is not the customer's; feeling for them is not blaming them.
        "That's the courier's fault, not ours, they cancelled the route without telling us.",
        "We packed the wrong size and now you're the one scrambling the night before. I'm sorry.",
        "It's up to you whether you take the refund or the credit.",
        "The problem is on our side, not yours.",
        "Two hours offline is stressful, especially when your job depends on the connection.",
        "You approved the right proof and we printed the wrong venue, so that's our mistake, not yours.",
        "You signed off teal and we printed from the old navy file, so this one is entirely ours.",
        "If you had any trouble with the app, I'd have sorted it.",
        "Guests are welcome to use the pool until ten.",
        "That's our responsibility, not yours.",
        "The airline pays for what you bought, not us, sorry.",
        "Most orders arrive before Friday, and yours is already on the van.",
        "Are you sure you're all right? I'll get the manager now.",
        "You'd be very welcome if you ever come back.",
        "You've probably been waiting ages, I'm sorry.",
        "You could have been hurt, and I'm so sorry.",
        "We told you Saturday, so this one is on us.",
        "You shouldn't have had to chase us.",
        "You did everything right.",
        "You chose well, that's our quietest room.",
        "Keep the receipt safe in case you need it.",
        "You booked a sea view and you should have it.",
        "Send it before you post the others and I'll check it.",
        "Tell me what you need and I'll put it in the system.",
        "Next time you're in, the shoe hire is on us.",
        "next time you book I'll hold the window table for you.",
        "it was a dodgy valve, engineers sorting it monday so it'll be perfect next time u come in.",
        "A call from us the day before would have helped, and I'm sorry it didn't come.",
        "A text from us would have avoided all this, and I'm sorry.",
        "A call from us might have saved you the trip, and I'm sorry.",
        "If your order was placed before noon, it goes out today.",
        "We packed what we got from the supplier, and I'm sorry it wasn't checked.",
        "Maybe next time we can save you a seat at the front.",
        "Most of our guests are regulars, so we know how much a good night matters.",
        "Next time you come, give the door your name and I'll make sure you go straight back in.",
        // A guess about where their things are, or how they felt, is not blame; nor is "your size".
        "Your parcel is probably in the depot; I'll check now.",
        "You were probably waiting ages, and I'm sorry.",
        "Good news, we've got one coming back on Wednesday and it'll be your size.",
        // Advice for what comes next, and our own side's mistake.
        "Other councils don't have to accept it, so it's worth checking before you park there.",
        "Half a tonne to shift by hand after we sent the wrong colour in the first place.",
        "There was a mix-up on our side, and I'm sorry.",
        // Our own slip in the condition, or their wish: owned, or an option.
        "If I'd rung you earlier you could have planned around it.",
        "If we had checked the form properly this wouldn't have happened.",
        "If you'd like, we could have it ready by Friday.",
        "Had you been told about the delay, you could have planned around it, and that's on us.",
        "I'm not the right person to say whether you should keep wearing it; Priya will look tomorrow.",
        "A customer ringing to ask if you'd shut down, that's a horrible way to find out.",
        "If you'd like, I can check how the claim is going and ring you at 4.",
        "You sent the 2022 valuation exactly as you should have, and we failed to file it.",
        "You did the sensible thing by ringing before you booked.",
        "Our email wasn't clear about the date, and that's on us.",
        "If yours has not arrived, please check your spam folder.",
        "The new date works fine if you can make it, and I'm sorry for the change.",
        "Most customers have a problem like this fixed within a day, and I'll make sure yours is.",
        "The photos you sent were really clear, thank you.",
        "We gave you the wrong date, and I'm sorry.",
      ],
    },
  },
  BLAME_CUSTOMER,
  {
    // "you booked a sea view and you should have it" is on their side, not blame.
    where: (from, to, doc) => {
      // "I'm not the right person to say whether you should keep wearing it": a question left
      // open, not advice given.
      if (doc?.words[from - 1]?.norm === "whether") return false;
      const last = doc?.words[to]?.norm ?? "";
      // Advice for next time and "… would have helped" blame only when the sentence is about what
      // they did: "next time you book, I'll hold the table" and "a call from us would have helped" are not.
      // So does "it'll be your drain" (not "we've one back on Wednesday and it'll be your size").
      const yours = last === "your" && doc?.words[to - 1]?.norm === "be";
      if (doc && (/^(?:helped|avoided|prevented|shown|saved|flagged|caught|alerted)$/.test(last) || yours)) {
        const sentence = doc.words[to]?.sentence;
        return !firstPersonIn(doc, sentence);
      }
      if (doc && mentionsNextTime(doc, from, to)) {
        // "it'll be perfect next time you come in": the next visit promised, not advice.
        if (
          /^(?:you|u)$/.test(doc.words[to]?.norm ?? "") &&
          /^(?:come|visit|book|pop|drop|stay|order|call|ring|eat|dine)$/.test(doc.words[to + 1]?.norm ?? "")
        )
          return false;
        return !offersInSentence(doc, doc.words[to]?.sentence);
      }
      // "they should have checked our status page" blames only when said of their side: "your family
      // are on Android, they should have…", not "our painter… they should have rung you first".
      if (
        doc &&
        /^(they|staff)$/.test(doc.words[from]?.norm ?? "") &&
        doc.words[from + 1]?.norm === "should"
      ) {
        const sentence = doc.words[from]?.sentence;
        if (!doc.words.some((w) => w.sentence === sentence && /^(your|yours|ur)$/.test(w.norm))) return false;
      }
      // "If I'd rung you earlier you could have planned around it": our own slip, owned.
      if (doc) {
        const sentence = doc.words[from]?.sentence;
        const ws = doc.words.filter((w) => w.sentence === sentence);
        if (ws.some((w, k) => /^(if|had)$/.test(w.norm) && /^(i|we)$/.test(ws[k + 1]?.norm ?? "")))
          return false;
      }
      // "You approved the right proof and we printed the wrong venue, so that's our mistake, not
      // yours": the sentence puts the fault on us.
      if (doc && ownsFaultInSentence(doc, doc.words[from]?.sentence)) return false;
      // "If yours has not arrived, please check your spam folder": help for a case, not a charge.
      if (
        doc &&
        /^(junk|spam)$/.test(last) &&
        doc.words.some((w, k) => k < from && w.sentence === doc.words[from]?.sentence && w.norm === "if")
      )
        return false;
      // "You sent the valuation exactly as you should have", "You did the sensible thing by ringing
      // before you booked": what they did, praised.
      if (doc && praisesInSentence(doc, doc.words[from]?.sentence)) return false;
      const next = doc?.words[to + 1]?.norm ?? "";
      // "if you had ..." blames only with a past participle ("if you had read it", not "if you had any questions").
      // "If you'd left a spare key with a neighbour": irregular participles too. "Ringing to ask if
      // you'd shut down" asks whether; it blames nothing.
      if (last === "had" && doc?.words[to - 1]?.norm === "have") return true;
      if (last === "had")
        return (
          (PARTICIPLE.test(next) || IRREGULAR_PARTICIPLE.test(next)) &&
          !(doc?.words[from]?.norm === "if" && WHETHER_IF.test(doc.words[from - 1]?.norm ?? ""))
        );
      // "if you'd had it switched on you'd have heard her": what they did not do, and what would
      // have followed; the same test on the word after "had".
      if (doc?.words[from]?.norm === "if" && doc.words[from + 2]?.norm === "had" && last === "have")
        return /^had$|(?:ed|en|ne|wn|ught|ept|ead|ade|ook|ung|one)$|^(?:left|sent|paid|told|put|let|got|set|said|held|found|kept)$/.test(
          doc.words[from + 3]?.norm ?? "",
        );
      // "you've probably dropped it", "you probably forgot": a guess that it was their doing, not
      // "you've probably been waiting ages" or "you probably want to know".
      // "your deflector was probably hanging off", "you were probably late": their side's state
      // guessed as the cause, not "your parcel is probably in the depot" or "you were probably waiting".
      if (last === "probably" && (doc?.words[from]?.norm === "your" || doc?.words[to - 1]?.norm === "were"))
        return !/^(been|going|still|just|wondering|waiting|right|keen|hoping|expecting|looking|in|on|at|with|fine|ok|okay|safe|due|through|back|ready|sitting|delayed|held|the|a|an|not|busy|tired|worried|upset|annoyed|frustrated)$/.test(
          next,
        );
      if (last === "probably")
        return (
          /(?:ed|dropped|broke|broken|lost|left|forgot|forgotten|put|spilt|spilled|sat|knocked)$/.test(
            next,
          ) &&
          !/^(been|had|felt|noticed|heard|seen|wondered|waited|tried|needed|wanted|expected|guessed|hoped|realised|realized)$/.test(
            next,
          )
        );
      // "you could have retaken it", not "you could have been hurt" or "you could have lost everything".
      if ((last === "have" || last === "of") && doc?.words[to - 1]?.norm === "could")
        return (
          /(?:ed|en|ne|wn|ught|ept|ead|ade|ook|ung|one|aid)$/.test(next) &&
          !/^(been|lost|died|hurt|happened)$/.test(next)
        );
      if (!/^(have|of)$/.test(last)) return true;
      return !/^(it|had|got|been|received|heard|a|an|the|your|them|this|that|one|seen|everything|something|what)$/.test(
        next,
      );
    },
  },
);

/** The sentence says they did right: "exactly as you should have", "you did the sensible thing". */
function praisesInSentence(doc: Doc, sentence: number | undefined): boolean {
  const text = ` ${doc.words
    .filter((w) => w.sentence === sentence)
    .map((w) => w.norm)
    .join(" ")} `;
  return / (?:exactly|just|precisely) (?:as|what) you (?:should|were meant|were supposed|needed)| you did the (?:sensible|right|correct|responsible) thing| you did everything right| you were right to /.test(
    text,
  );
}

/**
 * The sentence owns the fault ("that's our mistake", "on us", "this one is entirely ours", "not
 * yours"), with no negation in the three words before it ("not really on us", "hardly our fault",
 * "not sure it's all on us").
 */
function ownsFaultInSentence(doc: Doc, sentence: number | undefined): boolean {
  const words = doc.words.filter((w) => w.sentence === sentence).map((w) => w.norm);
  const text = ` ${words.join(" ")} `;
  for (const m of text.matchAll(
    / (?:our|my) (?:own )?(?:mistake|fault|error|slip|bad|responsibility) | on us | not yours | on our side | (?:is|s|was) (?:all |entirely |completely |totally |fully |wholly )?(?:ours|mine) | down to us /g,
  )) {
    const before = text.slice(0, m.index).trim().split(" ").slice(-3);
    if (m[0] === " not yours " || !before.some((w) => /^(not|hardly|never|no|sure|barely|scarcely)$/.test(w)))
      return true;
  }
  return false;
}

export const detector: Detector = {
  ...blames,
  needs: SOFTENERS,
  // "Did you check the packing list?", "Were you forcing it?": the fault put on them as a question;
  // "Marks like this usually come from touching the area": as a rule; "You booked a river in
  // autumn": as their choice.
  detect: (doc, context) =>
    addSpans(blames.detect(doc, context), [
      ...suspectingQuestions(doc),
      ...usualCauseSentences(doc),
      ...yourChoiceSentences(doc),
      ...insistingSentences(doc),
      ...counterfactualSentences(doc),
    ]),
};
