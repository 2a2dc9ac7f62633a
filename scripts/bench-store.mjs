#!/usr/bin/env node
// Speed of the session store with 10,000 sessions (a benchmark, not a test: numbers vary by machine).
//
//   npm run bench:store      seeds 10,000 sessions into a temporary store, then times `coach history`
//                            (spawned, as a user runs it) and the store's queries in process
//
// Target (issue 9): `coach history` and `coach progress` under 150 ms with 10,000 stored sessions.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const cli = join(root, "dist", "bundle", "cli.js");
const dist = (path) => import(pathToFileURL(join(root, "dist", path)).href);

const SESSIONS = 10_000;
const { Store } = await dist("store/db.js");
const { resolveScenario, scenarioFolders } = await dist("scenario/load.js");
const { scoreReply } = await dist("scoring/index.js");
const { runSession } = await dist("session/engine.js");

const replies = [
  "A week is far too soon for them to stop working, I can see why you're fed up.",
  "I will put it through now; your bank shows it in 3 to 5 working days.",
  "Calm down. Policy is policy.",
  "I'm sorry, I can't promise Friday, but I'll call you by 5pm today with what I find.",
  "sorry about that, ive refunded u now",
];

/** A few real sessions (real scenarios, real scores) to copy from. */
async function templates() {
  const out = [];
  for (const id of ["refund-thrown-product", "late-delivery-overpromise", "budget-customer-rushed"]) {
    const scenario = resolveScenario(id, scenarioFolders())?.scenario;
    if (!scenario) continue;
    for (let k = 0; k < 4; k++) {
      const queue = [0, 1, 2].map((i) => replies[(i + k) % replies.length]);
      out.push(
        await runSession(scenario, id, {
          ask: async () =>
            queue.length ? { reply: queue.shift() } : { quit: true, reason: "no-more-replies" },
          score: scoreReply,
        }),
      );
    }
  }
  return out;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function timeIt(fn, runs) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    fn();
    times.push(performance.now() - started);
  }
  return median(times);
}

function wall(args, env, runs) {
  return timeIt(() => {
    const r = spawnSync(process.execPath, args, {
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1", ...env },
      maxBuffer: 1 << 28,
    });
    if (r.status !== 0) throw new Error(`${args.join(" ")} failed: ${r.stderr}`);
  }, runs);
}

const dir = mkdtempSync(join(tmpdir(), "coach-bench-store-"));
try {
  const file = join(dir, "coach.db");
  const store = new Store(file);
  const sources = await templates();
  const seedStarted = performance.now();
  const start = Date.parse("2025-01-01T00:00:00.000Z");
  store.write(() => {
    for (let i = 0; i < SESSIONS; i++) {
      const t = structuredClone(sources[i % sources.length]);
      t.startedAt = new Date(start + i * 3_600_000).toISOString();
      t.endedAt = new Date(start + i * 3_600_000 + 300_000).toISOString();
      t.scenario.id = `${t.scenario.id}${i % 7 === 0 ? "" : `-${i % 40}`}`;
      store.writeSession(`s${i.toString(36).padStart(5, "0")}`, t, "run");
    }
  });
  const seedMs = performance.now() - seedStarted;
  store.close();

  const reader = new Store(file);
  reader.summaries({ limit: 1 }); // open once, as a command does
  const runs = 15;
  const summaries20 = timeIt(() => reader.summaries({ limit: 20 }), runs);
  const summariesAll = timeIt(() => reader.summaries(), runs);
  const costsAll = timeIt(() => reader.signalCosts(), runs);
  const costs50 = timeIt(() => reader.signalCosts({ sessions: 50 }), runs);
  const costsDim = timeIt(() => reader.signalCosts({ sessions: 200, dimension: "empathy" }), runs);
  reader.close();

  const env = { COACH_DATA: dir };
  wall([cli, "history"], env, 2);
  const bare = wall(["-e", "0"], {}, runs);
  const version = wall([cli, "--version"], {}, runs);
  const history = wall([cli, "history"], env, runs);
  const scenario = wall([cli, "history", "--scenario", "refund-thrown-product"], env, runs);
  const json = wall([cli, "history", "--json"], env, 5);
  const progress = wall([cli, "progress"], env, runs);
  const progressJson = wall([cli, "progress", "--json"], env, 5);

  const row = (label, value, target, ok) =>
    `${label.padEnd(46)} ${value.padStart(10)}   ${target.padEnd(10)} ${ok ? "ok" : "MISSED"}`;
  console.log(
    `Node ${process.version}, ${SESSIONS} sessions, ${(statSync(file).size / 2 ** 20).toFixed(0)} MiB store\n`,
  );
  console.log(`${"measure".padEnd(46)} ${"value".padStart(10)}   ${"target".padEnd(10)}`);
  console.log(row("seed 10,000 sessions (one transaction)", `${(seedMs / 1000).toFixed(2)} s`, "", true));
  console.log(row("node -e 0 (median of 15)", `${bare.toFixed(0)} ms`, "", true));
  console.log(row("coach --version (CLI start-up, median of 15)", `${version.toFixed(0)} ms`, "", true));
  console.log(row("coach history (median of 15)", `${history.toFixed(0)} ms`, "< 150 ms", history < 150));
  console.log(row("coach history --scenario ID", `${scenario.toFixed(0)} ms`, "< 150 ms", scenario < 150));
  console.log(row("coach history --json (all 10,000)", `${json.toFixed(0)} ms`, "", true));
  console.log(row("coach progress (median of 15)", `${progress.toFixed(0)} ms`, "< 150 ms", progress < 150));
  console.log(row("coach progress --json", `${progressJson.toFixed(0)} ms`, "", true));
  console.log(row("summaries({ limit: 20 })", `${summaries20.toFixed(1)} ms`, "", true));
  console.log(row("summaries() (all 10,000)", `${summariesAll.toFixed(1)} ms`, "", true));
  console.log(row("signalCosts() (all sessions)", `${costsAll.toFixed(1)} ms`, "", true));
  console.log(row("signalCosts({ sessions: 50 })", `${costs50.toFixed(1)} ms`, "", true));
  console.log(row("signalCosts({ sessions: 200, dimension })", `${costsDim.toFixed(1)} ms`, "", true));
  process.exitCode = history < 150 && scenario < 150 && progress < 150 ? 0 : 1;
} finally {
  if (process.env.KEEP) console.log(`kept ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}
