#!/usr/bin/env node
// How validation time grows with the size of a scenario (a benchmark, not a test: numbers vary by
// machine). Issue 11 measured 2k turns at 1.1 s, 4k at 2.5 s, 8k at 6.2 s and 15k unknown gotos
// at 23 s: superlinear. Target: linear, and 100,000 turns in under 2 s. The second part is out of
// scope for `coach validate` itself: files are limited to 1 MiB, about 4,000 turns (see MAX_FILE_BYTES
// in src/scenario/parse.ts for why), so 100,000 turns are only ever checked here, in memory.
//
//   npm run build && node scripts/bench-validate.mjs [--max TURNS] [--write DIR]
//
// COACH_ROOT=DIR measures another built checkout (its dist/ and bin/) with this script.
//
// Scenario files are limited to 1 MiB, so sizes past that are parsed and checked in memory
// (parseScenarioText, what `coach validate` runs on a file's text); the sizes that fit are also
// run through `coach validate` end to end. --write DIR keeps the generated files.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = resolve(process.env.COACH_ROOT ?? resolve(dirname(fileURLToPath(import.meta.url)), ".."));
const { parseScenarioText } = await import(pathToFileURL(join(root, "dist", "scenario", "load.js")).href);

/** A chain of `turns` customer turns, each branching to the next or to an ending. */
export function chainScenario(turns, { unknownGotos = false } = {}) {
  const lines = [
    "format: 1",
    "title: Generated",
    "summary: A long generated chain.",
    "difficulty: 1",
    "tags: [test]",
    "setting: A shop counter.",
    "facts: { known: [The shop closes at six.] }",
    "persona: { name: Sam, description: A regular customer., anger: 60 }",
    "turns:",
  ];
  for (let i = 0; i < turns; i++) {
    const next = i + 1 < turns ? `t${i + 1}` : "done";
    lines.push(
      `  t${i}:`,
      `    customer: This is the third time the card reader has failed me.`,
      "    hint: Name the frustration first.",
      "    model: Three times is really frustrating; let me sort it now.",
      `    next: [{ when: { empathy: ">= 60" }, goto: ${unknownGotos ? `missing-${i}` : next} }, { goto: walkout }]`,
    );
  }
  lines.push("  done: { end: resolved, customer: Thanks. }", "  walkout: { end: escalated, customer: Bye. }");
  return `${lines.join("\n")}\n`;
}

// Run as a script; imported, it only lends chainScenario (to a profile, say).
if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await main();

async function main() {
  function time(text) {
    const started = performance.now();
    const loaded = parseScenarioText(text, "generated.yaml");
    return { ms: performance.now() - started, diagnostics: loaded.diagnostics.length };
  }

  const arg = (name) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  const keep = arg("--write") ? resolve(arg("--write")) : undefined;
  // --max N skips the larger sizes (to measure a slow build without waiting for hours).
  const max = Number(arg("--max") ?? Number.POSITIVE_INFINITY);
  const dir = keep ?? mkdtempSync(join(tmpdir(), "coach-bench-validate-"));
  const cli = join(root, "bin", "coach.cjs");
  const rows = [];
  const cases = [
    [2000, false],
    [4000, false],
    [8000, false],
    [15000, true],
    [20000, false],
    [100000, false],
    [100000, true],
  ];
  time(chainScenario(200)); // warm up the JIT and the scorer's caches
  for (const [turns, unknownGotos] of cases.filter(([turns]) => turns <= max)) {
    const text = chainScenario(turns, { unknownGotos });
    const { ms, diagnostics } = time(text);
    let cliMs = "";
    if (Buffer.byteLength(text) <= 1024 * 1024) {
      const file = join(dir, `gen-${turns}${unknownGotos ? "-unknown" : ""}.yaml`);
      writeFileSync(file, text);
      const started = performance.now();
      spawnSync(process.execPath, [cli, "validate", file], { encoding: "utf8", maxBuffer: 1 << 30 });
      cliMs = `${Math.round(performance.now() - started)}`;
    }
    const row = {
      turns,
      gotos: unknownGotos ? "unknown" : "known",
      bytes: Buffer.byteLength(text),
      "check ms": Math.round(ms),
      "µs/turn": Math.round((ms * 1000) / turns),
      diagnostics,
      "coach validate ms": cliMs || "(over 1 MiB)",
    };
    rows.push(row);
    console.log(JSON.stringify(row));
  }
  console.table(rows);
  const big = rows.find((r) => r.turns === 100000 && r.gotos === "known");
  console.log(
    `100,000 turns, in memory: ${big?.["check ms"]} ms (target under 2000 ms; \`coach validate\` takes files of up to 1 MiB, about 4,000 turns)`,
  );
  if (!keep) rmSync(dir, { recursive: true, force: true });
}
