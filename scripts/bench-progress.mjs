#!/usr/bin/env node
// Speed of `coach progress` and `coach next` over many stored sessions (a benchmark, not a test).
//
//   npm run build && node scripts/bench-progress.mjs [SESSIONS]     (default 10,000)
//
// Seeds SESSIONS sessions and reports, as the median of 5 runs:
//   - the pure part in memory: computeProgress and recommend over SESSIONS summaries;
//   - `coach progress` and `coach next` end to end over a data folder of SESSIONS small JSON
//     transcripts (the interim reader in src/store/source.ts; the SQLite store replaces it).
// Target (issue 9): `coach progress` under 150 ms with 10,000 stored sessions.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const load = (path) => import(pathToFileURL(join(root, "dist", path)).href);
const { computeProgress } = await load("progress/progress.js");
const { recommend } = await load("progress/next.js");
const { loadProfiles } = await load("scenario/profile.js");
const { scenarioFolders } = await load("scenario/load.js");

const n = Number(process.argv[2] ?? 10_000);
const DIMENSIONS = ["calm", "empathy", "honesty", "boundaries"];
const scenarios = loadProfiles(scenarioFolders());
const day0 = Date.UTC(2024, 0, 1);
// A fixed pseudo-random sequence, so every run seeds the same sessions.
let seed = 7;
const random = () => {
  seed = (seed * 16807) % 2147483647;
  return seed / 2147483647;
};

function transcript(i) {
  const scenario = scenarios[i % scenarios.length];
  const turns = Array.from({ length: 3 }, (_, k) => {
    const scores = Object.fromEntries(DIMENSIONS.map((d) => [d, Math.round(30 + random() * 70)]));
    const assessed = Object.fromEntries(DIMENSIONS.map((d) => [d, d !== "boundaries" || k === 1]));
    return {
      index: k,
      reply: "r",
      hintUsed: false,
      answeredAt: new Date(day0 + i * 3_600_000 + k * 1000).toISOString(),
      scorecard: {
        scores,
        assessed,
        overall: Math.round(DIMENSIONS.reduce((a, d) => a + scores[d], 0) / 4),
        evidence:
          random() < 0.5
            ? []
            : [{ signal: "but-undercut", dimension: "empathy", effect: "hurts", points: -10, message: "m" }],
      },
    };
  });
  return {
    format: 1,
    scenario: { id: scenario.id, version: 1, title: scenario.title },
    startedAt: new Date(day0 + i * 3_600_000).toISOString(),
    outcome: random() < 0.7 ? "deescalated" : "escalated",
    anger: { start: 50, end: 40 },
    turns,
  };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const time = (fn, runs = 5) =>
  median(
    Array.from({ length: runs }, () => {
      const t = performance.now();
      fn();
      return performance.now() - t;
    }),
  );

const folder = mkdtempSync(join(tmpdir(), "coach-bench-progress-"));
try {
  mkdirSync(join(folder, "sessions"));
  const { jsonSessionSource } = await load("store/source.js");
  const all = new Map();
  for (let i = 0; i < n; i++) {
    const t = transcript(i);
    all.set(`s${i}`, t);
    writeFileSync(join(folder, "sessions", `s${String(i).padStart(6, "0")}.json`), JSON.stringify(t));
  }
  const summaries = jsonSessionSource(all).summaries();
  const now = new Date(day0 + (n + 24) * 3_600_000);
  const pure = time(() => computeProgress(summaries, []));
  const next = time(() => recommend(scenarios, summaries, now));
  const cli = (args) =>
    time(() => {
      const r = spawnSync(process.execPath, [join(root, "bin", "coach.cjs"), ...args, "--data", folder], {
        env: { ...process.env, NO_COLOR: "1" },
      });
      if (r.status !== 0) throw new Error(r.stderr.toString());
    }, 3);
  const version = time(() => spawnSync(process.execPath, [join(root, "bin", "coach.cjs"), "--version"]), 3);
  console.log(`${n.toLocaleString("en")} sessions (median of 5 in memory, 3 spawned):`);
  console.log(`  computeProgress in memory      ${pure.toFixed(1)} ms`);
  console.log(`  recommend in memory            ${next.toFixed(1)} ms`);
  console.log(`  coach progress (JSON files)    ${cli(["progress"]).toFixed(0)} ms`);
  console.log(`  coach next (JSON files)        ${cli(["next"]).toFixed(0)} ms`);
  console.log(`  coach --version (start-up)     ${version.toFixed(0)} ms`);
} finally {
  rmSync(folder, { recursive: true, force: true });
}
