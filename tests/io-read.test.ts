import { isUtf8 } from "node:buffer";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { firstInvalidUtf8, readInput, readLines } from "../src/io/read.js";
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
