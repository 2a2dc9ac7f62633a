import { spawn } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cliEnv, cliPath, root, runCli, runShell, tempDir } from "./helpers/cli.js";

/** Input through src/io/read.ts: slow and large pipes, limits, strict decoding, batch streaming. */

const outputs = (stdout: string) =>
  stdout
    .trim()
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l));

const line = (id: unknown, reply: string, extra: object = {}) => JSON.stringify({ id, reply, ...extra });

function file(name: string, content: string | Buffer): string {
  const path = join(tempDir(), name);
  writeFileSync(path, content);
  return path;
}

/** A preload that prints the process's peak memory as it exits, so a test can bound it. */
function peakRssEnv(): NodeJS.ProcessEnv {
  const preload = file(
    "peak-rss.mjs",
    [
      'import { writeSync } from "node:fs";',
      'process.on("exit", () => writeSync(2, "PEAK_RSS_KIB " + process.resourceUsage().maxRSS + "\\n"));',
      "",
    ].join("\n"),
  );
  return { NODE_OPTIONS: `--import=${preload}` };
}
const peakMiB = (stderr: string) => Number(/PEAK_RSS_KIB (\d+)/.exec(stderr)?.[1]) / 1024;

describe("stdin that arrives slowly, in pieces, or without end", () => {
  it("--batch - waits for a slow writer instead of reading nothing", () => {
    const { code, stdout, stderr } = runShell(
      `(sleep 0.3; echo '{"id":1,"reply":"hi"}') | coach score --batch -`,
    );
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(outputs(stdout)).toMatchObject([{ id: 1, line: 1 }]);
  });

  it("a 65 KB batch piped through cat is complete 20 times in 20", () => {
    // Short replies padded with an ignored field: the bytes of a big batch, little scoring time.
    const lines = Array.from({ length: 64 }, (_, i) =>
      line(i, "Sorry, fixed now.", { pad: "x".repeat(1000) }),
    );
    const batch = file("65k.jsonl", `${lines.join("\n")}\n`);
    expect(Buffer.byteLength(lines.join("\n"))).toBeGreaterThan(65_000);
    const { code, stdout, stderr } = runShell(
      `for i in $(seq 20); do cat '${batch}' | coach score --batch - | wc -l; done`,
    );
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout.trim().split(/\s+/)).toEqual(Array(20).fill("64"));
  });

  it("coach run scores a reply that arrives on stdin after a second", () => {
    const sessions = tempDir();
    const { code, stdout } = runShell(
      `(sleep 1; echo "I can see why you're fed up. I can refund your card right now.") | coach run refund-thrown-product --out '${sessions}'`,
    );
    expect(code).toBe(0);
    expect(stdout).toContain("YOU: I can see why you're fed up. I can refund your card right now.");
    expect(stdout).toMatch(/^SCORE empathy \d+/m);
    expect(stdout).toContain("OUTCOME: Unfinished after 1 reply");
  });

  it("coach run --answers - reads a slow pipe", () => {
    const sessions = tempDir();
    const { code, stdout, stderr } = runShell(
      `(sleep 0.5; echo 'I hear you.'; sleep 0.3; echo 'I can refund your card today.') | coach run refund-thrown-product --answers - --out '${sessions}'`,
    );
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toContain("YOU: I hear you.");
    expect(stdout).toContain("YOU: I can refund your card today.");
  });

  it("the first output line is written before the input ends, and order is kept", async () => {
    const child = spawn(process.execPath, [cliPath, "score", "--batch", "-"], { cwd: root, env: cliEnv() });
    let stdout = "";
    let notify = () => {};
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString("utf8");
      notify();
    });
    const waitForLines = (n: number) =>
      new Promise<void>((resolve, reject) => {
        notify = () => {
          if (stdout.split("\n").length > n) resolve();
        };
        child.once("exit", () => reject(new Error(`exited before ${n} line(s): ${stdout}`)));
        notify();
      });
    child.stdin.write(`${line("first", "I'm sorry, that's frustrating.")}\n`);
    await waitForLines(1); // the batch is still open: this only passes if the line came out at once
    expect(outputs(stdout)).toMatchObject([{ id: "first", line: 1 }]);
    child.stdin.end(`${line("second", "I'll call you by 5pm.")}\n`);
    const code = await new Promise((resolve) => child.once("close", resolve));
    expect(code).toBe(0);
    expect(outputs(stdout)).toMatchObject([
      { id: "first", line: 1 },
      { id: "second", line: 2 },
    ]);
  });
});

