import { isUtf8 } from "node:buffer";
import { constants } from "node:fs";
import { access, open, stat } from "node:fs/promises";
import { ContentError, IoError, UsageError } from "../errors.js";

/**
 * The one input edge: stdin and files, read asynchronously to the end however slowly the bytes
 * arrive, with a size limit, strict decoding and errors that name the source and the line or byte.
 *
 * - `readInput(source)` reads a whole input (answer files) into a string.
 * - `readLines(source)` streams one line at a time (batch files, session answers), in constant
 *   memory, reading only as far as the consumer has asked.
 *
 * A source is a path, or `-` for stdin. Bytes are UTF-8, with or without a BOM; a UTF-16 BOM
 * (either byte order) switches to UTF-16. Invalid bytes are an error with their offset, never
 * U+FFFD. Why asynchronous: `readFileSync(0)` throws EAGAIN on a pipe whose writer has not
 * written yet, which silently turned `(sleep 1; echo reply) | coach ...` into empty input.
 */

/** The source name for stdin. */
export const STDIN = "-";

/** A whole input (an answers file for `coach run` or `coach new`) may be at most this many bytes. */
export const MAX_INPUT_BYTES = 1024 * 1024;

/**
 * One line of a streamed input (one batch line) may be at most this many bytes: room for a reply of
 * a million characters, while memory stays bounded whatever arrives (`--batch /dev/zero`).
 */
export const MAX_LINE_BYTES = 8 * 1024 * 1024;

/** How to name a source in messages: `stdin` or the path as given. */
export function sourceName(source: string): string {
  return source === STDIN ? "stdin" : source;
}

export interface ReadOptions {
  /** The most bytes to read before stopping with an error (default MAX_INPUT_BYTES). */
  limit?: number;
  /** What the input is, for the size-limit message ("answers"). */
  what?: string;
}

/**
 * Read a whole source as text. Throws UsageError (no such file, a folder), ContentError (over the
 * limit, invalid UTF-8 or UTF-16, UTF-32) or IoError (the system could not read it).
 */
export async function readInput(source: string, options: ReadOptions = {}): Promise<string> {
  const name = sourceName(source);
  const limit = options.limit ?? MAX_INPUT_BYTES;
  const parts: Buffer[] = [];
  let base = 0;
  for await (const piece of utf8Chunks(source, (bom) => (base = bom))) {
    parts.push(Buffer.from(piece.bytes)); // copied: the next read reuses the buffer
    if (piece.sourceEnd > limit)
      throw new ContentError(
        `${name} is larger than ${formatBytes(limit)}, the limit for ${options.what ?? "this input"}; ` +
          "stopped reading there",
      );
  }
  const bytes = Buffer.concat(parts);
  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0) throw new ContentError(`${name}: ${utf8Problem(bytes, bad, base)}; save it as UTF-8`);
  return bytes.toString("utf8");
}

/** A streamed line: its text, or why it could not be decoded. Line numbers count from 1. */
export type InputLine = { line: number; text: string } | { line: number; error: string };

export interface LineOptions {
  /** The most bytes one line may hold (default MAX_LINE_BYTES). */
  maxLineBytes?: number;
  /** What a line is, for the size-limit message ("batch line"). */
  what?: string;
  /** The most bytes to read in all before stopping with an error (default: no limit). */
  limit?: number;
  /** What the whole input is, for that message ("answers"). */
  whole?: string;
}

/**
 * Stream a source line by line (LF or CRLF), yielding each line as soon as its newline arrives.
 * A line that is not valid UTF-8 is yielded as an error naming the byte, and reading goes on; a
 * line over the limit stops the read with a ContentError, since its end may never come.
 */
export async function* readLines(source: string, options: LineOptions = {}): AsyncGenerator<InputLine> {
  for await (const block of readLineBlocks(source, options)) {
    const lines: InputLine[] = [];
    forEachLine(block, (input) => lines.push(input));
    yield* lines;
  }
}

/**
 * A run of whole lines of a streamed input, still as UTF-8 bytes: a batch sends these to worker
 * threads as they are (one transferable buffer), and forEachLine splits and decodes them there.
 */
export interface LineBlock {
  /**
   * Whole lines, each ending in LF but perhaps the input's last; at the start of a buffer of its
   * own (transferable), which may be longer (BlockOptions.allocate).
   */
  bytes: Uint8Array;
  /** The number of its first line. */
  line: number;
  /** Where it starts in the UTF-8 bytes, a BOM counted, for the byte offsets of decoding errors. */
  offset: number;
}

