#!/usr/bin/env node
// Speed of `coach team` (a benchmark, not a test: numbers vary by machine).
//
//   node scripts/bench-team.mjs            (run by `npm run bench`, after `npm run build`)
//   node scripts/bench-team.mjs --keep DIR (also leave the 200 transcripts in DIR, to look at)
//
// Target (issue 10): the team report of 200 sessions produced in under 1 s, measured as the wall
// time of the whole command (`coach team DIR -o team.html`, Node start-up included), median of 5
// runs, for HTML, Markdown and CSV. The sessions are real: 20 trainees (a folder each) play three
// shipped scenarios with replies drawn from a pool, through the session engine and the scorer.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const dist = (path) => import(pathToFileURL(join(root, "dist", path)).href);
const cli = join(root, "dist", "bundle", "cli.js");

const { resolveScenario, scenarioFolders } = await dist("scenario/load.js");
const { newTranscript, runSession } = await dist("session/engine.js");
const { scoreReply } = await dist("scoring/index.js");

const SCENARIOS = ["late-delivery-overpromise", "billing-error-our-fault", "manager-demand"];
const POOL = [
  "I'm so sorry, I can hear how frustrating this is. I'm looking into it now and I'll message you by 5pm tomorrow.",
  "Calm down, it is not my fault!! That's just our policy.",
  "I can't promise that, and I won't guess. What I can do today is check the account and call you back by 3pm.",
  "Thanks for bearing with me. I'll email you by Friday either way.",
  "ok",
  "That sounds really stressful, and you're right to be annoyed. Let me put this right: I'll refund the charge today.",
  "I understand. Unfortunately there is nothing I can do.",
  "I hear you. I won't be able to continue if you keep shouting, but I do want to help you sort this out.",
];

export async function team(sessions, trainees = 20) {
  const out = [];
  for (let i = 0; i < sessions; i++) {
    const id = SCENARIOS[i % SCENARIOS.length];
    const scenario = resolveScenario(id, scenarioFolders()).scenario;
    let k = i * 7;
    const startedAt = new Date(Date.UTC(2026, 2, 1 + Math.floor(i / trainees), 9, i % 60));
    const transcript = newTranscript(scenario, id, startedAt);
    let n = 0;
    await runSession(
      scenario,
      id,
      {
        ask: async () =>
          n++ < 6 ? { reply: POOL[k++ % POOL.length] } : { quit: true, reason: "no-more-replies" },
        score: scoreReply,
        now: () => startedAt,
      },
      transcript,
    );
    out.push({ trainee: `trainee-${String(i % trainees).padStart(2, "0")}`, transcript });
  }
  return out;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function wall(args, runs) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const r = spawnSync(process.execPath, [cli, ...args], {
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1", COACH_TEAM_KEY: "bench" },
    });
    times.push(performance.now() - started);
    if (r.status !== 0) throw new Error(`coach ${args.join(" ")} failed: ${r.stderr}`);
  }
  return median(times);
}

const keep = process.argv[2] === "--keep" ? resolve(process.argv[3]) : undefined;
const dir = keep ?? mkdtempSync(join(tmpdir(), "coach-bench-team-"));
try {
  const sessions = await team(200);
  const folder = join(dir, "team");
  for (const [i, s] of sessions.entries()) {
    mkdirSync(join(folder, s.trainee), { recursive: true });
    writeFileSync(
      join(folder, s.trainee, `${String(i).padStart(3, "0")}.json`),
      JSON.stringify(s.transcript),
    );
  }
  const runs = 5;
  wall(["team", folder, "-o", join(dir, "warm.html")], 1);
  const results = ["html", "md", "csv"].map((ext) => ({
    ext,
    ms: wall(["team", folder, "--anonymise", "-o", join(dir, `team.${ext}`)], runs),
  }));
  const row = (label, value, target, ok) =>
    `${label.padEnd(40)} ${value.padStart(10)}   ${target.padEnd(12)} ${ok ? "ok" : "MISSED"}`;
  console.log(
    `\ncoach team, ${sessions.length} sessions by 20 trainees over ${SCENARIOS.length} scenarios\n`,
  );
  for (const { ext, ms } of results)
    console.log(
      row(`coach team -o .${ext} (median of ${runs})`, `${ms.toFixed(0)} ms`, "< 1000 ms", ms < 1000),
    );
  process.exitCode = results.every((r) => r.ms < 1000) ? 0 : 1;
} finally {
  if (!keep) rmSync(dir, { recursive: true, force: true });
}
