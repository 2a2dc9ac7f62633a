import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { defaultCheckOptions } from "../../src/scenario/load.js";
import { type Locator, parsePreciseYaml, parseYaml } from "../../src/scenario/parse.js";
import { PLAIN_MAX_DEPTH, readPlainYaml } from "../../src/scenario/plain-yaml.js";
import { RubricFile, Scenario } from "../../src/scenario/schema.js";
import { checkPattern, testedByLine } from "../../src/scoring/index.js";

/**
 * The quick reader (plain-yaml.ts) may answer only where the precise reader (the yaml library)
 * would read the same data without a diagnostic. Checked here differentially: on the shipped
 * scenarios, every fixture, every line of a scenario broken in many ways, and fuzzed YAML-like
 * text, `parseYaml` (quick reader first) must return exactly what `parsePreciseYaml` returns:
 * the same value, the same diagnostics, the same positions. Each corpus must also send a good
 * share of its texts through the quick reader, or the comparison would prove nothing.
 */
const root = join(import.meta.dirname, "..", "..");
const anyMapping = z.record(z.string(), z.unknown());
const schemas = [Scenario, anyMapping] as const;

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

/** Every path to a value in the data, for comparing the two readers' positions. */
function paths(
  data: unknown,
  limit: number,
  prefix: PropertyKey[] = [],
  out: PropertyKey[][] = [],
): PropertyKey[][] {
  out.push(prefix);
  if (out.length > limit) return out;
  if (Array.isArray(data)) data.forEach((v, i) => void paths(v, limit, [...prefix, i], out));
  else if (data !== null && typeof data === "object")
    for (const [k, v] of Object.entries(data)) paths(v, limit, [...prefix, k], out);
  return out;
}

/**
 * Deep strict equality (prototypes included). isDeepStrictEqual, as vitest's toStrictEqual also
 * compares `.constructor`, which is data here (a turn may be named `constructor`); the vitest
 * assertion runs only to print the difference.
 */
function same(actual: unknown, expected: unknown): void {
  if (!isDeepStrictEqual(actual, expected)) expect(actual).toStrictEqual(expected);
}

const positions = (locate: Locator, data: unknown, limit: number) =>
  paths(data, limit).map((p) => [locate(p), locate(p, { key: true })]);

/** Compares the two readers on one text; true when the quick reader answered. */
function agree(text: string, extra: readonly z.ZodType[] = [], limit = 40): boolean {
  for (const schema of [...schemas, ...extra]) {
    const fast = parseYaml(text, "plain.yaml", schema as z.ZodType);
    const precise = parsePreciseYaml(text, "plain.yaml", schema as z.ZodType);
    same(fast.diagnostics, precise.diagnostics);
    same(fast.value, precise.value);
    if (fast.value !== undefined)
      same(positions(fast.locate, fast.value, limit), positions(precise.locate, precise.value, limit));
  }
  const plain = readPlainYaml(text)?.data;
  return plain !== null && typeof plain === "object" && !Array.isArray(plain);
}

const shipped = yamlFiles(join(root, "scenarios"));
const fixtures = yamlFiles(join(root, "tests", "fixtures"));
const minimal = readFileSync(join(root, "tests", "fixtures", "good", "minimal.yaml"), "utf8");

