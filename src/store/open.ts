import { join } from "node:path";
import { UsageError } from "../errors.js";
import { dataFolder } from "../io/sessions.js";
import { clip, sanitize } from "../ui/text.js";
import { Store } from "./db.js";
import type { ImportReport } from "./import.js";

/** The store file in a data folder. */
export function storeFile(data?: string, env: NodeJS.ProcessEnv = process.env): string {
  return join(dataFolder(data, env), "coach.db");
}

/**
 * The store in the data folder (`--data`, COACH_DATA, or the platform's), importing the JSON
 * transcripts in its sessions folder when it opens. Nothing is opened until the store is used.
 */
export function openStore(
  options: { data?: string; env?: NodeJS.ProcessEnv; onImport?: (report: ImportReport) => void } = {},
): Store {
  const folder = dataFolder(options.data, options.env);
  return new Store(join(folder, "coach.db"), {
    importFrom: join(folder, "sessions"),
    ...(options.onImport ? { onImport: options.onImport } : {}),
  });
}

/** What an import did, in one line for stderr. */
export function importMessage(report: ImportReport, file: string): string {
  const parts: string[] = [];
  if (report.imported)
    parts.push(`imported ${report.imported} saved ${report.imported === 1 ? "session" : "sessions"}`);
  if (report.merged)
    parts.push(`completed ${report.merged} stored ${report.merged === 1 ? "session" : "sessions"}`);
  const head = parts.length ? `coach: ${parts.join(" and ")} from ${report.folder} into ${file}` : "";
  const damaged = report.damaged
    ? `${report.damaged} ${report.damaged === 1 ? "file" : "files"} in ${report.folder} could not be read as transcripts (${report.damagedFiles.slice(0, 3).join(", ")}${report.damaged > 3 ? ", …" : ""}); left as they are`
    : "";
  if (head && damaged) return `${head}; ${damaged}.`;
  return head ? `${head}.` : `coach: ${damaged}.`;
}

/**
 * The id of the session `ref` names (an id, the start of one, or `last`), or a `UsageError`
 * (exit 2) that says why not and suggests near ids.
 */
export function sessionIdOrError(store: Store, ref: string): string {
  const id = store.resolve(ref);
  if (id !== undefined) return id;
  const wanted = ref.trim().toLowerCase();
  if (wanted === "last")
    throw new UsageError("no sessions saved yet; practise with `coach run SCENARIO` first");
  const shown = clip(sanitize(ref), 40);
  if (/^[0-9a-z]+$/.test(wanted) && store.startingWith(wanted) > 1)
    throw new UsageError(`\`${shown}\` is the start of more than one session id; give more of it`);
  const near = store.suggest(wanted);
  throw new UsageError(
    `no session \`${shown}\`${near.length ? `; did you mean ${near.join(", ")}?` : ""} (\`coach history\` lists them)`,
  );
}
