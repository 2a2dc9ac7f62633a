import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadScenarioFile } from "../src/scenario/load.js";
import { root, runCli, tempDir } from "./helpers/cli.js";

/**
 * A generated corpus of hostile scenario and rubric files (issue: nothing lost, hostile files).
 * Every file must load without throwing, give diagnostics with a position where it is wrong, and
 * `coach validate` on the whole folder must end with exit 1 (content problems), never 70.
 */
const base = readFileSync(join(root, "tests", "fixtures", "good", "minimal.yaml"), "utf8");

function corpus(): [string, string | Buffer][] {
  const files: [string, string | Buffer][] = [];
  const add = (name: string, body: string | Buffer) => files.push([name, body]);
  // Broken YAML syntax, in many places.
  const breakers = ["[", "{", "- -", ": :", "'", '"', "&", "*", "!", "%", "@", "`", "|-\n x", ">\n\t", "? "];
  base.split("\n").forEach((_, i) => {
    breakers.forEach((b, k) => {
      if ((i + k) % 3 === 0)
        add(
          `syntax-${i}-${k}.yaml`,
          base
            .split("\n")
            .map((l, j) => (j === i ? `${l} ${b}` : l))
            .join("\n"),
        );
    });
  });
  // Wrong types and unknown keys.
  const keys: [string, string][] = [
    ["difficulty", "hard"],
    ["difficulty", "99"],
    ["format", "2"],
    ["tags", "retail"],
    ["title", "[]"],
    ["persona", "nobody"],
    ["turns", "[]"],
    ["facts", "yes"],
    ["colour", "blue"],
    ["__proto__", "{}"],
    ["constructor", "1"],
  ];
  for (const [key, value] of keys)
    add(`key-${key}-${value.replace(/\W/g, "")}.yaml`, `${base}\n${key}: ${value}\n`);
  // Odd unicode and control characters.
  for (const [name, text] of [
    ["bidi", "\u202Eevil"],
    ["escape", "\u001b]0;pwned\u0007"],
    ["nul", "a\u0000b"],
    ["zero-width", "\u200Bhidden"],
    ["emoji", "😡😡😡"],
    ["c1", "\u0085\u009b31m"],
  ])
    add(`text-${name}.yaml`, base.replace("A minimal scenario for tests.", JSON.stringify(text)));
  // Encodings, endings and sizes.
  add("bom.yaml", `\uFEFF${base}`);
  add("crlf.yaml", base.replace(/\n/g, "\r\n"));
  add("cr-only.yaml", base.replace(/\n/g, "\r"));
  add("utf16.yaml", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(base, "utf16le")]));
  add("latin1.yaml", Buffer.from(base.replace("shop", "caf\u00e9"), "latin1"));
  add("binary.yaml", Buffer.from([0, 1, 2, 3, 255, 254, 0, 9]));
  add("empty.yaml", "");
  add("spaces.yaml", "   \n\n  \t\n");
  add("huge.yaml", `${base}\n# ${"x".repeat(1_100_000)}\n`);
  add("long-line.yaml", base.replace("A minimal scenario for tests.", "y".repeat(500_000)));
  // Structure: aliases, nesting, graph.
  add(
    "alias-bomb.yaml",
    `a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c]\n`,
  );
  add("deep.yaml", `${"[".repeat(5000)}${"]".repeat(5000)}`);
  add("deep-map.yaml", `${Array.from({ length: 2000 }, (_, i) => `${"  ".repeat(i)}k${i}:`).join("\n")} 1\n`);
  add("self-goto.yaml", base.replace("goto: walkout", "goto: opening"));
  add("unknown-goto.yaml", base.replace("goto: walkout", "goto: nowhere"));
  add("no-turns.yaml", base.replace(/turns:[\s\S]*?examples:/, "turns: {}\nexamples:"));
  add("impossible.yaml", base.replace('empathy: ">= 60"', 'empathy: ">= 999"'));
  add("tag.yaml", base.replace("title: Minimal", "title: !!js/function 'function(){}'"));
  add("yaml-directive.yaml", `%YAML 9.9\n---\n${base}`);
  add("duplicate-key.yaml", `${base}\ntitle: Again\n`);
  add("node-constructor.yaml", base.replace(/calmed/g, "constructor"));
  add("node-proto.yaml", base.replace(/calmed/g, "__proto__"));
  add(
    "pattern-redos.yaml",
    `${base}\nsignals:\n  - {id: s, kind: pattern, dimension: calm, effect: hurts, pattern: "(a+)+$", message: m}\n`,
  );
  add(
    "pattern-backref.yaml",
    `${base}\nsignals:\n  - {id: s, kind: pattern, dimension: calm, effect: hurts, pattern: "(a)\\\\1", message: m}\n`,
  );
  add("rubric-escape.yaml", `${base}\nrubrics: [../../../../etc/passwd.yaml]\n`);
  return files;
}

describe("a generated corpus of hostile scenario files", () => {
  const files = corpus();
  const dir = tempDir("coach-hostile-");
  mkdirSync(join(dir, "lib"), { recursive: true });
  for (const [name, body] of files) writeFileSync(join(dir, "lib", name), body);

  it("has at least 150 files", () => {
    expect(files.length).toBeGreaterThanOrEqual(150);
  });

  it.each(files.map(([name]) => name))("%s loads without throwing; each problem has a position", (name) => {
    const loaded = loadScenarioFile(join(dir, "lib", name));
    for (const d of loaded.diagnostics) {
      expect(d.line).toBeGreaterThanOrEqual(0);
      expect(d.col).toBeGreaterThanOrEqual(0);
      expect(d.message.length).toBeGreaterThan(0);
    }
  });

  it("coach validate on the whole folder ends with content problems (1), never an internal error", () => {
    const { code, stdout, stderr } = runCli(["validate", join(dir, "lib")]);
    expect(code).toBe(1);
    expect(stderr).not.toMatch(/internal error|at .*\.js:\d+/);
    expect(stdout.includes("\u001b]0;pwned")).toBe(false);
    expect(stdout.includes("\u202E")).toBe(false);
  });
});
