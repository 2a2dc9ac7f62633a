import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { root, runCli, tempDir } from "./helpers/cli.js";

describe("coach score", () => {
  it("prints four scores with bands, the evidence and a tip", () => {
    const { code, stdout, stderr } = runCli([
      "score",
      "Calm down, it's only a parcel!!",
      "--customer",
      "My parcel is a week late.",
    ]);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    for (const d of ["calm", "empathy", "honesty", "boundaries"])
      expect(stdout).toMatch(new RegExp(`^SCORE ${d} \\d+ (strong|developing|needs work)$`, "m"));
    expect(stdout).toMatch(/^HURT calm -\d+ "Calm down": .*\(dismissive\)$/m);
    expect(stdout).toMatch(/^TIP: \S/m);
  });

  it("--json gives the whole scorecard as data", () => {
    const { code, stdout } = runCli([
      "score",
      "I can hear how worrying this is. I'll call you by 5pm today.",
      "--json",
    ]);
    expect(code).toBe(0);
    const card = JSON.parse(stdout);
    expect(card.scores.empathy).toBeGreaterThanOrEqual(60);
    expect(card.bands.honesty).toBe("strong");
    expect(
      card.evidence.find((f: { signal: string }) => f.signal === "concrete-next-step").span.text,
    ).toContain("5pm");
    expect(card.tip.text.length).toBeGreaterThan(10);
  });

  it("--abusive makes a boundary expected", () => {
    const reply = "I can refund the delivery charge.";
    const plain = JSON.parse(runCli(["score", reply, "--json"]).stdout);
    const abusive = JSON.parse(runCli(["score", reply, "--json", "--abusive"]).stdout);
    expect(abusive.scores.boundaries).toBeLessThan(plain.scores.boundaries);
  });

  it("--scenario and --turn score in the turn's context", () => {
    const { code, stdout } = runCli([
      "score",
      "I can't refund it without a receipt, but I can offer an exchange.",
      "--scenario",
      "refund-thrown-product",
      "--json",
    ]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).scores.boundaries).toBeGreaterThan(0);
    const bad = runCli(["score", "hello", "--scenario", "refund-thrown-product", "--turn", "nope"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/no customer turn `nope`/);
  });

  it("usage mistakes exit 2 without a stack trace", () => {
    for (const args of [
      ["score"],
      ["score", "   "],
      ["score", "x", "--turn", "opening"],
      ["score", "x", "--batch", "no-such.jsonl"],
    ]) {
      const { code, stderr } = runCli(args);
      expect(code, args.join(" ")).toBe(2);
      expect(stderr).not.toMatch(/\n\s+at /);
    }
  });
});

describe("coach score --batch", () => {
  const lines = [
    JSON.stringify({
      id: "a",
      reply: "That's maddening, and I'm sorry. I'll call you by 5pm.",
      customer: "Late again!",
      labels: { calm: 2 },
    }),
    "{not json",
    JSON.stringify({ id: "b", reply: "Calm down." }),
    JSON.stringify({ reply: "no id" }),
    "",
    JSON.stringify({ id: 3, reply: "ok", abusive: true, setting: "a shop" }),
    JSON.stringify({ id: "c", reply: 42 }),
  ].join("\n");

  it("scores each good line in order, reports bad lines on stderr with their number, exits 1", () => {
    const dir = tempDir();
    const file = join(dir, "batch.jsonl");
    writeFileSync(file, lines);
    const { code, stdout, stderr } = runCli(["score", "--batch", file]);
    expect(code).toBe(1);
    const out = stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(out.map((o) => o.id)).toEqual(["a", "b", 3]);
    expect(out.map((o) => o.line)).toEqual([1, 3, 6]);
    for (const o of out) {
      expect(Object.keys(o)).toEqual(["id", "line", "scores", "overall", "bands", "assessed", "evidence"]);
      expect(Object.keys(o.scores)).toEqual(["calm", "empathy", "honesty", "boundaries"]);
    }
    expect(stderr).toMatch(/line 2: not valid JSON/);
    expect(stderr).toMatch(/line 4: "id" must be/);
    expect(stderr).toMatch(/line 7: "reply" must be a string/);
    expect(stderr.trim().split("\n")).toEqual([
      expect.stringMatching(/line 2/),
      expect.stringMatching(/line 4/),
      expect.stringMatching(/line 7/),
      `${file}: 3 scored, 3 skipped`,
    ]);
  });

  it("reads stdin with -, and exits 0 when every line is good", () => {
    const good = [
      JSON.stringify({ id: "x", reply: "sorry about that, refunded now" }),
      JSON.stringify({ id: "y", reply: "Wow. Great." }),
    ].join("\n");
    const { code, stdout } = runCli(["score", "--batch", "-"], { input: good });
    expect(code).toBe(0);
    expect(stdout.trim().split("\n")).toHaveLength(2);
  });

  const devSet = join(root, "..", "shared", "eval", "dev.jsonl");
  it.skipIf(!existsSync(devSet))("scores the labelled dev set as it is (unknown fields ignored)", () => {
    const { code, stdout } = runCli(["score", "--batch", devSet]);
    expect(code).toBe(0);
    expect(stdout.trim().split("\n").length).toBeGreaterThan(100);
  });
});
