import { ACRONYMS } from "../lexicons/calm.js";
import type { Detector } from "../types.js";

const COMMON_SHORT = new Set(
  "IM I'M NOT THE YOU ARE WAS DID CAN WHY HOW NO SO AND BUT FOR YES ALL ANY GET GOT HAD HAS HIS HER ITS ME MY OUR OUT NOW ONE TOO WAY WHO DO IS IT IN ON TO OF AT BE WE HE OR UP GO AM DONT CANT WONT ISNT".split(
    " ",
  ),
);

/**
 * Words in capitals read as shouting (VADER's caps heuristic), except acronyms and codes: known
 * ones, and those the setting or its facts write in capitals ("a DVSA roadside check").
 */
function shouted(raw: string, codes: ReadonlySet<string>): boolean {
  // The first two letters tested by hand: most words fail there, before any pattern runs.
  const first = raw.charCodeAt(0);
  const second = raw.charCodeAt(1);
  if (
    !(first >= 65 && first <= 90) ||
    !((second >= 65 && second <= 90) || second === 39 || second === 0x2019 || second === 45)
  )
    return false;
  if (!/^[A-Z][A-Z'’-]*[A-Z]$/.test(raw)) return false;
  const bare = raw.replace(/['’]/g, "").replace(/S$/, "");
  return !ACRONYMS.has(bare) && !ACRONYMS.has(raw) && !codes.has(raw) && !codes.has(bare);
}

export const detector: Detector = {
  meta: {
    id: "shouting",
    dimension: "calm",
    effect: "hurts",
    points: -30,
    cap: 35,
    also: [{ dimension: "boundaries", points: -10 }],
    summary: "Words in capitals (not acronyms like USB or PIN) read as shouting.",
    message: "Capitals read as shouting, whatever you meant.",
    explanation:
      "In writing, a run of capital letters is heard as a raised voice. A customer who is already angry matches the volume. Acronyms (PIN, USB, ATM) and a single capitalised word for emphasis do not count.",
    tip: "Write in normal case; if one word matters, say why it matters instead of capitalising it.",
    examples: {
      fires: ["I'M NOT LAZY, THE PART IS ON BACKORDER", "I SAID the refund is DONE already"],
      silent: [
        "Please enter your PIN at the ATM.",
        "I've refunded you AND sent a replacement.",
        "Your USB cable is in the box.",
        "We sent the DNO paperwork late; I'll chase the DNO today.",
        {
          reply: "The fine is for DVSA to cancel; I'll send DVSA our signed letter today.",
          facts: { cannot: ["Cancel the fine: only DVSA can withdraw it"] },
        },
      ],
    },
  },
  detect(doc, context) {
    const codes = context.codes ?? new Set<string>();
    // Short capitalised words are usually codes ("DNO", "A&E") unless they are everyday words ("NOT", "YOU").
    const caps = doc.words.filter(
      (w, i) =>
        (i === 0 || doc.words[i - 1]?.start !== w.start) &&
        shouted(w.raw, codes) &&
        (w.raw.length >= 4 || COMMON_SHORT.has(w.raw.replace(/['’]/g, ""))),
    );
    if (caps.length === 0) return [];
    const letters = doc.words.filter((w) => /[a-z]/i.test(w.raw)).length;
    const long = caps.filter((w) => w.raw.length >= 4);
    if (
      caps.length >= 2 ||
      (long.length >= 1 && letters <= 4) ||
      (letters > 0 && caps.length / letters > 0.5)
    ) {
      const first = caps[0];
      const last = caps[caps.length - 1];
      if (first && last)
        return [{ start: first.start, end: last.end, text: doc.text.slice(first.start, last.end) }];
    }
    return [];
  },
};
