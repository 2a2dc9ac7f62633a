/**
 * Errors the CLI maps to exit codes in one place (src/cli.ts).
 * Anything else that escapes is an internal error: a short message and how to report it.
 */

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
