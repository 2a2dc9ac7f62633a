import * as fs from "node:fs";
import { readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EXIT, IoError, signalExitCode } from "../../src/errors.js";
import { TranscriptFile, transcriptStem } from "../../src/io/sessions.js";
import {
  ensureFolder,
  type FileSystem,
  safeFileStem,
  writeFileAtomic,
  writeNewFile,
} from "../../src/io/write.js";
import type { Transcript } from "../../src/session/engine.js";
import { tempDir } from "../helpers/cli.js";

/** writeFileAtomic calls writeSync(fd, buffer, offset, length); a stand-in with that shape. */
const fakeWrite = (write: (fd: number, buffer: Uint8Array, offset: number, length: number) => number) =>
  write as unknown as FileSystem["writeSync"];

/** The real file system, except that writes stop after `room` bytes, as on a nearly full disk. */
function diskWithRoom(room: number, partial: "short-write" | "zero" = "short-write"): FileSystem {
  let left = room;
  return {
    ...fs,
    writeSync: fakeWrite((fd, buffer, offset, length) => {
      if (left <= 0) {
        if (partial === "zero") return 0;
        throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
      }
      const n = Math.min(left, length);
      left -= n;
      return fs.writeSync(fd, buffer, offset, n);
    }),
  };
}

const noTemporaryFiles = (dir: string) =>
  expect(readdirSync(dir).filter((n) => n.endsWith(".tmp"))).toEqual([]);

describe("writeFileAtomic", () => {
  it("writes the whole text and replaces an existing file", () => {
    const dir = tempDir();
    const file = join(dir, "a.json");
    writeFileSync(file, "old");
    writeFileAtomic(file, "new text");
    expect(readFileSync(file, "utf8")).toBe("new text");
    noTemporaryFiles(dir);
  });

  it.each([
    ["a write that stops part-way (the disk fills)", diskWithRoom(4096)],
    ["a write that reports 0 bytes", diskWithRoom(10, "zero")],
    ["no room at all", diskWithRoom(0)],
  ])("%s is an ENOSPC IoError; the old file is untouched and no .tmp is left", (_, disk) => {
    const dir = tempDir();
    const file = join(dir, "t.json");
    writeFileSync(file, '{"old":true}\n');
    const big = JSON.stringify({ text: "x".repeat(10_000) });
    let thrown: unknown;
    try {
      writeFileAtomic(file, big, { fs: disk });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(IoError);
    expect((thrown as IoError).code).toBe("ENOSPC");
    expect((thrown as IoError).message).toMatch(/t\.json: the disk is full \(ENOSPC\)/);
    expect(readFileSync(file, "utf8")).toBe('{"old":true}\n');
    expect(readdirSync(dir)).toEqual(["t.json"]);
  });

  it("with overwrite: false an existing name (even a dangling link) is EEXIST and is left alone", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "taken"), "mine");
    symlinkSync(join(dir, "nowhere"), join(dir, "link"));
    for (const name of ["taken", "link"]) {
      expect(() => writeFileAtomic(join(dir, name), "theirs", { overwrite: false })).toThrow(
        expect.objectContaining({ code: "EEXIST" }),
      );
    }
    expect(readFileSync(join(dir, "taken"), "utf8")).toBe("mine");
    expect(fs.existsSync(join(dir, "nowhere"))).toBe(false);
    noTemporaryFiles(dir);
  });

  it("a final name near the file system's limit still gets a temporary name that fits", () => {
    const dir = tempDir();
    const file = join(dir, `${"n".repeat(250)}.json`);
    writeFileAtomic(file, "{}");
    expect(readFileSync(file, "utf8")).toBe("{}");
  });
});

describe("writeNewFile", () => {
  it("never takes a name that exists: the second file gets -2", () => {
    const dir = tempDir();
    expect(writeNewFile(dir, "s", ".json", "1")).toBe(join(dir, "s.json"));
    expect(writeNewFile(dir, "s", ".json", "2")).toBe(join(dir, "s-2.json"));
    expect(readFileSync(join(dir, "s.json"), "utf8")).toBe("1");
  });
});

describe("ensureFolder", () => {
  it("creates missing parents and accepts an existing folder", () => {
    const dir = join(tempDir(), "a", "b", "c");
    expect(ensureFolder(dir)).toBe(dir);
    expect(ensureFolder(dir)).toBe(dir);
  });

  it.each([
    ["a file", (d: string) => writeFileSync(join(d, "x"), ""), "x", /x: it is a file, not a folder/],
    [
      "a folder under a file",
      (d: string) => writeFileSync(join(d, "f"), ""),
      "f/x/y",
      /f is a file, not a folder/,
    ],
    [
      "a dangling symbolic link",
      (d: string) => symlinkSync(join(d, "gone"), join(d, "x")),
      "x",
      /x: it is a symbolic link to .*gone, which does not exist/,
    ],
    [
      "a name too long",
      () => {},
      "n".repeat(300),
      /the name is too long for the file system \(ENAMETOOLONG\)/,
    ],
  ])("%s is a clear IoError", (_, setup, name, message) => {
    const dir = tempDir();
    setup(dir);
    expect(() => ensureFolder(join(dir, name))).toThrow(IoError);
    expect(() => ensureFolder(join(dir, name))).toThrow(message);
  });

  it("a place whose parent exists but cannot hold folders (/proc) is an error, not a spin", () => {
    const answersEnoent: FileSystem = {
      ...fs,
      mkdirSync: (() => {
        throw Object.assign(new Error("ENOENT"), { code: "ENOENT" });
      }) as FileSystem["mkdirSync"],
    };
    const dir = tempDir();
    expect(() => ensureFolder(join(dir, "x", "y"), answersEnoent)).toThrow(/cannot hold new folders/);
  });
});

