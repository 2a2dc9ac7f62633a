import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../src/scenario/diagnostics.js";
import { loadRubricFile, loadScenarioFile } from "../src/scenario/load.js";
import { MAX_SCORED_CHARS, scoreReply } from "../src/scoring/index.js";
import { root, runCli, tempDir } from "./helpers/cli.js";

/**
 * A generated corpus of hostile trainer rubric files (scenarios/README.md, "rubrics:"), each used
 * by a scenario of its own. Every rubric and every scenario must load without throwing and say
 * where it is wrong (file:line:col, or the file itself when the file as a whole is refused);
 * `coach validate` on the folder exits 1, `coach test` and `coach run` refuse a scenario whose
 * rubric is bad with exit 1, and nothing printed carries a raw escape sequence or bidi override.
 * Files are made in one temporary folder; the CLI runs once per command over the whole folder.
 */

const base = readFileSync(join(root, "tests", "fixtures", "good", "minimal.yaml"), "utf8");

/** A rubric that is valid: the corpus breaks it one way at a time. */
const good = [
  "format: 1",
  "description: A shared rubric for tests.",
  "weights: { empathy: 2, honesty: 1 }",
  "avoid: [calm down]",
  "signals:",
  "  - id: offers-trace",
  "    kind: phrases",
  "    dimension: honesty",
  "    effect: helps",
  "    weight: 8",
  "    phrases: [trace number]",
  "    message: A reference makes the next step concrete.",
  "",
].join("\n");

const signal = (fields: string) =>
  `format: 1\nsignals:\n  - {id: s-one, kind: pattern, dimension: calm, effect: hurts, message: m, ${fields}}\n`;

/** What a case must give: an error (or warning) with this rule, at a position or on the whole file. */
interface Expect {
  rule?: string;
  severity?: "error" | "warning";
  /** The file as a whole is refused (binary, too large, not a file): line 0 is right. */
  whole?: boolean;
}

type Body = string | Buffer;

