/**
 * Pure: a quick check of "plain" trainer patterns, the kind every shipped scenario writes
 * (`\b(i('|’)?ll|i will)\s+(\w+\s+){0,3}refund\b`), so that `coach validate` of a folder need not
 * parse and compile each one with RE2JS (about a fifth of checking a file whose patterns are its
 * own, most of it parsing).
 *
 * It answers only when it is sure: `true` means the scorer's `checkPattern` would accept the
 * pattern (RE2 reads it, and it does not match empty text). `false` means "not sure": the caller
 * asks `checkPattern`, which alone refuses patterns, with its own messages. "Sure" means the
 * pattern stays inside a subset whose meaning in RE2's syntax (re2js's parser, Perl flags,
 * case-insensitive) is plain:
 *
 * - at most PLAIN_PATTERN_MAX_LENGTH characters, none of them a control character, a lone
 *   surrogate half or any surrogate pair (characters outside the basic plane go to RE2);
 * - literal characters, `.`, `^`, `$`; `\b`, `\B`, `\d`, `\D`, `\s`, `\S`, `\w`, `\W`, and a
 *   backslash before ASCII punctuation (a literal: RE2 takes any ASCII character but a letter or
 *   digit so);
 * - groups `( )` and `(?: )`, and alternation `|`; no other `(?` form (flags, names, lookaround);
 * - classes `[ ]` and `[^ ]` of characters, ranges (low end first) and `\d \D \s \S \w \W`, with
 *   no `[` inside (`[:alpha:]`), no `]` first, and no range that starts or ends at a `\d`-like class;
 * - `*`, `+`, `?`, `{n}`, `{n,}`, `{n,m}` (n <= m <= 1000, no leading zeros), each optionally
 *   followed by `?` (lazy), only after a character, class, `.` or group, and never twice in a row
 *   (`a**` is an error in RE2); a `{` that is not such a count, and a `}` or `]` on its own, go to
 *   RE2;
 * - the counts of all `{ }` repeats multiplied together at most PLAIN_PATTERN_MAX_REPEATS, which
 *   keeps RE2's size and nesting checks from coming into play (its parser measures a pattern only
 *   once it holds more than 1,398,101 / that product nodes, and a pattern this short holds fewer).
 *
 * Whether such a pattern matches empty text follows from its parts: a character, class or `.`
 * never does; `^`, `$` and `\B` hold on empty text and `\b` does not; `*`, `?` and `{0,...}` always
 * do; a group, `+` or `{n,...}` when what they hold does; a sequence when all its parts do; an
 * alternation when any branch does. tests/scenario/plain-pattern.test.ts checks every claim here
 * against `checkPattern`, on the shipped and test patterns and on fuzzed ones.
 */

/** The schema's limit on a pattern's length (schema.ts). */
export const PLAIN_PATTERN_MAX_LENGTH = 300;
/** RE2 refuses nested repeats past 1000; this bounds all of a pattern's repeats together. */
export const PLAIN_PATTERN_MAX_REPEATS = 1000;
const MAX_COUNT = 1000;

/** Thrown inside the reader when the pattern leaves the subset: the answer is then "not sure". */
const UNSURE = Symbol("unsure");

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isAsciiAlnum = (c: number) => isDigit(c) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
/** ASCII punctuation: after a backslash, a literal in RE2's syntax. */
const isPunctuation = (c: number) => c >= 0x21 && c <= 0x7e && !isAsciiAlnum(c);
/** A character this reader takes as itself: no control character and no surrogate. */
const isPlainCharacter = (c: number) =>
  c >= 0x20 && !(c >= 0x7f && c <= 0x9f) && !(c >= 0xd800 && c <= 0xdfff);
/** Characters with a meaning of their own outside a class. */
const SPECIAL = new Set([..."\\^$.|?*+()[]{}"].map((c) => c.charCodeAt(0)));
/** `\d`, `\D`, `\s`, `\S`, `\w`, `\W`: classes of characters. */
const CLASS_ESCAPES = new Set([..."dDsSwW"].map((c) => c.charCodeAt(0)));

/**
 * True when `source` is certain to pass the scorer's `checkPattern` (see above); false when only
 * RE2 can say. Never throws.
 */
export function isPlainSafePattern(source: string): boolean {
  if (source.length === 0 || source.length > PLAIN_PATTERN_MAX_LENGTH) return false;
  const reader = new PatternReader(source);
  try {
    const matchesEmpty = reader.alternation();
    return reader.atEnd() && !matchesEmpty;
  } catch (error) {
    if (error === UNSURE) return false;
    throw error;
  }
}

class PatternReader {
  private at = 0;
  private repeats = 1;

  constructor(private readonly source: string) {}

  atEnd(): boolean {
    return this.at === this.source.length;
  }

  private peek(offset = 0): number {
    const at = this.at + offset;
    return at < this.source.length ? this.source.charCodeAt(at) : -1;
  }

  /** Branches separated by `|`; returns whether the whole matches empty text. */
  alternation(): boolean {
    let empty = this.sequence();
    while (this.peek() === 0x7c /* | */) {
      this.at++;
      empty = this.sequence() || empty;
    }
    return empty;
  }

  /** Pieces up to a `|`, a `)` or the end; matches empty text when every piece does. */
  private sequence(): boolean {
    let empty = true;
    for (let c = this.peek(); c !== -1 && c !== 0x7c && c !== 0x29 /* ) */; c = this.peek()) {
      const atom = this.atom();
      const piece = this.quantified(atom);
      empty = piece && empty;
    }
    return empty;
  }

