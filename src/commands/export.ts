import { dirname, resolve } from "node:path";
import { UsageError } from "../errors.js";
import { ensureFolder, writeFileAtomic } from "../io/write.js";
import type { Transcript } from "../session/engine.js";
import { importMessage, openStore, sessionIdOrError } from "../store/open.js";
import { safeJson, sanitize } from "../ui/text.js";

export interface ExportOptions {
  all?: boolean;
  output?: string;
  data?: string;
}

/**
 * `coach export [SESSION|last|--all] [-o FILE]`: sessions as JSON transcripts, the form `coach run
 * --json` prints (one object; an array with --all, newest first). Returns how many.
 */
export async function exportCommand(
  ref: string | undefined,
  options: ExportOptions,
): Promise<{ code: number; count: number }> {
  if (ref !== undefined && options.all) throw new UsageError("give a session or --all, not both");
  const store = openStore({
    ...(options.data ? { data: options.data } : {}),
    onImport: (report) => process.stderr.write(`${importMessage(report, store.file)}\n`),
  });
  let text: string;
  let count: number;
  try {
    if (options.all) {
      const transcripts: Transcript[] = [];
      for (const { transcript } of store.transcripts()) transcripts.push(transcript);
      text = safeJson(transcripts, 2);
      count = transcripts.length;
    } else {
      const id = sessionIdOrError(store, ref ?? "last");
      text = safeJson(store.transcript(id), 2);
      count = 1;
    }
  } finally {
    store.close();
  }
  if (options.output && options.output !== "-") {
    const path = resolve(options.output);
    ensureFolder(dirname(path));
    writeFileAtomic(path, `${text}\n`, { mode: 0o600 });
    process.stderr.write(`Exported ${count} ${count === 1 ? "session" : "sessions"} to ${sanitize(path)}\n`);
  } else process.stdout.write(`${text}\n`);
  return { code: 0, count };
}
