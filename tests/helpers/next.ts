import { spawnSync } from "node:child_process";
import type { CliResult } from "./cli.js";

/**
 * The commands a "Next:" block prints: `Next: CMD` on one line (`coach init`), or `Next:` then
 * one indented command a line, each followed by three or more spaces and why (`coach new`).
 */
export function nextCommands(stdout: string): string[] {
  const commands: string[] = [];
  const lines = stdout.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    const inline = /^Next: (.+)$/.exec(line);
    if (inline?.[1]) commands.push(inline[1].trim());
    else if (line === "Next:")
      for (let j = i + 1; j < lines.length && /^ {2}\S/.test(lines[j] ?? ""); j++)
        commands.push((lines[j] ?? "").trim().split(/ {3,}/)[0] ?? "");
  }
  return commands;
}

/** Run a printed command as a user would paste it into a shell. */
export function runShell(command: string, cwd: string, env: NodeJS.ProcessEnv): CliResult {
  const result = spawnSync("bash", ["-c", command], {
    cwd,
    env,
    input: "",
    encoding: "utf8",
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