describe("the quick YAML reader", () => {
  it("reads every shipped scenario and rubric file, as the precise reader does", () => {
    for (const file of shipped)
      expect(
        agree(
          readFileSync(file, "utf8"),
          file.includes("rubrics") ? [RubricFile] : [],
          Number.POSITIVE_INFINITY,
        ),
        file,
      ).toBe(true);
  });

  it("agrees with the precise reader on every test fixture", () => {
    const quick = fixtures.filter((file) => agree(readFileSync(file, "utf8"), [], Number.POSITIVE_INFINITY));
    expect(quick.length).toBeGreaterThanOrEqual(5);
  });

  it.each([
    ["a directive", "%YAML 1.2\n---\na: 1\n"],
    ["a YAML 1.1 directive", "%YAML 1.1\n---\na: yes\n"],
    ["a document marker", "---\na: 1\n"],
    ["an indented document marker", "  ---\na:\n"],
    ["a document end marker", "a: 1\n...\n"],
    ["an anchor", "a: &x 1\n"],
    ["an alias", "a: &x 1\nb: *x\n"],
    ["a local tag", "a: !foo x\n"],
    ["a standard tag", "a: !!str 1\n"],
    ["a second document", "a: 1\n---\nb: 2\n"],
    ["a carriage return", "a: 1\r\nb: 2\r\n"],
    ["a lone carriage return", "a: 1\rb: 2\r"],
    ["a tab", "a:\t1\n"],
    ["a byte-order mark", "\uFEFFa: 1\n"],
    ["a C1 control character", "a: x\u0085y\n"],
    ["a line separator", "a: x\u2028y\n"],
    ["a lone surrogate", "a: x\uD800y\n"],
    ["a hex number", "a: 0x1F\n"],
    ["an octal number", "a: 0o17\n"],
    ["an exponent", "a: 1e3\n"],
    ["infinity", "a: .inf\n"],
    ["not a number", "a: .nan\n"],
    ["minus zero", "a: -0\n"],
    ["a signed number", "a: +12\n"],
    ["a leading zero", "a: 007\n"],
    ["a quoted key", '"a": 1\n'],
    ["a key the core schema reads as null", "null: 1\n"],
    ["a key the core schema reads as a boolean", "True: 1\n"],
    ["a number as a key", "1: a\n"],
    ["a __proto__ key", "__proto__: 1\n"],
    ["a collection as a key", "? [a]\n: b\n"],
    ["a repeated key", "a: 1\na: 2\n"],
    ["nesting past its depth", `${"[".repeat(PLAIN_MAX_DEPTH + 1)}${"]".repeat(PLAIN_MAX_DEPTH + 1)}\n`],
    ["broken syntax", "a: [1, 2\n"],
  ])("leaves %s to the precise reader", (_, text) => {
    expect(readPlainYaml(text)).toBeUndefined();
    agree(text);
  });

  it.each([
    ["a: 1\nb: -3\nc: 0.5\nd: 12.50", { a: 1, b: -3, c: 0.5, d: 12.5 }],
    ["a: ~\nb: null\nc: Null\nd: NULL\ne:", { a: null, b: null, c: null, d: null, e: null }],
    ["a: true\nb: False\nc: TRUE", { a: true, b: false, c: true }],
    ["a: 25 pounds\nb: 4g\nc: '007'\nd: \"0x1F\"", { a: "25 pounds", b: "4g", c: "007", d: "0x1F" }],
    ["a: |\n  two\n  lines\nb: >-\n  folded\n  text\n", { a: "two\nlines\n", b: "folded text" }],
    [
      "a: \"esc\\u00e9\\n\"\nb: 'it''s'\nc: plain\n  continued",
      { a: "esc\u00e9\n", b: "it's", c: "plain continued" },
    ],
    ["constructor: 1\ntoString: [x]", { constructor: 1, toString: ["x"] }],
  ])("reads %j as the precise reader does", (text, data) => {
    same(readPlainYaml(text)?.data, data);
    expect(agree(text)).toBe(true);
  });

  it("agrees on a scenario broken line by line in many ways", () => {
    const lines = minimal.split("\n");
    const breakers = [
      "[",
      "{",
      "]",
      "}",
      "- -",
      ": :",
      ":",
      "'",
      '"',
      "&a",
      "*a",
      "!",
      "!!str",
      "%",
      "@",
      "`",
      "#",
      " #c",
      "? ",
      "- ",
      "|",
      ">",
      "|-\n x",
      "|2\n  x",
      ">\n\t",
      "\\",
      '"\\x41"',
      "'a''b'",
      ", x",
      "0x10",
      "1e3",
      ".5",
      "~",
      "null",
      "True",
      "-0",
      "+1",
      "00",
      "1_000",
      "2026-11-30",
      "yes",
      "<<: {}",
      "a: b: c",
      "\u00a0",
      "---",
    ];
    let quick = 0;
    let cases = 0;
    lines.forEach((line, i) => {
      const variants = [
        ...breakers.filter((_, k) => (i + k) % 4 === 0).map((b) => `${line} ${b}`),
        ...breakers.filter((_, k) => (i + k) % 12 === 0).map((b) => `${b}${line}`),
        ` ${line}`,
        `${line}\n${line}`,
        "",
      ];
      for (const variant of variants) {
        cases += 1;
        if (agree(lines.map((l, j) => (j === i ? variant : l)).join("\n"))) quick += 1;
      }
    });
    expect(cases).toBeGreaterThan(500);
    expect(quick).toBeGreaterThan(cases / 4);
  }, 120_000);

  it("agrees on fuzzed YAML-like text", () => {
    const key = fc.oneof(
      { arbitrary: fc.stringMatching(/^[a-z][a-z0-9_-]{0,8}$/), weight: 12 },
      {
        arbitrary: fc.constantFrom("null", "True", "__proto__", "1", '"q"', "a b", "constructor"),
        weight: 1,
      },
    );
    const scalar = fc.oneof(
      { arbitrary: fc.stringMatching(/^[A-Za-z][A-Za-z0-9 ,.;?'()-]{0,30}$/), weight: 8 },
      {
        arbitrary: fc.constantFrom(
          "1",
          "-3",
          "0.5",
          "007",
          "-0",
          "+1",
          "1e3",
          "0x1F",
          ".inf",
          "~",
          "",
          "TRUE",
        ),
        weight: 2,
      },
      {
        arbitrary: fc.constantFrom("a: b", "a #b", "a#b", "- x", "[x]", "{x: 1}", "&a x", "*a", "x:y", "yes"),
        weight: 1,
      },
      {
        arbitrary: fc.constantFrom("'it''s'", '"say \\"hi\\" \\n \\u00e9"', '"bad \\q"', "'open", '"open'),
        weight: 1,
      },
      { arbitrary: fc.string({ maxLength: 12 }), weight: 1 },
    );
    // Well-formed nesting most of the time, so that many texts reach the quick reader; then an
    // edit at a random place, some of the time.
    type Lines = (indent: number) => string[];
    const pad = (n: number) => " ".repeat(n);
    const { tree } = fc.letrec<{ tree: Lines; entry: Lines }>((tie) => ({
      entry: fc.oneof(
        { depthSize: "small" },
        fc.tuple(key, scalar).map(
          ([k, v]): Lines =>
            (n) => [`${pad(n)}${k}: ${v}`],
        ),
        fc.tuple(key, scalar, scalar).map(
          ([k, a, b]): Lines =>
            (n) => [`${pad(n)}${k}: [${a}, ${b}]`],
        ),
        fc.tuple(key, key, scalar).map(
          ([k, a, b]): Lines =>
            (n) => [`${pad(n)}${k}: { ${a}: ${b} }`],
        ),
        fc
          .tuple(
            key,
            fc.constantFrom("|", ">-", "|+", "|2"),
            fc.constantFrom("text", "two\n  lines", "", " more"),
          )
          .map(
            ([k, style, body]): Lines =>
              (n) => [`${pad(n)}${k}: ${style}`, `${pad(n + 2)}${body}`],
          ),
        fc.tuple(key, fc.array(scalar, { minLength: 1, maxLength: 3 })).map(
          ([k, items]): Lines =>
            (n) => [`${pad(n)}${k}:`, ...items.map((v) => `${pad(n + 2)}- ${v}`)],
        ),
        fc.tuple(key, tie("tree")).map(
          ([k, t]): Lines =>
            (n) => [`${pad(n)}${k}:`, ...(t as Lines)(n + 2)],
        ),
      ),
      tree: fc.array(tie("entry"), { minLength: 1, maxLength: 4 }).map(
        (entries): Lines =>
          (n) =>
            (entries as Lines[]).flatMap((e) => e(n)),
      ),
    }));
    const edit = fc.option(
      fc.tuple(
        fc.nat(),
        fc.constantFrom(" ", "\n", ":", "- ", "#", "'", '"', "[", "}", "&x ", "!t ", "---\n", "  ", "? "),
      ),
      { freq: 2 },
    );
    const text = fc.tuple(tree, edit).map(([lines, change]) => {
      const body = `${lines(0).join("\n")}\n`;
      if (!change) return body;
      const at = change[0] % body.length;
      return `${body.slice(0, at)}${change[1]}${body.slice(at)}`;
    });
    let quick = 0;
    fc.assert(
      fc.property(text, (t) => {
        if (agree(t)) quick += 1;
      }),
      { numRuns: 500, seed: 20261130 },
    );
    expect(quick).toBeGreaterThan(80);
  }, 120_000);
});

describe("what validate remembers between files", () => {
  it("answers as the scorer does, per line and per abusive flag, and per pattern", () => {
    const options = defaultCheckOptions();
    const lines = ["Where is my parcel?", "Refund me NOW or I'm calling my lawyer!", "Where is my parcel?"];
    for (const line of lines)
      for (const abusive of [false, true]) {
        expect(options.testedByLine?.(line, abusive)).toStrictEqual(testedByLine(line, abusive));
        expect(options.testedByLine?.(line, abusive)).toStrictEqual(testedByLine(line, abusive));
      }
    expect(options.testedByLine?.("Where is my parcel?", true)).not.toStrictEqual(
      options.testedByLine?.("Where is my parcel?", false),
    );
    for (const pattern of ["refund(ed)? now", "(a)\\1", "x*", "refund(ed)? now"])
      expect(options.checkPattern(pattern)).toStrictEqual(checkPattern(pattern));
  });
});
