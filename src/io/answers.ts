import { ContentError } from "../errors.js";
import { MAX_INPUT_BYTES, readLines, sourceName } from "./read.js";

/**
 * Replies for `coach run` from --answers or piped stdin, one line at a time, read only when the
 * session asks for the next one: a program that waits to see the customer's line before it
 * answers can drive a session through a pipe. Blank lines are skipped and lines are trimmed.
 *
 * The limits and decoding are those of src/io/read.ts: at most MAX_INPUT_BYTES in all (a loop of
 * /retry or /help lines cannot run forever) and per line; a line that is not valid UTF-8 is an
 * error naming its line and byte offset.
 */
export interface AnswerLine {
  line: number;
  text: string;
}

export interface AnswerLines {
  /** The next non-blank line, or undefined at the end of the input. */
  next(): Promise<AnswerLine | undefined>;
  /** Stop reading: closes the file, or lets go of stdin. */
  close(): Promise<void>;
  /** Where the lines come from, for messages: the path, or `stdin`. */
  readonly name: string;
}

export function answerLines(source: string): AnswerLines {
  const name = sourceName(source);
  const lines = readLines(source, {
    maxLineBytes: MAX_INPUT_BYTES,
    what: "answer line",
    limit: MAX_INPUT_BYTES,
    whole: "answers",
  });
  return {
    name,
    async next() {
      for (;;) {
        const result = await lines.next();
        if (result.done) return undefined;
        const line = result.value;
        if ("error" in line)
          throw new ContentError(`${name}: line ${line.line}: ${line.error}; save it as UTF-8`);
        const text = line.text.trim();
        if (text) return { line: line.line, text };
      }
    },
    async close() {
      await lines.return(undefined);
    },
  };
}