/** Rubric files that are wrong, by name (kebab-case, so each name can also name a scenario). */
function badRubrics(): [string, Body, Expect][] {
  const cases: [string, Body, Expect][] = [];
  const add = (name: string, body: Body, expected: Expect = {}) => cases.push([name, body, expected]);

  // Malformed YAML, generated: an unclosed bracket, quote or block on each line of a good rubric.
  const breakers: [string, (line: string) => string][] = [
    ["bracket", (l) => `${l} [`],
    ["brace", (l) => `${l} {`],
    ["dquote", (l) => `${l} "`],
    ["tab", (l) => `\t${l}`],
    ["colon", (l) => `${l}: : x`],
  ];
  const lines = good.split("\n").slice(0, -1);
  for (const [kind, broken] of breakers)
    for (const i of [0, 2, 5, 8, 10])
      add(`yaml-${kind}-line-${i + 1}`, lines.map((l, j) => (j === i ? broken(l) : l)).join("\n"));
  add("yaml-not-a-mapping", "- format: 1\n", { rule: "wrong-type" });
  add("yaml-scalar", "just some words\n", { rule: "wrong-type" });
  add("yaml-duplicate-key", `${good}format: 1\n`, { rule: "duplicate-key" });
  add(
    "yaml-alias-bomb",
    `${good}x: &a [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]\ny: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nz: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nw: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n`,
  );
  add("yaml-deep", `format: 1\ndescription: ${"[".repeat(3000)}${"]".repeat(3000)}\n`, { rule: "too-deep" });
  add("yaml-tag-js", good.replace("description: A", "description: !!js/function A"), { rule: "yaml-tag" });
  add("yaml-tag-custom", good.replace("description: A", "description: !foo A"), { rule: "yaml-tag" });
  add("yaml-directive", `%YAML 9.9\n---\n${good}`);
  add("yaml-two-documents", `${good}---\nformat: 1\n`);
  add("yaml-merge-key", `base: &b { calm: 2 }\nformat: 1\nweights: { <<: *b }\n`);

  // Wrong types, out-of-range values and unknown keys.
  add("type-format-2", good.replace("format: 1", "format: 2"));
  add("type-format-text", good.replace("format: 1", 'format: "1"'), { rule: "invalid-value" });
  add("no-format", good.replace("format: 1\n", ""));
  add("type-weights-number", good.replace("weights: { empathy: 2, honesty: 1 }", "weights: 3"), {
    rule: "wrong-type",
  });
  add("type-expect-text", `${good}expect: names-feeling\n`, { rule: "wrong-type" });
  add("type-avoid-number", good.replace("avoid: [calm down]", "avoid: 5"), { rule: "wrong-type" });
  add("type-signals-mapping", "format: 1\nsignals: {id: x}\n", { rule: "wrong-type" });
  add("type-signal-number", "format: 1\nsignals: [1]\n", { rule: "wrong-type" });
  add("signal-kind-unknown", good.replace("kind: phrases", "kind: regex"));
  add("signal-dimension-unknown", good.replace("dimension: honesty", "dimension: anger"));
  add("signal-effect-unknown", good.replace("effect: helps", "effect: neutral"));
  add("signal-weight-zero", good.replace("weight: 8", "weight: 0"), { rule: "out-of-range" });
  add("signal-weight-huge", good.replace("weight: 8", "weight: 51"), { rule: "out-of-range" });
  add("signal-weight-text", good.replace("weight: 8", 'weight: "8"'), { rule: "wrong-type" });
  add("signal-phrases-empty", good.replace("phrases: [trace number]", "phrases: []"));
  add("signal-no-message", good.replace("    message: A reference makes the next step concrete.\n", ""));
  add("signal-no-id", good.replace("  - id: offers-trace\n    kind", "  - kind"));
  add("unknown-key", good.replace("weights:", "weigths:"), { rule: "unknown-key" });
  add("unknown-signal-key", good.replace("    weight: 8", "    regex: x"), { rule: "unknown-key" });
  add("unknown-weight-key", good.replace("honesty: 1", "kindness: 1"), { rule: "unknown-key" });

  // Weights that are all 0, negative, or numbers in name only.
  add(
    "weights-all-zero",
    good.replace("{ empathy: 2, honesty: 1 }", "{ calm: 0, empathy: 0, honesty: 0, boundaries: 0 }"),
    {
      rule: "zero-weights",
      severity: "warning",
    },
  );
  add("weights-negative", good.replace("empathy: 2", "empathy: -1"), { rule: "out-of-range" });
  add("weights-nan-text", good.replace("empathy: 2", 'empathy: "NaN"'), { rule: "wrong-type" });
  add("weights-nan", good.replace("empathy: 2", "empathy: .nan"), { rule: "wrong-type" });
  add("weights-infinity", good.replace("empathy: 2", "empathy: .inf"), { rule: "wrong-type" });
  add("weights-minus-infinity", good.replace("empathy: 2", "empathy: -.inf"));
  add("weights-1e400", good.replace("empathy: 2", "empathy: 1e400"));
  add("weights-over-ten", good.replace("empathy: 2", "empathy: 11"), { rule: "out-of-range" });

  // Ids that name Object.prototype's members.
  add("id-proto", good.replace("id: offers-trace", "id: __proto__"));
  add("id-to-string", good.replace("id: offers-trace", "id: toString"), { rule: "invalid-value" });
  add("key-proto", `${good}__proto__: { format: 2 }\n`);
  add("key-constructor", `${good}constructor: 1\n`, { rule: "unknown-key" });
  add("weights-proto", good.replace("honesty: 1", "__proto__: 1"));
  add("weights-constructor", good.replace("honesty: 1", "constructor: 1"), { rule: "unknown-key" });
  add("expect-constructor", `${good}expect: [constructor]\n`, { rule: "unknown-signal" });
  add("expect-has-own-property", `${good}expect: [hasownproperty]\n`, { rule: "unknown-signal" });
  add("expect-to-string", `${good}expect: [to-string]\n`, { rule: "unknown-signal" });
  add("expect-proto", `${good}expect: [__proto__]\n`);

  // Duplicate signal ids.
  add(
    "duplicate-signal",
    `${good}  - {id: offers-trace, kind: phrases, dimension: calm, effect: helps, phrases: [x], message: m}\n`,
    { rule: "duplicate-signal" },
  );
  add("signal-built-in-id", good.replace("id: offers-trace", "id: names-feeling"));

  // Patterns: what a backtracking engine cannot run safely is refused; the rest runs in RE2.
  add("pattern-backreference", signal('pattern: "(a+)\\\\1"'), { rule: "unsafe-pattern" });
  add("pattern-named-backreference", signal('pattern: "(?P<x>a)(?P=x)"'), { rule: "unsafe-pattern" });
  add("pattern-lookahead", signal('pattern: "a(?=b)"'), { rule: "unsafe-pattern" });
  add("pattern-negative-lookahead", signal('pattern: "a(?!b)"'), { rule: "unsafe-pattern" });
  add("pattern-lookbehind", signal('pattern: "(?<=a)b"'), { rule: "unsafe-pattern" });
  add("pattern-negative-lookbehind", signal('pattern: "(?<!a)b"'), { rule: "unsafe-pattern" });
  add("pattern-atomic", signal('pattern: "(?>a+)b"'), { rule: "unsafe-pattern" });
  add("pattern-possessive", signal('pattern: "a++b"'), { rule: "unsafe-pattern" });
  add("pattern-huge-repeat", signal('pattern: "(a{1000}){1000}"'), { rule: "unsafe-pattern" });
  add("pattern-unclosed", signal('pattern: "(abc"'), { rule: "unsafe-pattern" });
  add("pattern-matches-empty", signal('pattern: "a*"'), { rule: "unsafe-pattern" });
  add("pattern-too-long", signal(`pattern: "${"a".repeat(301)}"`), { rule: "out-of-range" });
  add("pattern-empty", signal('pattern: ""'));

  // Odd unicode and control characters in names and messages.
  add(
    "esc-in-message",
    good.replace(
      "message: A reference makes the next step concrete.",
      'message: "\\e]0;pwned\\a A reference"',
    ),
    {
      rule: "control-character",
    },
  );
  add("raw-esc-in-message", good.replace("message: A", "message: \u001b[31mA"));
  add("raw-esc-in-key", `${good}\u001b]0;pwned\u0007weights: 1\n`);
  add("bidi-in-key", `${good}\u202Eevil: 1\n`, { rule: "unknown-key" });
  add("bidi-in-id", good.replace("id: offers-trace", "id: offers\u202Etrace"), { rule: "invalid-value" });
  add("c1-in-description", good.replace("description: A", "description: \u009b31mA"), {
    rule: "control-character",
  });
  add("zero-width-in-expect", `${good}expect: [names\u200B-feeling]\n`, {
    rule: "invalid-value",
  });
  add("cyrillic-in-id", good.replace("id: offers-trace", "id: оffers-trace"), { rule: "invalid-value" });

  // Files no rubric can be: empty, huge, binary, other encodings.
  add("empty", "", { rule: "empty-file" });
  add("only-spaces", "  \n\n\t\n");
  add("only-comments", "# nothing here\n");
  add("null-document", "null\n", { rule: "wrong-type" });
  add("huge", `${good}# ${"x".repeat(1_100_000)}\n`, { rule: "file-too-large", whole: true });
  add("binary", Buffer.from([0, 1, 2, 3, 255, 254, 0, 9]), { rule: "binary-file", whole: true });
  add("nul-in-text", good.replace("A shared", "A\u0000shared"), { whole: true });
  add("utf16le", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(good, "utf16le")]), {
    rule: "encoding",
    whole: true,
  });
  add("utf16be", Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(good, "utf16le").swap16()]), {
    rule: "encoding",
    whole: true,
  });
  add("latin1", Buffer.from(good.replace("tests.", "caf\u00e9s."), "latin1"), {
    rule: "encoding",
    whole: true,
  });
  return cases;
}