describe("size limits keep memory bounded", () => {
  it.each([
    [
      "coach score --batch /dev/zero",
      /\/dev\/zero: line 1 is longer than 8 MiB, the limit for one batch line/,
    ],
    ["coach score --batch - < /dev/zero", /stdin: line 1 is longer than 8 MiB/],
    ["coach new --answers /dev/zero --dir OUT", /\/dev\/zero is larger than 1 MiB, the limit for --answers/],
  ])("%s stops at the limit with a clear error", (script, message) => {
    const { code, stdout, stderr } = runShell(script.replace("OUT", `'${tempDir()}'`), { env: peakRssEnv() });
    expect(stderr).toMatch(message);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(peakMiB(stderr)).toBeLessThan(200);
  });

  // coach run reads its answers a line at a time as the session asks, so the session has begun
  // (the customer's first line is out) when the limit stops it; what was said so far is saved.
  it.each([
    [
      "coach run refund-thrown-product --answers /dev/zero --out OUT",
      /\/dev\/zero: line 1 is longer than 1 MiB, the limit for one answer line/,
    ],
    [
      "coach run refund-thrown-product --out OUT < /dev/zero",
      /stdin: line 1 is longer than 1 MiB, the limit for one answer line/,
    ],
    // Blank lines are skipped, not replies: endless ones still stop at the limit for answers.
    [
      "yes '   ' | coach run refund-thrown-product --out OUT",
      /stdin is larger than 1 MiB, the limit for answers/,
    ],
  ])("%s stops at the limit with a clear error", (script, message) => {
    const out = tempDir();
    const { code, stdout, stderr } = runShell(script.replace("OUT", `'${out}'`), { env: peakRssEnv() });
    expect(stderr).toMatch(message);
    expect(code).toBe(1);
    expect(stdout).toContain("CUSTOMER (Marcus):");
    expect(stdout).not.toContain("REPORT:");
    expect(peakMiB(stderr)).toBeLessThan(200);
    const [saved] = readdirSync(out);
    expect(JSON.parse(readFileSync(join(out, saved as string), "utf8")).scenario.id).toBe(
      "refund-thrown-product",
    );
  });
});

