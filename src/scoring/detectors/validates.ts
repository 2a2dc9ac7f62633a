import { VALIDATION } from "../lexicons/empathy.js";
import type { Detector } from "../types.js";
import { phraseDetector } from "./_make.js";

export const detector: Detector = phraseDetector(
  {
    id: "validates",
    dimension: "empathy",
    effect: "helps",
    points: 15,
    summary: "Saying their reaction makes sense ('no wonder', 'anyone would', 'you're right to be').",
    message: "You told them their reaction makes sense.",
    explanation:
      "Validation (not agreement with every demand) lowers defensiveness: the customer no longer has to prove they are entitled to be upset.",
    tip: "Add a line that says their reaction is reasonable: 'Anyone would be upset after three missed visits.'",
    examples: {
      fires: [
        "oh your poor girls! so sorry.",
        "A £71.76 charge out of nowhere would annoy anyone, and you should have had a warning.",
        "What a thing to discover when you're running a small shop.",
        "Oh, I know, it's been such a long wait for the girls!",
        "Honestly, I'd feel exactly the same.",
        "I hate that we've made you feel like this.",
        "Nineteen days before your wedding is the last place anyone wants to be.",
        "You'd built yourself up for it, you were in the harness, and then we stopped you. That's a real anticlimax, I know.",
        "Finding a 10cm crack in a £900 board must have made your stomach drop.",
        "I can only imagine what that wait has been like.",
        "Aw, I'm gutted for you and your daughter.",
        "wanting answers today makes total sense",
        "With all your work on that laptop, of course you want to get hold of him right now.",
        "Being shut out of your own things for a whole weekend with no warning is a real mess.",
        "Turned away three times in a month would drive anyone up the wall.",
        "What a shame, you'll have been looking forward to seeing the photos.",
        "My condolences for your father.",
        "A newborn and no heat, I'd be beside myself too.",
        "Finding it two centimetres short must feel like a disaster.",
        "No wonder you've had enough.",
        "I'd be annoyed too.",
        "Fifteen days is far too long.",
        "I won't pretend that's a small thing.",
        "Needles all over the floor and no warning - I'd want an answer too.",
        "Opening a box to find torn costumes must have sent your stomach through the floor.",
        "Going another day without your case is a real blow.",
      ],
      silent: [
        "You must have made a mistake on the form.",
        "You must have left the door open.",
        "It is what it is.",
        "That's the policy.",
        "I don't blame the courier.",
      ],
    },
  },
  VALIDATION,
);
