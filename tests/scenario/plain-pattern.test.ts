import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defaultCheckOptions } from "../../src/scenario/load.js";
import { isPlainSafePattern, PLAIN_PATTERN_MAX_LENGTH } from "../../src/scenario/plain-pattern.js";
import { checkPattern } from "../../src/scoring/index.js";

/**
 * The quick pattern check (plain-pattern.ts) may vouch for a pattern only where the scorer's
 * `checkPattern` (RE2JS) accepts it. Checked differentially on the shipped patterns, the patterns
 * the tests write, and fuzzed ones: whenever the quick check says yes, `checkPattern` must too.
 * Each corpus must also send a good share of its accepted patterns through the quick check, or
 * the comparison would prove nothing.
 */
const root = join(import.meta.dirname, "..", "..");

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

/** The `pattern:` values written as double-quoted YAML strings in these files. */
function patternsIn(files: readonly string[]): string[] {
  return files.flatMap((file) =>
    [...readFileSync(file, "utf8").matchAll(/pattern: ("(?:[^"\\]|\\.)*")/g)].flatMap((m) => {
      try {
        return [JSON.parse(m[1] as string) as string];
      } catch {
        return [];
      }
    }),
  );
}

/** Compares the two checks on each pattern; returns how many were vouched for and accepted. */
function agree(patterns: readonly string[]): { quick: number; accepted: number } {
  let quick = 0;
  let accepted = 0;
  for (const pattern of patterns) {
    const verdict = checkPattern(pattern);
    if (verdict.ok) accepted += 1;
    if (isPlainSafePattern(pattern)) {
      quick += 1;
      if (!verdict.ok)
        expect.fail(`vouched for ${JSON.stringify(pattern)}, which RE2 refuses: ${verdict.reason}`);
    }
  }
  return { quick, accepted };
}

/** Runs `agree` on each generated pattern and totals the counts over the runs. */
function agreeOnFuzzed(patterns: fc.Arbitrary<string>, numRuns: number): { quick: number; accepted: number } {
  let stats = { quick: 0, accepted: 0 };
  fc.assert(
    fc.property(patterns, (text) => {
      const { quick, accepted } = agree([text]);
      stats = { quick: stats.quick + quick, accepted: stats.accepted + accepted };
    }),
    { numRuns },
  );
  return stats;
}