describe("strict decoding", () => {
  it("an invalid UTF-8 batch line is an error naming its line and byte offset; the others are scored", () => {
    const first = `${line("a", "Sorry about that.")}\n`;
    const bad = Buffer.concat([
      Buffer.from('{"id":"b","reply":"caf'),
      Buffer.from([0xe9]),
      Buffer.from('"}\n'),
    ]);
    const batch = file(
      "latin1.jsonl",
      Buffer.concat([Buffer.from(first), bad, Buffer.from(`${line("c", "ok")}\n`)]),
    );
    const { code, stdout, stderr } = runCli(["score", "--batch", batch]);
    expect(code).toBe(1);
    expect(outputs(stdout).map((o) => [o.id, o.line])).toEqual([
      ["a", 1],
      ["c", 3],
    ]);
    const offset = Buffer.byteLength(first) + '{"id":"b","reply":"caf'.length;
    expect(stderr).toContain(
      `${batch}: line 2: not valid UTF-8 at byte offset ${offset}: byte 0xE9 (skipped)`,
    );
    expect(stdout).not.toContain("\uFFFD");
  });

  it("an invalid UTF-8 answer line stops the session with its line and byte offset; earlier turns are saved", () => {
    const sessions = tempDir();
    const answers = file("answers.txt", Buffer.from("Sorry.\nI can help \xff now.\n", "latin1"));
    const { code, stdout, stderr } = runCli([
      "run",
      "refund-thrown-product",
      "--answers",
      answers,
      "--out",
      sessions,
    ]);
    expect(code).toBe(1);
    expect(stderr).toContain(
      `${answers}: line 2: not valid UTF-8 at byte offset 18: byte 0xFF; save it as UTF-8`,
    );
    expect(stdout).toContain("YOU: Sorry.");
    expect(stdout).not.toContain("\uFFFD");
    const [saved] = readdirSync(sessions);
    const transcript = JSON.parse(readFileSync(join(sessions, saved as string), "utf8"));
    expect(transcript.turns.map((t: { reply: string }) => t.reply)).toEqual(["Sorry."]);
  });

  const utf16 = (text: string, bigEndian: boolean) => {
    const units = Buffer.from(`\uFEFF${text}`, "utf16le");
    return bigEndian ? units.swap16() : units;
  };
  it.each([
    ["UTF-16LE", false],
    ["UTF-16BE", true],
  ])("a %s batch with its BOM is decoded", (_name, bigEndian) => {
    const text = `${line("é", "I'm so sorry — that's not OK. I'll fix it today.")}\r\n${line(2, "Done 👍")}\r\n`;
    const { code, stdout, stderr } = runCli([
      "score",
      "--batch",
      file("utf16.jsonl", utf16(text, bigEndian)),
    ]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(outputs(stdout).map((o) => [o.id, o.line])).toEqual([
      ["é", 1],
      [2, 2],
    ]);
  });

  it("a UTF-16 answers file is decoded; a UTF-8 BOM is dropped", () => {
    for (const bytes of [utf16("I hear you.\n", false), Buffer.from("\uFEFFI hear you.\n")]) {
      const sessions = tempDir();
      const { code, stdout } = runCli([
        "run",
        "refund-thrown-product",
        "--answers",
        file("answers.txt", bytes),
        "--out",
        sessions,
      ]);
      expect(code).toBe(0);
      expect(stdout).toContain("YOU: I hear you.\n");
    }
  });

  it.each([
    [
      "an unpaired surrogate",
      Buffer.from([0xff, 0xfe, 0x41, 0, 0x00, 0xd8, 0x42, 0]),
      "not valid UTF-16: an unpaired surrogate at byte offset 4",
    ],
    [
      "an odd last byte",
      Buffer.from([0xff, 0xfe, 0x41, 0, 0x0a]),
      "not valid UTF-16: it ends in the middle of a character (byte offset 4)",
    ],
    ["UTF-32", Buffer.from([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]), "is UTF-32 text, which coach does not read"],
  ])("bad UTF-16 (%s) is refused clearly", (_name, bytes, message) => {
    const { code, stderr } = runCli(["score", "--batch", file("bad.jsonl", bytes)]);
    expect(code).toBe(1);
    expect(stderr).toContain(message);
  });
});

describe("batch lines", () => {
  it("numeric ids are written back exactly as they were written", () => {
    const ids = ["12345678901234567890", "1e400", "-0", "1.50", "0.1", "7"];
    const batch = ids.map((id) => `{"id":${id},"reply":"Sorry, I'll sort it."}`).join("\n");
    const { code, stdout } = runCli(["score", "--batch", "-"], { input: batch });
    expect(code).toBe(0);
    expect(
      stdout
        .trim()
        .split("\n")
        .map((l) => /^\{"id":([^,]+),"line":/.exec(l)?.[1]),
    ).toEqual(ids);
  });

  it("a repeated id is a warning naming both lines, and both are scored", () => {
    const batch = [
      line("a", "Sorry."),
      line("b", "Sorry."),
      line("a", "I'm sorry."),
      line(1, "ok"),
      line("1", "ok"),
    ];
    const { code, stdout, stderr } = runCli(["score", "--batch", "-"], { input: batch.join("\n") });
    expect(code).toBe(0);
    expect(outputs(stdout).map((o) => [o.id, o.line])).toEqual([
      ["a", 1],
      ["b", 2],
      ["a", 3],
      [1, 4],
      ["1", 5],
    ]);
    expect(stderr).toBe(
      'stdin: line 3: warning: id "a" repeats line 1; both are scored\n' +
        "stdin: 5 scored, 0 skipped, 1 with a repeated id\n",
    );
  });

  it("lists the first 20 repeated ids by line, then only counts them", () => {
    const batch = Array.from({ length: 30 }, () => line("same", "Sorry."));
    const { code, stdout, stderr } = runCli(["score", "--batch", "-"], { input: batch.join("\n") });
    expect(code).toBe(0);
    expect(outputs(stdout)).toHaveLength(30);
    const lines = stderr.trim().split("\n");
    expect(lines.filter((l) => l.includes("repeats line 1; both are scored"))).toHaveLength(20);
    expect(lines).toContain(
      "stdin: line 22: warning: more repeated ids from here; they are counted in the summary, not listed",
    );
    expect(lines.at(-1)).toBe("stdin: 30 scored, 0 skipped, 29 with a repeated id");
    expect(lines).toHaveLength(22);
  });

  it('an empty or blank reply is an error for its line, as `coach score ""` is', () => {
    const batch = [line("a", ""), line("b", " \t "), line("c", "I can help.")];
    const { code, stdout, stderr } = runCli(["score", "--batch", "-"], { input: batch.join("\n") });
    expect(code).toBe(1);
    expect(outputs(stdout).map((o) => o.id)).toEqual(["c"]);
    expect(stderr).toContain('stdin: line 1: "reply" is empty (skipped)');
    expect(stderr).toContain('stdin: line 2: "reply" is empty (skipped)');
  });

  it("a reply longer than the scorer reads gets a notice, not a silent cut", () => {
    const long = `I'm sorry. ${"I will look into this for you today. ".repeat(200)}`;
    const { code, stdout } = runCli(["score", "--batch", "-"], {
      input: `${line("long", long)}\n${line("short", "Sorry.")}`,
    });
    expect(code).toBe(0);
    const [first, second] = outputs(stdout);
    expect(first.notice).toBe(`The reply is ${long.length} characters; only the first 4000 are scored.`);
    expect(second).not.toHaveProperty("notice");
  });

  it("control characters of a bad line are not echoed", () => {
    const { code, stderr } = runCli(["score", "--batch", "-"], { input: '{"id": \u001b]0;owned\u0007 }\n' });
    expect(code).toBe(1);
    expect(stderr).toMatch(/^stdin: line 1: not valid JSON/);
    expect(stderr).not.toContain("\u001b");
    expect(stderr).not.toContain("\u0007");
  });
});

describe("sources that cannot be read", () => {
  it.each([
    ["a missing file", (dir: string) => join(dir, "missing.jsonl"), 2, /no such file: .*missing\.jsonl/],
    ["a folder", (dir: string) => dir, 2, /is a folder; give a file/],
    [
      "a path through a file",
      () => join(file("f.jsonl", ""), "x"),
      2,
      /no such file: .*a part of the path is not a folder/,
    ],
  ])("%s is a usage error", (_name, path, exit, message) => {
    const { code, stderr } = runCli(["score", "--batch", path(tempDir())]);
    expect(code).toBe(exit);
    expect(stderr).toMatch(message);
  });

  it("a file the system cannot read is an I/O problem, exit 3", async () => {
    const socket = join(tempDir(), "s.sock");
    const server = createServer().listen(socket);
    await new Promise((resolve) => server.once("listening", resolve));
    try {
      const child = spawn(process.execPath, [cliPath, "score", "--batch", socket], { env: cliEnv() });
      let stderr = "";
      child.stderr.on("data", (c) => (stderr += c));
      const code = await new Promise((resolve) => child.once("close", resolve));
      expect(stderr).toMatch(/cannot read .*s\.sock: no device or reader at the other end \(ENXIO\)/);
      expect(code).toBe(3);
    } finally {
      server.close();
    }
  });
});
