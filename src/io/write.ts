import * as nodeFs from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { IoError } from "../errors.js";

/**
 * The one place coach writes files: folders created with checks, files written atomically, and
 * errors turned into an `IoError` that names the path and says why in words. Commands use this;
 * nothing in the core does.
 */

/** The file-system calls this module makes; tests pass their own to simulate a full disk. */
export type FileSystem = Pick<
  typeof nodeFs,
  | "closeSync"
  | "fsyncSync"
  | "linkSync"
  | "lstatSync"
  | "mkdirSync"
  | "openSync"
  | "readlinkSync"
  | "renameSync"
  | "statSync"
  | "unlinkSync"
  | "writeSync"
>;

const realFs: FileSystem = nodeFs;

const REASONS: Record<string, string> = {
  EACCES: "permission denied (the folder is read-only for you)",
  EPERM: "permission denied (the folder is read-only for you)",
  EROFS: "the file system is read-only",
  ENOSPC: "the disk is full",
  EDQUOT: "you are over your disk quota",
  ENAMETOOLONG: "the name is too long for the file system",
  ENOTDIR: "part of the path is a file, not a folder",
  EISDIR: "it is a folder, not a file",
  ELOOP: "too many symbolic links (a loop?)",
  ENOENT: "it does not exist",
  EEXIST: "it already exists",
  EIO: "the device reported an I/O error",
  EMFILE: "too many open files",
  ENFILE: "too many open files",
};

/** The system's error code, if `error` has one. */
export function errorCode(error: unknown): string | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === "string" ? code : undefined;
}

/** Why a call failed, in words ("the disk is full (ENOSPC)"). */
export function describeFsError(error: unknown): string {
  if (error instanceof IoError) return error.reason;
  const code = errorCode(error);
  if (code && REASONS[code]) return `${REASONS[code]} (${code})`;
  if (code) return code;
  return error instanceof Error ? error.message : String(error);
}

function ioError(what: string, path: string, error: unknown): IoError {
  if (error instanceof IoError) return error;
  return failure(what, path, describeFsError(error), errorCode(error));
}

function failure(what: string, path: string, reason: string, code?: string): IoError {
  return new IoError(`${what} ${path}: ${reason}`, path, code, reason);
}

/**
 * Make sure `folder` is a folder, creating it and any missing parents one level at a time.
 * Node's own `mkdirSync(..., { recursive: true })` spins forever where the kernel answers ENOENT
 * for a parent that exists (`/proc/x`); here that is an error. Returns the absolute path.
 * Throws an `IoError` for a file in the way, a dangling symbolic link, a read-only parent, a
 * name too long, or a place that cannot hold folders.
 */
export function ensureFolder(folder: string, fs: FileSystem = realFs, mode = 0o777): string {
  const target = resolve(folder);
  const missing: string[] = [];
  for (let current = target; ; ) {
    let stats: nodeFs.Stats;
    try {
      stats = fs.statSync(current);
    } catch (error) {
      const code = errorCode(error);
      if (code === "ENOTDIR") throw notAFolder(target, fs);
      if (code !== "ENOENT") throw ioError("cannot use the folder", current, error);
      const link = symlinkTarget(current, fs);
      if (link !== undefined)
        throw failure(
          "cannot use the folder",
          current,
          `it is a symbolic link to ${link}, which does not exist`,
          "ENOENT",
        );
      const parent = dirname(current);
      if (parent === current) throw ioError("cannot create the folder", target, error);
      missing.unshift(current);
      current = parent;
      continue;
    }
    if (!stats.isDirectory())
      throw failure(
        "cannot use the folder",
        target,
        `${current === target ? "it is" : `${current} is`} a file, not a folder`,
        "ENOTDIR",
      );
    break;
  }
  for (const path of missing) {
    try {
      fs.mkdirSync(path, { mode });
    } catch (error) {
      const code = errorCode(error);
      if (code === "EEXIST" && isFolder(path, fs)) continue; // made by someone else meanwhile
      if (code === "ENOENT")
        // The parent exists (we just checked or made it), yet the kernel says it does not:
        // a file system such as /proc or /sys that cannot hold new folders.
        throw failure(
          "cannot create the folder",
          path,
          `${dirname(path)} cannot hold new folders (is it a special file system such as /proc?)`,
          code,
        );
      throw ioError("cannot create the folder", path, error);
    }
  }
  return target;
}

