import { copyFileSync, mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findScenarioFiles, MAX_SCAN_DEPTH } from "../../src/scenario/load.js";
import { root, tempDir } from "../helpers/cli.js";

/** Folder scans follow links that stay inside, and never skip anything without saying so. */
describe("scanning a folder for scenario files", () => {
  const scenario = join(root, "scenarios", "return-window-refusal.yaml");

  it("follows a link inside the folder, and reports broken links, links out and loops", () => {
    const dir = tempDir("coach-scan-");
    const lib = join(dir, "lib");
    mkdirSync(join(lib, "sub"), { recursive: true });
    mkdirSync(join(dir, "outside"));
    copyFileSync(scenario, join(lib, "a.yaml"));
    writeFileSync(join(dir, "outside", "b.yaml"), "format: 1\n");
    symlinkSync(join(dir, "outside", "b.yaml"), join(lib, "out.yaml"));
    symlinkSync(join(dir, "nowhere.yaml"), join(lib, "dangling.yaml"));
    symlinkSync(lib, join(lib, "sub", "loop"));
    symlinkSync(join(lib, "a.yaml"), join(lib, "sub", "inside.yaml"));
    const found = findScenarioFiles([lib]);
    expect(found.files.map((f) => f.slice(lib.length + 1)).sort()).toEqual([
      "a.yaml",
      join("sub", "inside.yaml"),
    ]);
    expect(found.diagnostics.map((d) => [d.file.slice(lib.length + 1), d.severity, d.rule])).toEqual([
      ["dangling.yaml", "error", "broken-link"],
      ["out.yaml", "warning", "link-outside"],
      [join("sub", "loop"), "warning", "link-loop"],
    ]);
  });

  it("a path that is a loop of links says so, not 'no such file'", () => {
    const dir = tempDir("coach-scan-");
    symlinkSync(join(dir, "l2"), join(dir, "l1"));
    symlinkSync(join(dir, "l1"), join(dir, "l2"));
    expect(findScenarioFiles([join(dir, "l1")]).diagnostics.map((d) => d.rule)).toEqual(["link-loop"]);
  });

  it(`reports folders deeper than ${MAX_SCAN_DEPTH} levels instead of skipping them silently`, () => {
    const dir = tempDir("coach-scan-");
    let deep = dir;
    for (let i = 0; i <= MAX_SCAN_DEPTH + 1; i++) deep = join(deep, "d");
    mkdirSync(deep, { recursive: true });
    copyFileSync(scenario, join(deep, "a.yaml"));
    const found = findScenarioFiles([dir]);
    expect(found.diagnostics.map((d) => [d.severity, d.rule])).toContainEqual(["warning", "too-deep"]);
  });
});