  /**
   * One atom: whether it matches empty text, and whether a repeat may follow it (RE2 takes a
   * repeat after `^` or `\b` too, but this reader leaves those to it).
   */
  private atom(): { empty: boolean; repeatable: boolean } {
    const c = this.peek();
    switch (c) {
      case 0x28 /* ( */:
        {
          this.at++;
          if (this.peek() === 0x3f /* ? */) {
            if (this.peek(1) !== 0x3a /* : */) throw UNSURE;
            this.at += 2;
          }
          const empty = this.alternation();
          if (this.peek() !== 0x29 /* ) */) throw UNSURE;
          this.at++;
          return { empty, repeatable: true };
        }
      case 0x5b /* [ */:
        this.characterClass();
        return { empty: false, repeatable: true };
      case 0x2e /* . */:
        this.at++;
        return { empty: false, repeatable: true };
      case 0x5e /* ^ */:
      case 0x24 /* $ */:
        this.at++;
        return { empty: true, repeatable: false };
      case 0x5c /* \ */:
        {
          const next = this.peek(1);
          this.at += 2;
          if (next === 0x62 /* b */) return { empty: false, repeatable: false };
          if (next === 0x42 /* B */) return { empty: true, repeatable: false };
          if (CLASS_ESCAPES.has(next) || isPunctuation(next)) return { empty: false, repeatable: true };
          throw UNSURE;
        }
      default:
        if (SPECIAL.has(c) || c === 0x5d /* ] */ || c === 0x7d /* } */ || !isPlainCharacter(c)) throw UNSURE;
        this.at++;
        return { empty: false, repeatable: true };
    }
  }

  /** The atom with the repeat after it, if any: whether the piece matches empty text. */
  private quantified(atom: { empty: boolean; repeatable: boolean }): boolean {
    const c = this.peek();
    let empty: boolean;
    if (c === 0x2a /* * */ || c === 0x3f /* ? */) {
      this.at++;
      empty = true;
    } else if (c === 0x2b /* + */) {
      this.at++;
      empty = atom.empty;
    } else if (c === 0x7b /* { */) {
      const [min, max] = this.count();
      const n = max === undefined ? min : max;
      this.repeats *= Math.max(1, n);
      if (this.repeats > PLAIN_PATTERN_MAX_REPEATS) throw UNSURE;
      empty = min === 0 || atom.empty;
    } else return atom.empty;
    if (!atom.repeatable) throw UNSURE;
    if (this.peek() === 0x3f /* ? */) this.at++; // lazy
    const after = this.peek();
    // A repeat of a repeat (`a**`, `a{2}*`, `a*??`) is an error in RE2.
    if (after === 0x2a || after === 0x2b || after === 0x3f || after === 0x7b) throw UNSURE;
    return empty;
  }

  /** `{n}`, `{n,}` or `{n,m}` (n <= m <= 1000): [n, m], m undefined for `{n,}`. */
  private count(): [number, number | undefined] {
    this.at++; // {
    const min = this.number();
    let max: number | undefined = min;
    if (this.peek() === 0x2c /* , */) {
      this.at++;
      max = this.peek() === 0x7d /* } */ ? undefined : this.number();
    }
    if (this.peek() !== 0x7d /* } */) throw UNSURE;
    this.at++;
    if (max !== undefined && max < min) throw UNSURE;
    return [min, max];
  }

  /** A count: `0` or digits without a leading zero, at most MAX_COUNT. */
  private number(): number {
    const start = this.at;
    while (isDigit(this.peek())) this.at++;
    const digits = this.source.slice(start, this.at);
    if (digits.length === 0 || digits.length > 4 || (digits.length > 1 && digits[0] === "0")) throw UNSURE;
    const n = Number(digits);
    if (n > MAX_COUNT) throw UNSURE;
    return n;
  }

  /** `[...]` or `[^...]`: characters, ranges and `\d`-like classes (see the subset above). */
  private characterClass(): void {
    this.at++; // [
    if (this.peek() === 0x5e /* ^ */) this.at++;
    if (this.peek() === 0x5d /* ] */) throw UNSURE; // a `]` first is a member in RE2
    while (this.peek() !== 0x5d /* ] */) {
      const c = this.peek();
      if (c === 0x5c /* \ */ && CLASS_ESCAPES.has(this.peek(1))) {
        this.at += 2;
        if (this.peek() === 0x2d /* - */ && this.peek(1) !== 0x5d) throw UNSURE;
        continue;
      }
      const low = this.classCharacter();
      if (this.peek() === 0x2d /* - */ && this.peek(1) !== 0x5d /* ] */) {
        this.at++;
        const high = this.classCharacter();
        if (high < low) throw UNSURE;
      }
    }
    this.at++; // ]
  }

  /** One character of a class (itself, or escaped ASCII punctuation): its code. */
  private classCharacter(): number {
    const c = this.peek();
    if (c === 0x5c /* \ */) {
      const next = this.peek(1);
      if (!isPunctuation(next)) throw UNSURE;
      this.at += 2;
      return next;
    }
    // The end of the text (an unclosed class), `[` (perhaps `[:alpha:]`) and anything unusual.
    if (c === -1 || c === 0x5b /* [ */ || !isPlainCharacter(c)) throw UNSURE;
    this.at++;
    return c;
  }
}