/** Rubric files that are strange but valid: they must load and work as ordinary rubrics. */
function oddButValid(): [string, Body][] {
  const redos = ["(a+)+$", "(a|a)*b", "(a|aa)+$", "((a*)*)*b", "(x+x+)+y", "(.*a){12}", "^(\\w+\\s?)+$"];
  return [
    ["crlf", good.replace(/\n/g, "\r\n")],
    ["cr-only", good.replace(/\n/g, "\r")],
    ["utf8-bom", `\uFEFF${good}`],
    ["long-line", good.replace("A shared rubric for tests.", "y".repeat(400_000))],
    ["bidi-in-message", good.replace("message: A", "message: \u202EA")],
    ["id-constructor", good.replace(/offers-trace/g, "constructor")],
    ["id-prototype", good.replace(/offers-trace/g, "prototype")],
    ["id-valueof", good.replace(/offers-trace/g, "valueof")],
    [
      "redos-patterns",
      `format: 1\nsignals:\n${redos
        .map(
          (p, i) =>
            `  - {id: redos-${i}, kind: pattern, dimension: calm, effect: hurts, message: m, pattern: ${JSON.stringify(p)}}`,
        )
        .join("\n")}\n`,
    ],
    [
      "many-patterns",
      `format: 1\nsignals:\n${Array.from(
        { length: 300 },
        (_, i) =>
          `  - {id: p-${i}, kind: pattern, dimension: calm, effect: hurts, message: m, pattern: "(a+)+(b|c)*[x-z]{1,40}q${i}$"}`,
      ).join("\n")}\n`,
    ],
    [
      "many-avoid-phrases",
      `format: 1\navoid:\n${Array.from({ length: 10_000 }, (_, i) => `  - p${i}`).join("\n")}\n`,
    ],
  ];
}

