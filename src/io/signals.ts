import { isatty } from "node:tty";
import { STOP_SIGNALS, type StopSignal, signalExitCode } from "../errors.js";

/**
 * Stopping on a signal: SIGINT (Ctrl+C outside a prompt), SIGTERM and SIGHUP (the terminal was
 * closed) all end coach the same way. Whatever registered with `onStop` runs first, newest
 * first (a session saves its transcript), then the terminal is put back as it was and the process
 * exits with the code the handler chose (default 128 + the signal's number).
 */

export type StopHandler = (signal: StopSignal) => number | undefined;

const handlers: StopHandler[] = [];
let installed = false;

/** Register what must happen before coach stops on a signal; returns a function that unregisters it. */
export function onStop(handler: StopHandler): () => void {
  handlers.push(handler);
  return () => {
    const at = handlers.lastIndexOf(handler);
    if (at >= 0) handlers.splice(at, 1);
  };
}

/** Install the signal handlers once (the CLI entry does this). */
export function installStopHandlers(exit: (code: number) => void = (code) => process.exit(code)): void {
  if (installed) return;
  installed = true;
  let stopping = false;
  for (const signal of Object.keys(STOP_SIGNALS) as StopSignal[]) {
    process.on(signal, () => {
      if (stopping) return; // a second Ctrl+C while saving: the save is short, let it finish
      stopping = true;
      let code = signalExitCode(signal);
      for (const handler of [...handlers].reverse()) {
        try {
          code = handler(signal) ?? code;
        } catch {
          /* a handler must not keep the process alive or print a stack trace on the way out */
        }
      }
      restoreTerminal();
      exit(code);
    });
  }
  process.on("exit", restoreTerminal);
}

/**
 * Put the terminal back: raw mode off and the cursor shown, in case a prompt was open. Harmless
 * when stdin is not a terminal or was never raw.
 */
export function restoreTerminal(): void {
  // Only a terminal can be raw. Asking isatty first keeps a piped or redirected run from creating
  // process.stdin on its way out just to ask (a stream and its modules: a few ms of every command).
  if (!isatty(0)) return;
  const stdin = process.stdin as NodeJS.ReadStream;
  try {
    if (stdin.isTTY && stdin.isRaw) {
      stdin.setRawMode(false);
      if (process.stdout.isTTY) process.stdout.write("\u001b[?25h");
    }
  } catch {
    /* the terminal is already gone (SIGHUP) */
  }
}

/**
 * Run a prompt that stops when the user presses Ctrl+D: readline closes on it without settling
 * the prompt, so the prompt is aborted (its promise rejects with an AbortPromptError) instead of
 * waiting forever.
 */
export async function abortOnEof<T>(prompt: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  const onData = (chunk: Buffer | string) => {
    if (typeof chunk === "string" ? chunk.includes("\u0004") : chunk.includes(4)) controller.abort("eof");
  };
  const onEnd = () => controller.abort("eof");
  process.stdin.on("data", onData);
  process.stdin.once("end", onEnd);
  try {
    return await prompt(controller.signal);
  } finally {
    process.stdin.off("data", onData);
    process.stdin.off("end", onEnd);
  }
}
