// The `coach` binary is bundled so it starts fast: loading ~80 small ESM modules one by one cost
// about 20 ms of a single `coach score` (issue 3's start-up target is under 3x `node -e 0`).
// tsc still typechecks and emits dist/ module by module; this adds dist/bundle/ for the bin.
// Commands stay in separate chunks (dynamic imports), so `coach score` never loads the YAML stack.
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "rolldown";
import { builtinImports } from "./scripts/builtin-imports.mjs";
import { lexiconIndex } from "./scripts/lexicon-index.mjs";

export default defineConfig({
  // Worker threads (score --batch, validate of many files), found next to the chunk that starts them.
  input: {
    cli: "src/cli.ts",
    "score-worker": "src/commands/score-worker.ts",
    "validate-worker": "src/commands/validate-worker.ts",
  },
  platform: "node",
  // The built-in lexicons' index data, worked out now rather than at every start-up
  // (scripts/lexicon-index.mjs), and Node built-ins without ES module facades
  // (scripts/builtin-imports.mjs).
  plugins: [lexiconIndex(dirname(fileURLToPath(import.meta.url))), builtinImports()],
  // Loaded with createRequire at run time, only when a trainer pattern needs it.
  external: ["re2js"],
  // cleanDir: chunk names carry a hash, so old chunks would otherwise pile up and be packed.
  output: {
    dir: "dist/bundle",
    cleanDir: true,
    format: "esm",
    entryFileNames: "[name].js",
    chunkFileNames: "[name]-[hash].js",
    codeSplitting: {
      groups: [
        {
          name: "start",
          test: (id) =>
            /[\\/]src[\\/](io[\\/](write|signals)|errors|main|score-args|ui[\\/](style|text|scorecard)|commands[\\/]score)\.ts$/.test(id) ||
            /[\\/]node_modules[\\/]chalk[\\/]/.test(id),
        },
      ],
    },
  },
});
