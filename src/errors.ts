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

/** The user interrupted (Ctrl+C). Exit 130 once whatever must be saved is saved. */
export class InterruptedError extends Error {
  override name = "InterruptedError";
}
