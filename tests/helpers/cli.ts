import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const root = join(import.meta.dirname, "..", "..");
/** The binary as shipped (package.json "bin"): the Node version check, which loads the bundle `npm run build` makes. */
export const cliPath = join(root, "bin", "coach.cjs");

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

// Every temporary folder lives under one parent that the global setup creates and removes
// (COACH_TEST_TMP), so a test run leaves nothing behind in the system temp folder.
const dataRoot = mkdtempSync(join(process.env.COACH_TEST_TMP ?? tmpdir(), "files-"));

/** Run the built CLI with colour off, an isolated data folder and optional stdin. */
export function runCli(
  args: string[],
  options: { input?: string; env?: NodeJS.ProcessEnv; cwd?: string } = {},
): CliResult {
  const result = spawnSync(process.execPath, [cliPath, ...args], {
    cwd: options.cwd ?? root,
    input: options.input ?? "",
    encoding: "utf8",
    env: cliEnv(options.env),
    timeout: 20_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A temporary folder, removed with the others when the test process exits. */
export function tempDir(prefix = "coach-test-"): string {
  return mkdtempSync(join(dataRoot, prefix));
}

/**
 * The environment runCli gives the CLI, for tests that spawn it themselves: a fresh data folder
 * in both COACH_DATA and its older name COACH_DATA_DIR, or the one the test gives in either.
 */
export function cliEnv(env: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const fresh = env.COACH_DATA ?? env.COACH_DATA_DIR ?? mkdtempSync(join(dataRoot, "run-"));
  return {
    ...process.env,
    NO_COLOR: "1",
    FORCE_COLOR: "",
    ...env,
    COACH_DATA: env.COACH_DATA ?? fresh,
    COACH_DATA_DIR: env.COACH_DATA_DIR ?? fresh,
  };
}

/**
 * Run a shell script in which `coach` is the built CLI, so its stdin is a real pipe fed as the
 * script says (slowly, by `cat`, from /dev/zero).
 */
export function runShell(script: string, options: { env?: NodeJS.ProcessEnv } = {}): CliResult {
  const result = spawnSync("sh", ["-c", `coach() { "$NODE" "$CLI" "$@"; }\n${script}`], {
    cwd: root,
    encoding: "utf8",
    env: cliEnv({ NODE: process.execPath, CLI: cliPath, ...options.env }),
    timeout: 20_000,
    maxBuffer: 1 << 26,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
