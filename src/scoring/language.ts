/**
 * Is a reply in English? The detectors read English word lists, so a reply in another language
 * would get a confident but meaningless score. A reply is read as not English when it has a few
 * words, few of them are English function words, and more are common function words of another
 * language (lexicons/languages.ts). Mixed replies with enough English are scored as usual. Pure.
 */
import { OTHER_LANGUAGE_WORDS } from "./lexicons/languages.js";
import { STOPWORDS } from "./lexicons/stopwords.js";
import type { Doc } from "./text.js";

export function looksNonEnglish(doc: Doc): boolean {
  const words = doc.words.filter((w) => /\p{L}/u.test(w.raw));
  if (words.length < 4) return false;
  const english = words.filter((w) => STOPWORDS.has(w.raw.toLowerCase())).length;
  const other = words.filter((w) => OTHER_LANGUAGE_WORDS.has(w.raw.toLowerCase())).length;
  return other >= 2 && other > english && english / words.length < 0.25;
}
