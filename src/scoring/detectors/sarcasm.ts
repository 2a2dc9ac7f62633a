import { SARCASM, SARCASTIC_LEADS, SARCASTIC_OPENERS } from "../lexicons/calm.js";
import { hits, sentenceInitial } from "../phrases.js";
import { sentenceWords } from "../text.js";
import type { Detector } from "../types.js";

/**
 * "Sorry the weather didn't check with your hotel first": sorry that a thing or a third party
 * failed them, said of their wishes, in one short sentence that goes no further. Not a failure to
 * reach them or turn up ("didn't call you", "didn't arrive for you"), which is a real apology.
 */
const MOCK_APOLOGY =
  /^(?:i['’]?m |i am )?(?:so |very |really |terribly )?sorry (?:that )?(?:the|our|my) [a-z'’ -]{1,30}? ?(?:didn['’]?t|did not|wasn['’]?t|was not|weren['’]?t|were not|isn['’]?t|is not|aren['’]?t|are not|is|are) (?!(?:call|ring|phone|text|email|tell|contact|arrive|come|turn|show|deliver|reply|get)\b)[^.!?,;:]*\byour?\b(?: [a-z'’]+){0,2}\s*[.!]*$/i;

/** A retort's opening ("yes", "yeah", "what a"), a comma, then thanks as its last word. */
const MOCK_THANKS = /^(?:yes|yeah|yep|what an?)\b[^.!?]*,\s*(?:thanks|thank you|cheers)\s*[.!]*\s*$/i;

/** "would you rather …, or …?": a choice between two things we can do, not a jab. */
function offersChoice(doc: Parameters<Detector["detect"]>[0], hit: { start: number; end: number }): boolean {
  if (!/^would you rather\b/i.test(doc.text.slice(hit.start, hit.end))) return false;
  const sentence = doc.sentences.find((s) => s.start <= hit.start && hit.end <= s.end);
  return sentence !== undefined && /,\s*or\b/i.test(doc.text.slice(hit.end, sentence.end));
}

export const detector: Detector = {
  meta: {
    id: "sarcasm",
    dimension: "calm",
    effect: "hurts",
    points: -35,
    cap: 35,
    also: [
      { dimension: "empathy", points: -20, cap: 30 },
      // LABELS.md reads sarcasm that still holds the limit as boundaries 1 ("bluntly") as often as
      // 0 ("turns aggressive"): 99 labelled 1s had been held at "needs work" by a cap of 35.
      { dimension: "boundaries", points: -25, cap: 65 },
    ],
    summary: "Mock praise, mock sympathy or mock offers ('Wow, lovely', 'Bold ask').",
    message: "This reads as sarcasm; the customer will hear contempt.",
    explanation:
      "Sarcasm says the opposite of what it means, and an angry customer always hears the hidden meaning. It turns a complaint about a product into a fight about respect, and no later apology undoes it.",
    tip: "Say the plain version: instead of mock praise, name the problem and what you will do about it.",
    examples: {
      fires: [
        // Mock admiration and mock trust.
        "Wonderful, a Facebook campaign, how very grown-up.",
        "As per your warranty, which I'm sure you read carefully before signing, outside plumbers aren't covered.",
        "If I had a crystal ball I'd tell you! Supplier's out of stock.",
        "Of course, let me just nip back in time and stop it breaking.",
        "I'll be sure to pass your compliments on to Callum, who'll be thrilled to pop round.",
        "Thanks for the feedback, we'll be sure to ask the quarry to check your diary next time.",
        "Well, we'll be heartbroken to lose you.",
        "Sorry the coat isn't up to your greyhound's exacting standards.",
        "Would you rather we'd let you ride off on it?",
        "Bold move turning up to a drag strip without a helmet.",
        "Six other bouts and you call that a con? Tough crowd.",
        "Want to take it to the papers? Knock yourself out.",
        "Yes, we do know what a cool box is, thanks.",
        "What a charming message, thank you.",
        "Sorry the mountain didn't check your itinerary.",
        "Sorry our staff aren't as clever as you.",
        "What we do all day, since you ask, is look after 1,900 shareholders.",
        "Congratulations on spotting it before your examiners did.",
        "Of course, sir, let me just empty the till for you.",
        "Goodness, three whole days. The papers arrive when the round reaches you.",
        "Thanks for the reminder that it was our mistake, I'd nearly forgotten.",
        "I'm so sorry the rowing club didn't reschedule their regatta around your punt.",
        "The roast was still served, which most people would call being catered.",
        "Well, I'm terribly sorry our hedger had the bad manners to get injured on you.",
        "So sorry our teacher had the nerve to get ill.",
        "Sorry our resurfacing schedule doesn't revolve around you. Feel free to cancel.",
        "Sorry the whales didn't perform for you, we'll have a word with them.",
        "Well since you asked so nicely, the answer on the full refund is no.",
        "Sorry our instructor's torn ligament was so inconvenient for you.",
        "Oil paintings take time to dry, which I'd have thought was obvious.",
        "it's paella, not brain surgery. Anyway, 70cm or £45 back, your call.",
        {
          reply: "Thanks so much for your kind words. Refund or credit, let us know.",
          customer: "You clueless idiots.",
          abusive: true,
        },
        "Great to hear from you too. The engineer's booked.",
        "Yes, because we love burning out motors just to annoy people. It's £89 or take it home.",
        "Oh I'm terribly sorry the volunteers running your cinema didn't meet your standards.",
        "Would you rather we'd let them carry on onto a broken platform?",
        "Funny how it's always the courier's fault, isn't it.",
        "The storm wasn't exactly our choice either.",
        "Of course, and should we send a limo for you as well?",
        "Oh wonderful, a third email about the same tap.",
        "A cancelled delivery, just what we need on a Friday.",
        "Sorry the storm didn't ask your permission first.",
        "I'm sure your guests will survive one night without a hot tub.",
        "I'm sure the yoga group will be thrilled to hear they're being evicted.",
        "Thanks for the lovely feedback on our driver, I'll pass it on.",
        "Rude, right. Well, do carry on.",
        "I can assure you poisoning customers isn't part of our business model.",
        "Yes, that's exactly what I'm telling you, glad we're on the same page.",
        "Happy to refund you, though I'm sure you'll still tell everyone we're a scam.",
        "Sure, I'll just go and tell a room full of five-year-olds their party's cancelled, shall I?",
        "We do apologise that your neighbour's climbing skills beat our engineer.",
        "I'm sure your solicitor will be fascinated by a boiler part.",
        "Lovely way to talk about the people who clean up after you.",
        "Not paying another penny? Sure, and I'll have the worktop flown in by helicopter.",
        "Congratulations on finding the website.",
        "Wow, an hour and a half, you must be very patient.",
        "Great, another review threat.",
        "Bold ask. Their treadmills break too, you know.",
        "I'm flattered you think I'm a teenager.",
        "Sure, and shall I wrap it for you too?",
        "Unfortunately our drivers can't teleport.",
        "Oh dear, crying over swimming lessons, what a tragedy.",
      ],
      silent: [
        "How very kind of you to let us know so quickly.",
        // The template's apology is scripted, not mocking ("We do apologise that your neighbour's
        // climbing skills beat our engineer" is).
        "We apologise that your order was dispatched to an incorrect address.",
        "Would you rather I hold the remake until I know, or go ahead in another colour so it reaches you sooner?",
        "Yes, I can do that for you today, and thanks for waiting.",
        "Thanks, that helps.",
        "Ana is checking on Monday whether the gold leaf will survive another repaint.",
        "Sorry our driver didn't call you.",
        "Most people would be furious after a wait like that, and I'm sorry.",
        "I'm sorry the colour is wrong, we can redo it in olive for free.",
        "I am very sorry the shark tunnel is closed, this is not nice for you.",
        "I'm sorry the screen is playing up a day after you paid for it.",
        "Send me a photo of the label, thanks, and I'll check it.",
        "The oak is very mature, so we prune it in autumn.",
        "Because we love having you here, the next coffee is on us.",
        "Of course, and I'll send the replacement part today.",
        "Oh no, I'm so sorry, that's the last thing you needed.",
        "Congratulations on the wedding! I'm so sorry the cake was late.",
        "Let me just check that for you.",
        "We should have asked before moving your car, and we didn't.",
        "I'm sure your dad will be absolutely fine.",
        "The boiler will be back on tomorrow morning for sure, and I can give you £40 back.",
        "Congratulations first of all! Leave the cake with me.",
        "I'm glad he's okay now.",
        "Great news: the part arrived this morning.",
        "That's a lovely idea, let's do it.",
      ],
    },
  },
  detect(doc) {
    // "poisoning customers isn't part of our business model": the mockery carries its own negation.
    // "Would you rather I hold the remake, or go ahead in another colour?" offers a real choice.
    const found = hits(doc, SARCASM, { negatable: false }).filter((h) => !offersChoice(doc, h));
    // Mock praise at the start of a sentence, followed by punctuation: "Wow, ...", "Lovely."
    for (const h of hits(doc, SARCASTIC_OPENERS, {
      negatable: false,
      where: (from) => sentenceInitial(doc, from),
    })) {
      const after = doc.text.slice(h.end, h.end + 2);
      if (/^\s*[,.!]/.test(after)) found.push(h);
    }
    found.push(
      ...hits(doc, SARCASTIC_LEADS, { negatable: false, where: (from) => sentenceInitial(doc, from) }),
    );
    // A mock apology on its own: "Sorry the mountain didn't check your itinerary.", "Sorry our
    // staff aren't as clever as you." (not "Sorry our driver didn't call you." or "I'm sorry the
    // colour is wrong, we can redo it").
    // Thanks that closes a retort: "Yes, we do know what a cool box is, thanks.", "What a charming
    // message, thank you." (not "Thanks for waiting" or a request: "Send me the photo, thanks").
    for (const sentence of doc.sentences) {
      const text = sentence.text.trim();
      if (!MOCK_APOLOGY.test(text) && !MOCK_THANKS.test(text)) continue;
      const span = sentenceWords(doc, sentence);
      if (span) found.push(span);
    }
    return found.sort((a, b) => a.start - b.start);
  },
};
