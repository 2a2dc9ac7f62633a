#!/usr/bin/env node
// Speed of `coach report` (a benchmark, not a test: numbers vary by machine).
//
//   node scripts/bench-report.mjs     (run by `npm run bench`, after `npm run build`)
//
// Target (issue 10): the report of a 30-turn session produced in under 1 s, measured as the wall
// time of the whole command (`coach report FILE -o report.html`, Node start-up included), median
// of 7 runs, for HTML and Markdown. Also prints the in-process time to build and render.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const dist = (path) => import(pathToFileURL(join(root, "dist", path)).href);
const cli = join(root, "dist", "bundle", "cli.js");

const { resolveScenario, scenarioFolders } = await dist("scenario/load.js");
const { newTranscript, runSession } = await dist("session/engine.js");
const { scoreReply } = await dist("scoring/index.js");
const { factsCard } = await dist("session/facts-card.js");
const { buildSessionReport } = await dist("report/model.js");
const { renderHtml } = await dist("report/html.js");
const { renderMarkdown } = await dist("report/markdown.js");

/** A real session of a shipped scenario, its turns repeated to 30 (shipped scenarios end sooner). */
async function session(turns) {
  const id = "late-delivery-overpromise";
  const scenario = resolveScenario(id, scenarioFolders()).scenario;
  const replies = [
    "I'm so sorry, I can hear how frustrating this is with his birthday on Saturday. I'm opening a trace now and I'll message you by 5pm tomorrow.",
    "Calm down, it is not my fault!! The courier lost it, not us.",
    "I can't promise Saturday, and I won't guess. I can refund the 4.99 delivery fee today and send a replacement by next-day tracked if the trace finds nothing by 5pm Friday.",
    "Thanks for bearing with me. I'll message you by 5pm Friday either way.",
  ];
  const transcript = { ...newTranscript(scenario, id, new Date()), facts: factsCard(scenario.facts) };
  await runSession(
    scenario,
    id,
    {
      ask: async () =>
        replies.length ? { reply: replies.shift() } : { quit: true, reason: "no-more-replies" },
      score: scoreReply,
    },
    transcript,
  );
  const base = transcript.turns;
  transcript.turns = Array.from({ length: turns }, (_, i) => ({ ...base[i % base.length], index: i }));
  return transcript;
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
      env: { ...process.env, NO_COLOR: "1" },
    });
    times.push(performance.now() - started);
    if (r.status !== 0) throw new Error(`coach ${args.join(" ")} failed: ${r.stderr}`);
  }
  return median(times);
}

const dir = mkdtempSync(join(tmpdir(), "coach-bench-report-"));
try {
  const transcript = await session(30);
  const file = join(dir, "session.json");
  writeFileSync(file, JSON.stringify(transcript));
  const scenario = resolveScenario(transcript.scenario.id, scenarioFolders()).scenario;
  let started = performance.now();
  const report = buildSessionReport(transcript, scenario);
  const html = renderHtml(report);
  const inProcessHtml = performance.now() - started;
  started = performance.now();
  renderMarkdown(buildSessionReport(transcript, scenario));
  const inProcessMd = performance.now() - started;

  wall(["report", file, "-o", join(dir, "warm.html")], 1);
  const runs = 7;
  const htmlWall = wall(["report", file, "-o", join(dir, "report.html")], runs);
  const mdWall = wall(["report", file, "-o", join(dir, "report.md")], runs);

  const row = (label, value, target, ok) =>
    `${label.padEnd(34)} ${value.padStart(12)}   ${target.padEnd(12)} ${ok ? "ok" : "MISSED"}`;
  console.log(
    `\ncoach report, a ${transcript.turns.length}-turn session (${(html.length / 1024).toFixed(0)} KiB of HTML)\n`,
  );
  console.log(row("build + render HTML, in process", `${inProcessHtml.toFixed(1)} ms`, "", true));
  console.log(row("build + render Markdown, in process", `${inProcessMd.toFixed(1)} ms`, "", true));
  console.log(
    row(
      `coach report -o .html (median of ${runs})`,
      `${htmlWall.toFixed(0)} ms`,
      "< 1000 ms",
      htmlWall < 1000,
    ),
  );
  console.log(
    row(`coach report -o .md (median of ${runs})`, `${mdWall.toFixed(0)} ms`, "< 1000 ms", mdWall < 1000),
  );
  process.exitCode = htmlWall < 1000 && mdWall < 1000 ? 0 : 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
