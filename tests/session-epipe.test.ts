import { spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import type { Transcript } from "../src/session/engine.js";
import { cliEnv, cliPath, root, runShell, tempDir } from "./helpers/cli.js";
import { storedSessions } from "./helpers/store.js";
import { tmuxDriver } from "./helpers/tmux.js";

/**
 * EPIPE in the middle of a session: the reader of `coach run`'s output goes away (`| head`, a
 * closed pager) while replies are still coming. coach stops quietly (exit 0, nothing on stderr,
 * no stack trace), the replies it took are in the store, and the session is closed as stopped.
 */

// Four turns before it ends (it escalates on a fourth weak reply), so two replies leave it mid-way.
const SCENARIO = "repeat-complaint-failed-followup";
const replies = [
  "A week is far too soon for them to stop working, I can see why you are fed up.",
  "One moment please.",
  "One moment please.",
  "One moment please.",
];

/** The one session in the data folder, with the replies it holds. */
function savedSession(data: string): { transcript: Transcript; replies: string[] } {
  const stored = storedSessions(data);
  expect(stored).toHaveLength(1);
  const transcript = (stored[0] as { transcript: Transcript }).transcript;
  return { transcript, replies: transcript.turns.map((t) => t.reply) };
}

/** The replies saved are the first ones sent, in order: nothing taken is lost, nothing made up. */
function expectPrefix(saved: string[], atLeast: number) {
  expect(saved.length).toBeGreaterThanOrEqual(atLeast);
  expect(saved).toEqual(replies.slice(0, saved.length));
}

const STACK = /\n\s+at .*:\d+:\d+|Unhandled 'error' event|internal error/;

describe("coach run whose output reader goes away mid-session", () => {
  it("a pipe closed after the first reply: exit 0, silent, the replies taken are saved", async () => {
    const data = tempDir("coach-epipe-data-");
    const child = spawn(process.execPath, [cliPath, "run", SCENARIO, "--plain"], {
      cwd: root,
      stdio: ["pipe", "pipe", "pipe"],
      env: cliEnv({ COACH_DATA: data, COACH_DATA_DIR: data }),
    });
    let stdout = "";
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString("utf8");
    });
    // Writing to coach once it has gone is not this test's concern.
    child.stdin.on("error", () => {});
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString("utf8");
      // The first reply is scored: close the reader, then send the second reply. stdin stays
      // open, so only the closed output can end coach (or the test times out).
      if (!child.stdout.destroyed && /YOU: A week/.test(stdout)) {
        child.stdout.destroy();
        setTimeout(() => child.stdin.write(`${replies[1]}\n`), 300);
      }
    });
    child.stdin.write(`${replies[0]}\n`);
    const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve, reject) => {
      const timer = setTimeout(() => {
        child.kill("SIGKILL");
        reject(new Error(`coach did not stop when its reader went away; stderr:\n${stderr}`));
      }, 20_000);
      child.on("close", (c, s) => {
        clearTimeout(timer);
        resolve([c, s]);
      });
    });
    expect({ code, signal, stderr }).toEqual({ code: 0, signal: null, stderr: "" });
    const saved = savedSession(data);
    expectPrefix(saved.replies, 1);
    expect(saved.transcript.endReason).toBe("interrupted");
    expect(saved.transcript.endedAt).toBeDefined();
  });

  it.each([
    // At once: the session has started and is saved with whatever reply was taken (maybe none).
    ["head -1", "head -n 1", 0],
    // After the first reply's feedback (sed prints up to the anger line and quits).
    ["sed …/q after the first feedback", "sed -u '/^ANGER [0-9]* to /q'", 1],
  ] as const)(
    "`coach run … --plain | %s` with replies arriving on stdin: exit 0, silent, saved",
    (_, reader, atLeast) => {
      const data = tempDir("coach-epipe-data-");
      const dir = tempDir("coach-epipe-");
      const status = join(dir, "status");
      const errors = join(dir, "stderr");
      // The replies come a second apart, so the reader goes away with more of them still to come.
      const feed = replies.map((r) => `echo '${r}'`).join("; sleep 1; ");
      const { stdout } = runShell(
        `(${feed}) | { coach run ${SCENARIO} --plain 2>'${errors}'; echo $? > '${status}'; } | ${reader}`,
        { env: { COACH_DATA: data, COACH_DATA_DIR: data } },
      );
      expect(stdout).toMatch(/^SCENARIO: /);
      expect(readFileSync(status, "utf8").trim()).toBe("0");
      expect(readFileSync(errors, "utf8")).not.toMatch(STACK);
      expect(readFileSync(errors, "utf8")).toBe("");
      const saved = savedSession(data);
      expectPrefix(saved.replies, atLeast);
      expect(saved.transcript.endReason).toBe("interrupted");
      expect(saved.transcript.endedAt).toBeDefined();
    },
  );
});

describe("coach run at a terminal, its output piped into a reader that quits", () => {
  const socket = `coach-epipe-${process.pid}`;
  const session = `coach-epipe-${process.pid}`;
  const { tmux, waitFor, killSession, killServer } = tmuxDriver({ socket, session: () => session });
  afterEach(killSession);
  afterAll(killServer);

  it("a typed reply, then the reader quits after its feedback: exit 0, nothing on stderr, terminal restored, reply saved", async () => {
    const data = tempDir("coach-epipe-pty-data-");
    const errors = join(tempDir("coach-epipe-pty-"), "stderr");
    const script = [
      `NO_COLOR=1 COACH_DATA='${data}' COACH_DATA_DIR='${data}' '${process.execPath}' '${cliPath}' run ${SCENARIO} 2>'${errors}' | sed -u '/^ANGER [0-9]* to /q'`,
      'echo "EXIT=$PIPESTATUS"',
      "stty -a | tr ' ;' '\\n\\n' | grep -E -x -- '-?(echo|icanon)' | tr '\\n' ' '; echo",
      "sleep 60",
    ].join("\n");
    const file = join(tempDir("coach-epipe-pty-"), "run.sh");
    writeFileSync(file, script);
    tmux("new-session", "-d", "-s", session, "-x", "120", "-y", "50", `bash '${file}'`);
    await waitFor(/TURN 1/);
    tmux("send-keys", "-t", session, "-l", replies[0] as string);
    tmux("send-keys", "-t", session, "Enter");
    // The reader has quit. coach learns it at its next write: at once if it was still writing
    // (the next turn's lines), else when the trainee types again.
    await waitFor(/^ANGER 80 to/m);
    const ended = await waitFor(/EXIT=\d+/, 2_000).then(
      () => true,
      () => false,
    );
    if (!ended) {
      tmux("send-keys", "-t", session, "-l", replies[1] as string);
      tmux("send-keys", "-t", session, "Enter");
    }
    const text = await waitFor(/EXIT=\d+\n[\s\S]*\b(echo|icanon)\b/);
    const code = /EXIT=(\d+)/.exec(text)?.[1];
    const terminal = /^(-?(?:echo|icanon)\b.*)$/m.exec(text)?.[1] ?? "";
    expect(Number(code)).toBe(0);
    expect(terminal.trim().split(/\s+/)).toEqual(expect.arrayContaining(["echo", "icanon"]));
    expect(readFileSync(errors, "utf8")).toBe("");
    const saved = savedSession(data);
    expectPrefix(saved.replies, 1);
    expect(saved.transcript.endReason).toBe("interrupted");
  });
});