const scenarioUsing = (refs: string[]) =>
  base.replace(
    "tags: [test]\n",
    `tags: [test]\nrubrics: [${refs.map((r) => JSON.stringify(r)).join(", ")}]\n`,
  );
/** Where the first `rubrics:` entry sits in a scenario made by `scenarioUsing`. */
const REF_AT = { line: 6, col: 11 };

// biome-ignore lint/suspicious/noControlCharactersInRegex: this pattern exists to find control characters
const UNSAFE_OUTPUT = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

function expectPositions(diagnostics: readonly Diagnostic[], whole = false) {
  for (const d of diagnostics) {
    expect(d.message.length).toBeGreaterThan(0);
    if (whole) continue;
    expect(d.line, `${d.rule}: ${d.message}`).toBeGreaterThanOrEqual(1);
    expect(d.col, `${d.rule}: ${d.message}`).toBeGreaterThanOrEqual(1);
  }
}

describe("a generated corpus of hostile rubric files", () => {
  const bad = badRubrics();
  const odd = oddButValid();
  const dir = tempDir("coach-hostile-rubrics-");
  const lib = join(dir, "lib");
  const rubrics = join(lib, "rubrics");
  mkdirSync(rubrics, { recursive: true });
  for (const [name, body] of [...bad, ...odd]) {
    writeFileSync(join(rubrics, `${name}.yaml`), body);
    writeFileSync(join(lib, `use-${name}.yaml`), scenarioUsing([`rubrics/${name}.yaml`]));
  }

  // Rubric paths that leave the folder or lead nowhere readable.
  writeFileSync(join(dir, "outside.yaml"), good);
  mkdirSync(join(dir, "elsewhere"));
  writeFileSync(join(dir, "elsewhere", "r.yaml"), good);
  symlinkSync(join(dir, "outside.yaml"), join(rubrics, "link-out.yaml"));
  symlinkSync(join(dir, "elsewhere"), join(rubrics, "folder-out"));
  symlinkSync("loop-b.yaml", join(rubrics, "loop-a.yaml"));
  symlinkSync("loop-a.yaml", join(rubrics, "loop-b.yaml"));
  symlinkSync("nothing-here.yaml", join(rubrics, "dangling.yaml"));
  mkdirSync(join(rubrics, "a-folder.yaml"));
  execFileSync("mkfifo", [join(rubrics, "fifo.yaml")]);
  writeFileSync(join(rubrics, "a.yaml"), good);
  writeFileSync(
    join(rubrics, "b.yaml"),
    good.replace("weights: { empathy: 2, honesty: 1 }", "weights: { calm: 2 }"),
  );
  // A file name that would recolour the terminal and reverse the line if printed raw.
  const evilName = "evil-\u001b[31m-\u202Eeman.yaml";
  writeFileSync(join(rubrics, evilName), "format: 1\nweigths: {}\n");
  const paths: [string, string[], string][] = [
    ["path-escape-in-file-name", [`rubrics/${evilName}`], "rubric-invalid"],
    ["path-dot-dot", ["../outside.yaml"], "rubric-outside"],
    ["path-dot-dot-inside", ["rubrics/../../outside.yaml"], "rubric-outside"],
    ["path-absolute", [join(dir, "outside.yaml")], "rubric-outside"],
    ["path-etc-passwd", ["/etc/passwd.yaml"], "rubric-outside"],
    ["path-link-out", ["rubrics/link-out.yaml"], "rubric-outside"],
    ["path-folder-link-out", ["rubrics/folder-out/r.yaml"], "rubric-outside"],
    ["path-loop", ["rubrics/loop-a.yaml"], "rubric-link-loop"],
    ["path-dangling", ["rubrics/dangling.yaml"], "rubric-not-found"],
    ["path-missing", ["rubrics/none.yaml"], "rubric-not-found"],
    ["path-folder", ["rubrics/a-folder.yaml"], "rubric-invalid"],
    ["path-fifo", ["rubrics/fifo.yaml"], "rubric-invalid"],
    ["path-self", ["path-self.yaml"], "rubric-invalid"],
    ["path-escape-in-name", ["rubrics/\u001b]0;pwned\u0007.yaml"], "rubric-not-found"],
    ["path-very-long", [`rubrics/${"x".repeat(5000)}.yaml`], "rubric-not-found"],
    ["path-twice", ["rubrics/a.yaml", "rubrics/a.yaml"], "duplicate-rubric"],
    ["path-same-signal-twice", ["rubrics/a.yaml", "rubrics/b.yaml"], "duplicate-signal"],
  ];
  for (const [name, refs] of paths) writeFileSync(join(lib, `${name}.yaml`), scenarioUsing(refs));

  it("has at least 60 hostile rubric files and paths", () => {
    expect(bad.length + paths.length).toBeGreaterThanOrEqual(60);
  });

  it.each(bad)("rubric %s: refused with a clear diagnostic where it is wrong", (name, _body, expected) => {
    const loaded = loadRubricFile(join(rubrics, `${name}.yaml`));
    const severity = expected.severity ?? "error";
    const found = loaded.diagnostics.filter((d) => d.severity === severity);
    expect(found.length, JSON.stringify(loaded.diagnostics)).toBeGreaterThan(0);
    if (expected.rule) expect(found.map((d) => d.rule)).toContain(expected.rule);
    expectPositions(loaded.diagnostics, expected.whole);
    // The scenario using it says which `rubrics:` entry is wrong (a warning leaves it usable).
    const scenario = loadScenarioFile(join(lib, `use-${name}.yaml`));
    const errors = scenario.diagnostics.filter((d) => d.severity === "error");
    if (severity === "warning") expect(errors).toEqual([]);
    else
      expect(errors).toContainEqual(
        expect.objectContaining({
          ...REF_AT,
          rule: "rubric-invalid",
          message: expect.stringContaining(name),
        }),
      );
  });

  it.each(odd)("rubric %s: odd but valid, it loads and its scenario has no errors", (name) => {
    const loaded = loadRubricFile(join(rubrics, `${name}.yaml`));
    expect(
      loaded.diagnostics.filter((d) => d.severity === "error"),
      JSON.stringify(loaded.diagnostics),
    ).toEqual([]);
    expect(loaded.rubric).toBeDefined();
    const scenario = loadScenarioFile(join(lib, `use-${name}.yaml`));
    expect(scenario.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  });

  it.each(paths)("scenario %s: the rubrics: entry is refused at its position", (name, _refs, rule) => {
    const scenario = loadScenarioFile(join(lib, `${name}.yaml`));
    const errors = scenario.diagnostics.filter((d) => d.severity === "error");
    expect(
      errors.map((d) => d.rule),
      JSON.stringify(errors),
    ).toContain(rule);
    expectPositions(errors);
    const at = errors.find((d) => d.rule === rule);
    expect(at?.line).toBe(REF_AT.line);
  });

  it("a rubric that cannot be read says why in the scenario that uses it", () => {
    const reason = (name: string) =>
      loadScenarioFile(join(lib, `${name}.yaml`)).diagnostics.find((d) => d.rule === "rubric-invalid")
        ?.message;
    expect(reason("path-fifo")).toMatch(/not a regular file/);
    expect(reason("path-folder")).toMatch(/not a regular file/);
    expect(reason("use-binary")).toMatch(/binary/);
    expect(reason("use-utf16le")).toMatch(/UTF-16/);
    expect(reason("use-huge")).toMatch(/at most 1 MiB/);
  });

  it("ids named after Object.prototype members are ordinary signal ids, and unknown ones are refused", () => {
    const scenario = loadScenarioFile(join(lib, "use-id-constructor.yaml")).scenario;
    const card = scoreReply("Here is the trace number for it.", { signals: scenario?.signals ?? [] });
    const fired = card.evidence.filter((f) => f.signal === "constructor");
    expect(fired).toHaveLength(1);
    for (const name of ["expect-constructor", "expect-has-own-property"]) {
      const loaded = loadRubricFile(join(rubrics, `${name}.yaml`));
      expect(loaded.diagnostics.map((d) => d.rule)).toContain("unknown-signal");
    }
  });

  it("patterns that would hang a backtracking engine run in linear time on the longest reply", () => {
    for (const name of ["redos-patterns", "many-patterns"]) {
      const signals = loadScenarioFile(join(lib, `use-${name}.yaml`)).scenario?.signals ?? [];
      expect(signals.length).toBeGreaterThan(5);
      for (const evil of ["a".repeat(MAX_SCORED_CHARS - 1), `${"x".repeat(MAX_SCORED_CHARS - 2)}!`]) {
        const start = performance.now();
        scoreReply(`${evil}!`, { signals });
        expect(performance.now() - start, name).toBeLessThan(10_000);
      }
    }
  });

  it("coach validate on the folder: exit 1, every bad file named with its position, nothing raw printed", () => {
    const { code, stdout, stderr } = runCli(["validate", lib]);
    expect(code).toBe(1);
    expect(stderr).not.toMatch(/internal error|\n\s+at .*:\d+:\d+/);
    expect(stdout).not.toMatch(UNSAFE_OUTPUT);
    expect(stderr).not.toMatch(UNSAFE_OUTPUT);
    for (const [name, , expected] of bad) {
      const where = expected.whole ? `rubrics/${name}.yaml ` : `rubrics/${name}.yaml:`;
      expect(stdout, name).toContain(where);
    }
    for (const [name] of paths) expect(stdout, name).toMatch(new RegExp(`${name}\\.yaml:6:\\d+ +error`));
    expect(stdout).toMatch(/rubrics\/loop-a\.yaml +error .*loop/);
    expect(stdout).toMatch(/rubrics\/fifo\.yaml +warning .*not a regular file/);
    expect(stdout).toMatch(/rubrics\/evil--eman\.yaml:2:1 +error .*weigths/);
  });

  it("coach validate on a FIFO names it as one, not as a folder, and never opens it", () => {
    const { code, stdout } = runCli(["validate", join(rubrics, "fifo.yaml")]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/fifo\.yaml +error not a regular file or folder/);
    expect(stdout).not.toMatch(/folder cannot be read|holds no scenario files/);
  });

  it("coach test on the folder refuses the bad scenarios with exit 1, printing nothing raw", () => {
    const { code, stdout, stderr } = runCli(["test", lib, "--no-models"]);
    expect(code).toBe(1);
    expect(stderr).not.toMatch(/internal error|\n\s+at .*:\d+:\d+/);
    expect(`${stdout}${stderr}`).not.toMatch(UNSAFE_OUTPUT);
    // The scenarios that cannot be tested are named on stderr, with the rubrics: entry at fault.
    expect(stderr).toMatch(/use-binary\.yaml:6:11 +error .*binary/);
    expect(stderr).toMatch(/path-loop\.yaml:6:11 +error .*loop/);
  });

  it.each(["path-fifo.yaml", "path-loop.yaml", "path-link-out.yaml", "use-raw-esc-in-key.yaml"])(
    "coach run %s refuses with exit 1 before the session starts",
    (file) => {
      const data = tempDir("coach-hostile-rubric-run-");
      const { code, stdout, stderr } = runCli(["run", join(lib, file), "--plain", "--answers", "-"], {
        input: "I can see why you are upset.\n",
        env: { COACH_DATA: data, COACH_DATA_DIR: data },
      });
      expect(code).toBe(1);
      expect(stderr).toMatch(/has errors; fix them before practising/);
      expect(stderr).not.toMatch(/internal error|\n\s+at .*:\d+:\d+/);
      expect(`${stdout}${stderr}`).not.toMatch(UNSAFE_OUTPUT);
      expect(stdout).not.toMatch(/TURN 1/);
    },
  );

  it("coach run with a rubric whose message holds a bidi override shows the message without it", () => {
    const { code, stdout } = runCli(
      ["run", join(lib, "use-bidi-in-message.yaml"), "--plain", "--answers", "-"],
      {
        input: "I am sorry, here is the trace number so you can follow it.\n",
      },
    );
    expect(code).toBe(0);
    expect(stdout).toContain("A reference makes the next step concrete.");
    expect(stdout).not.toMatch(UNSAFE_OUTPUT);
  });
});
