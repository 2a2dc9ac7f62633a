import { isUtf8 } from "node:buffer";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  firstInvalidUtf8,
  forEachLine,
  type InputLine,
  readInput,
  readLineBlocks,
  readLines,
} from "../src/io/read.js";
import { tempDir } from "./helpers/cli.js";

describe("firstInvalidUtf8", () => {
  it.each([
    ["ascii", [0x61, 0x62], -1],
    ["2, 3 and 4-byte characters", [...Buffer.from("é€😀")], -1],
    ["a lone continuation byte", [0x61, 0x80], 1],
    ["a Latin-1 byte", [0x63, 0x61, 0x66, 0xe9], 3],
    ["an overlong NUL", [0xc0, 0x80], 0],
    ["an overlong 3-byte form", [0x61, 0xe0, 0x80, 0x80], 1],
    ["a UTF-16 surrogate", [0xed, 0xa0, 0x80], 0],
    ["past U+10FFFF", [0xf4, 0x90, 0x80, 0x80], 0],
    ["a byte that never starts a character", [0xf5, 0x80, 0x80, 0x80], 0],
    ["a character cut off at the end", [0x61, 0x62, 0xe2, 0x82], 2],
  ])("%s", (_name, bytes, expected) => {
    const buffer = Buffer.from(bytes);
    expect(firstInvalidUtf8(buffer)).toBe(expected);
    expect(isUtf8(buffer)).toBe(expected === -1);
  });
});

describe("readLines and readInput", () => {
  const file = (content: string | Buffer) => {
    const path = join(tempDir(), "input.txt");
    writeFileSync(path, content);
    return path;
  };
  const all = async (path: string, maxLineBytes?: number) => {
    const lines = [];
    for await (const line of readLines(path, maxLineBytes ? { maxLineBytes } : {})) lines.push(line);
    return lines;
  };

  it("splits LF and CRLF, keeps a last line without a newline, and numbers lines from 1", async () => {
    expect(await all(file("a\r\n\nb\nc"))).toEqual([
      { line: 1, text: "a" },
      { line: 2, text: "" },
      { line: 3, text: "b" },
      { line: 4, text: "c" },
    ]);
  });

  it("a bad line is yielded as an error with its offset in the file (a BOM counted); reading goes on", async () => {
    const bytes = Buffer.concat([Buffer.from("\uFEFFok\nx"), Buffer.from([0xff]), Buffer.from("\nfine\n")]);
    expect(await all(file(bytes))).toEqual([
      { line: 1, text: "ok" },
      { line: 2, error: "not valid UTF-8 at byte offset 7: byte 0xFF" },
      { line: 3, text: "fine" },
    ]);
  });

  it("a line over the limit stops the read, naming the line and the limit", async () => {
    await expect(all(file(`short\n${"x".repeat(2048)}\n`), 1024)).rejects.toThrow(
      /line 2 is longer than 1 KiB, the limit for one line/,
    );
  });

  it("readInput refuses more than its limit, and decodes a UTF-16 file whole", async () => {
    await expect(readInput(file("x".repeat(2000)), { limit: 1024, what: "answers" })).rejects.toThrow(
      /is larger than 1 KiB, the limit for answers/,
    );
    expect(await readInput(file(Buffer.from("\uFEFFhé😀\n", "utf16le")))).toBe("hé😀\n");
    // 64 KiB reads split surrogate pairs (a BOM of 2 bytes, then 4 bytes a character)
    const many = "😀".repeat(40_000);
    expect(await readInput(file(Buffer.from(`\uFEFF${many}`, "utf16le")))).toBe(many);
  });
});

describe("readLineBlocks and forEachLine", () => {
  const file = (content: string | Buffer) => {
    const path = join(tempDir(), "input.txt");
    writeFileSync(path, content);
    return path;
  };
  const blocks = async (path: string, maxLineBytes?: number) => {
    const out = [];
    for await (const block of readLineBlocks(path, maxLineBytes ? { maxLineBytes } : {})) out.push(block);
    return out;
  };
  const linesOf = (list: { bytes: Uint8Array; line: number; offset: number }[]) => {
    const lines: InputLine[] = [];
    for (const block of list) forEachLine(block, (input) => lines.push(input));
    return lines;
  };

  it("yields whole lines, each block its own buffer, numbered and placed in the source", async () => {
    // 64 KiB reads: lines cut across reads are carried over whole into the next block.
    const lines = Array.from({ length: 3000 }, (_, i) => `line ${i + 1} ${"x".repeat(i % 50)}`);
    const list = await blocks(file(`\uFEFF${lines.join("\r\n")}`));
    expect(list.length).toBeGreaterThan(1);
    let line = 1;
    let offset = 3; // the BOM
    for (const block of list) {
      expect(block.line).toBe(line);
      expect(block.offset).toBe(offset);
      expect(block.bytes.byteOffset).toBe(0);
      expect(block.bytes.byteLength).toBe(block.bytes.buffer.byteLength);
      line += block.bytes.filter((b) => b === 10).length;
      offset += block.bytes.length;
    }
    expect(linesOf(list)).toEqual(lines.map((text, i) => ({ line: i + 1, text })));
  });

  it("gives what readLines gives: blank lines, a last line without a newline, bad bytes with their offset", async () => {
    const bytes = Buffer.concat([Buffer.from("ok\r\n\nx"), Buffer.from([0xff]), Buffer.from("\nlast")]);
    const path = file(bytes);
    const expected = [];
    for await (const input of readLines(path)) expected.push(input);
    expect(linesOf(await blocks(path))).toEqual(expected);
    expect(expected).toEqual([
      { line: 1, text: "ok" },
      { line: 2, text: "" },
      { line: 3, error: "not valid UTF-8 at byte offset 6: byte 0xFF" },
      { line: 4, text: "last" },
    ]);
  });

  it("yields the lines before one over the limit, then stops with the error", async () => {
    const seen: InputLine[] = [];
    const read = async () => {
      for await (const block of readLineBlocks(file(`a\nb\n${"x".repeat(2048)}\nc\n`), {
        maxLineBytes: 1024,
      }))
        forEachLine(block, (input) => seen.push(input));
    };
    await expect(read()).rejects.toThrow(/line 3 is longer than 1 KiB/);
    expect(seen).toEqual([
      { line: 1, text: "a" },
      { line: 2, text: "b" },
    ]);
  });
});
