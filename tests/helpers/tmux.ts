import { execFileSync } from "node:child_process";

/**
 * Drive a program in tmux for terminal tests: run tmux commands (on a server of its own when
 * `socket` is given), read the pane, and wait for text to appear on it.
 */
export function tmuxDriver(options: { socket?: string; session: () => string }) {
  const run = (...args: string[]) =>
    execFileSync("tmux", options.socket ? ["-L", options.socket, ...args] : args, {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
  // Killing a server's last session makes it exit; a command sent just then can meet the server
  // on its way out ("server exited unexpectedly"). Send it again: the next one starts a new server.
  const tmux = (...args: string[]): string => {
    for (let attempt = 1; ; attempt++)
      try {
        return run(...args);
      } catch (error) {
        if (
          attempt >= 3 ||
          !String((error as { stderr?: unknown }).stderr).includes("server exited unexpectedly")
        )
          throw error;
      }
  };
  const screen = () => tmux("capture-pane", "-p", "-J", "-S", "-200", "-t", options.session());
  async function waitFor(pattern: RegExp, timeout = 15_000): Promise<string> {
    const start = Date.now();
    let text = "";
    while (Date.now() - start < timeout) {
      text = screen();
      if (pattern.test(text)) return text;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`timed out waiting for ${pattern}; the screen shows:\n${text}`);
  }
  /** Ends this driver's session, or its whole server; either may already be gone. */
  const quietly = (...args: string[]) => {
    try {
      tmux(...args);
    } catch {
      /* already gone */
    }
  };
  const killSession = () => quietly("kill-session", "-t", options.session());
  const killServer = () => quietly("kill-server");
  return { tmux, screen, waitFor, killSession, killServer };
}