export interface BlockOptions extends LineOptions {
  /**
   * Where a block's bytes go: `length` bytes at the start of a buffer the block then owns (a
   * batch passes buffers its workers have handed back, so no new ones pile up). Default: new.
   */
  allocate?: (length: number) => Uint8Array;
}

/**
 * Stream a source as blocks of whole lines, each block as soon as its bytes arrive (a pipe's
 * write, or 64 KiB of a file): the limits of readLines, without splitting or decoding the lines.
 * Lines before one over the limit are still yielded before the ContentError.
 */
export async function* readLineBlocks(source: string, options: BlockOptions = {}): AsyncGenerator<LineBlock> {
  const name = sourceName(source);
  const max = options.maxLineBytes ?? MAX_LINE_BYTES;
  const tooLong = (line: number) =>
    new ContentError(
      `${name}: line ${line} is longer than ${formatBytes(max)}, the limit for one ${options.what ?? "line"}; ` +
        "stopped reading there",
    );
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let line = 1; // the first line not yet yielded
  let offset = 0; // where it starts, in the decoded UTF-8 bytes
  let base = 0; // bytes before them in the source (a BOM)
  /** The pending bytes and chunk[0, end) as one block of their own. */
  const take = (chunk: Buffer, end: number, lines: number): LineBlock => {
    const bytes = options.allocate?.(pendingBytes + end) ?? new Uint8Array(pendingBytes + end);
    let at = 0;
    for (const piece of pending) {
      bytes.set(piece, at);
      at += piece.length;
    }
    bytes.set(chunk.subarray(0, end), at);
    const block = { bytes, line, offset: base + offset };
    pending = [];
    pendingBytes = 0;
    line += lines;
    offset += bytes.length;
    return block;
  };
  for await (const { bytes: chunk, sourceEnd } of utf8Chunks(source, (bom) => (base = bom))) {
    let start = 0;
    let lines = 0;
    for (let nl = chunk.indexOf(10); nl !== -1; nl = chunk.indexOf(10, start)) {
      if ((lines === 0 ? pendingBytes : 0) + nl - start > max) {
        if (lines > 0) yield take(chunk, start, lines);
        throw tooLong(line);
      }
      lines += 1;
      start = nl + 1;
    }
    if ((lines === 0 ? pendingBytes : 0) + chunk.length - start > max) {
      if (lines > 0) yield take(chunk, start, lines);
      throw tooLong(line);
    }
    if (lines > 0) yield take(chunk, start, lines);
    if (start < chunk.length) {
      // Copied: a slice would keep the whole chunk alive until the line ends.
      pending.push(Buffer.from(chunk.subarray(start)));
      pendingBytes += chunk.length - start;
    }
    if (options.limit !== undefined && sourceEnd > options.limit)
      throw new ContentError(
        `${name} is larger than ${formatBytes(options.limit)}, the limit for ${options.whole ?? "this input"}; ` +
          "stopped reading there",
      );
  }
  if (pendingBytes > 0) yield take(Buffer.alloc(0), 0, 1);
}

/** The lines of a block in order (a CR before the LF dropped): each line's text, or why it could not be decoded. */
export function forEachLine(block: LineBlock, each: (input: InputLine) => void): void {
  const bytes = Buffer.from(block.bytes.buffer, block.bytes.byteOffset, block.bytes.byteLength);
  let line = block.line;
  let start = 0;
  while (start < bytes.length) {
    const nl = bytes.indexOf(10, start);
    const end = nl === -1 ? bytes.length : nl;
    const body = bytes.subarray(start, end > start && bytes[end - 1] === 13 ? end - 1 : end);
    each(
      isUtf8(body)
        ? { line, text: body.toString("utf8") }
        : { line, error: utf8Problem(body, firstInvalidUtf8(body), block.offset + start, false) },
    );
    line += 1;
    start = end + 1;
  }
}

/**
 * Fail early, with the errors a read would give, when a source that is read lazily (line by line,
 * later) cannot be read at all: no such file, a folder, no permission. Nothing is opened, so a
 * FIFO's writer is not disturbed. Stdin always passes.
 */
export async function checkReadable(source: string): Promise<void> {
  if (source === STDIN) return;
  const name = sourceName(source);
  try {
    if ((await stat(source)).isDirectory()) throw new UsageError(`${name} is a folder; give a file`);
    await access(source, constants.R_OK);
  } catch (error) {
    throw readFailure(name, error);
  }
}

