import { execFileSync, spawn } from "node:child_process";
import { chmodSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { cliEnv, cliPath, root, tempDir } from "./cli.js";

/** Mount points made by these helpers, unmounted by `unmountAll` (call it in afterAll). */
const mounts: string[] = [];

function tryMount(dir: string, options: string): boolean {
  try {
    execFileSync("mount", ["-t", "tmpfs", "-o", options, "tmpfs", dir], { stdio: "ignore" });
    mounts.push(dir);
    return true;
  } catch {
    return false;
  }
}

export function unmountAll(): void {
  for (const dir of mounts.splice(0)) {
    try {
      execFileSync("umount", ["-l", dir], { stdio: "ignore" });
    } catch {
      /* already gone */
    }
  }
}

function writable(dir: string): boolean {
  const probe = join(dir, ".probe");
  try {
    writeFileSync(probe, "x");
    unlinkSync(probe);
    return true;
  } catch {
    return false;
  }
}

/**
 * A folder coach cannot write in: chmod 0555, or, when that does not stop us (running as root,
 * as in some containers), a read-only tmpfs mounted on it. Undefined when neither works here.
 */
export function readOnlyDir(): string | undefined {
  const dir = tempDir("read-only-");
  chmodSync(dir, 0o555);
  if (!writable(dir)) return dir;
  chmodSync(dir, 0o755);
  if (tryMount(dir, "ro,size=16k") && !writable(dir)) return dir;
  return undefined;
}

/**
 * A tiny tmpfs (`sizeKiB`) with exactly `freePages` pages (4 KiB each) left free, for full-disk tests.
 * Undefined where mounting is not allowed (no root, or a container without the capability).
 */
export function fullDisk(freePages = 1, sizeKiB = 64): string | undefined {
  const dir = tempDir("full-disk-");
  if (!tryMount(dir, `size=${sizeKiB}k`)) return undefined;
  const pads = Array.from({ length: freePages }, (_, i) => join(dir, `.pad-${i}`));
  for (const pad of pads) writeFileSync(pad, Buffer.alloc(4096, 1));
  // Fill the rest a page at a time until the file system refuses.
  const filler = join(dir, ".filler");
  for (let size = 4096; ; size += 4096) {
    try {
      writeFileSync(filler, Buffer.alloc(size, 1));
    } catch {
      break;
    }
  }
  for (const pad of pads) rmSync(pad);
  return dir;
}

export interface ClosedPipeResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/**
 * Run the CLI with its stdout piped into a reader that closes the pipe after `lines` lines
 * (0: at once, before coach writes anything), as `coach list | head -1` does.
 */
export function runWithClosingReader(
  args: string[],
  lines: number,
  env: NodeJS.ProcessEnv = {},
): Promise<ClosedPipeResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cliPath, ...args], {
      cwd: root,
      stdio: ["ignore", "pipe", "pipe"],
      env: cliEnv({ COACH_DATA: tempDir("pipe-data-"), ...env }),
    });
    let stdout = "";
    let stderr = "";
    const close = () => child.stdout.destroy();
    if (lines === 0) close();
    else
      child.stdout.on("data", (chunk: Buffer) => {
        stdout += chunk.toString("utf8");
        if (stdout.split("\n").length > lines) close();
      });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString("utf8");
    });
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`coach ${args.join(" ")} did not end within 20 s; stderr:\n${stderr}`));
    }, 20_000);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
  });
}
