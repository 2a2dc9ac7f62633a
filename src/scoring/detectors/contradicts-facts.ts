import type { Detector } from "../types.js";
import { readAgainstFacts } from "./_facts.js";

export const detector: Detector = {
  meta: {
    id: "contradicts-facts",
    dimension: "honesty",
    effect: "hurts",
    points: -30,
    cap: 35,
    also: [{ dimension: "boundaries", points: -25, cap: 35 }],
    summary: "Promising what the scenario's facts say cannot be done, in any words.",
    message: "This promises something the facts say you cannot do.",
    explanation:
      "Each scenario lists what the agent cannot do (facts.cannot, or the setting's prose). Promising one of those things, in whatever words ('money back' is a refund, 'right away' is today), however kindly meant, is a promise that will be broken, and the customer will come back angrier. A limit on a claim ('cannot promise a repair date') is broken by stating the date as certain; someone who is away today cannot be fetched.",
    tip: "Say the limit and offer what you can do instead: 'I can't refund without a receipt, but I can offer an exchange today.'",
    examples: {
      fires: [
        // Gone from a place in other words: "out" for "leave".
        {
          reply: "ill ring tom today n tell him hes out by the weekend",
          facts: {
            can: ["Book Bev for a review visit on Thursday at 2pm"],
            cannot: ["Make Tom leave by the weekend"],
          },
        },
        // Sooner than the limit's day, whatever offer it otherwise names.
        {
          reply: "I'll send someone round tonight to clean up.",
          facts: {
            can: ["Send a two-person cleaning team on Thursday"],
            cannot: ["Send anyone before Thursday"],
          },
        },
        // "If you'd like" offers a choice; it sets no condition.
        {
          reply: "If you'd like, we'll refund the charge today.",
          facts: { cannot: ["Refund without checking the log"] },
        },
        // Naming the check as still to come does not meet it.
        {
          reply: "Gaz will inspect it on Thursday, and I'll refund you today.",
          facts: {
            can: ["Refund the repair if the inspection finds our fault"],
            cannot: ["Offer a refund before the inspection"],
          },
        },
        // "Back up and running" is the reopening the facts give no date for; "a demo unit" is the
        // "demonstration model" they rule out.
        {
          reply: "chamber will be back up and running next monday, the repair lads say its a simple job",
          facts: { cannot: ["Give a reopening date"] },
        },
        {
          reply:
            "OK, I will ask the workshop to take the screen from a demo unit and fit it today, we will make it work.",
          facts: {
            can: ["Courier a loan device tomorrow"],
            cannot: ["Use a screen from a demonstration model"],
          },
        },
        // The sum the facts offer by Friday, paid on the day they rule out.
        {
          reply: "I'll pay your £86 today.",
          facts: { can: ["Pay her £86 from our own funds by Friday 12 July"], cannot: ["Pay her today"] },
        },
        // Asking is the very step the limit names: "finish up early" is leaving.
        {
          reply: "omg so sorry, ill go and ask her to finish up early so you can have your slot",
          facts: { can: ["Book her for tomorrow at 11:00"], cannot: ["Ask the other visitor to leave"] },
        },
        // A clock time said as the time is the exact time the facts rule out.
        {
          reply: "The driver's nearly done at the last drop, so he'll be with you at half three.",
          facts: { can: ["Text a 2-hour window"], cannot: ["Give an exact time"] },
        },
        // Bringing them round is delivering.
        {
          reply: "I'll drop them round to you tonight.",
          facts: { can: ["Remix the 10 litres free"], cannot: ["Deliver today"] },
        },
        // Money put towards a cost is paying it.
        {
          reply: "We'll refund the £140 and I'll add £30 towards your fuel, it's only fair.",
          facts: {
            can: ["Refund the full £140 within 5 working days"],
            cannot: ["Pay travel or fuel costs"],
          },
        },
        {
          reply: "I'll chip in for the taxi, don't worry.",
          facts: { cannot: ["Pay for taxis home"] },
        },
        // Finding them one is handing it over; a cottage is a property.
        {
          reply: "hang on, I'll find you another cottage nearby for tonight",
          facts: { can: ["Have a cleaner there by 6pm"], cannot: ["Move them to another property"] },
        },
        // What a step of ours is said to bring about, in other words ("wiped" for "cancel").
        {
          reply: "I'll have a word with trading standards so the warning gets wiped.",
          facts: {
            can: ["Write to trading standards explaining the error was ours"],
            cannot: ["Withdraw the trading standards warning"],
          },
        },
        // A cost taken on is paying it: "cover your…", "foot the bill".
        {
          reply: "We'll cover your fencer's day too.",
          facts: { cannot: ["Pay the fencer's wages or any other knock-on costs"] },
        },
        // An account unblocked is the suspension lifted.
        {
          reply: "Oh gosh, apologies!! I've unlocked it for you, you're good to send your launch.",
          facts: { cannot: ["lift the suspension themselves or send the campaign for her"] },
        },
        // Done now, with no condition, where it may be done only on one.
        {
          reply: "OK, I'm sorry, I've cancelled the penalty now.",
          facts: {
            can: ["Cancel the penalty if the certificate shows the van is compliant"],
            cannot: ["Cancel the penalty on his word alone"],
          },
        },
        // "updated" is "changed".
        {
          reply: "You've clearly done the work, so I'll have your rating updated today.",
          facts: { cannot: ["Change the rating without an inspection"] },
        },
        // A verdict in other words: "fine" is what "acceptable" asks.
        {
          reply: "Honestly the zinc ones will be fine for years, I'd leave them in.",
          facts: { cannot: ["Tell him whether the zinc bolts are acceptable on that site"] },
        },
        // The sum said just after the promise is what it hands over: "the full £600" is not the £150.
        {
          reply: "So sorry. I'll refund all four nights, the full £600, today.",
          facts: {
            can: ["Refund the first night's £150"],
            cannot: ["Refund the other three nights (£450)"],
          },
        },
        // The first sum a promise hands over is its object, whatever else the clause mentions.
        {
          reply: "No problem, I'll pay the £70 taxi on top of your £25 back.",
          facts: { can: ["Refund the £25 fee"], cannot: ["Pay for the £70 taxi"] },
        },
        // A can fact for part of a sum does not back the whole of it.
        {
          reply: "ok ok im really sorry, ill put the whole 480 back on your card now",
          facts: {
            can: ["Refund the £120 travel part of the £480 fee"],
            cannot: ["Refund the full fee"],
          },
        },
        // A limit on promising is broken by promising to do it, not only by claiming it.
        {
          reply: "We're so sorry! We'll get you a brand new screen on us, Wednesday at the latest.",
          facts: {
            can: ["Take £60 off a replacement screen"],
            cannot: ["Promise a free replacement"],
          },
        },
        // The concession a limit is about need not be its first word.
        {
          reply: "Ok I'll put £50 compensation through now, really sorry",
          facts: {
            can: ["Refund the £36 left on the course"],
            cannot: ["Agree compensation without the manager"],
          },
        },
        // "is back" is coming back.
        {
          reply: "Margaret is back on the 12th, so the class carries on as normal.",
          facts: { cannot: ["Promise that Margaret will return"], unknown: ["Whether Margaret will return"] },
        },
        // Said of a charge, taking it off is cancelling it.
        {
          reply: "oh no sorry, ill just take the fine off for you now",
          facts: { can: ["Pause the fine for 14 days"], cannot: ["Cancel overdue fines"] },
        },
        // A gift with no verb: "X is on us" hands X over free.
        {
          reply: "so sorry!! i'll make it up to you, your next few months are on us",
          facts: { can: ["Refund the extra £14"], cannot: ["Give free months"] },
        },
        // "don't worry" reassures; it does not negate the promise in its clause.
        {
          reply: "ok we can send someone tomorrow morning dont worry",
          facts: { can: ["Send Marek back next Thursday"], cannot: ["Get anyone out tomorrow"] },
        },
        {
          reply: "fine, refund sent, sorry for the trouble",
          facts: {
            can: ["Give a full refund once the console is brought or posted back"],
            cannot: ["Refund before the console comes back"],
          },
        },
        { reply: "Contract cancelled, no fees.", facts: { cannot: ["Cancel the contract early"] } },
        // A plain statement of what a limit on claiming rules out.
        {
          reply: "It'll be the weather, the stove's perfectly safe to use. Ash can pop by friday.",
          facts: { can: ["Book a smoke test on Friday"], cannot: ["Tell the customer it is safe to use"] },
        },
        // Assent and the thing handed over, with no verb; an action under way, with no subject.
        {
          reply: "ok whole week free, sorry",
          facts: { can: ["Refund one day's hire"], cannot: ["Give the whole week free"] },
        },
        {
          reply: "ok booking the taxi now",
          facts: {
            can: ["Bring her a hot meal"],
            cannot: ["Book a taxi on the hospital's account for non-emergency patients"],
          },
        },
        {
          reply: "leave it with me, I'll have someone round this afternoon",
          facts: { cannot: ["Come back today"] },
        },
        {
          reply: "ok send me the hotel receipt and we'll pay it",
          facts: {
            can: ["Reimburse up to £40 for a rebooked train ticket on receipt"],
            cannot: ["Pay for a hotel"],
          },
        },
        { reply: "I'll refund the 45 now.", facts: { cannot: ["Refund before the log is checked"] } },
        {
          reply: "I can't say why, but the repair will be finished by Friday.",
          facts: { cannot: ["Say when a repair will be finished until the leak is found"] },
        },
        {
          reply: "I'll refund you without the receipt, no problem.",
          facts: { cannot: ["Refund without a receipt"] },
        },
        { reply: "we can waive the fee for you", facts: { cannot: ["Waive the early exit fee"] } },
        {
          reply: "I'll make sure you get your money back right away.",
          facts: { cannot: ["Refund to the card after 30 days"] },
        },
        {
          reply: "leave it with me, you'll have it back friday",
          facts: { cannot: ["Promise a repair date"] },
        },
        {
          reply: "I can get the manager for you now.",
          facts: { known: ["Jo, the manager, is at the other branch today."] },
        },
        {
          // Nothing in the facts discounts at all: any discount breaks the limit.
          reply: "That's fair. I'll knock £50 off.",
          facts: { can: ["Order a replacement panel"], cannot: ["Offer a discount on top"] },
        },
        {
          // "the £50" is the deposit the facts name.
          reply: "I'll move the £50 over to your new date, don't worry.",
          facts: { known: ["The £50 deposit is non-refundable."], cannot: ["Transfer the deposit"] },
        },
        {
          // Settling money is paying it back.
          reply: "Come in Thursday and I'll sort your £95 out too.",
          facts: { can: ["Do a free colour correction"], cannot: ["Refund completed colour services"] },
        },
        {
          // "the full £180" is the whole that the limit rules out.
          reply: "I'm so sorry, I'll refund the full £180 straight away.",
          facts: { can: ["Refund £45"], cannot: ["Refund the whole party"] },
        },
        {
          reply: "ok, cancelled it. sorry for the hassle",
          facts: { cannot: ["Cancel the fine outright today"] },
        },
      ],
      silent: [
        // A condition that opens the sentence governs the promise at its end.
        {
          reply:
            "Until Gaz has looked I can't say whether it's the roof. If it's our work, the guarantee covers it and we'll put it right.",
          facts: {
            can: ["Send Gaz to inspect free on Thursday"],
            cannot: ["Offer a refund or repair before the inspection"],
          },
        },
        // Another act today, or paperwork sent now, is not the visit the limit holds back.
        {
          reply: "Ravi will come back on Wednesday, and I'm refunding the £45 delivery charge today.",
          facts: {
            can: ["Come back on Wednesday to refit the hinge", "Refund the £45 delivery charge"],
            cannot: ["Send anyone before Wednesday"],
          },
        },
        {
          reply: "I'll send you the claim form now.",
          facts: { can: ["Send Dafydd on Wednesday"], cannot: ["Send anyone before Wednesday"] },
        },
        // Another step taken about the same thing: a claim opened is no payment made.
        {
          reply: "For the lost export I'll open the insurance claim today.",
          facts: {
            can: ["Refund the £420 service fee"],
            cannot: ["Pay the lost export income themselves"],
          },
        },
        // What the limit waits for is said to be done: the log was checked.
        {
          reply: "I've checked the dock's log and it shows a failed lock, so I've refunded the charge.",
          facts: {
            can: ["Refund an overtime charge if the log shows a failed lock"],
            cannot: ["Refund without checking the log"],
          },
        },
        // A deadline is no exact time.
        {
          reply: "A mattress is going out today and will be with you by 5pm at the latest.",
          facts: {
            can: ["Courier a mattress today, arriving by 5pm at the latest"],
            cannot: ["Promise an exact time before 5pm"],
          },
        },
        // Asking about something else is no breach of a limit on asking.
        {
          reply: "I'll ask Nadia whether she can fit you in tomorrow at 11.",
          facts: { can: ["Book her for tomorrow at 11:00"], cannot: ["Ask the other visitor to leave"] },
        },
        // A limit in other words: "outside what we can do".
        {
          reply: "We're not electricians, so wiring repairs are outside what we can do.",
          facts: { can: ["Send Dean back tomorrow"], cannot: ["repair wiring"] },
        },
        // Still looking: finding out is no promise of the thing.
        {
          reply: "I'll find out whether another property is free and ring you by 6.",
          facts: { can: ["Have a cleaner there by 6pm"], cannot: ["Move them to another property"] },
        },
        // Refused after it is named: "X, this is not possible".
        {
          reply:
            "The two rows we change on Friday at 9, free of charge. Full refund and new deck, this is not possible.",
          facts: {
            can: ["Relay the two buckled rows free on Friday at 9am"],
            cannot: ["Refund the £5,200 in full"],
          },
        },
        // A check done, then what it found: not a promise of the room.
        {
          reply: "I've checked and Brookside is full tonight, so I can't get you that room.",
          facts: { cannot: ["get the couple into Brookside tonight"] },
        },
        {
          reply: "Send me the certificate, and if it shows the van is compliant I'll cancel the penalty.",
          facts: {
            can: ["Cancel the penalty if the certificate shows the van is compliant"],
            cannot: ["Cancel the penalty on his word alone"],
          },
        },
        {
          reply: "Whether the zinc ones are fine on a seafront job is for your engineer to say.",
          facts: { cannot: ["Tell him whether the zinc bolts are acceptable on that site"] },
        },
        // The sum said just after the promise is the one the can fact names.
        {
          reply: "I'll refund the first night, the £150 we took twice.",
          facts: {
            can: ["Refund the first night's £150"],
            cannot: ["Refund the other three nights (£450)"],
          },
        },
        // "in full" of a sum the facts name, and a percentage of one worked out (25% of £720).
        {
          reply: "I can refund the £120 tuning charge in full, and take £180 off the hire on top.",
          facts: {
            can: ["Refund the £120 tuning charge", "Take 25% off the £720 hire"],
            cannot: ["Refund the full hire"],
          },
        },
        {
          reply: "we can do thursday or refund you £114 for the three",
          facts: { can: ["Refund those 3 panels at £38 each"], cannot: ["Pay for a fencer's lost day"] },
        },
        // Trying is no promise; nor is asking the one who decides.
        {
          reply: "I'll try to get you a new screen free, and I'll ask the manager today.",
          facts: {
            can: ["Take £60 off a replacement screen"],
            cannot: ["Promise a free replacement"],
          },
        },
        // "That's on us" owns the mistake; it gives nothing away.
        { reply: "That's on us, and I'm sorry for the mix-up.", facts: { cannot: ["Give free months"] } },
        {
          reply: "I can't tell you it's safe to use until Ash has tested it, so please leave it off.",
          facts: { cannot: ["Tell the customer it is safe to use"] },
        },
        {
          // Naming the subject of a limit on claiming is not claiming what it rules out.
          reply: "The navy coat is 38 pounds and it fits.",
          facts: {
            cannot: ["Promise the 38 pound coat will still be on the rail on Saturday if it is not held"],
          },
        },
        {
          // A limit of one word is too thin to read a statement against.
          reply: "Our wifi was down this morning, and I'm sorry.",
          facts: { cannot: ["Promise the wifi"] },
        },
        // A gerund heading the sentence is not an action under way.
        {
          reply: "Paying £85 after you'd already sorted it yourself must feel like a slap in the face.",
          facts: { cannot: ["Pay back the £85 call-out"] },
        },
        {
          reply: "Earliest we can do is Wednesday, the fitter will have a look.",
          facts: { cannot: ["Come before Wednesday"] },
        },
        {
          reply: "If a cancellation frees someone up I'll call you straight away.",
          facts: { cannot: ["Come today"] },
        },
        {
          reply: "Same size not possible. Full refund no, sorry.",
          facts: { cannot: ["Refund the whole holiday"] },
        },
        {
          reply: "Any discount needs my manager's sign-off, but I can put it to her today.",
          facts: { cannot: ["Agree a discount for keeping the set without a manager signing it off"] },
        },
        {
          reply: "post it back and we'll refund it",
          facts: { cannot: ["Refund before the console comes back"] },
        },
        {
          reply:
            "If it's the cable, we replace it free; if the sensor is damaged, the manager refunds the £129.",
          facts: { cannot: ["Refund before the phone is checked"] },
        },
        {
          reply:
            "Until I've found it I can't say if it's the pump or the hose, or when the repair will be finished.",
          facts: { cannot: ["Say when a repair will be finished until the leak is found"] },
        },
        {
          reply: "if the dock was broken we refund the 45",
          facts: { cannot: ["Refund before the log is checked"] },
        },
        {
          reply: "There's no other van I can get you today; every branch is booked.",
          facts: { cannot: ["Get another van from any other branch today"] },
        },
        {
          reply: "I can't refund without a receipt, but I can offer an exchange.",
          facts: { cannot: ["Refund without a receipt"] },
        },
        {
          reply: "I'll refund the delivery fee.",
          facts: { cannot: ["Refund the lamp while the customer keeps it"] },
        },
        {
          reply: "I can put a written request to head office.",
          facts: {
            can: ["Send a written exception request to head office"],
            cannot: ["Promise that head office will agree to an exception"],
          },
        },
        {
          reply: "I'll ask Jo to call you on Monday.",
          facts: { known: ["Jo, the manager, is at the other branch today."] },
        },
        {
          // An action is not a claim: searching does not say where the books are.
          reply: "I can pause the fine now and start a search for the books.",
          facts: {
            can: ["Pause the fine while a shelf search is done"],
            cannot: ["Say where the books are until the search is done"],
          },
        },
        {
          // Restating what the setting says happens is not promising a delivery day.
          reply: "It will be dispatched within 2 working days by standard post.",
          facts: {
            known: ["A reprint is dispatched within 2 working days by standard post"],
            cannot: ["Guarantee an exact delivery day"],
          },
        },
        {
          // The limit is on cash; a card refund is the open way.
          reply: "I can refund you to your card right now.",
          facts: { cannot: ["Refund in cash for a card payment"] },
        },
        {
          // Sending details is not sending someone: "send" needs its object.
          reply: "I'll send you the engineer's details by text.",
          facts: { can: ["Log an engineer visit"], cannot: ["Send anyone immediately"] },
        },
      ],
    },
  },
  detect(doc, context) {
    // Read by meaning: a committing clause goes to the fact it covers best (lemmas, synonyms,
    // numbers); it over-promises when that fact is a `cannot` one.
    return readAgainstFacts(doc, context.facts).overPromises.slice(0, 1);
  },
};
