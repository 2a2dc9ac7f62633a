import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { sourceWindow } from "../src/ui/diagnostics.js";
import { clip, safeJson, sanitize } from "../src/ui/text.js";
import { root, runCli, tempDir } from "./helpers/cli.js";

const fixtures = join(root, "tests", "fixtures");
// A file name that would retitle the terminal (OSC 0 ... BEL) and reverse the text after it (U+202E).
const HOSTILE = "evil\u001b]0;pwned\u0007\u202ename";
const RAW = ["\u001b", "\u0007", "\u202e", "\u009b"];

function hostileFolder(): string {
  const dir = tempDir("coach-names-");
  copyFileSync(join(fixtures, "good", "minimal.yaml"), join(dir, `${HOSTILE}.yaml`));
  copyFileSync(join(fixtures, "bad", "wrong-type.yaml"), join(dir, `bad${HOSTILE}.yaml`));
  const sub = join(dir, `folder${HOSTILE}`);
  mkdirSync(sub);
  copyFileSync(join(fixtures, "bad", "unknown-node.yaml"), join(sub, "unknown-node.yaml"));
  return dir;
}

describe("text shown on a terminal", () => {
  it.each([
    ["ESC sequences and BEL", "a\u001b[31mb\u001b]0;title\u0007c", "abc"],
    ["C1 controls", "a\u009b2Jb\u0085c", "a2Jbc"],
    ["bidi overrides and isolates", "a\u202ab\u202ec\u2066d\u2069e", "abcde"],
    ["newlines and tabs kept", "a\n\tb", "a\n\tb"],
  ])("sanitize removes %s", (_, input, output) => {
    expect(sanitize(input)).toBe(output);
  });

  it("clips long text with an ellipsis, never splitting a surrogate pair", () => {
    expect(clip("x".repeat(500))).toBe(`${"x".repeat(199)}…`);
    expect(clip("short")).toBe("short");
    expect(clip(`${"x".repeat(198)}😀yz`)).toBe(`${"x".repeat(198)}…`);
  });

  it("shows a window of a long source line with the caret where it was", () => {
    const line = `${"a".repeat(1000)}B${"c".repeat(1000)}`;
    const { text, col } = sourceWindow(line, 1001);
    expect(text.length).toBeLessThanOrEqual(200);
    expect(text.startsWith("…") && text.endsWith("…")).toBe(true);
    expect(text[col - 1]).toBe("B");
    expect(sourceWindow("short: line", 3)).toEqual({ text: "short: line", col: 3 });
  });

  it("JSON keeps the data but escapes what could steer a terminal", () => {
    const value = { file: "a\u009bb\u202ec\u001bd" };
    const json = safeJson(value);
    for (const raw of RAW) expect(json).not.toContain(raw);
    expect(JSON.parse(json)).toEqual(value);
  });
});

describe("file and folder names are sanitised in every command's output", () => {
  const dir = hostileFolder();
  it.each([
    [["validate", dir]],
    [["validate", dir, "--format", "json"]],
    [["test", dir]],
    [["test", dir, "--format", "json"]],
    [["test", dir, "--format", "junit"]],
    [["list", "--scenarios", dir]],
    [["list", "--json", "--scenarios", dir]],
    [["run", join(dir, `${HOSTILE}.yaml`), "--answers", "/dev/null"]],
  ])("coach %j prints no raw ESC, BEL or bidi override", (args) => {
    const { code, stdout, stderr } = runCli(args);
    expect(code).not.toBe(70);
    for (const raw of RAW) {
      expect(stdout).not.toContain(raw);
      expect(stderr).not.toContain(raw);
    }
    // The name is still recognisable, without the escape.
    expect(`${stdout}${stderr}`).toMatch(/evil|unknown-node|no problems|passed|\[\]/);
  });

  it("validate names the file, readable, with the sequence removed", () => {
    const { stdout } = runCli(["validate", dir]);
    expect(stdout).toContain("badevilname.yaml:4:13  error wrong type for difficulty");
    expect(stdout).toContain("folderevilname/unknown-node.yaml:20:15");
  });

  it("a 500 KB source line is not echoed whole", () => {
    const file = join(tempDir("coach-long-"), "long-line.yaml");
    writeFileSync(file, `format: 1\ntitle: ${"x".repeat(500_000)}: y\n`);
    for (const format of ["text", "json"]) {
      const { code, stdout } = runCli(["validate", file, "--format", format]);
      expect(code).toBe(1);
      expect(stdout.length).toBeLessThan(5_000);
    }
    expect(runCli(["validate", file]).stdout).toMatch(/ 2 \| title: x+…\n/);
  });
});

describe("a node named `constructor` works end to end", () => {
  const file = join(tempDir("coach-constructor-"), "constructor-node.yaml");
  writeFileSync(file, readFileSync(join(fixtures, "good", "node-named-constructor.yaml")));

  it("validate, test and run treat it as an ordinary node", () => {
    expect(runCli(["validate", file]).stdout).toContain("1 file, no problems");
    const tested = runCli(["test", file, "--format", "json"]);
    expect(tested.code).not.toBe(70);
    expect(JSON.parse(tested.stdout).results.length).toBeGreaterThan(0);
    const run = runCli(["run", file, "--json"], {
      input:
        "Three failures in a row would wear anyone down. I am so sorry; let me take this one by hand now.\n",
    });
    expect(run.code).toBe(0);
    const transcript = JSON.parse(run.stdout);
    expect(transcript.turns[0].node).toBe("opening");
    expect(transcript.closing?.node ?? transcript.turns[0].next).toMatch(/constructor|walkout/);
  });

  it("an example that answers a missing `constructor` is an error, not a crash", () => {
    const bad = join(fixtures, "bad", "example-answers-constructor.yaml");
    expect(runCli(["validate", bad]).stdout).toContain("answers `constructor`, which is not a node");
    expect(runCli(["test", bad]).code).not.toBe(70);
  });
});
