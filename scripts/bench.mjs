#!/usr/bin/env node
// Speed and memory targets (a benchmark, not a test: numbers vary by machine and load).
//
//   npm run bench                  every figure below, next to its target, with ok or MISSED
//   npm run bench -- --quick       skip the two large runs (200,000 batch lines, 100,000 turns)
//   npm run bench -- --startup     only `coach score` start-up and the 7-turn `coach run`
//   npm run bench -- --validate    only `coach validate` of 1,000 files (COACH_BEFORE=DIR: and of
//                                  another built checkout, in the same rounds)
//
// Targets (issue 11, "Scale and speed"), each measured side by side with its reference in this run:
//   - `score --batch`: at least 5,000 replies/s with default settings, and at least 2x
//     vader-sentiment (the devDependency, when installed) on the same replies;
//   - a 200,000-line batch under 150 MB peak memory (max RSS, worker threads included);
//   - `validate` of 1,000 files under 2 s (100,000 turns in one file is out of scope: files are
//     limited to 1 MiB, about 4,000 turns; the row says why, and 20,000 turns are timed in memory);
//   - `coach score` start-up at most 2x `node -e 0`;
//   - a scripted 7-turn `coach run` under 250 ms.
// Each figure is the median of several runs; the load average is printed, since a shared machine
// slows everything down together. Exit code 1 when a target is missed.
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const bin = join(root, "bin", "coach.cjs");
const self = fileURLToPath(import.meta.url);

if (process.argv[2] === "--child") await child(process.argv[3], process.argv[4], process.argv[5]);
else await main();

/**
 * Runs in a fresh process so max RSS belongs to one run alone. `batch` streams the file through
 * scoreBatch, as `coach score --batch FILE` does (output counted, not kept); `vader` reads the same
 * lines and scores each reply with vader-sentiment.
 */
async function child(kind, file, workers) {
  const started = performance.now();
  let replies = 0;
  let firstOutput;
  if (kind === "validate") {
    const { parseScenarioText } = await import(pathToFileURL(join(root, "dist", "scenario", "load.js")).href);
    const text = chain(Number(file));
    const begun = performance.now();
    const loaded = parseScenarioText(text, "generated.yaml");
    process.stdout.write(
      JSON.stringify({ ms: performance.now() - begun, diagnostics: loaded.diagnostics.length }),
    );
    process.exit(0);
  }
  if (kind === "validate-dir") {
    const { validatePaths } = await import(pathToFileURL(join(root, "dist", "commands", "validate.js")).href);
    const cpu = process.cpuUsage();
    const result = await validatePaths([file]);
    const used = process.cpuUsage(cpu);
    process.stdout.write(
      JSON.stringify({ files: result.files.length, cpuMs: (used.user + used.system) / 1000 }),
    );
    process.exit(0);
  }
  if (kind === "batch") {
    const { scoreBatch } = await import(pathToFileURL(join(root, "dist", "commands", "score.js")).href);
    const options = workers === "default" ? {} : { workers: Number(workers) };
    const summary = await scoreBatch(
      file,
      (_chunk, done) => {
        firstOutput ??= performance.now() - started;
        done();
      },
      () => {},
      options,
    );
    replies = summary.scored;
  } else {
    const vader = createRequire(import.meta.url)("vader-sentiment");
    for (const line of readFileSync(file, "utf8").split("\n")) {
      if (!line) continue;
      vader.SentimentIntensityAnalyzer.polarity_scores(JSON.parse(line).reply);
      replies += 1;
    }
  }
  const ms = performance.now() - started;
  const cpu = process.cpuUsage(); // every thread of the process
  process.stdout.write(
    JSON.stringify({
      replies,
      ms,
      cpuMs: (cpu.user + cpu.system) / 1000,
      maxRssMiB: process.resourceUsage().maxRSS / 1024,
      ...(firstOutput !== undefined ? { firstOutputMs: firstOutput } : {}),
    }),
  );
  process.exit(0);
}

/** n batch lines: the dev set's replies (or built-in samples), cycled, each made unique. */
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
  return `${lines.join("\n")}\n`;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function runChild(kind, file, workers = "default") {
  const r = spawnSync(process.execPath, [self, "--child", kind, file, workers], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout);
}

