import { spawn } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cliEnv, cliPath, root, runCli, tempDir } from "./helpers/cli.js";

/** coach run's /retry, /model and --exam, and answers read one line at a time, through the CLI. */

const POOR = "I hear you. That's not good enough.";
const GOOD =
  "A week is far too soon for them to stop working, I can see why you're fed up. I can refund your card right now.";
const TIMING =
  "I'll put it through now; your bank usually shows it in 3 to 5 working days, and I'll print the receipt with a reference.";

function answersFile(lines: string[]): string {
  const path = join(tempDir(), "answers.txt");
  writeFileSync(path, `${lines.join("\n")}\n`);
  return path;
}

function run(lines: string[], extra: string[] = []) {
  const result = runCli(["run", "refund-thrown-product", "--answers", answersFile(lines), ...extra]);
  return result;
}

describe("/retry and /model in an answers file", () => {
  const lines = [POOR, "/model", "/retry", GOOD, "/hint", TIMING];

  it("keeps both attempts, goes on from the last one, and marks the model seen (--json)", () => {
    const sessions = tempDir();
    const { code, stdout, stderr } = run(lines, ["--json", "--out", sessions]);
    expect(code).toBe(0);
    const transcript = JSON.parse(stdout);
    expect(transcript.turns).toHaveLength(2);
    const [first, second] = transcript.turns;
    expect(first).toMatchObject({ index: 0, node: "opening", reply: GOOD, modelSeen: true, hintUsed: false });
    expect(first.attempts).toHaveLength(1);
    expect(first.attempts[0]).toMatchObject({ reply: POOR, next: "still-angry", modelSeen: true });
    // The first attempt would have led to still-angry; the retry leads on, and the conversation follows it.
    expect(first.next).toBe("refund-timing");
    expect(second).toMatchObject({ index: 1, node: "refund-timing", reply: TIMING, hintUsed: true });
    expect(second.angerBefore).toBe(first.angerAfter);
    expect(first.angerAfter).toBeLessThan(first.attempts[0].angerAfter);
    expect(second.attempts).toBeUndefined();
    expect(transcript.exam).toBeUndefined();
    // What was saved is what --json printed.
    const [saved] = readdirSync(sessions);
    expect(JSON.parse(readFileSync(join(sessions, saved as string), "utf8"))).toEqual(transcript);
    // The people's text went to stderr: the model answer, the change and the diff, the report.
    expect(stderr).toMatch(/^MODEL ANSWER \(turn 1\): A week is far too soon/m);
    expect(stderr).toContain("\nTURN 1, ATTEMPT 2. ANGER 75 of 100\nCUSTOMER (Marcus): *slams the box");
    expect(stderr).toMatch(/^RETRY: turn 1, attempt 2 against attempt 1$/m);
    expect(stderr).toMatch(/^CHANGE empathy \d+ to \d+ \((\+\d+|-\d+|no change)\)$/m);
    expect(stderr).toMatch(/^CHANGE overall \d+ to \d+ \(\+\d+\)$/m);
    expect(stderr).toContain(
      "DIFF: {+A week is far too soon for them to stop working,+} I [-hear you-]{+can see why you're fed up+}. [-That's not good enough-]{+I can refund your card right now+}.",
    );
    expect(stderr).toMatch(/^HINTS USED: 1 \(turn 2\)$/m);
    expect(stderr).toMatch(/^MODEL ANSWERS SEEN: 1 \(turn 1\)$/m);
    expect(stderr).toMatch(/^RETRIES: 1 \(turn 1\)$/m);
  });

  it("the score change names each dimension in order and starts from the first attempt's scores", () => {
    const { code, stdout } = run(lines);
    expect(code).toBe(0);
    const changes = stdout.match(/^CHANGE .+$/gm) ?? [];
    expect(changes.map((l) => l.split(" ")[1])).toEqual([
      "calm",
      "empathy",
      "honesty",
      "boundaries",
      "overall",
    ]);
    // The feedback of the first attempt, then the retry's: the change agrees with the two score lines.
    const scores = [...stdout.matchAll(/^SCORE calm (\d+)/gm)].map((m) => Number(m[1]));
    const calm = /^CHANGE calm (\d+) to (\d+)/m.exec(stdout);
    expect(Number(calm?.[1])).toBe(scores[0]);
    expect(stdout).not.toMatch(/^YOU: \//m);
  });

  it("/retry and /model before any reply are refused with a message; nothing is recorded", () => {
    const sessions = tempDir();
    const { code, stdout } = run(["/retry", "/model", GOOD], ["--out", sessions]);
    expect(code).toBe(0);
    expect(stdout).toContain("NOTE: Nothing to retry yet: reply to this line first.");
    expect(stdout).toContain("NOTE: No model answer yet: /model shows one for the line you last replied to");
    const [saved] = readdirSync(sessions);
    const transcript = JSON.parse(readFileSync(join(sessions, saved as string), "utf8"));
    expect(transcript.turns).toHaveLength(1);
    expect(transcript.turns[0].attempts).toBeUndefined();
    expect(transcript.turns[0].modelSeen).toBeUndefined();
    expect(stdout).toMatch(/^MODEL ANSWERS SEEN: none$/m);
    expect(stdout).toMatch(/^RETRIES: none$/m);
  });

  it("a /retry after the session's end is not lost without a word", () => {
    const { code, stdout } = run([GOOD, TIMING, "/retry"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^OUTCOME: De-escalated after 2 replies$/m);
    expect(stdout).toMatch(
      /^NOTE: The session ended before line 3 of .*answers\.txt: 1 line was not used\. The session has ended, so there is no turn to retry; run the scenario again\.$/m,
    );
  });

  it("/help lists /retry and /model", () => {
    const { stdout } = run(["/help"]);
    expect(stdout).toMatch(/^\/retry +reply again to the line you last replied to/m);
    expect(stdout).toMatch(/^\/model +show the model answer/m);
  });
});

describe("--exam", () => {
  it("refuses hints, model answers and retries, shows no per-turn feedback, and reports at the end", () => {
    const sessions = tempDir();
    const { code, stdout, stderr } = run(
      ["/hint", POOR, "/model", "/retry", "/help", GOOD, TIMING],
      ["--exam", "--json", "--out", sessions],
    );
    expect(code).toBe(0);
    expect(stderr).toContain("EXAM: no hints, model answers, retries or scores until the report at the end.");
    expect(stderr.match(/^NOTE: Not in an exam: reply as you would for real\./gm)).toHaveLength(3);
    expect(stderr).not.toMatch(/^HINT:/m);
    expect(stderr).not.toMatch(/^MODEL ANSWER \(/m);
    expect(stderr).toMatch(
      /^Exam: no hints, model answers, retries or scores until the report at the end\.$/m,
    );
    expect(stderr).not.toMatch(/^\/hint/m);
    // No scores, evidence, tips or anger changes before the report; the report has them.
    const report = stderr.indexOf("REPORT:");
    expect(report).toBeGreaterThan(0);
    const during = stderr.slice(0, report);
    expect(during).not.toMatch(/^(SCORE|HELPED|HURT|TIP|ANGER \d+ to|RETRY|CHANGE)/m);
    expect(during.match(/^YOU: /gm)).toHaveLength(3);
    // Nor the anger meter: it is the score by another name.
    expect(during).toMatch(/^TURN 2\.\nCUSTOMER \(Marcus\): /m);
    expect(during).not.toMatch(/ANGER/);
    expect(stderr.slice(report)).toMatch(/^SCORE empathy \d+ /m);
    expect(stderr).toMatch(/^EXAM: no hints, model answers or retries$/m);
    const transcript = JSON.parse(stdout);
    expect(transcript.exam).toBe(true);
    expect(transcript.turns.map((t: { reply: string }) => t.reply)).toEqual([POOR, GOOD, TIMING]);
    expect(transcript.turns.every((t: { scorecard?: object }) => t.scorecard)).toBe(true);
    expect(
      transcript.turns.some(
        (t: { hintUsed: boolean; modelSeen?: boolean; attempts?: unknown }) =>
          t.hintUsed || t.modelSeen || t.attempts,
      ),
    ).toBe(false);
  });
});

describe("answers are read one line at a time", () => {
  it("a program that answers only after reading the customer's line drives a whole session", async () => {
    const sessions = tempDir();
    const child = spawn(
      process.execPath,
      [cliPath, "run", "refund-thrown-product", "--json", "--out", sessions],
      {
        cwd: root,
        env: cliEnv(),
        stdio: ["pipe", "pipe", "pipe"],
      },
    );
    // --json: the transcript owns stdout, so the conversation is read from stderr.
    let screen = "";
    let seen = 0;
    const written: string[] = [];
    const replyTo = (customer: string) => {
      // Replies chosen from what the customer just said: only possible once the line is out.
      if (customer.includes("slams the box")) return written.includes(POOR) ? GOOD : POOR;
      if (customer.includes("When will the money")) return TIMING;
      if (customer.includes("Are you even listening")) return "/retry";
      return "/quit";
    };
    child.stderr.on("data", (chunk: Buffer) => {
      screen += chunk.toString("utf8");
      const customers = [...screen.matchAll(/^CUSTOMER \(Marcus\): (.+)$/gm)].map((m) => m[1] as string);
      for (; seen < customers.length; seen++) {
        const reply = replyTo(customers[seen] as string);
        written.push(reply);
        child.stdin.write(`${reply}\n`);
      }
    });
    let stdout = "";
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString("utf8");
    });
    const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
    const code = await new Promise((resolve) => child.once("close", resolve));
    clearTimeout(timer);
    // Nothing was written before the first line came out, so a coach that read to the end first
    // would have waited for ever (and been killed above).
    expect(code).toBe(0);
    expect(written).toEqual([POOR, "/retry", GOOD, TIMING]);
    const transcript = JSON.parse(stdout);
    expect(transcript.outcome).toBe("deescalated");
    expect(transcript.turns.map((t: { reply: string }) => t.reply)).toEqual([GOOD, TIMING]);
    expect(transcript.turns[0].attempts.map((a: { reply: string }) => a.reply)).toEqual([POOR]);
  });

  it.each([
    ["a missing file", (dir: string) => join(dir, "missing.txt"), /no such file: .*missing\.txt/],
    ["a folder", (dir: string) => dir, /is a folder; give a file/],
  ])("--answers naming %s is a usage error before the session starts", (_what, path, message) => {
    const dir = tempDir();
    const sessions = join(dir, "sessions");
    const { code, stdout, stderr } = runCli([
      "run",
      "refund-thrown-product",
      "--answers",
      path(dir),
      "--out",
      sessions,
    ]);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stdout).toBe("");
    expect(() => readdirSync(sessions)).toThrow();
  });
});
