import { dirname, extname } from "node:path";
import { UsageError } from "../errors.js";
import { checkOutput } from "../io/output.js";
import { type OpenSource, readTeam, teamKey } from "../io/team.js";
import { ensureFolder, writeFileAtomic } from "../io/write.js";
import { buildTeamReport, type TeamReport } from "../report/team.js";
import { renderTeamHtml } from "../report/team-html.js";
import { renderTeamCsv, renderTeamMarkdown } from "../report/team-text.js";
import { safeJson, sanitize } from "../ui/text.js";

export type TeamFormat = "html" | "md" | "csv" | "json";

export interface TeamOptions {
  format?: TeamFormat;
  output?: string;
  anonymise?: boolean;
}

export interface TeamResult {
  report: TeamReport;
  format: TeamFormat;
  text: string;
  warnings: string[];
  written?: string;
}

const BY_EXTENSION: Record<string, TeamFormat> = {
  ".html": "html",
  ".htm": "html",
  ".md": "md",
  ".markdown": "md",
  ".csv": "csv",
  ".json": "json",
};

/** --format, else -o's extension, else Markdown (as `coach report`). */
export function teamFormat(options: TeamOptions): TeamFormat {
  if (options.format) return options.format;
  if (options.output === undefined) return "md";
  const format = BY_EXTENSION[extname(options.output).toLowerCase()];
  if (!format)
    throw new UsageError(
      `cannot tell the format from the name ${sanitize(options.output)}; end it in .html, .md, .csv or .json, or add --format html|md|csv|json`,
    );
  return format;
}

export function renderTeam(report: TeamReport, format: TeamFormat): string {
  if (format === "html") return renderTeamHtml(report);
  if (format === "md") return renderTeamMarkdown(report);
  if (format === "csv") return renderTeamCsv(report);
  return `${safeJson(report, 2)}\n`;
}

/** Read the sessions under `paths`, build the team report and render it; writes only with -o. */
export async function makeTeamReport(
  paths: readonly string[],
  options: TeamOptions,
  openSource: OpenSource,
): Promise<TeamResult> {
  if (!paths.length) throw new UsageError("give transcript files, folders of them, or data folders");
  const format = teamFormat(options);
  if (options.output !== undefined) checkOutput(options.output);
  const { sessions, warnings } = await readTeam(paths, openSource);
  const report = buildTeamReport(sessions, {
    anonymise: Boolean(options.anonymise),
    ...(options.anonymise ? { key: teamKey() } : {}),
  });
  const text = renderTeam(report, format);
  if (options.output === undefined) return { report, format, text, warnings };
  ensureFolder(dirname(options.output));
  writeFileAtomic(options.output, text);
  return { report, format, text, warnings, written: options.output };
}

export async function teamCommand(
  paths: readonly string[],
  options: TeamOptions,
  openSource: OpenSource,
): Promise<number> {
  const result = await makeTeamReport(paths, options, openSource);
  // With --anonymise, warnings name files (and so perhaps people): they go to stderr only.
  for (const warning of result.warnings) process.stderr.write(`warning: ${warning}\n`);
  if (result.written) process.stderr.write(`Team report written to ${sanitize(result.written)}\n`);
  else process.stdout.write(result.text);
  return 0;
}
