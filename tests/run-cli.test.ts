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
      version: 2,
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

describe("coach run shows the facts card", () => {
  it("prints the card after the intro and before the first customer line", () => {
    const out = tempDir();
    const answers = join(out, "answers.txt");
    writeFileSync(answers, "I can hear how worrying this is with the birthday on Saturday.\n");
    const { code, stdout } = runCli([
      "run",
      "late-delivery-overpromise",
      "--answers",
      answers,
      "--out",
      join(out, "sessions"),
    ]);
    expect(code).toBe(0);
    const card = stdout.indexOf("FACTS: what you can and cannot offer");
    expect(card).toBeGreaterThan(stdout.indexOf("SCENARIO:"));
    expect(card).toBeLessThan(stdout.indexOf("CUSTOMER (Dana):"));
    expect(stdout).toMatch(
      /^WHAT YOU KNOW:\n(- .+\n)+WHAT YOU CAN OFFER:\n(- .+\n)+WHAT YOU CANNOT PROMISE:\n(- .+\n)+WHAT YOU DON'T KNOW YET:\n(- .+\n)+\nTURN 1\./m,
    );
    expect(stdout).toContain("- Guarantee a delivery date or that the parcel arrives by Saturday.\n");
    expect(stdout).toContain("- Where the parcel is right now.\n");
    expect(stdout).toContain("Commands: /hint, /facts, /retry, /model, /help, /quit.");
  });

  it("--json carries the card as data and keeps the transcript's fields", () => {
    const sessions = tempDir();
    const { code, stdout, stderr } = runCli(["run", "refund-thrown-product", "--json", "--out", sessions], {
      input: `${good[0]}\n`,
    });
    expect(code).toBe(0);
    const transcript = JSON.parse(stdout);
    expect(transcript.facts).toEqual({
      sections: [
        {
          key: "known",
          title: "What you know",
          items: [
            "The headphones were bought nine days ago; the customer has the receipt.",
            "The left earpiece has stopped working.",
          ],
        },
        {
          key: "can",
          title: "What you can offer",
          items: [
            "Refund to the original card at the desk today; the money shows on the card in 3 to 5 working days.",
            "Swap for the same model if it is in stock.",
          ],
        },
        {
          key: "cannot",
          title: "What you cannot promise",
          items: ["Refund in cash for a card payment.", "Make the bank show the refund on the card faster."],
        },
      ],
    });
    for (const field of [
      "format",
      "scenario",
      "startedAt",
      "endedAt",
      "outcome",
      "endReason",
      "anger",
      "turns",
    ])
      expect(transcript).toHaveProperty(field);
    expect(stderr).toContain("WHAT YOU CANNOT PROMISE:");
    expect(savedTranscripts(sessions)).toEqual([transcript]);
  });

  it("/facts and /hint lines are acted on, not scored; the next line is the reply", () => {
    const sessions = tempDir();
    const { code, stdout } = runCli(["run", "refund-thrown-product", "--out", sessions], {
      input: `/facts\n${good[0]}\n  /HINT \n/facts\n${good[1]}\n`,
    });
    expect(code).toBe(0);
    expect(stdout.match(/^FACTS: what you can and cannot offer/gm)).toHaveLength(3);
    expect(stdout).toMatch(/^HINT: .+/m);
    expect(stdout).not.toMatch(/^YOU: \//m);
    const [transcript] = savedTranscripts(sessions);
    expect(transcript.turns.map((t: { reply: string; hintUsed: boolean }) => [t.reply, t.hintUsed])).toEqual([
      [good[0], false],
      [good[1], true],
    ]);
  });

  it("a /quit line ends the session; later lines are not replies", () => {
    const sessions = tempDir();
    const { code, stdout } = runCli(["run", "refund-thrown-product", "--out", sessions], {
      input: `${good[0]}\n/quit\n${good[1]}\n`,
    });
    expect(code).toBe(0);
    expect(stdout).toContain("OUTCOME: Unfinished after 1 reply");
    const [transcript] = savedTranscripts(sessions);
    expect(transcript.endReason).toBe("quit");
    expect(transcript.turns).toHaveLength(1);
  });
});
