/**
 * Trainer-authored signals from scenario and rubric YAML, Vale-style: one kind from a closed list.
 *   phrases   fires when any phrase appears (case-insensitive, whole words, contractions and
 *             texting forms normalised like the reply)
 *   pattern   fires when the regular expression matches (case-insensitive). Patterns run on RE2JS,
 *             a port of RE2 that matches in linear time, so no pattern can hang the scorer
 *             (RE2 syntax: no backreferences or lookaround; the loader reports those with positions)
 *   required  fires when none of its phrases or pattern appears: "a good reply must say X"
 * Compiled once per signal list and cached.
 */
import { createRequire } from "node:module";
import type { RE2JS as RE2JSType } from "re2js";
import type { Phrase } from "./matcher.js";
import { analyse } from "./text.js";
import type { TrainerSignal } from "./types.js";

export const DEFAULT_TRAINER_WEIGHT = 10;

/** A compiled pattern: finds the first match in linear time. */
export interface Pattern {
  find(text: string): { start: number; end: number } | undefined;
}

export interface CompiledSignal {
  signal: TrainerSignal;
  phrases: Phrase[];
  pattern?: Pattern;
}

// Loaded on first use, so `coach score` without trainer patterns does not pay for it.
let re2: typeof RE2JSType | undefined;
function engine(): typeof RE2JSType {
  re2 ??= (createRequire(import.meta.url)("re2js") as { RE2JS: typeof RE2JSType }).RE2JS;
  return re2;
}

export function compilePattern(source: string): Pattern {
  const RE2JS = engine();
  const re = RE2JS.compile(source, RE2JS.CASE_INSENSITIVE);
  return {
    find(text) {
      const m = re.matcher(text);
      return m.find() ? { start: m.start(), end: m.end() } : undefined;
    },
  };
}

/** A literal phrase as a sequence of normalised words (trainer text has no wildcard grammar). */
export function literalPhrase(text: string): Phrase {
  const words = analyse(text).words.map((w) => w.norm);
  return {
    source: text,
    elements: words.map((w) => ({
      kind: "words" as const,
      words: new Set([w]),
      prefixes: [],
      optional: false,
    })),
    ...(words[0] ? { first: new Set([words[0]]) } : {}),
  };
}

export type PatternCheck = { ok: true } | { ok: false; reason: string };

/**
 * Is this a pattern a trainer file may use? It must compile as RE2 syntax (linear-time matching:
 * no backreferences, no lookaround) and must not match empty text (it would fire on every reply).
 */
export function checkPattern(source: string): PatternCheck {
  let pattern: Pattern;
  try {
    pattern = compilePattern(source);
  } catch (error) {
    const message = (error as Error).message.replace(/^error parsing regexp: /, "");
    const hint = /\\[1-9]|\(\?<?[=!]/.test(source)
      ? " (backreferences and lookaround are not supported: they cannot be matched in linear time)"
      : "";
    return { ok: false, reason: `not a valid pattern: ${message}${hint}` };
  }
  if (pattern.find("") !== undefined)
    return { ok: false, reason: "it matches empty text, so it would fire on every reply" };
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
      ...(signal.pattern !== undefined && check?.ok ? { pattern: compilePattern(signal.pattern) } : {}),
    };
  });
  cache.set(signals, compiled);
  return compiled;
}
