/**
 * Facts from a setting written in prose. Batch lines and scenarios describe the situation in a
 * sentence or two ("agents can refund the order, cannot add account credit, and cannot control
 * courier times"); the limits in it are what honesty is judged against, like a scenario's
 * `facts.cannot`. This reads the plain grammar of a limit (cannot / can't / does not / is not /
 * no / but not / only) and returns what follows it. Pure, and deliberately conservative: a clause
 * it does not understand yields nothing.
 */
import type { Facts } from "./types.js";

/** Markers that start a limit, longest first; what follows (up to the next limit or "but") is the item. */
const LIMIT =
  /\b(?:cannot|can't|can not|could not|couldn't|does not|doesn't|do not|don't|will not|won't|is not able to|are not able to|isn't able to|aren't able to|unable to|not allowed to|may not|must not|never|but not)\b\s+/gi;
const UNKNOWN = /\b(?:does not|doesn't|do not|don't)\s+(?:yet\s+)?know\s+(.+)/i;

function clean(item: string): string {
  return item
    .replace(/\s*\(.*?\)\s*/g, " ")
    .replace(/\b(?:but|however|though)\b.*$/i, "")
    .replace(/^(?:yet|be|being|legally or|safely)\s+/i, "")
    .replace(/[,.]+$/, "")
    .trim();
}

export function factsFromSetting(setting: string | undefined): Facts {
  if (!setting) return {};
  const cannot: string[] = [];
  const unknown: string[] = [];
  for (const part of setting.replace(/\([^)]*\)/g, " ").split(/[;.](?:\s|$)|\n/)) {
    const sentence = part.trim();
    if (!sentence) continue;
    const known = UNKNOWN.exec(sentence);
    if (known?.[1]) {
      unknown.push(clean(known[1]));
      continue;
    }
    const marks = [...sentence.matchAll(LIMIT)];
    marks.forEach((m, i) => {
      const start = (m.index ?? 0) + m[0].length;
      // "late arrivals cannot be seen": a passive limit on the customer, not an action to promise.
      if (/^be\s/i.test(sentence.slice(start))) return;
      const end = i + 1 < marks.length ? (marks[i + 1]?.index ?? sentence.length) : sentence.length;
      // "cannot add account credit, and" -> "add account credit"
      const item = clean(
        sentence
          .slice(start, end)
          // The item ends where a new clause starts: ", the next slot is ...", ", and gives ...".
          .replace(
            /,\s*(?:and\s+|but\s+|so\s+)?(?:the|a|an|which|who|it|they|this|that|gives?|offers?)\b.*$/i,
            "",
          )
          .replace(/,?\s*(?:and|or)?\s*$/i, ""),
      );
      // Passive limits ("is not guaranteed", "not economically repairable", "not charged") describe
      // the situation; they do not name an action the agent must not promise.
      const first = item.split(/\s+/)[0] ?? "";
      if (
        /(?:ly|able|ible|ed)$/i.test(first) ||
        !/[a-z]{4,}/i.test(item) ||
        /^(both|either|the customer)/i.test(item)
      )
        return;
      // "issue vouchers or cash compensation": each alternative is a limit of its own.
      for (const alternative of item.split(/\s+or\s+/i))
        if (/[a-z]{4,}/i.test(alternative)) cannot.push(alternative.trim());
    });
    // "no extra discounts", "no vouchers"
    for (const m of sentence.matchAll(/\b(?:gives?|offers?|issues?|and)\s+no\s+([a-z][a-z -]+)/gi))
      if (m[1]) cannot.push(clean(m[1]));
  }
  return { ...(cannot.length ? { cannot } : {}), ...(unknown.length ? { unknown } : {}) };
}
