#!/usr/bin/env node
// The first sentence of every setting in the labelled sets (eval/ and ../shared/eval), one a line,
// for the writer of a new blind set to avoid (eval/briefs/writer.md).
//
//   node scripts/used-settings.mjs > /work/blind/used-settings.txt
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const files = [
  ...["dev.jsonl", "dev-realistic.jsonl"].map((f) => resolve(root, "..", "shared", "eval", f)),
  ...readdirSync(join(root, "eval"))
    .filter((f) => /^holdout-team(?:-\d+)?\.jsonl$/.test(f))
    .map((f) => join(root, "eval", f)),
].filter(existsSync);
const seen = new Set();
for (const file of files)
  for (const line of readFileSync(file, "utf8").split("\n")) {
    if (!line.trim()) continue;
    const setting = String(JSON.parse(line).setting ?? "");
    const first = setting
      .split(/(?<=[.!?])\s/)[0]
      ?.slice(0, 140)
      .trim();
    if (first) seen.add(first);
  }
process.stdout.write(`${[...seen].sort().join("\n")}\n`);
