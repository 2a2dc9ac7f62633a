import { readFileSync, statSync } from "node:fs";
import type { Diagnostic } from "./diagnostics.js";
import { MAX_FILE_BYTES } from "./parse.js";

/** Read a file as text, refusing what a trainer file can never be: huge, binary, not UTF-8. */
export function readTrainerFile(file: string): { text?: string; diagnostic?: Diagnostic } {
  const fail = (rule: string, message: string): { diagnostic: Diagnostic } => ({
    diagnostic: { file, line: 0, col: 0, severity: "error", rule, message },
  });
  let size: number;
  try {
    const stats = statSync(file);
    if (!stats.isFile()) return fail("not-a-file", "not a regular file");
    size = stats.size;
  } catch {
    return fail("path-not-found", "no such file");
  }
  if (size > MAX_FILE_BYTES)
    return fail(
      "file-too-large",
      `the file is ${(size / 1024 / 1024).toFixed(1)} MiB; scenario files may be at most 1 MiB`,
    );
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    return fail("unreadable", `cannot read the file (${(error as NodeJS.ErrnoException).code ?? "error"})`);
  }
  // UTF-16 (a BOM, as Windows editors save "Unicode") is text, not binary: say how to fix it.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return fail("encoding", "the file is UTF-16 text; save it as UTF-8");
  if (bytes.subarray(0, 8192).includes(0))
    return fail("binary-file", "this looks like a binary file, not YAML text");
  try {
    let text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    // A lone CR is a line break in YAML (classic Mac endings); the parser only knows LF and CRLF.
    // Most files have no CR at all: looking for one is much quicker than the replace.
    return { text: text.includes("\r") ? text.replace(/\r(?!\n)/g, "\n") : text };
  } catch {
    return fail("encoding", "the file is not valid UTF-8 text; save it as UTF-8");
  }
}
