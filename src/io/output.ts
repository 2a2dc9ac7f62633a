import { statSync } from "node:fs";
import { UsageError } from "../errors.js";
import { sanitize } from "../ui/text.js";

/** An -o that names a folder (or ends in a slash) is a usage mistake, said before any work. */
export function checkOutput(output: string): void {
  let folder = false;
  try {
    folder = statSync(output).isDirectory();
  } catch {
    /* not there yet: written later */
  }
  if (folder || /[/\\]$/.test(output))
    throw new UsageError(`-o ${sanitize(output)} is a folder; give a file name, such as report.html`);
}