function isFolder(path: string, fs: FileSystem): boolean {
  try {
    return fs.statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function symlinkTarget(path: string, fs: FileSystem): string | undefined {
  try {
    if (!fs.lstatSync(path).isSymbolicLink()) return undefined;
    return fs.readlinkSync(path, "utf8");
  } catch {
    return undefined;
  }
}

/** For ENOTDIR: find the ancestor that is a file, to name it. */
function notAFolder(target: string, fs: FileSystem): IoError {
  const chain: string[] = [];
  for (let p = target; dirname(p) !== p; p = dirname(p)) chain.unshift(p);
  for (const path of chain) {
    try {
      if (!fs.statSync(path).isDirectory())
        return failure("cannot use the folder", target, `${path} is a file, not a folder`, "ENOTDIR");
    } catch {
      break;
    }
  }
  return failure("cannot use the folder", target, `${REASONS.ENOTDIR} (ENOTDIR)`, "ENOTDIR");
}

export interface WriteOptions {
  /** Replace an existing file (default). When false, an existing name is an `IoError` with code EEXIST. */
  overwrite?: boolean;
  /** fsync the file before it takes the name (default true). Checkpoints that a later write replaces may skip it. */
  durable?: boolean;
  /** Permissions for a new file (default 0o666 less the umask). */
  mode?: number;
  fs?: FileSystem;
}

/**
 * Write `text` to `path` atomically: a temporary file in the same folder (created exclusively),
 * every byte written and checked against what `writeSync` reports, flushed, then given the name.
 * A reader sees the old file or the whole new one, never a part; on failure the temporary file
 * is removed and nothing at `path` changes. With `overwrite: false` the name is taken with
 * link(2), which fails if the name exists, so two writers never both "create" the same file.
 */
export function writeFileAtomic(path: string, text: string | Uint8Array, options: WriteOptions = {}): void {
  const fs = options.fs ?? realFs;
  const data = typeof text === "string" ? Buffer.from(text, "utf8") : text;
  // A short temporary name: the final name may already be near the file system's limit.
  const temporary = join(
    dirname(path),
    `.${basename(path).slice(0, 32)}.${process.pid}.${Math.random().toString(36).slice(2, 10)}.tmp`,
  );
  let fd: number | undefined;
  try {
    fd = fs.openSync(temporary, "wx", options.mode ?? 0o666);
    for (let offset = 0; offset < data.length; ) {
      const written = fs.writeSync(fd, data, offset, data.length - offset);
      if (!(written > 0))
        throw Object.assign(new Error(`wrote ${offset} of ${data.length} bytes`), { code: "ENOSPC" });
      offset += written;
    }
    if (options.durable !== false) fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    if (options.overwrite === false) takeName(temporary, path, fs);
    else fs.renameSync(temporary, path);
  } catch (error) {
    if (fd !== undefined) {
      try {
        fs.closeSync(fd);
      } catch {
        /* already failing; the first error is the one to report */
      }
    }
    try {
      fs.unlinkSync(temporary);
    } catch {
      /* never created, or already renamed */
    }
    if (errorCode(error) === "EEXIST" && options.overwrite === false)
      throw failure("cannot create", path, "it already exists", "EEXIST");
    throw ioError("cannot write", path, error);
  }
}

/** Give `temporary` the name `path` only if no file (or link, even a dangling one) has it. */
function takeName(temporary: string, path: string, fs: FileSystem): void {
  try {
    fs.linkSync(temporary, path);
  } catch (error) {
    const code = errorCode(error);
    // File systems without hard links: check, then rename (a small race, but never a torn file).
    if (code !== "EPERM" && code !== "ENOTSUP" && code !== "EOPNOTSUPP" && code !== "EXDEV") throw error;
    if (exists(path, fs)) throw Object.assign(new Error("exists"), { code: "EEXIST" });
    fs.renameSync(temporary, path);
    return;
  }
  fs.unlinkSync(temporary);
}

function exists(path: string, fs: FileSystem): boolean {
  try {
    fs.lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Write a new file in `folder` under the first free name of `stem.ext`, `stem-2.ext`, ... and
 * return its path. Names are claimed exclusively, so two sessions started in the same
 * millisecond never share a file.
 */
export function writeNewFile(
  folder: string,
  stem: string,
  ext: string,
  text: string,
  options: Omit<WriteOptions, "overwrite"> = {},
): string {
  for (let n = 1; ; n++) {
    const path = join(folder, `${stem}${n === 1 ? "" : `-${n}`}${ext}`);
    try {
      writeFileAtomic(path, text, { ...options, overwrite: false });
      return path;
    } catch (error) {
      if (errorCode(error) !== "EEXIST" || n >= 1000) throw error;
    }
  }
}

/**
 * A file-name stem made from free text (a scenario id, which comes from a file name): only
 * letters, digits, `.`, `_` and `-`, at most `max` characters. A longer one keeps its start and
 * ends in a short hash of the whole, so different long ids stay different.
 */
export function safeFileStem(text: string, max = 64): string {
  const clean =
    text
      .normalize("NFKD")
      .replace(/[^A-Za-z0-9._-]+/g, "-")
      .replace(/-{2,}/g, "-")
      .replace(/^[-.]+|-+$/g, "") || "file";
  if (clean.length <= max) return clean;
  const hash = fnv1a(text).toString(16).padStart(8, "0");
  return `${clean.slice(0, max - 9).replace(/[-.]+$/, "")}-${hash}`;
}

/** FNV-1a, 32 bits: enough to keep long names apart, and no crypto module to load at start-up. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/**
 * Stop quietly when the reader of stdout goes away (`coach list | head -1`), as Unix tools do:
 * EPIPE ends the process with `code` instead of an "Unhandled 'error' event". Any other write
 * error on stdout (a full disk under `> file`) is reported on stderr and ends with `ioCode`.
 * Errors on stderr are ignored: there is nowhere left to report them.
 */
export function exitQuietlyOnClosedOutput(
  exit: (code: number) => void = (code) => process.exit(code),
  codes: { closed: number; failed: number } = { closed: 0, failed: 3 },
  stdout: NodeJS.WriteStream = process.stdout,
  stderr: NodeJS.WriteStream = process.stderr,
): void {
  stdout.on("error", (error) => {
    const code = errorCode(error);
    if (code === "EPIPE" || code === "ERR_STREAM_DESTROYED") return exit(codes.closed);
    try {
      stderr.write(`coach: cannot write to standard output: ${describeFsError(error)}\n`);
    } catch {
      /* stderr is gone too */
    }
    exit(codes.failed);
  });
  stderr.on("error", () => {
    /* a closed terminal or pipe: nothing to do */
  });
}