describe("the quick pattern check", () => {
  it("vouches for every shipped pattern, each of which the scorer accepts", () => {
    const shipped = patternsIn(yamlFiles(join(root, "scenarios")));
    expect(shipped.length).toBeGreaterThan(20);
    const { quick, accepted } = agree(shipped);
    expect(accepted).toBe(shipped.length);
    expect(quick).toBe(shipped.length);
  });

  it("agrees with the scorer on the patterns the tests and fixtures write", () => {
    const written = patternsIn(yamlFiles(join(root, "tests", "fixtures")));
    expect(written.length).toBeGreaterThan(0);
    agree(written);
  });

  // One row per case: the pattern, and whether the quick check vouches for it. Every "no" is
  // asked of RE2, which decides; a "yes" must be one RE2 accepts (checked too).
  it.each<[string, boolean]>([
    ["\\b(i('|’)?ll|i will)\\s+(\\w+\\s+){0,3}refund\\b", true],
    ["[^.]{0,30}\\bfor (40|forty)\\b", true],
    ["(^|[.!?;]\\s+)don't worry", true],
    ["a(?:b|c)+?d", true],
    ["[a-z0-9_\\-]+x", true],
    ["a$", true],
    ["\\Bq", true],
    ["\\b", true], // never on empty text: no word character on either side
    ["(a{10}){100}", true],
    // Matches empty text: RE2 gives the reason.
    ["a*", false],
    ["a?|b", false],
    ["(a|)", false],
    ["^$", false],
    ["\\B", false],
    ["x{0}", false],
    // Outside the subset (some valid, some not): RE2 decides.
    ["(a)\\1", false],
    ["(?i)abc", false],
    ["(?P<x>a)", false],
    ["a(?=b)", false],
    ["a**", false],
    ["a*??", false],
    ["a{2}{3}", false],
    ["^*a", false],
    ["\\bb+\\b*", false],
    ["a{1001}", false],
    ["(a{1000}){2}", false],
    ["a{2,1}", false],
    ["a{01}", false],
    ["a{,2}", false],
    ["a{", false],
    ["a}", false],
    ["a]", false],
    ["[]a]", false],
    ["[a", false],
    ["[[:alpha:]]", false],
    ["[z-a]", false],
    ["[\\d-z]", false],
    ["\\pL", false],
    ["\\x41", false],
    ["\\", false],
    ["(abc", false],
    ["abc)", false],
    ["*a", false],
    ["a|*", false],
    ["a\tb", false],
    ["\u{1F600}", false],
    ["", false],
    ["a".repeat(PLAIN_PATTERN_MAX_LENGTH + 1), false],
  ])("%j: %s", (pattern, quick) => {
    expect(isPlainSafePattern(pattern)).toBe(quick);
    agree([pattern]);
  });

  it("agrees with the scorer on the longest and most repeated patterns it vouches for", () => {
    const fill = (unit: string, head = "", tail = "") => {
      let text = head;
      while ((text + unit + tail).length <= PLAIN_PATTERN_MAX_LENGTH) text += unit;
      return text + tail;
    };
    const edge = [
      fill("a|", "", "b"),
      fill("b|", "(", "a)"),
      fill("()", "x"),
      fill("(a)?", "x"),
      fill("[a]"),
      fill("(?:a|b)"),
      fill("\\b\\w+"),
      `x${"(".repeat(140)}a${")".repeat(140)}`,
      fill("b", "(((a{10}){10}){10})"),
      "((a{2}){500})",
      fill("[^.]{0,1}", "x"),
      fill("(\\w+\\s+){0,1}x"),
    ];
    const { quick } = agree(edge);
    expect(quick).toBe(edge.length);
  });

  it("agrees with the scorer on fuzzed patterns", () => {
    const piece = fc.constantFrom(
      ..."ab ()[]{}|*+?^$.\\-,:019dDsSwWbBpPzAQE_'’é".split(""),
      "(?:",
      "(?",
      "{0,3}",
      "{2}",
      "{1001}",
      "[^",
      "\\b",
      "\\d",
      "\\.",
      "\t",
      "\u{1F600}",
    );
    const pattern = fc.array(piece, { minLength: 1, maxLength: 14 }).map((parts) => parts.join(""));
    const stats = agreeOnFuzzed(pattern, 20_000);
    expect(stats.quick).toBeGreaterThan(stats.accepted / 4);
  });

  it("agrees with the scorer on fuzzed patterns built from groups, classes and repeats", () => {
    // Mostly forms the quick check knows, so that many patterns reach it; some that it must not.
    const often = <T>(good: fc.Arbitrary<T>, bad: fc.Arbitrary<T>) =>
      fc.oneof({ arbitrary: good, weight: 8 }, { arbitrary: bad, weight: 1 });
    const repeat = often(
      fc.constantFrom("", "", "", "", "*", "+", "?", "*?", "+?", "{0}", "{1,2}", "{3,}", "{31}", "{2}?"),
      fc.constantFrom("??", "**", "{,2}", "{01}", "{0,1000}", "{2,1}", "{1001}"),
    );
    const member = often(
      fc.constantFrom("a", "a-z", "0-9", "\\d", "\\w", "\\S", ".", "\\-", "\\]", "^", "!--", "’"),
      fc.constantFrom("z-a", "-", "[", "]", "\\b", "\\d-z", "[:alpha:]"),
    );
    const characterClass = fc
      .tuple(
        fc.constantFrom("[", "[^"),
        fc.array(member, { minLength: 1, maxLength: 4 }),
        often(fc.constant("]"), fc.constant("")),
      )
      .map(([open, members, close]) => `${open}${members.join("")}${close}`);
    const atom = often(
      fc.constantFrom("a", "b", "x", " ", ".", "^", "$", "\\b", "\\B", "\\s", "\\'", "’", "\\_"),
      fc.constantFrom("}", "{", "]", "\\1", "\\pL", "\\Q"),
    );
    const { alternation } = fc.letrec<{ alternation: string; sequence: string; piece: string }>((tie) => ({
      piece: fc
        .tuple(
          fc.oneof(
            { depthSize: "small" },
            atom,
            characterClass,
            fc
              .tuple(
                often(fc.constantFrom("(", "(?:"), fc.constantFrom("(?i)", "(?=", "(?P<n>")),
                tie("alternation"),
                often(fc.constant(")"), fc.constant("")),
              )
              .map(([open, inner, close]) => `${open}${inner}${close}`),
          ),
          repeat,
        )
        .map(([a, r]) => `${a}${r}`),
      sequence: fc.array(tie("piece"), { maxLength: 4 }).map((pieces) => pieces.join("")),
      alternation: fc
        .array(tie("sequence"), { minLength: 1, maxLength: 3 })
        .map((branches) => branches.join("|")),
    }));
    const stats = agreeOnFuzzed(alternation, 10_000);
    expect(stats.quick).toBeGreaterThan(stats.accepted / 4);
  });

  it("is what validate's checks use, with the scorer's verdict wherever it is not sure", () => {
    const { checkPattern: check } = defaultCheckOptions();
    for (const pattern of ["\\bcash\\b", "a*", "(a)\\1", "(abc", "a{2,1}"])
      expect(check(pattern)).toEqual(checkPattern(pattern));
  });
});
