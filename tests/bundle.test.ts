import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs build script, without types
import { rewriteBuiltinImports } from "../scripts/builtin-imports.mjs";
import { root } from "./helpers/cli.js";

/**
 * The bundle takes Node built-ins with process.getBuiltinModule rather than ESM imports, which
 * build a facade reading every export (for node:fs, loading file streams and fs/promises at every
 * start-up). See scripts/builtin-imports.mjs.
 */
const GET =
  "const __coachBuiltin = globalThis.process.getBuiltinModule ?? __coachBuiltinRequire(import.meta.url);";

describe("built-in imports in the bundle", () => {
  it.each([
    [
      'import { readFileSync, statSync as stat } from "node:fs";',
      'const { readFileSync, statSync: stat } = __coachBuiltin("node:fs");',
    ],
    ['import path from "node:path";', 'const path = __coachBuiltin("node:path");'],
    ['import * as readline from "node:readline";', 'const readline = __coachBuiltin("node:readline");'],
    [
      'import os, { EOL } from "node:os";',
      'const os = __coachBuiltin("node:os"); const { EOL } = __coachBuiltin("node:os");',
    ],
    ['import "node:fs";', '__coachBuiltin("node:fs");'],
  ])("rewrites %s", (line, rewritten) => {
    expect(rewriteBuiltinImports(`${line}\nrun();`)).toBe(
      `import { createRequire as __coachBuiltinRequire } from "node:module";\n${GET}\n${rewritten}\nrun();`,
    );
  });

  it("gives a chunk the same modules, even one that binds its own `process`", async () => {
    const code = rewriteBuiltinImports(
      [
        'import process from "node:process";',
        'import { join as joined } from "node:path";',
        'import * as fs from "node:fs";',
        "export const value = [joined('a', process.platform), typeof fs.readFileSync];",
      ].join("\n"),
    );
    const chunk = await import(`data:text/javascript,${encodeURIComponent(code)}`);
    expect(chunk.value).toEqual([join("a", process.platform), "function"]);
  });

  it("answers rolldown's require for bundled CommonJS with getBuiltinModule", () => {
    expect(
      rewriteBuiltinImports("var __require = /* #__PURE__ */ (() => createRequire(import.meta.url))();"),
    ).toBe("var __require = globalThis.process.getBuiltinModule ?? createRequire(import.meta.url);");
  });

  it("keeps a #! line first, and leaves chunks without built-ins and other imports alone", () => {
    expect(rewriteBuiltinImports('#!/usr/bin/env node\nimport fs from "node:fs";')?.split("\n")[0]).toBe(
      "#!/usr/bin/env node",
    );
    expect(rewriteBuiltinImports('import { a } from "./chunk.js";\nimport { b } from "chalk";')).toBeNull();
    expect(rewriteBuiltinImports('import { default as fs } from "node:fs";')).toBeNull();
  });

  it("leaves no ESM import of a built-in but createRequire's, and no import cycles between chunks", () => {
    const dir = join(root, "dist", "bundle");
    const chunks = new Map(
      readdirSync(dir)
        .filter((f) => f.endsWith(".js"))
        .map((f) => [f, readFileSync(join(dir, f), "utf8")]),
    );
    const imports = new Map<string, string[]>();
    for (const [file, code] of chunks) {
      for (const m of code.matchAll(/^import\b[^;]*?"(node:[^"]+)";$/gm))
        expect(m[0], file).toBe('import { createRequire as __coachBuiltinRequire } from "node:module";');
      imports.set(
        file,
        [...code.matchAll(/^(?:import|export)\b[^;]*?from\s*"\.\/([^"]+)";$/gm)].map((m) => m[1] as string),
      );
    }
    expect([...chunks.values()].some((code) => code.includes('__coachBuiltin("node:fs")'))).toBe(true);
    // Bindings are set when a chunk runs, so a chunk must never run code of one that has not run yet.
    const done = new Set<string>();
    const visit = (file: string, path: string[]) => {
      expect(path, "an import cycle").not.toContain(file);
      if (done.has(file)) return;
      for (const next of imports.get(file) ?? []) visit(next, [...path, file]);
      done.add(file);
    };
    for (const file of chunks.keys()) visit(file, []);
  });
});
