import type { Need } from "./matcher.js";

/**
 * The built-in lexicons' phrase needs (phrases.ts `lexiconNeeds`), keyed by the lexicon's list.
 * Empty here, so tests and the module-by-module build work them out on first use; the bundled
 * CLI gets this module generated at build time instead (rolldown.config.mjs, `lexiconIndex`),
 * from the same lexicon files and the same function, which saves a one-off `coach score` working
 * out ~2,000 phrases' needs at start-up. A build artefact, never committed: the lexicon files stay
 * the one source of truth.
 */
export const PREBUILT_NEEDS: ReadonlyMap<readonly string[], readonly Need[][]> = new Map();
