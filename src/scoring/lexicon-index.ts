import type { PrebuiltIndex } from "./phrases.js";

/**
 * The built-in lexicons' index (phrases.ts `PrebuiltIndex`). Undefined here, so tests and the
 * module-by-module build index the lexicons on first use; the bundled CLI gets this module
 * generated at build time instead (scripts/lexicon-index.mjs, by phrases.ts `prebuildIndex` on the
 * same lexicon files), which saves a one-off `coach score` working out and filing ~2,000 phrases
 * at start-up. A build artefact, never committed: the lexicon files stay the one source of truth.
 */
export const PREBUILT_INDEX: PrebuiltIndex | undefined = undefined;