/** The size of a source that is a regular file, or undefined (stdin, a pipe, a device, not there). */
export async function fileSize(source: string): Promise<number | undefined> {
  if (source === STDIN) return undefined;
  try {
    const stats = await stat(source);
    return stats.isFile() ? stats.size : undefined;
  } catch {
    return undefined; // the read that follows reports why
  }
}

/** Decoded bytes as UTF-8, with how far into the source they reach. */
interface Utf8Chunk {
  bytes: Buffer;
  sourceEnd: number;
}

/**
 * The source's bytes as UTF-8: a UTF-8 BOM is dropped, UTF-16 (by its BOM) is transcoded and
 * checked, UTF-32 is refused. UTF-8 is passed on unchecked; the callers check it per line or whole.
 * `onBom` learns how many bytes the BOM took, so offsets can be given in the source's terms.
 */
async function* utf8Chunks(source: string, onBom: (bytes: number) => void): AsyncGenerator<Utf8Chunk> {
  const name = sourceName(source);
  let head: Buffer | undefined = Buffer.alloc(0);
  let transcode: ((chunk: Buffer | undefined) => Buffer) | undefined;
  let sourceEnd = 0;
  const start = (final: boolean): Buffer | undefined => {
    const h = head as Buffer;
    const maybeBom = BOMS.some((bom) => h.length < bom.length && h.equals(bom.subarray(0, h.length)));
    if (!final && maybeBom) return undefined;
    head = undefined;
    const [a, b, c, d] = h;
    if ((a === 0xff && b === 0xfe && c === 0 && d === 0) || (a === 0 && b === 0 && c === 0xfe && d === 0xff))
      throw new ContentError(`${name} is UTF-32 text, which coach does not read; save it as UTF-8`);
    if (a === 0xef && b === 0xbb && c === 0xbf) {
      onBom(3);
      return h.subarray(3);
    }
    if ((a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff)) {
      onBom(2);
      transcode = utf16Transcoder(name, a === 0xfe);
      return transcode(h.subarray(2));
    }
    return h;
  };
  for await (const chunk of rawChunks(source)) {
    sourceEnd += chunk.length;
    let bytes: Buffer | undefined = chunk;
    if (head) {
      head = Buffer.concat([head, chunk]);
      bytes = start(false);
      if (!bytes) continue;
    } else if (transcode) bytes = transcode(chunk);
    yield { bytes, sourceEnd };
  }
  if (head) yield { bytes: start(true) as Buffer, sourceEnd };
  if (transcode) {
    const last = transcode(undefined);
    if (last.length > 0) yield { bytes: last, sourceEnd };
  }
}

/** Byte-order marks that decide the encoding; the first bytes wait only while they may be one. */
const BOMS = [
  Buffer.from([0xef, 0xbb, 0xbf]),
  Buffer.from([0xff, 0xfe, 0, 0]),
  Buffer.from([0, 0, 0xfe, 0xff]),
  Buffer.from([0xfe, 0xff]),
];

/**
 * The raw bytes of a file or stdin, as they arrive. A file's bytes come in one buffer that the
 * next read overwrites: a consumer copies what it keeps.
 */
async function* rawChunks(source: string): AsyncGenerator<Buffer> {
  const name = sourceName(source);
  if (source === STDIN) {
    try {
      // process.stdin is a libuv stream: it waits for a slow pipe instead of failing with EAGAIN.
      for await (const chunk of process.stdin) yield chunk as Buffer;
    } catch (error) {
      throw readFailure(name, error);
    }
    return;
  }
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(source, "r");
  } catch (error) {
    throw readFailure(name, error);
  }
  try {
    const stats = await handle.stat();
    if (stats.isDirectory()) throw new UsageError(`${name} is a folder; give a file`);
    // One buffer, read into again and again: a new one per read lived until the next garbage
    // collection, and a batch's main thread, which allocates little else, let ~100 MB pile up.
    const buffer = Buffer.allocUnsafeSlow(64 * 1024);
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      yield buffer.subarray(0, bytesRead);
    }
  } catch (error) {
    throw readFailure(name, error);
  } finally {
    await handle.close().catch(() => {});
  }
}

const REASONS: Record<string, string> = {
  EACCES: "permission denied",
  EPERM: "permission denied",
  EIO: "an input/output error",
  ELOOP: "too many symbolic links",
  ENAMETOOLONG: "the name is too long",
  EMFILE: "too many open files",
  ENXIO: "no device or reader at the other end",
};

