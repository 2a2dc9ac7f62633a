#!/usr/bin/env node
// Reads the public human-labelled sets in ../shared/eval/public (see its README) with the scorer,
// and prints how its dimensions line up with the human labels, beside crude baselines.
//
//   npm run eval:public            the table
//   npm run eval:public -- --json  the same as JSON
//
// politeness-wikipedia: Spearman of calm (and overall) with the politeness rating.
// receptiveness:        Spearman of calm (and overall) with the receptiveness rating.
// warm-tough-offers:    AUC of empathy (and calm) for warm (1) over tough (0).
// Baselines: reply length in characters, and a count of "please/thank" words, so a figure means
// something only where it beats them.
//
// Proxy sets (eval/proxy/, written and labelled blind by helpers who never saw the scorer, for the
// two held-out public sets we cannot see; eval/README.md, "Proxy sets"):
// attack-*.jsonl:  AUC of calm for a comment that is not a personal attack over one that is.
// peer-*.jsonl:    Spearman of empathy with the overall empathy level and with the sum of the three
//                  EPITOME mechanisms (er + ip + ex), the seeker's post given as the customer line.
//
//   npm run eval:public -- --bin DIR   score with another built checkout (a blind first read with
//                                      the scorer as it was)
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const dir = resolve(root, "..", "shared", "eval", "public");
const json = process.argv.includes("--json");
const binAt = process.argv.indexOf("--bin");
const binRoot = binAt > 0 ? resolve(process.argv[binAt + 1]) : root;
const proxyDir = join(root, "eval", "proxy");

/** Average ranks, ties sharing their mean rank. */
function ranks(values) {
  const order = values.map((v, i) => [v, i]).sort((a, b) => a[0] - b[0]);
  const out = new Array(values.length);
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && order[j + 1][0] === order[i][0]) j++;
    for (let k = i; k <= j; k++) out[order[k][1]] = (i + j) / 2 + 1;
    i = j + 1;
  }
  return out;
}

function pearson(x, y) {
  const n = x.length;
  const mx = x.reduce((a, b) => a + b, 0) / n;
  const my = y.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (x[i] - mx) * (y[i] - my);
    sxx += (x[i] - mx) ** 2;
    syy += (y[i] - my) ** 2;
  }
  return sxx && syy ? sxy / Math.sqrt(sxx * syy) : 0;
}

export const spearman = (x, y) => pearson(ranks(x), ranks(y));

/** Probability that a random positive outranks a random negative (ties count half). */
export function auc(scores, labels) {
  const r = ranks(scores);
  const pos = labels.filter((l) => l === 1).length;
  const neg = labels.length - pos;
  const sumPos = r.reduce((s, v, i) => s + (labels[i] === 1 ? v : 0), 0);
  return pos && neg ? (sumPos - (pos * (pos + 1)) / 2) / (pos * neg) : 0.5;
}

const sets = [
  { file: "politeness-wikipedia.jsonl", label: "politeness", measure: "spearman", dims: ["calm", "overall"] },
  { file: "receptiveness.jsonl", label: "receptive", measure: "spearman", dims: ["calm", "overall"] },
  { file: "warm-tough-offers.jsonl", label: "warm", measure: "auc", dims: ["empathy", "calm"] },
];
const proxies = existsSync(proxyDir) ? readdirSync(proxyDir).sort() : [];
for (const file of proxies.filter((f) => /^attack-\d+\.jsonl$/.test(f)))
  sets.push({ file, at: proxyDir, label: "attack", invert: true, measure: "auc", dims: ["calm", "overall"] });
for (const file of proxies.filter((f) => /^peer-\d+\.jsonl$/.test(f))) {
  sets.push({ file, at: proxyDir, label: "level", measure: "spearman", dims: ["empathy"], customer: "post" });
  sets.push({
    file,
    name: file.replace(/\.jsonl$/, "-epitome"),
    at: proxyDir,
    label: (c) => c.er + c.ip + c.ex,
    measure: "spearman",
    dims: ["empathy"],
    customer: "post",
  });
}

const courtesy = /\b(please|thanks?|thank you|appreciate|sorry)\b/gi;
const report = {};
for (const set of sets) {
  const path = join(set.at ?? dir, set.file);
  if (!existsSync(path)) continue;
  const cases = readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
  const text = (c) => c.reply ?? c.text;
  const input = cases
    .map((c) =>
      JSON.stringify({ id: c.id, reply: text(c), ...(set.customer ? { customer: c[set.customer] } : {}) }),
    )
    .join("\n");
  // Through a file, not a pipe: the batch reader reads its input in one go.
  const tmp = mkdtempSync(join(tmpdir(), "coach-public-"));
  writeFileSync(join(tmp, "in.jsonl"), input);
  const run = spawnSync(
    process.execPath,
    [join(binRoot, "dist", "bundle", "cli.js"), "score", "--batch", join(tmp, "in.jsonl")],
    {
      encoding: "utf8",
      maxBuffer: 1 << 28,
    },
  );
  rmSync(tmp, { recursive: true, force: true });
  if (run.status !== 0) {
    process.stderr.write(run.stderr);
    process.exit(run.status ?? 1);
  }
  const byId = new Map(
    run.stdout
      .split("\n")
      .filter(Boolean)
      .map((l) => JSON.parse(l))
      .map((p) => [String(p.id), p]),
  );
  const labels = cases.map((c) => {
    const label = typeof set.label === "function" ? set.label(c) : Number(c[set.label]);
    return set.invert ? 1 - label : label;
  });
  const stat = set.measure === "auc" ? auc : spearman;
  const row = { rows: cases.length, measure: set.measure };
  for (const dim of set.dims) {
    const scores = cases.map((c) => {
      const p = byId.get(String(c.id));
      return dim === "overall" ? p.overall : p.scores[dim];
    });
    row[dim] = stat(scores, labels);
  }
  row.length = stat(
    cases.map((c) => text(c).length),
    labels,
  );
  row.courtesy = stat(
    cases.map((c) => (text(c).match(courtesy) ?? []).length),
    labels,
  );
  report[set.name ?? set.file.replace(/\.jsonl$/, "")] = row;
}

if (json) console.log(JSON.stringify(report, null, 2));
else {
  console.log("set                    rows  measure   scorer                        length  courtesy");
  for (const [name, row] of Object.entries(report)) {
    const dims = Object.keys(row)
      .filter((k) => !["rows", "measure", "length", "courtesy"].includes(k))
      .map((k) => `${k} ${row[k].toFixed(3)}`)
      .join("  ");
    console.log(
      `${name.padEnd(22)} ${String(row.rows).padStart(5)}  ${row.measure.padEnd(8)}  ${dims.padEnd(28)}  ${row.length.toFixed(3).padStart(6)}  ${row.courtesy.toFixed(3).padStart(8)}`,
    );
  }
}
