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
  // One pass for the words with a letter and those of another language; English words are counted
  // only when there are enough of those (most replies have none).
  let letters = 0;
  let other = 0;
  for (const w of doc.words) {
    if (!hasLetter(w.raw)) continue;
    letters++;
    if (OTHER_LANGUAGE_WORDS.has(w.raw.toLowerCase())) other++;
  }
  if (letters < 4 || other < 2) return false;
  let english = 0;
  for (const w of doc.words) if (hasLetter(w.raw) && STOPWORDS.has(w.raw.toLowerCase())) english++;
  return other > english && english / letters < 0.25;
}

/** `/\p{L}/u.test(text)`, without the regular expression for plain ASCII. */
function hasLetter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 128) return /\p{L}/u.test(text);
    const lower = code | 32;
    if (lower >= 97 && lower <= 122) return true;
  }
  return false;
}
