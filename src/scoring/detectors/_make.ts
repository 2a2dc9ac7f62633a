/** Builds the common kind of detector: a lexicon of phrases, with negation scope. */
import { type HitOptions, hits } from "../phrases.js";
import type { Doc } from "../text.js";
import type { Analysed, Detector, SignalMeta } from "../types.js";

export function phraseDetector(
  meta: SignalMeta,
  list: readonly string[],
  options: HitOptions & { when?: (context: Analysed, doc: Doc) => boolean } = {},
): Detector {
  return {
    meta,
    detect(doc, context) {
      if (options.when && !options.when(context, doc)) return [];
      return hits(doc, list, options);
    },
  };
}

/**
 * Saying a limit or an estimate plainly in the same reply: beside it, an unbacked promise, a
 * certain forecast or a claimed unknown may be a slip in an honest reply, and is held at
 * "developing" rather than "needs work" (their SignalMeta.softened).
 */
export const HONEST_BESIDE: readonly string[] = ["transparent-limits", "honest-estimate"];

/**
 * Where a brush-off phrase ("calm down", "relax") is one: not inside a condition ("if you relax
 * the rule") and not as hospitality ("sit back and relax, we'll keep the kitchen open for you").
 */
export const brushOff = (from: number, to: number, doc?: Doc): boolean =>
  !/^(if|when|once|whenever|unless)$/.test(doc?.words[from - 1]?.norm ?? "") &&
  !(doc?.words[from]?.norm === "relax" && from === to && doc?.words[from - 2]?.norm === "back");
