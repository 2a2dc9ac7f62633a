#!/usr/bin/env node
// Scores the labelled dev set in batch and prints the agreement table (../shared/eval).
//
//   npm run eval                       the dev set, agreement table
//   npm run eval -- --set FILE.jsonl   another labelled set in the same format (repeat --set to
//                                      read several sets as one; their ids must not clash)
//   npm run eval -- --bin DIR          score with another built checkout's dist/bundle/cli.js
//   npm run eval -- --misses           also list the cases whose band is off, worst first
//   npm run eval -- --min 0.85         exit 1 when a dimension's within-group figure is under 0.85
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const evalDir = resolve(root, "..", "shared", "eval");
const sets = args.flatMap((a, i) => (a === "--set" ? [resolve(args[i + 1])] : []));
const cli = join(resolve(option("--bin") ?? root), "dist", "bundle", "cli.js");
const agreement = join(evalDir, "agreement.mjs");

const dir = mkdtempSync(join(tmpdir(), "coach-eval-"));
let labelled = sets[0] ?? join(evalDir, "dev.jsonl");
if (sets.length > 1) {
  labelled = join(dir, "labelled.jsonl");
  writeFileSync(labelled, `${sets.map((f) => readFileSync(f, "utf8").trimEnd()).join("\n")}\n`);
}
const scored = spawnSync(process.execPath, [cli, "score", "--batch", labelled], {
  encoding: "utf8",
  maxBuffer: 1 << 28,
});
if (scored.status !== 0) {
  process.stderr.write(scored.stderr);
  rmSync(dir, { recursive: true, force: true });
  process.exit(scored.status ?? 1);
}
try {
  const predicted = join(dir, "predicted.jsonl");
  writeFileSync(predicted, scored.stdout);
  const extra = option("--min") ? ["--min", option("--min")] : [];
  const table = spawnSync(process.execPath, [agreement, labelled, predicted, ...extra], { encoding: "utf8" });
  process.stdout.write(table.stdout);
  process.stderr.write(table.stderr);
  if (args.includes("--misses")) {
    const band = (s) => (s >= 70 ? 2 : s >= 40 ? 1 : 0);
    const cases = new Map(
      readFileSync(labelled, "utf8")
        .split("\n")
        .filter(Boolean)
        .map((l) => [JSON.parse(l).id, JSON.parse(l)]),
    );
    const misses = [];
    for (const line of scored.stdout.split("\n").filter(Boolean)) {
      const p = JSON.parse(line);
      const c = cases.get(p.id);
      for (const [d, label] of Object.entries(c?.labels ?? {})) {
        if (label === null || band(p.scores[d]) === label) continue;
        misses.push({
          id: p.id,
          d,
          label,
          score: p.scores[d],
          off: Math.abs(band(p.scores[d]) - label),
          fired: p.evidence
            .filter((f) => f.dimension === d)
            .map((f) => `${f.signal}${f.points > 0 ? "+" : ""}${f.points}`)
            .join(" "),
          reply: c.reply,
        });
      }
    }
    misses.sort((a, b) => b.off - a.off || a.d.localeCompare(b.d));
    for (const m of misses)
      process.stdout.write(
        `${m.id} ${m.d} label ${m.label} score ${m.score} [${m.fired}] ${m.reply.slice(0, 160)}\n`,
      );
  }
  process.exitCode = table.status ?? 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
