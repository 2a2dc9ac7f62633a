import type { Dimension } from "../scoring/types.js";

/** One standing tip per dimension, from the seeds' advice: the report card and progress fall back on them. */
// Drawn from the practice in ../shared/seeds: feelings first, honest next steps, calm limits.
// No example replies here: an example written for one shop ("I can refund your card") can
// contradict another scenario's facts. The per-turn tips quote the scenario's own model answers.
export const STANDING_TIPS: Record<Dimension, string> = {
  calm: "Keep your tone level when they are not: short sentences, no sarcasm, no capitals, and never argue back.",
  empathy: "Name the feeling and their situation before the fix, in the details they gave you.",
  honesty: "Say what you know, what you don't, and the next step with a time you can keep.",
  boundaries:
    "Hold the limit once, plainly, and offer what the scenario lets you do instead (/facts shows it).",
};