/** Wall time of each command, runs interleaved so a load spike hits them alike; medians in ms. */
function wall(commands, runs, env = {}) {
  const times = commands.map(() => []);
  for (let i = 0; i < runs; i++)
    commands.forEach((args, k) => {
      const started = performance.now();
      const r = spawnSync(process.execPath, args, {
        encoding: "utf8",
        maxBuffer: 1 << 28,
        env: { ...process.env, NO_COLOR: "1", ...env },
      });
      times[k].push(performance.now() - started);
      if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(" ")} failed: ${r.stderr}`);
    });
  return times.map(median);
}

function vaderInstalled() {
  try {
    createRequire(import.meta.url).resolve("vader-sentiment");
    return true;
  } catch {
    return false;
  }
}

/**
 * A scenario's text made its own: every customer line (plain, quoted or a block) and every
 * pattern gets copy `i`'s mark, so no line or pattern is the same as in another copy.
 */
function distinctCopy(text, i) {
  let block = false;
  return text
    .split("\n")
    .map((line) => {
      if (block && line.trim()) {
        block = false;
        return `${line} (copy ${i})`;
      }
      const customer = line.match(/^(\s*customer: )(["']?)(.*?)(\2)$/);
      if (customer) {
        const [, key, quote, said] = customer;
        if (/^[|>]/.test(said)) block = true;
        else return `${key}${quote}${said} (copy ${i})${quote}`;
      }
      return line.replace(/^(\s*pattern: ")/, `$1copy${i}x|`);
    })
    .join("\n");
}

/** A chain of customer turns, each going on to the next whatever the reply. */
function chain(turns) {
  const lines = [
    "format: 1",
    "title: Generated chain",
    "summary: A generated chain of turns.",
    "difficulty: 1",
    "tags: [test]",
    "setting: A shop counter. The shop closes at six.",
    "facts: { known: [The shop closes at six.] }",
    "persona: { name: Sam, description: A regular customer., anger: 60 }",
    "turns:",
  ];
  for (let i = 0; i < turns; i++)
    lines.push(
      `  t${i}:`,
      "    customer: This is the third time the card reader has failed me.",
      "    hint: Name the frustration first.",
      "    model: Three times is really frustrating; let me sort it now.",
      `    next: [{ when: { empathy: ">= 60" }, goto: ${i + 1 < turns ? `t${i + 1}` : "done"} }, { goto: ${i + 1 < turns ? `t${i + 1}` : "walkout"} }]`,
    );
  lines.push("  done: { end: resolved, customer: Thanks. }", "  walkout: { end: escalated, customer: Bye. }");
  return `${lines.join("\n")}\n`;
}

async function main() {
  const quick = process.argv.includes("--quick");
  const startupOnly = process.argv.includes("--startup");
  const validateOnly = process.argv.includes("--validate");
  const dir = mkdtempSync(join(tmpdir(), "coach-bench-"));
  const rows = [];
  const row = (measure, value, target, ok) => {
    rows.push({ measure, value, target, ok });
    console.log(
      `${measure.padEnd(44)} ${value.padStart(14)}   ${target.padEnd(16)} ${ok === undefined ? "" : ok ? "ok" : "MISSED"}`,
    );
  };
  try {
    const load = () =>
      loadavg()
        .map((l) => l.toFixed(2))
        .join(" ");
    console.log(`Node ${process.version}, ${availableParallelism()} cores, load average ${load()}\n`);
    console.log(`${"measure".padEnd(44)} ${"value".padStart(14)}   ${"target".padEnd(16)}`);

    if (validateOnly) {
      validateRows(dir, row);
      console.log(`\nload average at the end: ${load()}`);
      process.exitCode = rows.some((r) => r.ok === false) ? 1 : 0;
      return;
    }
    if (startupOnly) {
      startupRows(dir, row);
      console.log(`\nload average at the end: ${load()}`);
      process.exitCode = rows.some((r) => r.ok === false) ? 1 : 0;
      return;
    }

    // Batch throughput, coach and vader side by side on the same 10,000 lines, runs interleaved so
    // a load spike hits them alike. CPU time per reply (every thread counted) is printed too: on a
    // shared machine it moves much less with the load than replies per second do.
    const file = join(dir, "batch.jsonl");
    writeFileSync(file, corpus(10_000));
    const vader = vaderInstalled();
    const coachRuns = [];
    const oneThreadRuns = [];
    const vaderRuns = [];
    for (let i = 0; i < 3; i++) {
      coachRuns.push(runChild("batch", file));
      oneThreadRuns.push(runChild("batch", file, "0"));
      if (vader) vaderRuns.push(runChild("vader", file));
    }
    const perSecond = (runs) => median(runs.map((r) => (r.replies / r.ms) * 1000));
    const cpuPerReply = (runs) => `${median(runs.map((r) => (r.cpuMs / r.replies) * 1000)).toFixed(0)} us`;
    const coachRate = perSecond(coachRuns);
    row("batch: replies/s (10,000, default settings)", coachRate.toFixed(0), ">= 5000", coachRate >= 5000);
    row("  CPU per reply, all threads", cpuPerReply(coachRuns), "", undefined);
    row("batch: replies/s on one thread", perSecond(oneThreadRuns).toFixed(0), "", undefined);
    row("  CPU per reply", cpuPerReply(oneThreadRuns), "", undefined);
    if (vader) {
      const vaderRate = perSecond(vaderRuns);
      row("vader-sentiment: replies/s (same lines)", vaderRate.toFixed(0), "reference", undefined);
      row("  CPU per reply", cpuPerReply(vaderRuns), "", undefined);
      row(
        "batch / vader-sentiment",
        `${(coachRate / vaderRate).toFixed(2)}x`,
        ">= 2x",
        coachRate >= 2 * vaderRate,
      );
    } else row("vader-sentiment", "not installed", ">= 2x", undefined);

    // A 200,000-line batch: peak memory of the whole process, worker threads included.
    if (!quick) {
      const big = join(dir, "batch-200k.jsonl");
      writeFileSync(big, corpus(200_000));
      const r = runChild("batch", big);
      row("batch: 200,000 lines, time", `${(r.ms / 1000).toFixed(1)} s`, "", undefined);
      row(
        "batch: 200,000 lines, first output after",
        `${(r.firstOutputMs ?? r.ms).toFixed(0)} ms`,
        "",
        undefined,
      );
      row(
        "batch: 200,000 lines, peak memory",
        `${r.maxRssMiB.toFixed(0)} MiB`,
        "< 150 MB",
        r.maxRssMiB * 1.048576 < 150,
      );
      rmSync(big);
    }

    // Validation. One scenario file is at most 1 MiB (about 4,000 turns of this shape): files past
    // it are refused before parsing, because a file with any problem is read by the precise YAML
    // reader, which holds some 250 bytes of memory per byte of YAML (README, "Limits"). So a
    // 100,000-turn file (26 MB) is outside what `coach validate` takes: the row says so, and the
    // checks themselves are timed in memory on 20,000 turns (scripts/bench-validate.mjs runs the
    // whole range).
    if (!quick) {
      const big = join(dir, "turns-100k.yaml");
      writeFileSync(big, chain(100_000));
      const r = spawnSync(process.execPath, [bin, "validate", big], { encoding: "utf8", maxBuffer: 1 << 28 });
      const said = `${r.stdout}${r.stderr}`.match(/the file is [^\n]*?(?=\s*\(|\n|$)/)?.[0] ?? "no message";
      row("validate: 100,000 turns (coach validate)", "out of scope", "< 2000 ms", undefined);
      console.log(`    refused before parsing, exit ${r.status}: "${said}"`);
      rmSync(big);
      const largest = join(dir, "turns-4000.yaml");
      writeFileSync(largest, chain(4000));
      const [ms] = wall([[bin, "validate", largest]], 3);
      row("validate: 4,000 turns, 1 MiB (coach validate)", `${ms.toFixed(0)} ms`, "", undefined);
      rmSync(largest);
      const r20k = spawnSync(process.execPath, [self, "--child", "validate", "20000"], { encoding: "utf8" });
      if (r20k.status !== 0) throw new Error(r20k.stderr);
      const v = JSON.parse(r20k.stdout);
      row("validate: 20,000 turns in memory", `${v.ms.toFixed(0)} ms`, "", undefined);
      row(
        "  per turn, so 100,000 turns would take",
        `${((v.ms / 20000) * 100000).toFixed(0)} ms`,
        "< 2000 ms",
        undefined,
      );
    }
    validateRows(dir, row);

    startupRows(dir, row);

    console.log(`\nload average at the end: ${load()}`);
    process.exitCode = rows.some((r) => r.ok === false) ? 1 : 0;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * `coach validate` of 1,000 files: the shipped scenarios copied over and over (as issue 11
 * measured), and 1,000 files whose customer lines and patterns all differ, so that nothing read
 * once per distinct line or pattern is shared between files. Median of 7 runs each, interleaved.
 * COACH_BEFORE=DIR (another built checkout, such as a worktree of the last commit) is run in the
 * same rounds, for rows side by side.
 */
function validateRows(dir, row) {
  const sources = readdirSync(join(root, "scenarios")).filter((f) => f.endsWith(".yaml"));
  const folders = ["copies", "distinct"].map((kind) => {
    const folder = join(dir, kind);
    mkdirSync(folder);
    cpSync(join(root, "scenarios", "rubrics"), join(folder, "rubrics"), { recursive: true });
    for (let i = 0; i < 1000; i++) {
      const name = sources[i % sources.length];
      let text = readFileSync(join(root, "scenarios", name), "utf8").replace(/^id: (.*)$/m, `id: $1-${i}`);
      if (kind === "distinct") text = distinctCopy(text, i);
      writeFileSync(join(folder, name.replace(/\.yaml$/, `-${i}.yaml`)), text);
    }
    return folder;
  });
  const before = process.env.COACH_BEFORE ? join(resolve(process.env.COACH_BEFORE), "bin", "coach.cjs") : "";
  const builds = before ? [bin, before] : [bin];
  const [copies, distinct, copiesBefore, distinctBefore] = wall(
    builds.flatMap((build) => folders.map((folder) => [build, "validate", folder])),
    7,
  );
  row("validate: 1,000 files (coach validate DIR)", `${copies.toFixed(0)} ms`, "< 2000 ms", copies < 2000);
  if (before) row("  before (COACH_BEFORE)", `${copiesBefore.toFixed(0)} ms`, "", undefined);
  row("validate: 1,000 distinct files", `${distinct.toFixed(0)} ms`, "< 2000 ms", distinct < 2000);
  if (before) row("  before (COACH_BEFORE)", `${distinctBefore.toFixed(0)} ms`, "", undefined);
  // CPU time of all threads, which load on a shared machine changes far less than wall time: on
  // an idle machine the wall time is about start-up plus this divided by the cores used.
  for (const [kind, folder] of [
    ["", folders[0]],
    [" distinct", folders[1]],
  ]) {
    const cpu = median([0, 1, 2].map(() => runChild("validate-dir", folder).cpuMs));
    row(`  CPU, all threads (1,000${kind} files)`, `${cpu.toFixed(0)} ms`, "", undefined);
  }
}

/** `coach score` start-up against `node -e 0`, and a scripted 7-turn `coach run`: rows for the table. */
function startupRows(dir, row) {
  // Start-up: a one-off `coach score` against `node -e 0`, interleaved.
  wall([[bin, "score", "warm-up"]], 2);
  const [bare, single] = wall(
    [
      ["-e", "0"],
      [bin, "score", "I can hear how frustrating this is; I'll call you by 5pm."],
    ],
    15,
  );
  row("node -e 0 (median of 15)", `${bare.toFixed(0)} ms`, "reference", undefined);
  row("coach score (median of 15)", `${single.toFixed(0)} ms`, "", undefined);
  row("coach score / node -e 0", `${(single / bare).toFixed(2)}x`, "<= 2x", single / bare <= 2);

  // A scripted 7-turn session: coach run with an answers file, saved to a temporary folder.
  const scenario = join(dir, "seven-turns.yaml");
  writeFileSync(scenario, chain(7));
  const answers = join(dir, "answers.txt");
  writeFileSync(
    answers,
    `${Array.from({ length: 7 }, (_, i) => `Three times is really frustrating, I'm sorry; I'll fix it now (${i}).`).join("\n")}\n`,
  );
  const data = join(dir, "data");
  const [session] = wall([[bin, "run", scenario, "--answers", answers, "--out", join(dir, "out")]], 7, {
    COACH_DATA_DIR: data,
  });
  row("coach run, 7 scripted turns (median of 7)", `${session.toFixed(0)} ms`, "< 250 ms", session < 250);
}

// The report of a 30-turn session (issue 10), in its own script so it can also run alone.
if (
  process.argv[2] !== "--child" &&
  !process.argv.includes("--startup") &&
  !process.argv.includes("--validate")
)
  benchReports();

function benchReports() {
  const report = spawnSync(process.execPath, [join(root, "scripts", "bench-report.mjs")], {
    stdio: "inherit",
  });
  if (report.status !== 0) process.exitCode = 1;

  // The team report of 200 sessions (issue 10).
  const teamBench = spawnSync(process.execPath, [join(root, "scripts", "bench-team.mjs")], {
    stdio: "inherit",
  });
  if (teamBench.status !== 0) process.exitCode = 1;
}