describe("safeFileStem", () => {
  it.each([
    ["refund-thrown-product", "refund-thrown-product"],
    ["a/b\\c:d*e?", "a-b-c-d-e"],
    ["\u001b]0;title\u0007x", "0-title-x"],
    ["", "file"],
    ["..", "file"],
  ])("%j becomes %j", (text, stem) => expect(safeFileStem(text)).toBe(stem));

  it("keeps long names short and still distinct", () => {
    const a = safeFileStem(`${"a".repeat(220)}1`);
    const b = safeFileStem(`${"a".repeat(220)}2`);
    expect(a.length).toBeLessThanOrEqual(64);
    expect(a).not.toBe(b);
  });
});

describe("TranscriptFile", () => {
  const transcript = (): Transcript => ({
    format: 1,
    scenario: { id: "s".repeat(220), version: 1, title: "T" },
    startedAt: "2025-01-01T00:00:00.000Z",
    outcome: "unfinished",
    anger: { start: 50, end: 50 },
    turns: [],
  });

  it("claims a short file name at once and rewrites it as the session goes", () => {
    const out = tempDir();
    const t = transcript();
    const file = new TranscriptFile(t, { out, env: { COACH_DATA_DIR: tempDir() } });
    const first = file.save(false);
    expect(first).toEqual({ path: join(out, `${transcriptStem(t)}.json`), fallback: false });
    t.outcome = "deescalated";
    expect(file.save().path).toBe(first.path);
    expect(JSON.parse(readFileSync(first.path as string, "utf8")).outcome).toBe("deescalated");
    expect((first.path as string).split("/").pop()?.length).toBeLessThan(100);
  });

  it("a full disk moves the transcript to the fallback and says why; the older copy stays whole", () => {
    const out = tempDir();
    const data = tempDir();
    const t = transcript();
    // Files opened under --out belong to a disk that fills once `full` is set.
    let full = false;
    const onFullDisk = new Set<number>();
    const disk: FileSystem = {
      ...fs,
      openSync: ((path: string, ...rest: [string, number]) => {
        const fd = fs.openSync(path, ...rest);
        if (path.startsWith(out)) onFullDisk.add(fd);
        return fd;
      }) as FileSystem["openSync"],
      closeSync: (fd: number) => {
        onFullDisk.delete(fd); // numbers are reused
        fs.closeSync(fd);
      },
      writeSync: fakeWrite((fd, buffer, offset, length) => {
        if (full && onFullDisk.has(fd)) {
          if (length > 64) return fs.writeSync(fd, buffer, offset, 64); // a short write first
          throw Object.assign(new Error("ENOSPC"), { code: "ENOSPC" });
        }
        return fs.writeSync(fd, buffer, offset, length);
      }),
    };
    const file = new TranscriptFile(t, { out, env: { COACH_DATA_DIR: data }, fs: disk });
    const first = file.save(false);
    expect(first.path?.startsWith(out)).toBe(true);
    full = true;
    t.turns.push({ reply: "x".repeat(500) } as unknown as Transcript["turns"][number]);
    const result = file.save();
    expect(result.failed).toEqual({ folder: out, reason: "the disk is full (ENOSPC)" });
    expect(result.fallback).toBe(true);
    expect(result.path?.startsWith(join(data, "sessions"))).toBe(true);
    expect(JSON.parse(readFileSync(result.path as string, "utf8")).turns).toHaveLength(1);
    // The copy in --out is the last complete checkpoint, never a cut-off file.
    expect(JSON.parse(readFileSync(first.path as string, "utf8")).turns).toEqual([]);
    noTemporaryFiles(out);
    // Later saves go on in the fallback, and the failure is still reported.
    t.outcome = "escalated";
    expect(file.save()).toEqual(result);
  });

  it("returns a result instead of throwing when nothing can be written", () => {
    const blocked = join(tempDir(), "file");
    writeFileSync(blocked, "");
    const readOnly: FileSystem = {
      ...fs,
      openSync: (() => {
        throw Object.assign(new Error("EROFS"), { code: "EROFS" });
      }) as FileSystem["openSync"],
    };
    const file = new TranscriptFile(transcript(), {
      out: blocked,
      env: { COACH_DATA_DIR: join(blocked, "x") },
      fs: readOnly,
    });
    const result = file.save();
    expect(result.path).toBeUndefined();
    expect(result.failed?.reason).toBe("it is a file, not a folder");
  });
});

describe("exit codes", () => {
  it("are one table: 0 ok, 1 content, 2 usage, 3 I/O, 70 internal, 128+n for signals", () => {
    expect(EXIT).toEqual({ ok: 0, content: 1, usage: 2, io: 3, internal: 70, interrupted: 130 });
    expect([signalExitCode("SIGHUP"), signalExitCode("SIGINT"), signalExitCode("SIGTERM")]).toEqual([
      129, 130, 143,
    ]);
  });
});
