import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { VERSION } from "../src/version.js";
import { root, runCli } from "./helpers/cli.js";

const fixtures = join(root, "tests", "fixtures");

describe("coach (spawned CLI)", () => {
  it("--help lists every command with one line each", () => {
    const { code, stdout } = runCli(["--help"]);
    expect(code).toBe(0);
    for (const command of ["list", "validate", "schema", "score", "run"])
      expect(stdout).toMatch(new RegExp(`^  ${command}\\b.*\\S`, "m"));
  });

  it("no arguments outside a terminal prints help", () => {
    const { code, stdout } = runCli([]);
    expect(code).toBe(0);
    expect(stdout).toContain("Usage: coach");
  });

  it("--version prints the package version", () => {
    const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
    expect(VERSION).toBe(pkg.version);
    const { code, stdout } = runCli(["--version"]);
    expect(code).toBe(0);
    expect(stdout.trim()).toBe(pkg.version);
  });

  it.each([
    [["valdate"], /unknown command 'valdate'[\s\S]*Did you mean validate\?/],
    [["list", "--jsn"], /unknown option '--jsn'[\s\S]*Did you mean --json\?/],
    [["validate", "--format", "xml"], /argument 'xml' is invalid/],
  ])("usage mistake %j: one-line error with a suggestion, exit 2, no stack", (args, message) => {
    const { code, stderr } = runCli(args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});

describe("coach validate", () => {
  it("passes the shipped library", () => {
    const { code, stdout } = runCli(["validate"]);
    expect(stdout).toMatch(/\d+ files, no problems|warning/);
    expect(code).toBe(0);
  });

  it("reports every bad file with path:line:col, the line and a caret, and keeps going", () => {
    const { code, stdout } = runCli(["validate", "tests/fixtures/bad"]);
    expect(code).toBe(1);
    expect(stdout).toContain(
      "tests/fixtures/bad/unknown-node.yaml:20:15  error `calmd` is not a node of this scenario  (unknown-node)",
    );
    expect(stdout).toMatch(/ 20 \|\s+goto: calmd\n\s+\|\s+\^{5}/);
    expect(stdout).toContain("did you mean `calmed`?");
    expect(stdout).toContain("tests/fixtures/bad/empty.yaml:1:1  error the file is empty  (empty-file)");
    expect(stdout).toMatch(/\d+ errors, 4 warnings in 27 files \(27 files checked\)$/m);
  });

  it("--format json gives the same findings as data", () => {
    const { code, stdout } = runCli(["validate", "tests/fixtures/bad/wrong-type.yaml", "--format", "json"]);
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({ files: 1, errors: 1, warnings: 0 });
    expect(report.diagnostics[0]).toEqual({
      file: "tests/fixtures/bad/wrong-type.yaml",
      line: 4,
      col: 13,
      severity: "error",
      rule: "wrong-type",
      message: "wrong type for difficulty",
      expected: "a number",
      found: 'the text "hard"',
    });
  });

  it("flags duplicate scenario ids across folders", () => {
    const { code, stdout } = runCli(["validate", join(fixtures, "dup-a"), join(fixtures, "dup-b")]);
    expect(code).toBe(1);
    expect(stdout).toContain("(duplicate-id)");
  });

  it.each([
    [["validate", "no/such/path"], "no such file or folder  (path-not-found)"],
    [["validate", "tests/fixtures/empty-dir"], "holds no scenario files"],
  ])("%j is a clear error", (args, message) => {
    const { code, stdout } = runCli(args);
    expect(code).toBe(1);
    expect(stdout).toContain(message);
  });

  it("warnings alone exit 0", () => {
    const { code, stdout } = runCli(["validate", "tests/fixtures/good/warnings-only.yaml"]);
    expect(code).toBe(0);
    expect(stdout).toContain("2 warnings in 1 file");
  });
});

describe("coach list", () => {
  it("shows the shipped scenarios as a table", () => {
    const { code, stdout } = runCli(["list"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^ID\s+TITLE\s+LEVEL\s+TAGS/m);
    expect(stdout).toMatch(/refund-thrown-product\s+The headphones on the counter/);
  });

  it("--json includes scenarios from --scenarios and COACH_SCENARIOS", () => {
    const extra = join(fixtures, "good");
    const viaFlag = JSON.parse(runCli(["list", "--json", "--scenarios", extra]).stdout);
    const viaEnv = JSON.parse(runCli(["list", "--json"], { env: { COACH_SCENARIOS: extra } }).stdout);
    for (const list of [viaFlag, viaEnv]) {
      expect(list.map((s: { id: string }) => s.id)).toEqual(
        expect.arrayContaining(["minimal", "refund-thrown-product"]),
      );
      expect(list.find((s: { id: string }) => s.id === "minimal")).toMatchObject({
        title: "Minimal",
        difficulty: 1,
        tags: ["test"],
      });
    }
  });
});

describe("coach schema", () => {
  it("prints the JSON Schema that is committed in scenarios/", () => {
    const { code, stdout } = runCli(["schema"]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(
      JSON.parse(readFileSync(join(root, "scenarios", "scenario.schema.json"), "utf8")),
    );
  });
});
