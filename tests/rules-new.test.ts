import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { type Ask, newScenario } from "../src/commands/new.js";
import { parseScenarioText } from "../src/scenario/load.js";
import { SIGNALS } from "../src/scoring/index.js";
import {
  buildScenarioYaml,
  copyScenarioYaml,
  type NewScenarioAnswers,
  slugify,
  splitList,
} from "../src/trainer/new-scenario.js";
import { runCli, tempDir } from "./helpers/cli.js";

const temps: string[] = [];
const temp = () => {
  const dir = tempDir("coach-new-");
  temps.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const answers: NewScenarioAnswers = {
  title: "Broken kettle, second visit",
  setting: "The returns desk of a homeware shop on a Monday morning.",
  known: "The kettle was bought three weeks ago; It was already replaced once",
  cannot: "Refund in cash for a card payment, Promise the next one will last",
  persona: {
    name: "Dana",
    description: "A nurse coming off a night shift whose second kettle has just died.",
    anger: 70,
  },
  opening: {
    customer: "This is the second kettle that has broken on me. I want my money back, not another one.",
    hint: "Name how fed up she is before you talk about refunds.",
    model:
      "Two kettles in three weeks, no wonder you're fed up, especially after a night shift. I can refund you to your card right now.",
  },
  followUps: [
    {
      customer: "How long until the money is back?",
      calmer: "Okay. How long does the refund take?",
      angrier: "And don't tell me 'soon'. When?",
      hint: "Be exact: the bank takes 3 to 5 working days.",
      model: "I'll put it through now; your bank usually shows it within 3 to 5 working days.",
    },
    {
      customer: "Fine. Do I need to fill anything in?",
      hint: "Make the next step easy and concrete.",
      model: "Nothing to fill in. I'll print a receipt with a reference in case you need to call your bank.",
    },
  ],
};

/** The prompts in the order `coach new` asks them, answered from `answers`. */
function scripted(a: NewScenarioAnswers, confirm = true): Ask & { asked: string[] } {
  const text = [
    a.title,
    a.setting,
    String(a.known ?? ""),
    String(a.cannot ?? ""),
    a.persona.name,
    a.persona.description,
    a.opening.customer,
    a.opening.hint,
    a.opening.model,
    ...a.followUps.flatMap((t) => [t.customer, t.calmer ?? "", t.angrier ?? "", t.hint, t.model]),
  ];
  const asked: string[] = [];
  return {
    asked,
    input: async ({ message }) => {
      asked.push(message);
      const next = text.shift();
      if (next === undefined) throw new Error(`unexpected prompt: ${message}`);
      return next;
    },
    number: async ({ message }) => {
      asked.push(message);
      return a.persona.anger;
    },
    confirm: async ({ message }) => {
      asked.push(message);
      return confirm;
    },
  };
}

describe("coach rules", () => {
  it("lists every built-in signal", () => {
    const { code, stdout } = runCli(["rules"]);
    expect(code).toBe(0);
    for (const signal of SIGNALS)
      expect(stdout).toMatch(new RegExp(`^${signal.id}\\s+${signal.dimension}\\s`, "m"));
    expect(stdout).not.toContain("\u001b[");
  });

  it("--json lists every id with dimension, effect, points and summary", () => {
    const { code, stdout } = runCli(["rules", "--json"]);
    expect(code).toBe(0);
    const rows = JSON.parse(stdout) as { id: string; effect: string; points: number; summary: string }[];
    expect(rows.map((r) => r.id)).toEqual(SIGNALS.map((s) => s.id));
    expect(Object.keys(rows[0] ?? {}).sort()).toEqual(["dimension", "effect", "id", "points", "summary"]);
  });

  it("explains one signal: explanation, tip, examples that fire and stay silent", () => {
    const signal = SIGNALS.find((s) => s.id === "names-feeling");
    if (!signal) throw new Error("names-feeling is missing");
    const { code, stdout } = runCli(["rules", "names-feeling"]);
    expect(code).toBe(0);
    const flat = stdout.replace(/\s+/g, " ");
    expect(flat).toContain(signal.explanation);
    expect(flat).toContain(signal.tip);
    expect(stdout).toContain("Fires on");
    expect(stdout).toContain("Stays silent on");
    expect(stdout).toContain("That sounds like an awful day.");
    expect(stdout).toContain("I feel awful about this.");
    expect(stdout).toMatch(/empathy/);
  });

  it("notes an example's context and shows other impacts", () => {
    const { code, stdout } = runCli(["rules", "states-consequence"]);
    expect(code).toBe(0);
    expect(stdout).toContain("(customer was abusive)");
    const withAlso = SIGNALS.find((s) => s.also?.length);
    if (withAlso) expect(runCli(["rules", withAlso.id]).stdout).toMatch(/also\s+\w+ [+-]\d+/);
  });

  it("shows a ceiling that an acknowledgement softens", () => {
    const { code, stdout } = runCli(["rules", "blames-customer"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/caps calm at 35 \(65 with acknowledges, [a-z, -]+\)/);
  });

  it("--json with an id prints the signal's metadata", () => {
    const { code, stdout } = runCli(["rules", "names-feeling", "--json"]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ id: "names-feeling", dimension: "empathy", effect: "helps" });
  });

  it("an unknown id exits 2 with a suggestion and no stack", () => {
    const { code, stderr } = runCli(["rules", "nams-feeling"]);
    expect(code).toBe(2);
    expect(stderr).toContain("did you mean names-feeling");
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});

describe("the new-scenario builder", () => {
  it("makes kebab-case ids from titles", () => {
    expect(slugify("Broken kettle, second visit")).toBe("broken-kettle-second-visit");
    expect(slugify("Crème brûlée — ÉCHEC!")).toBe("creme-brulee-echec");
    expect(slugify("!!!")).toBe("custom-scenario");
    const long = slugify("word ".repeat(40));
    expect(long.length).toBeLessThanOrEqual(64);
    expect(long).toMatch(KEBAB);
  });

  it("splits fact lists on semicolons, else commas", () => {
    expect(splitList("a, b; c")).toEqual(["a, b", "c"]);
    expect(splitList("a, b ,, c")).toEqual(["a", "b", "c"]);
    expect(splitList("")).toEqual([]);
    expect(splitList(["x", " "])).toEqual(["x"]);
  });

  it("returns YAML that validates with no errors and no warnings", () => {
    const text = buildScenarioYaml(answers);
    expect(text.startsWith("# yaml-language-server: $schema=./scenario.schema.json\n")).toBe(true);
    const loaded = parseScenarioText(text, "/virtual/broken-kettle-second-visit.yaml");
    expect(loaded.diagnostics).toEqual([]);
    const scenario = loaded.scenario;
    if (!scenario) throw new Error("no scenario");
    expect(scenario.format).toBe(1);
    expect(scenario.difficulty).toBe(2);
    expect(scenario.tags).toEqual(["custom"]);
    expect(scenario.facts.known).toEqual([
      "The kettle was bought three weeks ago",
      "It was already replaced once",
    ]);
    for (const id of Object.keys(scenario.turns)) expect(id).toMatch(KEBAB);
    const ends = Object.values(scenario.turns).flatMap((node) => ("end" in node ? [node.end] : []));
    expect(new Set(ends)).toEqual(new Set(["resolved", "escalated"]));
    for (const node of Object.values(scenario.turns)) {
      if ("end" in node) continue;
      expect(node.next[0]).toEqual({ when: { anger: ">= 85" }, goto: "escalated" });
      expect(node.next.at(-1)?.when).toBeUndefined();
    }
    expect(scenario.examples).toHaveLength(3);
  });
});

describe("copying a scenario's YAML", () => {
  it("replaces the title, the id and the schema path and keeps everything else", () => {
    const original = [
      "# yaml-language-server: $schema=./scenario.schema.json",
      "format: 1   # always 1",
      "id: old-one",
      "title: Old title   # shown in lists",
      "summary: >-",
      "  Kept as it was.",
      "",
    ].join("\n");
    const copy = copyScenarioYaml(original, { id: "new-one", title: "New: title", schemaPath: "../x.json" });
    expect(copy).toBe(
      [
        "# yaml-language-server: $schema=../x.json",
        "format: 1   # always 1",
        "id: new-one",
        'title: "New: title"   # shown in lists',
        "summary: >-",
        "  Kept as it was.",
        "",
      ].join("\n"),
    );
  });
});

describe("coach new", () => {
  it("writes a scenario from the prompts that passes validate and test", async () => {
    const dir = temp();
    const ask = scripted(answers);
    const result = await newScenario({ dir }, ask);
    expect(result.written).toBe(true);
    expect(result.file).toBe(join(dir, "broken-kettle-second-visit.yaml"));
    expect(ask.asked.at(-1)).toMatch(/^Write /);
    const validate = runCli(["validate", result.file]);
    expect(validate.stdout + validate.stderr).not.toMatch(/warning|error/);
    expect(validate.code).toBe(0);
    const test = runCli(["test", result.file]);
    expect(test.stdout).toMatch(/6 passed, 0 failed/);
    expect(test.code).toBe(0);
  });

  it("keeps its examples passing when the model answer is not warm, and flags the model answer itself", async () => {
    const dir = temp();
    const cold = {
      ...answers,
      title: "Cold model",
      opening: { ...answers.opening, model: "Receipt please." },
    };
    const { file } = await newScenario({ dir }, scripted(cold));
    expect(readFileSync(file, "utf8")).toMatch(/# `coach test` fails this model answer: .*empathy/);
    const test = runCli(["test", file]);
    expect(test.code).toBe(1);
    expect(test.stdout).toMatch(/FAIL .*model answer .*opening/);
    expect(test.stdout).not.toMatch(/FAIL .*(mixed|dismissive|the model answer)\b.*›/);
    expect(runCli(["test", "--no-models", file]).code).toBe(0);
  });

  it("refuses to overwrite an existing file", async () => {
    const dir = temp();
    const { file } = await newScenario({ dir }, scripted(answers));
    const before = readFileSync(file, "utf8");
    await expect(newScenario({ dir }, scripted(answers))).rejects.toThrow(
      /already exists; nothing was written/,
    );
    expect(readFileSync(file, "utf8")).toBe(before);
  });

  it("writes nothing when the trainer declines", async () => {
    const dir = temp();
    const result = await newScenario({ dir }, scripted(answers, false));
    expect(result.written).toBe(false);
    expect(existsSync(result.file)).toBe(false);
  });

  it("Ctrl+C during the prompts writes nothing", async () => {
    const dir = temp();
    const ask = scripted(answers);
    ask.number = async () => {
      throw Object.assign(new Error("User force closed the prompt"), { name: "ExitPromptError" });
    };
    await expect(newScenario({ dir }, ask)).rejects.toMatchObject({ name: "InterruptedError" });
  });

  it("--answers FILE.json writes the file without prompts (spawned)", () => {
    const dir = temp();
    const file = join(dir, "answers.json");
    writeFileSync(file, JSON.stringify(answers));
    const { code, stdout, stderr } = runCli(["new", "--dir", dir, "--answers", file]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const written = join(dir, "broken-kettle-second-visit.yaml");
    expect(stdout).toContain("broken-kettle-second-visit.yaml");
    expect(stdout).toMatch(/coach validate .*\n.*coach test .*\n.*coach run /);
    expect(runCli(["validate", written]).code).toBe(0);
    expect(runCli(["test", written]).code).toBe(0);
    const again = runCli(["new", "--dir", dir, "--answers", file]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("already exists");
  });

  it("writes into ./scenarios when it exists", () => {
    const cwd = temp();
    mkdirSync(join(cwd, "scenarios"));
    const file = join(cwd, "answers.json");
    writeFileSync(file, JSON.stringify(answers));
    const { code } = runCli(["new", "--answers", file], { cwd });
    expect(code).toBe(0);
    expect(existsSync(join(cwd, "scenarios", "broken-kettle-second-visit.yaml"))).toBe(true);
  });

  it("a bad answers file is a usage error", () => {
    const dir = temp();
    const file = join(dir, "answers.json");
    writeFileSync(file, JSON.stringify({ ...answers, persona: { ...answers.persona, anger: 140 } }));
    const { code, stderr } = runCli(["new", "--dir", dir, "--answers", file]);
    expect(code).toBe(2);
    expect(stderr).toContain("persona.anger");
  });

  it("--from copies a scenario with a new title and id (spawned)", () => {
    const dir = temp();
    const file = join(dir, "answers.json");
    writeFileSync(file, JSON.stringify({ title: "Headphones, evening shift" }));
    const { code, stderr } = runCli([
      "new",
      "--from",
      "refund-thrown-product",
      "--dir",
      dir,
      "--answers",
      file,
    ]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const copy = join(dir, "headphones-evening-shift.yaml");
    const text = readFileSync(copy, "utf8");
    const data = parse(text);
    expect(data.title).toBe("Headphones, evening shift");
    expect(data.persona.name).toBe("Marcus");
    expect(text).toContain("# The conversation graph.");
    expect(runCli(["validate", copy]).code).toBe(0);
    expect(runCli(["test", copy]).code).toBe(0);
  });

  it("outside a terminal without --answers: exit 2, no stack", () => {
    const dir = temp();
    const { code, stderr } = runCli(["new", "--dir", dir]);
    expect(code).toBe(2);
    expect(stderr).toContain("`coach new` is interactive");
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});
