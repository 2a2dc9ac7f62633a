/** The scoring engine's public surface. Everything here is pure: no I/O. */
export { BASE, detect, MAX_SCORED_CHARS, SIGNALS, scoreReply, WORDING_SIGNAL } from "./engine.js";
export { readStakes, type Stakes, testedByLine } from "./stakes.js";
export { checkPattern, compileSignals, type PatternCheck } from "./trainer.js";
export * from "./types.js";
