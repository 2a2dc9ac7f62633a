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
