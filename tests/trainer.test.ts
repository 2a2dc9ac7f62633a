import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { defaultCheckOptions, loadScenarioFile, mergeRubrics, resolveRubric } from "../src/scenario/load.js";
import type { RubricFile, Scenario } from "../src/scenario/schema.js";
import { type Scorecard, scoreReply } from "../src/scoring/index.js";
import { compare, describeComparison } from "../src/session/conditions.js";
import { checkExample, checkModel } from "../src/trainer/examples.js";
import { root, runCli, tempDir } from "./helpers/cli.js";

const made: string[] = [];
const temp = () => {
  const dir = tempDir("coach-trainer-");
  made.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

const failing = join(root, "tests", "fixtures", "trainer", "wrong-expectation.yaml");
const exemplar = join(root, "scenarios", "refund-thrown-product.yaml");

describe("expectations", () => {
  it.each([
    [72, "strong", true],
    [69, "strong", false],
    [40, "developing", true],
    [39, "needs work", true],
    [60, ">= 60", true],
    [59, ">= 60", false],
    [39, "< 40", true],
    [55, "40..69", true],
    [70, "40..69", false],
    [55, 55, true],
    [55, "!= 55", false],
  ] as const)("%i against %j: %s", (score, spec, expected) => {
    expect(compare(score, spec)).toBe(expected);
  });

  it("describes what was expected in words a trainer reads", () => {
    expect(describeComparison("strong")).toMatch(/strong.*70/);
    expect(describeComparison(">= 60")).toBe(">= 60");
  });

  it("checks bands, signals that must fire or stay silent, and the transition", () => {
    const loaded = loadScenarioFile(exemplar);
    const scenario = loaded.scenario as Scenario;
    const card = (scores: Scorecard["scores"], signal?: string): Scorecard =>
      ({
        scores,
        bands: { calm: "strong", empathy: "strong", honesty: "strong", boundaries: "strong" },
        overall: 70,
        evidence: signal
          ? [
              {
                signal,
                dimension: "empathy",
                effect: "helps",
                points: 10,
                span: { start: 0, end: 1, text: "x" },
                message: "m",
              },
            ]
          : [],
        dimensions: {} as Scorecard["dimensions"],
        assessed: { calm: true, empathy: true, honesty: true, boundaries: true },
        tip: { text: "t" },
      }) as Scorecard;
    const fixed = (c: Scorecard) => () => c;
    const example = {
      name: "e",
      node: "opening",
      reply: "r",
      expect: { empathy: ">= 60" },
      fires: ["names-feeling"],
      silent: ["sarcasm"],
    };
    const pass = checkExample(
      scenario,
      example,
      fixed(card({ calm: 80, empathy: 75, honesty: 70, boundaries: 70 }, "names-feeling")),
    );
    expect(pass.failures).toEqual([]);
    const fail = checkExample(
      scenario,
      { ...example, silent: ["names-feeling"] },
      fixed(card({ calm: 80, empathy: 50, honesty: 70, boundaries: 70 })),
    );
    expect(fail.failures.map((f) => f.what).sort()).toEqual(["empathy", "fires names-feeling"]);
    expect(fail.failures.find((f) => f.what === "empathy")).toMatchObject({
      expected: ">= 60",
      actual: "50 (strong)",
    });
    // An expectation on a dimension the turn did not test fails with the reason, never a number.
    const untested = checkExample(scenario, example, () => ({
      ...card({ calm: 80, empathy: 75, honesty: 70, boundaries: 70 }, "names-feeling"),
      assessed: { calm: true, empathy: false, honesty: true, boundaries: true },
      untested: { empathy: "not tested here (a question for facts)" },
    }));
    expect(untested.failures).toEqual([
      { what: "empathy", expected: ">= 60", actual: "not tested here (a question for facts)" },
    ]);
  });
});

describe("model answers as tests", () => {
  const scenario = loadScenarioFile(exemplar).scenario as Scenario;
  const node = "refund-timing";
  it.each([
    // reply, passes, failing dimensions
    ["Read the sign. Next.", false, ["calm", "empathy", "honesty"]],
    [String([(scenario.turns[node] as { model?: string | string[] }).model].flat()[0]), true, []],
  ])("%s -> passes %s", (reply, passes, dims) => {
    const result = checkModel(scenario, node, reply, scoreReply);
    expect(result.passed).toBe(passes);
    for (const d of dims) expect(result.failures.map((f) => f.what)).toContain(d);
  });
});

describe("shared rubric files", () => {
  const scenario = {
    rubric: { weights: { empathy: 2 }, avoid: ["calm down"], expect: ["names-feeling"] },
    signals: [],
  } as unknown as Scenario;
  const retail = {
    format: 1,
    weights: { empathy: 1.2, boundaries: 1.5 },
    avoid: ["not my problem"],
    signals: [{ id: "a" }],
  } as unknown as RubricFile;
  const team = {
    format: 1,
    weights: { boundaries: 3 },
    avoid: ["calm down"],
    signals: [{ id: "b" }],
  } as unknown as RubricFile;

  it("merges in order: rubric files first, then the scenario (later layers win on weights)", () => {
    const merged = mergeRubrics(scenario, [retail, team]);
    expect(merged.rubric?.weights).toEqual({ empathy: 2, boundaries: 3 });
    expect(merged.rubric?.avoid).toEqual(["not my problem", "calm down"]);
    expect(merged.rubric?.expect).toEqual(["names-feeling"]);
    expect(merged.signals?.map((s) => s.id)).toEqual(["a", "b"]);
  });

  it("resolves rubric paths inside the scenario's folder and refuses ones that escape it", () => {
    const dir = temp();
    mkdirSync(join(dir, "lib", "rubrics"), { recursive: true });
    writeFileSync(join(dir, "lib", "rubrics", "ok.yaml"), "format: 1\nweights: { empathy: 2 }\n");
    writeFileSync(join(dir, "secret.yaml"), "format: 1\n");
    symlinkSync(join(dir, "secret.yaml"), join(dir, "lib", "rubrics", "link.yaml"));
    const scenarioFile = join(dir, "lib", "s.yaml");
    const options = defaultCheckOptions();
    expect(resolveRubric(scenarioFile, "rubrics/ok.yaml", options)).toHaveProperty("rubric");
    expect(resolveRubric(scenarioFile, "../secret.yaml", options)).toMatchObject({ rule: "rubric-outside" });
    expect(resolveRubric(scenarioFile, "/etc/passwd", options)).toMatchObject({ rule: "rubric-outside" });
    expect(resolveRubric(scenarioFile, "rubrics/link.yaml", options)).toMatchObject({
      rule: "rubric-outside",
    });
    expect(resolveRubric(scenarioFile, "rubrics/none.yaml", options)).toMatchObject({
      rule: "rubric-not-found",
    });
  });

  it("coach validate checks rubric files with positions, and coach schema --rubric prints their schema", () => {
    const dir = temp();
    mkdirSync(join(dir, "rubrics"));
    writeFileSync(join(dir, "rubrics", "bad-rubric.yaml"), "format: 1\nweigths: { empathy: 2 }\n");
    const { code, stdout } = runCli(["validate", join(dir, "rubrics", "bad-rubric.yaml")]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/bad-rubric\.yaml:2:1 .*weigths/);
    expect(stdout).toMatch(/did you mean .?weights/);
    const schema = runCli(["schema", "--rubric"]);
    expect(schema.code).toBe(0);
    expect(JSON.parse(schema.stdout)).toEqual(
      JSON.parse(readFileSync(join(root, "scenarios", "rubric.schema.json"), "utf8")),
    );
  });
});

describe("coach test", () => {
  it("passes the shipped library: one summary line, exit 0", () => {
    const { code, stdout } = runCli(["test"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^\d+ passed, 0 failed$/m);
  });

  it("fails on a wrong expectation: file:line, name, expected and actual, the evidence, exit 1", () => {
    const { code, stdout } = runCli(["test", failing]);
    expect(code).toBe(1);
    expect(stdout).toMatch(
      /^FAIL tests\/fixtures\/trainer\/wrong-expectation\.yaml:\d+ {2}feelings first, then the refund/m,
    );
    expect(stdout).toMatch(/empathy: expected needs work \(0-39\), got \d+ \(strong\)/);
    expect(stdout).toMatch(/\+\d+ “.+” .*\(names-feeling\)/);
    expect(stdout).toMatch(/^6 passed, 1 failed$/m);
  });

  it("--format json gives the results as data", () => {
    const { code, stdout, stderr } = runCli(["test", failing, "--format", "json"]);
    expect(code).toBe(1);
    const data = JSON.parse(stdout);
    expect(data).toMatchObject({ passed: 6, failed: 1 });
    expect(data.results.filter((r: { kind: string }) => r.kind === "model")).toHaveLength(4);
    expect(data.results[0]).toMatchObject({ name: "feelings first, then the refund", passed: false });
    expect(stderr).toMatch(/^6 passed, 1 failed$/m);
  });

  it("--format junit writes JUnit XML for CI", () => {
    const out = join(temp(), "junit.xml");
    const { code, stdout } = runCli(["test", failing, "--format", "junit", "--output", out]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^6 passed, 1 failed$/m);
    const xml = readFileSync(out, "utf8");
    expect(xml).toMatch(/^<\?xml version="1.0"/);
    expect(xml).toMatch(/<testsuites name="coach test" tests="7" failures="1">/);
    expect(xml.match(/<testcase /g)).toHaveLength(7);
    expect(xml).toMatch(/<failure message="[^"]*empathy: expected needs work/);
  });

  it("a scenario that fails validation is a content problem: exit 1, with file:line:col", () => {
    const { code, stderr } = runCli(["test", join(root, "tests", "fixtures", "bad", "unknown-node.yaml")]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/unknown-node\.yaml:\d+:\d+/);
  });
});

describe("coach init", () => {
  it("creates a folder that validates and whose tests pass, and never overwrites", () => {
    const dir = join(temp(), "team");
    const first = runCli(["init", dir]);
    expect(first.code).toBe(0);
    for (const file of ["README.md", "scenario.schema.json", "rubric.schema.json", ".vscode/settings.json"])
      expect(existsSync(join(dir, file)), file).toBe(true);
    expect(runCli(["validate", dir]).code).toBe(0);
    const tests = runCli(["test", dir]);
    expect(tests.code).toBe(0);
    expect(tests.stdout).toMatch(/^[1-9]\d* passed, 0 failed$/m);

    const readme = join(dir, "README.md");
    writeFileSync(readme, "my notes");
    const second = runCli(["init", dir]);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/kept .*README\.md/);
    expect(readFileSync(readme, "utf8")).toBe("my notes");
  });
});

