#!/usr/bin/env node
// Speed and memory of the scorer (a benchmark, not a test: numbers vary by machine).
//
//   npm run bench            10,000 replies in batch, and `coach score` start-up against `node -e 0`
//
// Targets (issue 3): under 1 ms per reply on average in batch; a single `coach score` under 3x the
// wall time of `node -e 0` on the same Node. Also reports the batch run's peak memory (max RSS).
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const cli = join(root, "dist", "bundle", "cli.js");

if (process.argv[2] === "--child") {
  // Runs inside a fresh process so max RSS belongs to the batch run alone. The batch streams from
  // the file as `coach score --batch FILE` does; output lines are counted, not kept.
  const { scoreBatch } = await import(pathToFileURL(join(root, "dist", "commands", "score.js")).href);
  let bytes = 0;
  const started = performance.now();
  const summary = await scoreBatch(
    process.argv[3],
    (line) => {
      bytes += line.length;
    },
    () => {},
  );
  const ms = performance.now() - started;
  process.stdout.write(
    JSON.stringify({
      replies: summary.scored,
      errors: summary.skipped,
      bytes,
      ms,
      maxRssMiB: process.resourceUsage().maxRSS / 1024,
    }),
  );
  process.exit(0);
}

/** 10,000 replies: the dev set's replies and the scenarios' model answers, cycled, each made unique. */
function corpus(n) {
  const seeds = [];
  try {
    for (const line of readFileSync(join(root, "..", "shared", "eval", "dev.jsonl"), "utf8").split("\n"))
      if (line.trim()) {
        const c = JSON.parse(line);
        seeds.push({ reply: c.reply, customer: c.customer, abusive: c.abusive });
      }
  } catch {
    // No ../shared: fall back to built-in samples below.
  }
  if (!seeds.length)
    for (const reply of [
      "I can hear how frustrating this is. I can't promise Friday, but I'll call you by 5pm today.",
      "Calm down, it's only a parcel. You should have read the terms!!",
      "sorry about that, ive refunded u now, 3-5 days to show",
    ])
      seeds.push({ reply, customer: "My parcel is late AGAIN and nobody calls me back!", abusive: false });
  const lines = [];
  for (let i = 0; i < n; i++) {
    const s = seeds[i % seeds.length];
    lines.push(
      JSON.stringify({
        id: `b${i}`,
        reply: `${s.reply}${i >= seeds.length ? ` (${i})` : ""}`,
        customer: s.customer,
        abusive: s.abusive,
      }),
    );
  }
  return lines.join("\n");
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function wall(args, runs) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const r = spawnSync(process.execPath, args, { encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
    times.push(performance.now() - started);
    if (r.status !== 0) throw new Error(`${args.join(" ")} failed: ${r.stderr}`);
  }
  return median(times);
}

const dir = mkdtempSync(join(tmpdir(), "coach-bench-"));
try {
  const file = join(dir, "batch.jsonl");
  writeFileSync(file, corpus(10_000));
  const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), "--child", file], {
    encoding: "utf8",
    maxBuffer: 1 << 26,
  });
  if (child.status !== 0) throw new Error(child.stderr);
  const batch = JSON.parse(child.stdout);
  const perReply = batch.ms / batch.replies;

  wall([cli, "score", "warm-up"], 2);
  const runs = 15;
  const bare = wall(["-e", "0"], runs);
  const single = wall([cli, "score", "I can hear how frustrating this is; I'll call you by 5pm."], runs);
  const ratio = single / bare;

  const row = (label, value, target, ok) =>
    `${label.padEnd(34)} ${value.padStart(12)}   ${target.padEnd(12)} ${ok ? "ok" : "MISSED"}`;
  console.log(`Node ${process.version}, ${batch.replies} replies\n`);
  console.log(`${"measure".padEnd(34)} ${"value".padStart(12)}   ${"target".padEnd(12)}`);
  console.log(row("batch: mean time per reply", `${perReply.toFixed(3)} ms`, "< 1 ms", perReply < 1));
  console.log(row("batch: total", `${(batch.ms / 1000).toFixed(2)} s`, "", true));
  console.log(row("batch: peak memory (max RSS)", `${batch.maxRssMiB.toFixed(0)} MiB`, "", true));
  console.log(row("node -e 0 (median of 15)", `${bare.toFixed(0)} ms`, "", true));
  console.log(row("coach score (median of 15)", `${single.toFixed(0)} ms`, "", true));
  console.log(row("coach score / node -e 0", `${ratio.toFixed(2)}x`, "< 3x", ratio < 3));
  process.exitCode = perReply < 1 && ratio < 3 ? 0 : 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}

// The report of a 30-turn session (issue 10), in its own script so it can also run alone.
const report = spawnSync(process.execPath, [join(root, "scripts", "bench-report.mjs")], { stdio: "inherit" });
if (report.status !== 0) process.exitCode = 1;

// The team report of 200 sessions (issue 10).
const teamBench = spawnSync(process.execPath, [join(root, "scripts", "bench-team.mjs")], {
  stdio: "inherit",
});
if (teamBench.status !== 0) process.exitCode = 1;
