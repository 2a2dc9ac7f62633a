import { statSync } from "node:fs";
import { dirname, extname } from "node:path";
import { UsageError } from "../errors.js";
import { checkOutput } from "../io/output.js";
import { findSessions } from "../io/saved-sessions.js";
import { readTranscript } from "../io/transcripts.js";
import { ensureFolder, writeFileAtomic } from "../io/write.js";
import { progressReport } from "../progress/from-source.js";
import { renderHtml } from "../report/html.js";
import { renderMarkdown } from "../report/markdown.js";
import { buildSessionReport, type SessionReport } from "../report/model.js";
import {
  buildProgressPage,
  type ProgressPage,
  renderProgressHtml,
  renderProgressMarkdown,
} from "../report/progress.js";
import { countBy } from "../scenario/diagnostics.js";
import { resolveScenario, scenarioFolders } from "../scenario/load.js";
import type { Scenario } from "../scenario/schema.js";
import type { Transcript } from "../session/engine.js";
import type { SessionSource } from "../store/types.js";
import { safeJson, sanitize } from "../ui/text.js";

export type ReportFormat = "html" | "md" | "json";

export interface ReportOptions {
  format?: ReportFormat;
  output?: string;
  scenarios?: string;
  /** The progress view over the saved sessions, not one session's report. */
  progress?: boolean;
  /** The data folder whose store holds the sessions. */
  data?: string;
}

export interface ReportResult {
  report: SessionReport;
  format: ReportFormat;
  text: string;
  /** The transcript file the report was made from. */
  source: string;
  /** Where the report was written (-o), if not to stdout. */
  written?: string;
}

const BY_EXTENSION: Record<string, ReportFormat> = {
  ".html": "html",
  ".htm": "html",
  ".md": "md",
  ".markdown": "md",
  ".json": "json",
};

/**
 * The format: --format when given; else from -o's extension (.html, .md, .json); else Markdown,
 * which reads well in a terminal and pastes into a ticket. An -o name with another extension and
 * no --format is a usage mistake rather than a guess.
 */
export function formatFor(options: ReportOptions): ReportFormat {
  if (options.format) return options.format;
  if (options.output === undefined) return "md";
  const format = BY_EXTENSION[extname(options.output).toLowerCase()];
  if (!format)
    throw new UsageError(
      `cannot tell the format from the name ${sanitize(options.output)}; end it in .html, .md or .json, or add --format html|md|json`,
    );
  return format;
}

/**
 * The session's scenario, when its file can still be loaded cleanly. The id comes from the
 * transcript (untrusted): only a plain scenario id is looked up, never a path.
 */
export function scenarioFor(transcript: Transcript, extraFolder?: string): Scenario | undefined {
  const id = transcript.scenario.id;
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) return undefined;
  const loaded = resolveScenario(id, scenarioFolders(extraFolder));
  if (!loaded?.scenario || countBy(loaded.diagnostics, "error") > 0) return undefined;
  return loaded.scenario;
}

export function renderReport(report: SessionReport, format: ReportFormat): string {
  if (format === "html") return renderHtml(report);
  if (format === "md") return renderMarkdown(report);
  return `${safeJson(report, 2)}\n`;
}

/**
 * The transcript `ref` names: a transcript file's path, or a stored session (`last`, an id or
 * the start of one), with where it came from.
 */
async function transcriptFor(
  ref: string,
  data?: string,
): Promise<{ source: string; transcript: Transcript }> {
  if (ref !== "last" && isFile(ref)) return { source: ref, transcript: await readTranscript(ref) };
  const [saved] = findSessions(ref, data ? { data } : {}).sessions;
  if (!saved) throw new UsageError("no sessions saved yet; practise with `coach run SCENARIO` first");
  return { source: saved.file, transcript: saved.transcript };
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** Read the transcript, build the report, and render it; writes only with -o. */
export async function makeReport(ref: string, options: ReportOptions): Promise<ReportResult> {
  const format = formatFor(options);
  if (options.output !== undefined) checkOutput(options.output);
  const { source, transcript } = await transcriptFor(ref, options.data);
  const report = buildSessionReport(transcript, scenarioFor(transcript, options.scenarios));
  const text = renderReport(report, format);
  if (options.output === undefined) return { report, format, text, source };
  ensureFolder(dirname(options.output));
  writeFileAtomic(options.output, text);
  return { report, format, text, source, written: options.output };
}

/** `coach report --progress`: the progress view of the sessions a source holds, rendered. */
export function makeProgressReport(
  source: SessionSource,
  options: ReportOptions,
): { page: ProgressPage; format: ReportFormat; text: string; written?: string } {
  const format = formatFor(options);
  if (options.output !== undefined) checkOutput(options.output);
  const page = buildProgressPage(progressReport(source), source.summaries());
  const text =
    format === "html"
      ? renderProgressHtml(page)
      : format === "md"
        ? renderProgressMarkdown(page)
        : `${safeJson(page, 2)}\n`;
  if (options.output === undefined) return { page, format, text };
  ensureFolder(dirname(options.output));
  writeFileAtomic(options.output, text);
  return { page, format, text, written: options.output };
}

export async function reportCommand(
  ref: string | undefined,
  options: ReportOptions,
  openSource?: (dataDir?: string) => Promise<SessionSource>,
): Promise<number> {
  if (options.progress) {
    if (ref !== undefined && ref !== "last")
      throw new UsageError(
        "--progress covers all your sessions; leave out the session, or leave out --progress",
      );
    if (!openSource) throw new UsageError("--progress needs the saved sessions");
    const result = makeProgressReport(await openSource(options.data), options);
    if (result.written) process.stderr.write(`Report written to ${sanitize(result.written)}\n`);
    else process.stdout.write(result.text);
    return 0;
  }
  const result = await makeReport(ref ?? "last", options);
  if (result.written) process.stderr.write(`Report written to ${sanitize(result.written)}\n`);
  else process.stdout.write(result.text);
  return 0;
}
