/**
 * Exit codes and the errors that carry them, in one place. The CLI maps errors to exit codes in
 * one catch (src/main.ts); commands that return a code return one of `EXIT`. Anything else that
 * escapes is an internal error: a short message and how to report it.
 *
 * The contract (README "Exit codes" says the same):
 *   0    success (also when the reader of a pipe closes it early, as in `coach list | head -1`)
 *   1    content problems: a scenario with errors, a failing example, a bad batch line
 *   2    usage mistakes: unknown command or option, a missing argument, a bad value
 *   3    I/O problems: a file or folder could not be read or written, such as a failed save;
 *        a session whose save failed still shows its report, and says where its copy went
 *   70   an internal error (a bug in coach)
 *   128+n  stopped by signal n once what must be saved is saved: 130 Ctrl+C (SIGINT),
 *        129 SIGHUP (the terminal closed), 143 SIGTERM
 * When a session is stopped and its save also fails, 3 wins: the save needs attention.
 */
export const EXIT = {
  ok: 0,
  content: 1,
  usage: 2,
  io: 3,
  internal: 70,
  interrupted: 130,
} as const;

/** The signals coach stops on, with their numbers (the same on every platform Node supports). */
export const STOP_SIGNALS = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 } as const;
export type StopSignal = keyof typeof STOP_SIGNALS;

/** The exit code for a stop by `signal`: 128 plus its number, as shells report it. */
export function signalExitCode(signal: StopSignal): number {
  return 128 + STOP_SIGNALS[signal];
}

/** The user asked for something malformed: unknown option, missing argument, bad value. Exit 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

/** The content is wrong (a scenario fails validation, a test fails, a batch line is bad). Exit 1. */
export class ContentError extends Error {
  override name = "ContentError";
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(message);
  }
}

/**
 * A file or folder could not be read or written (read-only, full disk, a file where a folder
 * should be, a name too long). The message names the path and says why in words. Exit 3.
 */
export class IoError extends Error {
  override name = "IoError";
  constructor(
    message: string,
    /** The path that failed. */
    readonly path: string,
    /** The system's error code (ENOSPC, EROFS, ...), when there is one. */
    readonly code?: string,
    /** Why, in words, without the path ("the disk is full (ENOSPC)"). */
    readonly reason: string = message,
  ) {
    super(message);
  }
}

/** The user interrupted (Ctrl+C). Exit 130 once whatever must be saved is saved. */
export class InterruptedError extends Error {
  override name = "InterruptedError";
}
