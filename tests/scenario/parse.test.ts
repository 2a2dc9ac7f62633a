import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkScenario } from "../../src/scenario/check.js";
import type { Diagnostic } from "../../src/scenario/diagnostics.js";
import { defaultCheckOptions, parseScenarioText } from "../../src/scenario/load.js";
import { parseYaml } from "../../src/scenario/parse.js";
import { readTrainerFile } from "../../src/scenario/read.js";
import { Scenario } from "../../src/scenario/schema.js";
import { tempDir } from "../helpers/cli.js";

const fixtures = join(import.meta.dirname, "..", "fixtures");
const options = defaultCheckOptions();

function diagnose(name: string): Diagnostic[] {
  const file = join(fixtures, name);
  const { text, diagnostic } = readTrainerFile(file);
  if (text === undefined) return diagnostic ? [diagnostic] : [];
  const parsed = parseYaml(text, file, Scenario);
  return parsed.value
    ? [...parsed.diagnostics, ...checkScenario(parsed.value, file, parsed.locate, options)]
    : parsed.diagnostics;
}

const brief = (d: Diagnostic) => ({ line: d.line, col: d.col, rule: d.rule, severity: d.severity });

describe("scenario files: each bad input gets its rule, position and message", () => {
  it.each([
    // fixture                        line col rule                 message contains
    ["bad/malformed-yaml.yaml", 6, 1, "yaml-syntax", "flow sequence"],
    ["bad/wrong-type.yaml", 4, 13, "wrong-type", "difficulty"],
    ["bad/unknown-key.yaml", 2, 1, "unknown-key", "titel"],
    ["bad/duplicate-key.yaml", 5, 1, "duplicate-key", "twice"],
    ["bad/empty.yaml", 1, 1, "empty-file", "empty"],
    ["bad/missing-key.yaml", 1, 1, "missing-key", "`title`"],
    ["bad/bad-end-kind.yaml", 23, 10, "invalid-value", "turns.calmed.end"],
    ["bad/unknown-node.yaml", 20, 15, "unknown-node", "calmd"],
    ["bad/unreachable-node.yaml", 25, 3, "unreachable-node", "orphan"],
    ["bad/no-ending.yaml", 22, 3, "no-ending", "loop"],
    ["bad/unknown-signal.yaml", 19, 25, "unknown-signal", "no-such-signal"],
    ["bad/example-unknown-node.yaml", 30, 11, "unknown-node", "openin"],
    ["bad/control-characters.yaml", 15, 15, "control-character", "control character"],
    ["bad/alias-bomb.yaml", 1, 1, "alias-limit", "aliases"],
    ["bad/unsafe-pattern.yaml", 18, 14, "unsafe-pattern", "backreferences"],
    ["bad/example-answers-constructor.yaml", 30, 11, "unknown-node", "constructor"],
    ["bad/node-named-proto.yaml", 22, 3, "reserved-key", "__proto__"],
    ["bad/deep-flow-nesting.yaml", 2, 71, "too-deep", "deeper than 64 levels"],
    ["bad/deep-nesting.yaml", 66, 129, "too-deep", "deeper than 64 levels"],
    ["bad/js-function-tag.yaml", 2, 8, "yaml-tag", "js/function"],
    ["bad/unknown-tag.yaml", 3, 10, "yaml-tag", "!foo"],
    ["bad/yaml-version.yaml", 1, 7, "yaml-warning", "9.9"],
  ])("%s -> %s:%s %s", (fixture, line, col, rule, message) => {
    const diagnostics = diagnose(fixture);
    const found = diagnostics.find((d) => d.rule === rule);
    expect(found, JSON.stringify(diagnostics.map(brief))).toBeDefined();
    expect(found && brief(found)).toEqual({ line, col, rule, severity: "error" });
    expect(found?.message.toLowerCase()).toContain(String(message).toLowerCase());
  });

  it.each([
    // fixture                          line col rule                   message contains
    ["bad/impossible-condition.yaml", 19, 17, "impossible-condition", "`empathy: >= 999` can never hold"],
    ["bad/reversed-range.yaml", 19, 17, "impossible-condition", "`empathy: 90..10` can never hold"],
    ["bad/empty-expect.yaml", 32, 5, "empty-expect", "expects no score"],
    ["bad/zero-weights.yaml", 14, 3, "zero-weights", "every overall score is 0"],
  ])("%s warns -> %s:%s %s", (fixture, line, col, rule, message) => {
    const diagnostics = diagnose(fixture);
    expect(diagnostics.map(brief)).toEqual([{ line, col, rule, severity: "warning" }]);
    expect(diagnostics[0]?.message).toContain(message);
  });

  it("reads a node named `constructor` as an ordinary node", () => {
    expect(diagnose("good/node-named-constructor.yaml")).toEqual([]);
  });

  it("refuses nesting at the same place every run, however deep and whatever the stack", () => {
    const deep = `format: 1\ntitle: ${"[".repeat(200_000)}${"]".repeat(200_000)}\n`;
    const aliases = [
      "format: 1",
      "a0: &a0 [x]",
      ...Array.from({ length: 99 }, (_, i) => `a${i + 1}: &a${i + 1} [*a${i}]`),
    ];
    const run = (text: string) => parseYaml(text, "deep.yaml", Scenario).diagnostics.map(brief);
    expect(run(deep)).toEqual([{ line: 2, col: 71, rule: "too-deep", severity: "error" }]);
    expect(run(deep)).toEqual(run(deep));
    // Nesting built from aliases is measured too, at the alias that goes too deep.
    expect(run(aliases.join("\n"))).toEqual([{ line: 66, col: 11, rule: "too-deep", severity: "error" }]);
  });

  it("checks a generated 20,000-turn scenario in one pass (no timeout), with positions", () => {
    const turns = Array.from(
      { length: 20_000 },
      (_, i) =>
        `  t${i}: { customer: Where is my parcel?, hint: Say what you know., model: It left the depot today., next: [{ goto: ${i % 1000 === 999 ? "nowhere" : i + 1 < 20_000 ? `t${i + 1}` : "done"} }] }`,
    );
    const text = readFileSync(join(fixtures, "good/minimal.yaml"), "utf8").replace(
      /^turns:[\s\S]*/m,
      `turns:\n${turns.join("\n")}\n  done: { end: resolved, customer: Thanks. }\n`,
    );
    const started = Date.now();
    const diagnostics = parseScenarioText(text, "big.yaml").diagnostics;
    const unknown = diagnostics.filter((d) => d.rule === "unknown-node");
    expect(unknown).toHaveLength(20);
    expect(unknown[0]).toMatchObject({ line: 1013, col: 116, rule: "unknown-node" });
    // A budget far above the expected second or two: it catches a return to quadratic time.
    expect(Date.now() - started).toBeLessThan(60_000);
  }, 90_000);

  it("suggests the near key, node and value", () => {
    const suggestion = (fixture: string, rule: string) =>
      diagnose(fixture).find((d) => d.rule === rule)?.suggestion;
    expect(suggestion("bad/unknown-key.yaml", "unknown-key")).toBe("did you mean `title`?");
    expect(suggestion("bad/unknown-node.yaml", "unknown-node")).toBe("did you mean `calmed`?");
    expect(suggestion("bad/bad-end-kind.yaml", "invalid-value")).toBe('did you mean "resolved"?');
    expect(suggestion("bad/example-unknown-node.yaml", "unknown-node")).toBe("did you mean `opening`?");
  });

  it("says what was expected and what was found", () => {
    const [d] = diagnose("bad/wrong-type.yaml");
    expect(d?.expected).toBe("a number");
    expect(d?.found).toBe('the text "hard"');
    expect(d?.source).toBe("difficulty: hard");
  });

  it("reports the deep-nesting file without crashing", () => {
    const diagnostics = diagnose("bad/deep-nesting.yaml");
    expect(diagnostics.some((d) => d.severity === "error")).toBe(true);
  });

  it("accepts the minimal scenario and warns, without erroring, on a turn with no hint or model", () => {
    expect(diagnose("good/minimal.yaml")).toEqual([]);
    const warnings = diagnose("good/warnings-only.yaml");
    expect(warnings.map((d) => [d.rule, d.severity])).toEqual([
      ["missing-model", "warning"],
      ["missing-hint", "warning"],
    ]);
  });

  it("warns where a condition reads a dimension its turn never tests, at the key, with the fix", () => {
    const warnings = diagnose("good/untested-condition.yaml");
    expect(warnings.map((d) => [d.rule, d.severity, d.line])).toEqual([
      ["untested-dimension", "warning", 19],
      ["untested-dimension", "warning", 19],
    ]);
    expect(warnings[0]?.message).toContain("does not test empathy");
    expect(warnings[0]?.suggestion).toContain("tests: [calm, empathy, honesty]");
    expect(warnings[1]?.suggestion).toContain("no demand, pushback or threat");
  });
});

describe("reading trainer files", () => {
  const dir = tempDir("coach-read-");
  it.each([
    ["binary", Buffer.from([0x66, 0x6f, 0x00, 0x01, 0x02]), "binary-file"],
    ["latin1", Buffer.from([0x74, 0x69, 0x74, 0x6c, 0x65, 0x3a, 0xe9, 0x0a]), "encoding"],
    ["huge", Buffer.alloc(1024 * 1024 + 10, 0x61), "file-too-large"],
  ])("refuses a %s file", (name, bytes, rule) => {
    const file = join(dir, `${name}.yaml`);
    writeFileSync(file, bytes);
    expect(readTrainerFile(file).diagnostic?.rule).toBe(rule);
  });

  it("reports a missing path", () => {
    expect(readTrainerFile(join(dir, "nope.yaml")).diagnostic?.rule).toBe("path-not-found");
  });

  it("strips a byte-order mark", () => {
    const file = join(dir, "bom.yaml");
    writeFileSync(file, `\uFEFF${readFileSync(join(fixtures, "good/minimal.yaml"), "utf8")}`);
    expect(readTrainerFile(file).text?.startsWith("format: 1")).toBe(true);
  });
});
