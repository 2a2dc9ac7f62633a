import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain ES module script without types
import { agreement, ridge, solve } from "../../scripts/fit.mjs";
import { root } from "../helpers/cli.js";

describe("the fit's routines", () => {
  it("solves a linear system", () => {
    const x = solve(
      [
        [4, 1, 0],
        [1, 3, 1],
        [0, 1, 2],
      ],
      [9, 13, 8],
    ) as number[];
    expect(x.map((v) => Math.round(v * 1e6) / 1e6)).toEqual([1.5, 3, 2.5]);
  });

  it("ridge recovers exact weights with no penalty, and is pulled to the prior by a large one", () => {
    // y = 40 + 20 a - 10 b, exactly
    const rows = [
      [0, 0],
      [1, 0],
      [0, 1],
      [1, 1],
      [2, 1],
    ].map(([a, b]) => ({
      x: new Map([
        ["a", a as number],
        ["b", b as number],
      ]),
      y: 40 + 20 * (a as number) - 10 * (b as number),
    }));
    const prior = new Map([
      ["(base)", 50],
      ["a", 5],
      ["b", -5],
    ]);
    const free = ridge(rows, prior, 1e-9) as Map<string, number>;
    expect(Math.round(free.get("(base)") ?? 0)).toBe(40);
    expect(Math.round(free.get("a") ?? 0)).toBe(20);
    expect(Math.round(free.get("b") ?? 0)).toBe(-10);
    const held = ridge(rows, prior, 1e9) as Map<string, number>;
    expect(Math.round(held.get("a") ?? 0)).toBe(5);
  });

  it("reads agreement as agreement.mjs does: within-group order and band", () => {
    const rows = [
      { group: "g", label: 2, score: 80 },
      { group: "g", label: 0, score: 30 },
      { group: "g", label: 1, score: 50 },
      { group: "h", label: 0, score: 90 },
    ];
    expect(agreement(rows)).toEqual({ within: 1, band: 0.75 });
  });
});

describe("src/scoring/fitted.ts", () => {
  const shared = existsSync(join(root, "..", "shared", "eval", "dev.jsonl"));
  it.skipIf(!shared)("is what `npm run fit` writes from today's detectors and data", () => {
    const run = spawnSync(process.execPath, [join(root, "scripts", "fit.mjs"), "--check"], {
      encoding: "utf8",
    });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
  });
});
