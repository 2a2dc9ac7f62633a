/**
 * Trainer-authored signals from scenario and rubric YAML, Vale-style: one kind from a closed list.
 *   phrases   fires when any phrase appears (case-insensitive, whole words, contractions and
 *             texting forms normalised like the reply)
 *   pattern   fires when the regular expression matches (case-insensitive; checked when the file
 *             loads so it cannot backtrack catastrophically)
 *   required  fires when none of its phrases or pattern appears: "a good reply must say X"
 * Compiled once per signal list and cached.
 */
import safeRegex from "safe-regex2";
import type { Phrase } from "./matcher.js";
import { analyse } from "./text.js";
import type { TrainerSignal } from "./types.js";

export const DEFAULT_TRAINER_WEIGHT = 10;

export interface CompiledSignal {
  signal: TrainerSignal;
  phrases: Phrase[];
  pattern?: RegExp;
}

/** A literal phrase as a sequence of normalised words (trainer text has no wildcard grammar). */
export function literalPhrase(text: string): Phrase {
  const words = analyse(text).words.map((w) => w.norm);
  return {
    source: text,
    elements: words.map((w) => ({ kind: "words" as const, words: new Set([w]), prefixes: [], optional: false })),
    ...(words[0] ? { first: new Set([words[0]]) } : {}),
  };
}

export type PatternCheck = { ok: true } | { ok: false; reason: string };

/**
 * Is this a pattern a trainer file may use? It must compile, and must not have nested or
 * overlapping quantifiers that backtrack catastrophically (safe-regex2's star-height test), and
 * may not use backreferences (which no regex engine matches in linear time).
 */
export function checkPattern(source: string): PatternCheck {
  let re: RegExp;
  try {
    re = new RegExp(source, "iu");
  } catch (error) {
    return { ok: false, reason: `not a valid regular expression: ${(error as Error).message.replace(/^Invalid regular expression: /, "")}` };
  }
  if (/\\[1-9]|\\k</.test(source)) return { ok: false, reason: "backreferences are not allowed (they cannot be matched in linear time)" };
  if (!safeRegex(re, { limit: 25 })) return { ok: false, reason: "nested or repeated quantifiers could make matching hang (catastrophic backtracking); simplify it" };
  if (re.test("")) return { ok: false, reason: "it matches empty text, so it would fire on every reply" };
  return { ok: true };
}

const cache = new WeakMap<readonly TrainerSignal[], CompiledSignal[]>();

export function compileSignals(signals: readonly TrainerSignal[]): CompiledSignal[] {
  let compiled = cache.get(signals);
  if (compiled) return compiled;
  compiled = signals.map((signal) => {
    const check = signal.pattern === undefined ? undefined : checkPattern(signal.pattern);
    return {
      signal,
      phrases: (signal.phrases ?? []).map(literalPhrase).filter((p) => p.elements.length > 0),
      ...(signal.pattern !== undefined && check?.ok ? { pattern: new RegExp(signal.pattern, "iu") } : {}),
    };
  });
  cache.set(signals, compiled);
  return compiled;
}
