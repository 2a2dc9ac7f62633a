import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import type { Transcript } from "../src/session/engine.js";
import { cliPath, tempDir } from "./helpers/cli.js";
import { storedSessions } from "./helpers/store.js";
import { tmuxDriver } from "./helpers/tmux.js";

/**
 * Signals and the terminal, in a pseudo-terminal (tmux, as tests/pty.test.ts): a session is saved
 * as it goes and on SIGINT/SIGHUP/SIGTERM, `kill -9` loses at most the reply being typed, and the
 * terminal is left as it was found (echo and line editing back on) on every way out.
 */

let session = "";
// A tmux server of our own (-L), so other test files' sessions never share its lifetime.
const socket = `coach-io-${process.pid}`;
const { tmux, waitFor, killSession, killServer } = tmuxDriver({ socket, session: () => session });
const type = (text: string) => {
  tmux("send-keys", "-t", session, "-l", text);
  tmux("send-keys", "-t", session, "Enter");
};

/**
 * Start `coach ARGS` in a fresh tmux pane. When it ends, the pane shows `EXIT=code` and the
 * terminal's echo and icanon settings as `stty` reports them (`-echo` if coach left it raw).
 */
function start(args: string, env: Record<string, string>): { pid: () => number } {
  session = `coach-io-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  const dir = tempDir("coach-sig-");
  const pidFile = join(dir, "pid");
  const vars = Object.entries({ NO_COLOR: "1", ...env })
    .map(([k, v]) => `${k}='${v}'`)
    .join(" ");
  const inner = `echo \\$\\$ > '${pidFile}'; exec env ${vars} '${process.execPath}' '${cliPath}' ${args}`;
  const command = `sh -c "${inner}"; echo EXIT=$?; stty -a | tr ' ;' '\\n\\n' | grep -E -x -- '-?(echo|icanon)' | tr '\\n' ' '; echo; sleep 60`;
  tmux("new-session", "-d", "-s", session, "-x", "100", "-y", "50", command);
  return { pid: () => Number(readFileSync(pidFile, "utf8").trim()) };
}

async function exitOf(): Promise<{ code: number; terminal: string; text: string }> {
  const text = await waitFor(/EXIT=\d+\n.*(echo|icanon)/);
  const [, code, terminal] = /EXIT=(\d+)\n(.*)/.exec(text) as RegExpExecArray;
  return { code: Number(code), terminal: (terminal as string).trim(), text };
}

afterEach(killSession);

afterAll(killServer);

const replies = [
  "A week is far too soon for them to stop working, I can see why you are fed up.",
  "I will put it through now; your bank shows it in 3 to 5 working days.",
];

/** The sessions in the data folder's store, newest first (the store is where coach run saves). */
function transcripts(data: string): Transcript[] {
  return storedSessions(data).map((s) => s.transcript);
}

describe("coach run stopped by a signal mid-session", () => {
  it.each([
    ["SIGHUP (the terminal closed)", "SIGHUP", 129],
    ["SIGINT", "SIGINT", 130],
    ["SIGTERM", "SIGTERM", 143],
  ] as const)("%s: saves the replies so far, says where, restores the terminal", async (_, signal, code) => {
    const data = tempDir("coach-sig-data-");
    const coach = start("run refund-thrown-product", { COACH_DATA_DIR: data });
    await waitFor(/You:/);
    type(replies[0] as string);
    await waitFor(/Tip:[\s\S]*You:/);
    process.kill(coach.pid(), signal);
    const result = await exitOf();
    expect(result.code).toBe(code);
    expect(result.terminal).toBe("icanon echo");
    expect(result.text).not.toMatch(/at .*\.js:\d+|internal error/);
    const [transcript, ...more] = transcripts(data);
    expect(more).toEqual([]);
    expect(transcript?.turns.map((t) => t.reply)).toEqual([replies[0]]);
    expect(transcript?.endReason).toBe("interrupted");
    if (signal !== "SIGHUP") expect(result.text).toContain("Stopped. Your session so far is saved in");
  });

  it("Ctrl+C at the prompt: the replies so far stay in the store, the half-typed one is dropped", async () => {
    const data = tempDir("coach-sig-data-");
    start("run refund-thrown-product", { COACH_DATA: data });
    await waitFor(/You:/);
    type(replies[0] as string);
    await waitFor(/Tip:[\s\S]*You:/);
    tmux("send-keys", "-t", session, "-l", "half a reply");
    tmux("send-keys", "-t", session, "C-c");
    const result = await exitOf();
    expect(result.code).toBe(130);
    expect(result.terminal).toBe("icanon echo");
    expect(result.text).toMatch(/Stopped\. Your session so far is saved in .*coach\.db \(session \w{6};/);
    const [stored, ...more] = storedSessions(data);
    expect(more).toEqual([]);
    expect(stored?.transcript.turns.map((t) => t.reply)).toEqual([replies[0]]);
    expect(stored?.summary.outcome).toBe("unfinished");
    expect(stored?.transcript.endReason).toBe("interrupted");
  });

  it("kill -9 loses only the reply being typed: the transcript on disk holds the replies so far", async () => {
    const data = tempDir("coach-sig-data-");
    // A scenario that goes on after two middling replies (budget-customer-rushed ends later).
    const middling = ["I hear you, let me check.", "I understand. Let me see what I can do."];
    const coach = start("run budget-customer-rushed", { COACH_DATA_DIR: data });
    await waitFor(/You:/);
    type(middling[0] as string);
    await waitFor(/Tip:[\s\S]*You:/);
    type(middling[1] as string);
    await waitFor(/Tip:[\s\S]*Tip:[\s\S]*You:/);
    tmux("send-keys", "-t", session, "-l", "a reply half typed");
    process.kill(coach.pid(), "SIGKILL");
    await exitOf();
    const [transcript] = transcripts(data);
    expect(transcript?.turns.map((t) => t.reply)).toEqual(middling);
    expect(transcript?.outcome).toBe("unfinished");
  });

  it("a save that fails inside the SIGINT handler: a message and exit 3, never a stack trace", async () => {
    const dir = tempDir("coach-sig-");
    const file = join(dir, "file");
    writeFileSync(file, "");
    const coach = start(`run refund-thrown-product --out '${file}'`, {
      COACH_DATA_DIR: join(file, "data"),
      TMPDIR: file,
    });
    await waitFor(/You:/);
    type(replies[0] as string);
    await waitFor(/Tip:[\s\S]*You:/);
    process.kill(coach.pid(), "SIGINT");
    const result = await exitOf();
    expect(result.code).toBe(3);
    expect(result.text).toContain(`could not save the transcript in ${file}: it is a file, not a folder`);
    expect(result.text).toContain("the transcript was not saved");
    expect(result.text).not.toMatch(/at .*\.js:\d+|internal error|Error:/);
    expect(result.terminal).toBe("icanon echo");
  });
});

describe("coach new leaves the terminal as it found it", () => {
  it("SIGTERM at a prompt: exit 143 with echo and line editing back on", async () => {
    const coach = start(`new --dir '${tempDir("coach-new-")}'`, {});
    await waitFor(/Title/);
    process.kill(coach.pid(), "SIGTERM");
    const result = await exitOf();
    expect(result.code).toBe(143);
    expect(result.terminal).toBe("icanon echo");
  });

  it("Ctrl+D at a prompt stops it cleanly, without Node's unsettled top-level await warning", async () => {
    const dir = tempDir("coach-new-");
    start(`new --dir '${dir}'`, {});
    await waitFor(/Title/);
    tmux("send-keys", "-t", session, "C-d");
    const result = await exitOf();
    expect(result.text).not.toMatch(/unsettled top-level await|Warning/);
    expect(result.text).toContain("Stopped; nothing was written.");
    expect(result.code).toBe(130);
    expect(result.terminal).toBe("icanon echo");
    expect(readdirSync(dir)).toEqual([]);
  });
});
