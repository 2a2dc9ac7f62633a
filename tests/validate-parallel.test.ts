import { copyFileSync, cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PARALLEL_AFTER, validatePaths } from "../src/commands/validate.js";
import { root, runCli, tempDir } from "./helpers/cli.js";

/**
 * A folder of many files is checked on worker threads: the report must be the one a single thread
 * gives (the sources run here on one thread, since there is no built worker script beside them).
 */
describe("coach validate on many files", () => {
  it("reports what one thread reports, in the same order, duplicates across shares included", async () => {
    const dir = tempDir();
    cpSync(join(root, "scenarios", "rubrics"), join(dir, "rubrics"), { recursive: true });
    const shipped = readdirSync(join(root, "scenarios")).filter((f) => f.endsWith(".yaml"));
    for (let i = 0; i < PARALLEL_AFTER + 20; i++) {
      const name = shipped[i % shipped.length] as string;
      const text = readFileSync(join(root, "scenarios", name), "utf8").replace(/^id: (.*)$/m, `id: $1-${i}`);
      writeFileSync(join(dir, name.replace(/\.yaml$/, `-${i}.yaml`)), text);
    }
    // The first file again in a subfolder, read last: a duplicate id across shares.
    mkdirSync(join(dir, "zz"));
    const first = `${(shipped[0] as string).replace(/\.yaml$/, "")}-0.yaml`;
    copyFileSync(join(dir, first), join(dir, "zz", first));
    for (const bad of ["duplicate-key.yaml", "unknown-node.yaml", "wrong-type.yaml", "zero-weights.yaml"])
      copyFileSync(join(root, "tests", "fixtures", "bad", bad), join(dir, bad));

    const { code, stdout } = runCli(["validate", dir, "--format", "json"]);
    const report = JSON.parse(stdout);
    const single = await validatePaths([dir]);
    expect(report.files).toBe(single.files.length);
    expect(
      report.diagnostics.map((d: { file: string; line: number; rule: string }) => [d.file, d.line, d.rule]),
    ).toEqual(single.diagnostics.map((d) => [d.file, d.line, d.rule]));
    expect(report.diagnostics.some((d: { rule: string }) => d.rule === "duplicate-id")).toBe(true);
    expect(report.diagnostics.some((d: { rule: string }) => d.rule === "duplicate-key")).toBe(true);
    expect(code).toBe(1);
  });

  it("starts its workers with the compile cache the main thread uses", () => {
    const dir = tempDir();
    const shipped = readdirSync(join(root, "scenarios")).filter((f) => f.endsWith(".yaml"));
    cpSync(join(root, "scenarios", "rubrics"), join(dir, "rubrics"), { recursive: true });
    // Enough files that the main thread is still at work when the worker has loaded.
    for (let i = 0; i < 3 * PARALLEL_AFTER; i++) {
      const name = shipped[i % shipped.length] as string;
      const text = readFileSync(join(root, "scenarios", name), "utf8").replace(/^id: (.*)$/m, `id: $1-${i}`);
      writeFileSync(join(dir, name.replace(/\.yaml$/, `-${i}.yaml`)), text);
    }
    // The cache in the user's cache folder, as cli.ts turns it on (not NODE_COMPILE_CACHE, which a
    // worker would inherit anyway).
    const env = {
      XDG_CACHE_HOME: tempDir("coach-cache-"),
      NODE_COMPILE_CACHE: undefined,
      NODE_DEBUG_NATIVE: "COMPILE_CACHE",
      COACH_WORKERS: "2",
    };
    // The first run writes the worker's compiled code; the second reads it.
    expect(runCli(["validate", dir], { env }).code).toBe(0);
    const { code, stderr } = runCli(["validate", dir], { env });
    expect(code).toBe(0);
    expect(stderr).toMatch(/reading cache from \S+ for ESM \S*\/validate-worker\.js[^\n]* success/);
  });
});
