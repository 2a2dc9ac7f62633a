#!/usr/bin/env node
// Agreement with the labels on every labelled set, by group: the shared dev sets, the team sets the
// fits learn from, and the validation sets no fit reads (scripts/fit-wording.mjs NOT_FITTED, read
// blind first and kept as the check that a change carries to text nobody tuned to). Aggregates
// only: no reply is printed, so a validation set's misses stay unread.
//
//   node scripts/eval-groups.mjs                      this build (npm run build first)
//   node scripts/eval-groups.mjs --before DIR         another built checkout beside it (A -> B)
//   node scripts/eval-groups.mjs --dims calm,honesty  some dimensions only
//   node scripts/eval-groups.mjs --sets               a row per set as well as per group
//
// Each cell is within-group agreement / band accuracy / gross errors, as ../shared/eval/agreement.mjs
// defines them (within-group pairs are taken inside one set's groups).
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { NOT_FITTED } from "./fit-wording.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const DIMENSIONS = (option("--dims") ?? "calm,empathy,honesty,boundaries").split(",");
const band = (s) => (s >= 70 ? 2 : s >= 40 ? 1 : 0);

/** Every labelled set: [name, group, cases]. */
function labelledSets() {
  const shared = resolve(root, "..", "shared", "eval");
  const sets = [];
  for (const name of ["dev.jsonl", "dev-realistic.jsonl"])
    if (existsSync(join(shared, name)))
      sets.push({ name, group: name.replace(".jsonl", ""), file: join(shared, name) });
  const team = readdirSync(join(root, "eval"))
    .map((f) => f.match(/^holdout-team(?:-(\d+))?\.jsonl$/))
    .filter((m) => m !== null)
    .map((m) => Number(m[1] ?? 1))
    .sort((a, b) => a - b);
  for (const n of team)
    sets.push({
      name: `team ${n}`,
      group: NOT_FITTED.has(n) ? "validation" : "tuning",
      file: join(root, "eval", n === 1 ? "holdout-team.jsonl" : `holdout-team-${n}.jsonl`),
    });
  for (const set of sets)
    set.cases = readFileSync(set.file, "utf8")
      .split("\n")
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l));
  return sets;
}

/** Scores of every case by one built checkout, keyed by set name and id. */
function scoreAll(checkout, sets) {
  const dir = mkdtempSync(join(tmpdir(), "coach-groups-"));
  try {
    const input = join(dir, "all.jsonl");
    const lines = [];
    sets.forEach((set, s) => {
      for (const c of set.cases) lines.push(JSON.stringify({ ...c, id: `${s}\u0000${c.id}` }));
    });
    writeFileSync(input, `${lines.join("\n")}\n`);
    const run = spawnSync(
      process.execPath,
      [join(checkout, "dist", "bundle", "cli.js"), "score", "--batch", input],
      {
        encoding: "utf8",
        maxBuffer: 1 << 30,
      },
    );
    if (run.status !== 0) throw new Error(`scoring with ${checkout} failed: ${run.stderr}`);
    const scores = new Map();
    for (const line of run.stdout.split("\n"))
      if (line.trim()) {
        const p = JSON.parse(line);
        scores.set(p.id, p.scores);
      }
    return scores;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** within / band / gross over some sets' cases, for one dimension. */
function measure(sets, scores, dim) {
  let right = 0;
  let pairs = 0;
  let inBand = 0;
  let gross = 0;
  let n = 0;
  for (const set of sets) {
    const s = set.index;
    const byGroup = new Map();
    for (const c of set.cases) {
      const label = c.labels?.[dim];
      if (label === null || label === undefined) continue;
      const score = scores.get(`${s}\u0000${c.id}`)?.[dim];
      n++;
      if (band(score) === label) inBand++;
      if ((label === 0 && score >= 70) || (label === 2 && score < 40)) gross++;
      const list = byGroup.get(c.group) ?? byGroup.set(c.group, []).get(c.group);
      list.push({ label, score });
    }
    for (const rows of byGroup.values())
      for (let i = 0; i < rows.length; i++)
        for (let j = i + 1; j < rows.length; j++) {
          if (rows[i].label === rows[j].label) continue;
          pairs++;
          const ds = rows[i].score - rows[j].score;
          right += ds === 0 ? 0.5 : Math.sign(ds) === Math.sign(rows[i].label - rows[j].label) ? 1 : 0;
        }
  }
  return { within: pairs ? right / pairs : Number.NaN, band: inBand / n, gross: gross / n, n };
}

const cell = (m) => `${m.within.toFixed(3)}/${m.band.toFixed(3)}/${(100 * m.gross).toFixed(1)}%`;

const sets = labelledSets();
sets.forEach((set, i) => {
  set.index = i;
});
const before = option("--before");
const after = scoreAll(root, sets);
const previous = before ? scoreAll(resolve(before), sets) : undefined;
const rows = [];
for (const group of ["dev", "dev-realistic", "tuning", "validation"]) {
  const members = sets.filter((s) => s.group === group);
  if (members.length)
    rows.push({ name: `${group} (${members.length} set${members.length > 1 ? "s" : ""})`, members });
}
if (args.includes("--sets")) for (const set of sets) rows.push({ name: set.name, members: [set] });
for (const dim of DIMENSIONS) {
  console.log(`\n${dim}${previous ? "   (--before -> this build)" : ""}`);
  for (const row of rows) {
    const now = measure(row.members, after, dim);
    const then = previous ? measure(row.members, previous, dim) : undefined;
    const text = then ? `${cell(then)} -> ${cell(now)}` : cell(now);
    console.log(`  ${row.name.padEnd(22)} ${String(now.n).padStart(6)}  ${text}`);
  }
}
