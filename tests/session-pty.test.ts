import { afterAll, describe, expect, it } from "vitest";
import type { Transcript } from "../src/session/engine.js";
import { cliPath, tempDir } from "./helpers/cli.js";
import { storedSessions } from "./helpers/store.js";
import { tmuxDriver } from "./helpers/tmux.js";

/** /model and /retry at the interactive prompt (tmux), with colour off so the diff shows its marks. */
const session = `coach-retry-${process.pid}`;
const { tmux, waitFor } = tmuxDriver({ session: () => session });

afterAll(() => {
  try {
    tmux("kill-session", "-t", session);
  } catch {
    /* already gone */
  }
});

const type = (text: string) => {
  tmux("send-keys", "-t", session, "-l", text);
  tmux("send-keys", "-t", session, "Enter");
};

describe("coach run in a terminal: /model and /retry", () => {
  it("shows the last line's model answer, asks it again, and shows the change and the diff", async () => {
    const data = tempDir("coach-pty-retry-");
    const command = `env NO_COLOR=1 COACH_DATA_DIR='${data}' '${process.execPath}' '${cliPath}' run refund-thrown-product; sleep 30`;
    tmux("new-session", "-d", "-s", session, "-x", "60", "-y", "80", command);

    let text = await waitFor(/You:/);
    expect(text).toMatch(/\/retry to try\s+your\s+last\s+reply\s+again/);
    type("I hear you. That's not good enough.");
    text = await waitFor(/Are you even listening[\s\S]*You:/);
    type("/model");
    text = await waitFor(/A model answer for turn 1:[\s\S]*You:/);
    type("/retry");
    text = await waitFor(/turn 1 again, attempt 2[\s\S]*You:/);
    type("I'm sorry, I can see why you're fed up. I can refund your card right now.");
    text = await waitFor(/Turn 1, attempt 2 against attempt 1[\s\S]*You:/);
    expect(text).toMatch(/^ {2}empathy {4}\d+ → \d+ \(\+\d+\)$/m);
    expect(text).toContain("What changed:");
    expect(text).toMatch(/\[-hear you-\]/);
    for (const line of text.split("\n")) expect(line.length).toBeLessThanOrEqual(60);
    type("/quit");
    text = await waitFor(/Saved as session/);
    expect(text).toMatch(/^ {2}help {7}model answers seen 1 \(turn 1\), retries 1\s+\(turn 1\)$/m);
    const [stored] = storedSessions(data);
    const transcript = stored?.transcript as Transcript;
    expect(transcript.turns[0]?.attempts?.[0]?.reply).toBe("I hear you. That's not good enough.");
    expect(transcript.turns[0]?.modelSeen).toBe(true);
  });
});