/** Map a failed open or read to the error the CLI reports: usage for a wrong path, else I/O. */
function readFailure(name: string, error: unknown): Error {
  if (error instanceof UsageError || error instanceof ContentError || error instanceof IoError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return new UsageError(`no such file: ${name}`);
  if (code === "ENOTDIR") return new UsageError(`no such file: ${name} (a part of the path is not a folder)`);
  if (code === "EISDIR") return new UsageError(`${name} is a folder; give a file`);
  const why = code ? `${REASONS[code] ?? (error as Error).message} (${code})` : String(error);
  return new IoError(`cannot read ${name}: ${why}`, name, code, why);
}

/**
 * A UTF-16 to UTF-8 transcoder fed chunk by chunk (undefined at the end). A character split across
 * chunks is carried over; an unpaired surrogate or an odd last byte is an error with its offset.
 */
function utf16Transcoder(name: string, bigEndian: boolean): (chunk: Buffer | undefined) => Buffer {
  let carry = Buffer.alloc(0);
  let consumed = 2; // source bytes before `carry`, the BOM included
  const decoder = new TextDecoder("utf-16le", { fatal: true });
  return (chunk) => {
    const final = chunk === undefined;
    const buf = final ? carry : carry.length ? Buffer.concat([carry, chunk]) : chunk;
    let end = buf.length - (buf.length % 2);
    if (!final && end >= 2) {
      const last = bigEndian ? buf.readUInt16BE(end - 2) : buf.readUInt16LE(end - 2);
      if (last >= 0xd800 && last <= 0xdbff) end -= 2; // the pair's second half is still to come
    }
    if (final && end < buf.length)
      throw new ContentError(
        `${name}: not valid UTF-16: it ends in the middle of a character (byte offset ${consumed + end})`,
      );
    const units = Buffer.from(buf.subarray(0, end));
    if (bigEndian) units.swap16();
    let text: string;
    try {
      text = decoder.decode(units);
    } catch {
      throw new ContentError(
        `${name}: not valid UTF-16: an unpaired surrogate at byte offset ${consumed + loneSurrogate(units)}`,
      );
    }
    carry = Buffer.from(buf.subarray(end));
    consumed += end;
    return Buffer.from(text, "utf8");
  };
}

/** The byte offset of the first unpaired surrogate in little-endian UTF-16 code units. */
function loneSurrogate(units: Buffer): number {
  for (let i = 0; i + 1 < units.length; i += 2) {
    const unit = units.readUInt16LE(i);
    if (unit >= 0xdc00 && unit <= 0xdfff) return i;
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = i + 3 < units.length ? units.readUInt16LE(i + 2) : -1;
      if (next < 0xdc00 || next > 0xdfff) return i;
      i += 2;
    }
  }
  return 0;
}

/**
 * The offset of the first byte that does not start or continue a valid UTF-8 sequence, or -1.
 * Called only once a fast check has failed, to say where.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i += 1;
      continue;
    }
    let need: number;
    let min = 0x80;
    let max = 0xbf; // the allowed range of the second byte (overlongs and surrogates excluded)
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) min = 0xa0;
      if (b === 0xed) max = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) min = 0x90;
      if (b === 0xf4) max = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined) return i;
      if (k === 1 ? c < min || c > max : c < 0x80 || c > 0xbf) return i;
    }
    i += need + 1;
  }
  return -1;
}

/** "not valid UTF-8 at byte offset N (line L): byte 0xFF" for an error message. */
function utf8Problem(bytes: Buffer, at: number, base: number, withLine = true): string {
  const shown = (bytes[at] ?? 0).toString(16).toUpperCase().padStart(2, "0");
  const line = withLine ? ` (line ${countNewlines(bytes, at) + 1})` : "";
  return `not valid UTF-8 at byte offset ${base + at}${line}: byte 0x${shown}`;
}

function countNewlines(bytes: Buffer, end: number): number {
  let count = 0;
  for (let i = bytes.indexOf(10); i !== -1 && i < end; i = bytes.indexOf(10, i + 1)) count += 1;
  return count;
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024 && n % (1024 * 1024) === 0) return `${n / 1024 / 1024} MiB`;
  if (n >= 1024 && n % 1024 === 0) return `${n / 1024} KiB`;
  return `${n} bytes`;
}
