import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { root, runCli, tempDir } from "./helpers/cli.js";

const good = [
  "A week is far too soon for them to stop working, I can see why you're fed up. I can refund your card right now.",
  "I'll put it through now; your bank usually shows it in 3 to 5 working days, and I'll print the receipt with a reference.",
];

function savedTranscripts(dir: string) {
  return readdirSync(dir).map((name) => JSON.parse(readFileSync(join(dir, name), "utf8")));
}

describe("coach run without a terminal", () => {
  it("--answers runs the session in plain mode, prints the report and saves the transcript", () => {
    const out = tempDir();
    const answers = join(out, "answers.txt");
    writeFileSync(answers, `${good.join("\n")}\n`);
    const sessions = join(out, "sessions");
    const { code, stdout, stderr } = runCli([
      "run",
      "refund-thrown-product",
      "--answers",
      answers,
      "--out",
      sessions,
    ]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toContain("CUSTOMER (Marcus):");
    expect(stdout).toContain(`YOU: ${good[0]}`);
    expect(stdout).toMatch(/^SCORE empathy \d+ (needs work|developing|strong)$/m);
    expect(stdout).toMatch(/^OUTCOME: (De-escalated|Escalated|Unfinished)/m);
    expect(stdout).toMatch(/^PRACTISE NEXT:\n1\. .+\n2\. .+\n3\. .+/m);
    expect(stdout).not.toMatch(/[█░▁]/);
    const [transcript] = savedTranscripts(sessions);
    expect(transcript.scenario).toEqual({
      id: "refund-thrown-product",
      version: 1,
      title: "The headphones on the counter",
    });
    expect(transcript.turns[0]).toMatchObject({ node: "opening", reply: good[0] });
    expect(transcript.turns[0].scorecard.scores).toHaveProperty("empathy");
    expect(stdout).toContain(`SAVED: ${join(sessions, readdirSync(sessions)[0] as string)}`);
  });

  it("reads replies piped on stdin, and --json prints the transcript on stdout", () => {
    const sessions = tempDir();
    const { code, stdout, stderr } = runCli(["run", "refund-thrown-product", "--json", "--out", sessions], {
      input: `${good[0]}\n`,
    });
    expect(code).toBe(0);
    const transcript = JSON.parse(stdout);
    expect(transcript.turns).toHaveLength(1);
    expect(transcript.outcome).toBe("unfinished");
    expect(transcript.endReason).toBe("no-more-replies");
    expect(transcript.turns[0].angerBefore).toBe(75);
    expect(typeof transcript.turns[0].angerAfter).toBe("number");
    expect(stderr).toContain("CUSTOMER (Marcus):");
    expect(savedTranscripts(sessions)).toEqual([transcript]);
  });

  it("a closed stdin with no replies ends unfinished and still saves", () => {
    const sessions = tempDir();
    const { code, stdout } = runCli(["run", "refund-thrown-product", "--out", sessions], { input: "" });
    expect(code).toBe(0);
    expect(stdout).toContain("OUTCOME: Unfinished after 0 replies");
    expect(savedTranscripts(sessions)[0].turns).toEqual([]);
  });

  it("caps very long replies and strips control characters", () => {
    const sessions = tempDir();
    const long = `I hear you \u001b[2J${"and I want to help ".repeat(200)}`;
    const { code, stdout } = runCli(["run", "refund-thrown-product", "--json", "--out", sessions], {
      input: `${long}\n`,
    });
    expect(code).toBe(0);
    const reply = JSON.parse(stdout).turns[0].reply as string;
    expect(reply.length).toBe(2000);
    expect(reply).not.toContain("\u001b");
  });

  it("a scenario that fails validation prints the errors and starts no session", () => {
    const sessions = tempDir();
    const { code, stdout, stderr } = runCli(
      ["run", "tests/fixtures/bad/unknown-node.yaml", "--out", sessions],
      { input: "hello\n" },
    );
    expect(code).toBe(1);
    expect(stderr).toContain(
      "unknown-node.yaml:20:15  error `calmd` is not a node of this scenario  (unknown-node)",
    );
    expect(stderr).toContain("has errors; fix them before practising");
    expect(stdout).toBe("");
    expect(readdirSync(sessions)).toEqual([]);
  });

  it("an unknown scenario id is a usage error", () => {
    const { code, stderr } = runCli(["run", "no-such-scenario"]);
    expect(code).toBe(2);
    expect(stderr).toContain("no scenario `no-such-scenario`");
  });

  it("runs a scenario given by path", () => {
    const sessions = tempDir();
    const path = join(root, "tests", "fixtures", "good", "minimal.yaml");
    const { code, stdout } = runCli(["run", path, "--out", sessions], {
      input: "Three failures would wear anyone down. Let me fix it now.\n",
    });
    expect(code).toBe(0);
    expect(stdout).toMatch(/OUTCOME: (De-escalated|Escalated)/);
  });
});