describe("coach test --watch", () => {
  /** Starts `coach test FILE --watch`; `waitFor` polls its output for a pattern (10 s at most). */
  async function watching(file: string) {
    const { spawn } = await import("node:child_process");
    const { cliPath } = await import("./helpers/cli.js");
    const child = spawn(process.execPath, [cliPath, "test", file, "--watch"], {
      env: { ...process.env, NO_COLOR: "1" },
    });
    const seen = { out: "" };
    child.stdout.on("data", (chunk: Buffer) => {
      seen.out += chunk.toString();
    });
    const waitFor = async (pattern: RegExp) => {
      for (let i = 0; i < 100 && !pattern.test(seen.out); i++) await new Promise((r) => setTimeout(r, 100));
      return pattern.test(seen.out);
    };
    return { child, seen, waitFor };
  }

  it("re-runs a file's examples when it is saved and shows how the scores moved", async () => {
    const dir = temp();
    const file = join(dir, "watched.yaml");
    writeFileSync(
      file,
      readFileSync(exemplar, "utf8").replace("$schema=./scenario.schema.json", "$schema=x.json"),
    );
    const { child, seen, waitFor } = await watching(file);
    try {
      expect(await waitFor(/Watching 1 files/)).toBe(true);
      // Make the first example's reply poorer: its scores move and its expectations fail.
      const text = readFileSync(file, "utf8").replace(
        "A week is far too soon for them to stop working, I can see why you're fed up.",
        "Calm down, it's only headphones.",
      );
      writeFileSync(file, text);
      expect(await waitFor(/Watching[\s\S]*\d+ passed, \d+ failed/)).toBe(true);
      expect(seen.out).toMatch(/FAIL feelings first, then the refund .*calm \d+→\d+/);
    } finally {
      child.kill();
    }
  }, 20_000);

  it("re-runs a scenario's examples when a rubric file it uses is saved, reading the new rubric", async () => {
    const dir = temp();
    mkdirSync(join(dir, "rubrics"));
    const rubric = join(dir, "rubrics", "r.yaml");
    const rubricText = (weight: number) =>
      `format: 1\nsignals:\n  - id: says-fed-up\n    kind: phrases\n    dimension: calm\n    effect: hurts\n    weight: ${weight}\n    phrases: [fed up]\n    message: Test signal.\n`;
    writeFileSync(rubric, rubricText(5));
    const file = join(dir, "watched.yaml");
    writeFileSync(
      file,
      readFileSync(exemplar, "utf8")
        .replace("$schema=./scenario.schema.json", "$schema=x.json")
        .replace(/^tags: (.*)$/m, "tags: $1\nrubrics: [rubrics/r.yaml]"),
    );
    const { child, waitFor } = await watching(file);
    try {
      expect(await waitFor(/Watching 1 files/)).toBe(true);
      // Only the rubric changes: the example that says "fed up" loses more calm.
      writeFileSync(rubric, rubricText(40));
      expect(await waitFor(/feelings first, then the refund .*calm \d+→\d+/)).toBe(true);
    } finally {
      child.kill();
    }
  }, 20_000);
});
