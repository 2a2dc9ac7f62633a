import { afterAll, describe, expect, it } from "vitest";
import type { Transcript } from "../src/session/engine.js";
import { cliPath, tempDir } from "./helpers/cli.js";
import { storedSessions } from "./helpers/store.js";
import { tmuxDriver } from "./helpers/tmux.js";

/**
 * Drives the real CLI in a pseudo-terminal (tmux): /facts, /hint, two replies and a /quit, then
 * checks what the screen showed and that the transcript was saved. CI installs tmux (.ci/run).
 */
const session = `coach-test-${process.pid}`;
const { tmux, waitFor } = tmuxDriver({ session: () => session });

function countMatches(text: string, pattern: RegExp): number {
  return (text.match(new RegExp(pattern.source, "g")) ?? []).length;
}

afterAll(() => {
  try {
    tmux("kill-session", "-t", session);
  } catch {
    /* already gone */
  }
});

describe("coach run in a terminal", () => {
  it("shows the facts and the customer, takes two replies with feedback, and saves the transcript on /quit", async () => {
    const data = tempDir("coach-pty-");
    const command = `env NO_COLOR=1 COACH_DATA_DIR='${data}' '${process.execPath}' '${cliPath}' run refund-thrown-product; sleep 30`;
    tmux("new-session", "-d", "-s", session, "-x", "70", "-y", "50", command);

    let text = await waitFor(/You:/);
    expect(text).toContain("The headphones on the counter");
    expect(text).toContain("Marcus");
    expect(text).toMatch(/packed in after a week/);
    expect(text.indexOf("What you cannot promise")).toBeLessThan(text.indexOf("packed in after a week"));

    tmux("send-keys", "-t", session, "-l", "/facts");
    tmux("send-keys", "-t", session, "Enter");
    text = await waitFor(/What you cannot promise[\s\S]*What you cannot promise[\s\S]*You:/);

    tmux("send-keys", "-t", session, "-l", "/hint");
    tmux("send-keys", "-t", session, "Enter");
    text = await waitFor(/Hint:/);

    tmux(
      "send-keys",
      "-t",
      session,
      "-l",
      "A week is far too soon, I can see why you are fed up. I can refund your card right now.",
    );
    tmux("send-keys", "-t", session, "Enter");
    text = await waitFor(/Tip:[\s\S]*You:/);
    expect(text).toMatch(/empathy\s+\S+\s+\d+/);

    tmux(
      "send-keys",
      "-t",
      session,
      "-l",
      "I will put it through now; your bank shows it in 3 to 5 working days.",
    );
    tmux("send-keys", "-t", session, "Enter");
    text = await waitFor(/Tip:[\s\S]*Tip:[\s\S]*You:|Report card/);
    expect(countMatches(text, /Tip:/)).toBeGreaterThanOrEqual(2);

    if (!/Report card/.test(text)) {
      tmux("send-keys", "-t", session, "-l", "/quit");
      tmux("send-keys", "-t", session, "Enter");
    }
    text = await waitFor(/Saved as session/);
    expect(text).toContain("Report card");

    const sessions = storedSessions(data);
    expect(sessions).toHaveLength(1);
    const transcript = sessions[0]?.transcript as Transcript;
    expect(transcript.scenario.id).toBe("refund-thrown-product");
    expect(transcript.turns).toHaveLength(2);
    expect(transcript.turns[0]?.hintUsed).toBe(true);
  });
});
