import { spawn, spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { LONG_BLOCK, POOL_AFTER, POOL_FROM_BYTES } from "../src/commands/score.js";
import { scoreBatchLine, scoreBlock } from "../src/commands/score-block.js";
import { cliEnv, cliPath, root, tempDir } from "./helpers/cli.js";

/** A large batch is scored on worker threads: the output must be what one thread writes, in order. */
const replies = [
  "That's maddening, and I'm sorry. I'll call you by 5pm.",
  "Calm down, it's only a parcel!!",
  "sorry about that, ive refunded u now, 3-5 days to show",
  "I can't promise Friday, but I will ring you the moment it lands.",
];
function line(i: number): string {
  if (i === POOL_AFTER + 7) return "{not json";
  if (i === POOL_AFTER + 9) return "";
  if (i === POOL_AFTER + 11) return JSON.stringify({ id: "r5", reply: "again" });
  return JSON.stringify({
    id: `r${i}`,
    reply: `${replies[i % replies.length]} (${i})`,
    customer: "Late AGAIN!",
  });
}

describe("coach score --batch on worker threads", () => {
  const count = POOL_AFTER + 600;
  const texts = Array.from({ length: count }, (_, i) => line(i + 1));

  it("writes every line's output in input order with its line number, as one thread would", () => {
    const file = join(tempDir(), "large.jsonl");
    writeFileSync(file, `${texts.join("\n")}\n`);
    // Spawned here rather than with runCli: the output is over spawnSync's default 1 MiB buffer.
    const { status, stdout, stderr } = spawnSync(process.execPath, [cliPath, "score", "--batch", file], {
      encoding: "utf8",
      env: cliEnv(),
      maxBuffer: 1 << 26,
      timeout: 120_000,
    });
    const expected = texts.flatMap((text, i) => {
      const result = scoreBatchLine(text, i + 1);
      return "output" in result ? [result.output] : [];
    });
    expect(stdout.trim().split("\n")).toEqual(expected);
    expect(stderr.trim().split("\n")).toEqual([
      `${file}: line ${POOL_AFTER + 7}: not valid JSON (Expected property name or '}' in JSON at position 1 (line 1 column 2)) (skipped)`,
      `${file}: line ${POOL_AFTER + 11}: warning: id "r5" repeats line 5; both are scored`,
      `${file}: ${count - 2} scored, 1 skipped, 1 with a repeated id`,
    ]);
    expect(status).toBe(1);
  });

  it("a file of POOL_FROM_BYTES or more is scored on workers from its first line, byte for byte as on one thread", () => {
    // A reply of over 1 MiB makes the file large, and its block is scored on the main thread
    // (LONG_BLOCK) between blocks scored on workers; bad lines of every kind among them.
    const lines = Array.from({ length: 200 }, (_, i) =>
      JSON.stringify({ id: `w${i % 150}`, reply: `${replies[i % replies.length]} (${i})` }),
    );
    lines[3] = "{not json";
    lines[5] = "";
    lines[8] = `${lines[8]}\r`;
    lines[100] = JSON.stringify({
      id: "long",
      reply: `I hear you. ${"Really sorry. ".repeat(Math.ceil(LONG_BLOCK / 13))}`,
    });
    const bytes = Buffer.from(`${lines.join("\n")}\n`);
    const bad = Buffer.from('{"id":"latin1","reply":"caf\xe9"}', "latin1"); // not UTF-8
    const file = join(tempDir(), "big.jsonl");
    writeFileSync(file, Buffer.concat([bad, Buffer.from("\n"), bytes]));
    const run = (workers: string) =>
      spawnSync(process.execPath, [cliPath, "score", "--batch", file], {
        encoding: "utf8",
        env: cliEnv({ COACH_WORKERS: workers }),
        maxBuffer: 1 << 26,
        timeout: 120_000,
      });
    const [pooled, single] = [run("2"), run("0")];
    expect(pooled.stdout.trim().split("\n").length).toBe(198);
    expect(pooled.stdout).toBe(single.stdout);
    expect(pooled.stderr).toBe(single.stderr);
    expect(pooled.stderr).toContain(
      `${file}: line 1: not valid UTF-8 at byte offset 27: byte 0xE9 (skipped)`,
    );
    expect(pooled.stderr).toContain(`${file}: line 5: not valid JSON`);
    expect(pooled.stderr).toContain(`${file}: line 152: warning: id "w0" repeats line 2; both are scored`);
    expect(pooled.stdout).toContain("only the first 4000 are scored");
    expect(Buffer.byteLength(lines[100] as string)).toBeGreaterThan(Math.max(LONG_BLOCK, POOL_FROM_BYTES));
    expect(pooled.status).toBe(1);
  });

  it("on stdin, past POOL_AFTER lines, each block is written once scored, before the input ends", async () => {
    const child = spawn(process.execPath, [cliPath, "score", "--batch", "-"], { cwd: root, env: cliEnv() });
    let stdout = "";
    let notify = () => {};
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString("utf8");
      notify();
    });
    const count = POOL_AFTER + 100;
    child.stdin.write(`${texts.slice(0, count).join("\n")}\n`);
    // The input stays open: the last line's output must still come out.
    await new Promise<void>((resolve, reject) => {
      notify = () => {
        if (stdout.includes(`"line":${count},`)) resolve();
      };
      child.once("exit", () => reject(new Error("exited early")));
      notify();
    });
    child.stdin.end();
    await new Promise((resolve) => child.once("close", resolve));
    const numbers = stdout
      .trim()
      .split("\n")
      .map((l) => (JSON.parse(l) as { line: number }).line);
    expect(numbers).toEqual(
      Array.from({ length: count }, (_, i) => i + 1).filter(
        (n) => n !== POOL_AFTER + 7 && n !== POOL_AFTER + 9,
      ),
    );
  }, 120_000);

  it("two workers' output reaches stdout without filling the main thread's heap", () => {
    // Each block's output comes back as bytes in a buffer moved between threads, and buffers are
    // reused: sent as strings (some 400 KB a block here), they piled up on the main thread's
    // heap between its rare collections (~30 MB at its peak on this batch, ~11 MB since).
    const file = join(tempDir(), "twenty-thousand.jsonl");
    const lines = Array.from({ length: 20_000 }, (_, i) =>
      JSON.stringify({
        id: `m${i}`,
        reply: `${replies[i % replies.length]} (${i})`,
        customer: "Late AGAIN!",
      }),
    );
    writeFileSync(file, `${lines.join("\n")}\n`);
    const preload = join(tempDir(), "peak-heap.mjs");
    writeFileSync(
      preload,
      [
        'import { writeSync } from "node:fs";',
        'import { isMainThread } from "node:worker_threads";',
        "if (isMainThread) {",
        "  let peak = 0;",
        "  const sample = () => { peak = Math.max(peak, process.memoryUsage().heapTotal); };",
        "  setInterval(sample, 5).unref();",
        '  process.on("exit", () => { sample(); writeSync(2, "PEAK_MAIN_HEAP " + peak + "\\n"); });',
        "}",
        "",
      ].join("\n"),
    );
    const { status, stdout, stderr } = spawnSync(process.execPath, [cliPath, "score", "--batch", file], {
      encoding: "utf8",
      env: cliEnv({ COACH_WORKERS: "2", NODE_OPTIONS: `--import=${preload}` }),
      maxBuffer: 1 << 27,
      timeout: 120_000,
    });
    expect(status).toBe(0);
    const out = stdout.trim().split("\n");
    expect(out.length).toBe(20_000);
    expect(out[19_999]).toBe((scoreBatchLine(lines[19_999] as string, 20_000) as { output: string }).output);
    const peakMiB = Number(/PEAK_MAIN_HEAP (\d+)/.exec(stderr)?.[1]) / 1024 / 1024;
    expect(peakMiB).toBeGreaterThan(0);
    expect(peakMiB).toBeLessThan(20);
  }, 120_000);

  it("scores blocks on the built workers exactly as on this thread", async () => {
    const { ScorePool } = await import(pathToFileURL(join(root, "dist", "commands", "score-pool.js")).href);
    const pool = ScorePool.start(2);
    expect(pool?.size).toBe(2);
    try {
      const block = (from: number, to: number) => ({
        bytes: new TextEncoder().encode(`${texts.slice(from, to).join("\n")}\n`),
        line: from + 1,
        offset: 0,
      });
      // The second block is a view into a larger buffer: the pool copies it rather than move it.
      const view = block(20, 40);
      const padded = new Uint8Array(view.bytes.length + 8);
      padded.set(view.bytes, 4);
      const [first, second] = await Promise.all([
        pool.score(block(0, 20)),
        pool.score({ ...view, bytes: padded.subarray(4, 4 + view.bytes.length) }),
      ]);
      expect(padded.byteLength).toBe(view.bytes.length + 8);
      // Each block's output comes back as UTF-8 bytes, the same as this thread's string.
      const text = ({ output, outcomes }: { output: Uint8Array; outcomes: unknown }) => ({
        output: Buffer.from(output).toString("utf8"),
        outcomes,
      });
      expect([text(first), text(second)]).toEqual([scoreBlock(block(0, 20)), scoreBlock(view)]);
      expect(first.outcomes.length + second.outcomes.length).toBe(40);
      // Released once written, a buffer goes back to its worker and is filled again.
      const buffer = first.output.buffer;
      first.release();
      expect(buffer.byteLength).toBe(0);
    } finally {
      await pool?.close();
    }
  });
});
