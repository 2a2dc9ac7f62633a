// The `coach` binary is bundled so it starts fast: loading ~80 small ESM modules one by one cost
// about 20 ms of a single `coach score` (issue 3's start-up target is under 3x `node -e 0`).
// tsc still typechecks and emits dist/ module by module; this adds dist/bundle/ for the bin.
// Commands stay in separate chunks (dynamic imports), so `coach score` never loads the YAML stack.
import { dirname, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "rolldown";
import { builtinImports } from "./scripts/builtin-imports.mjs";
import { lexiconIndex } from "./scripts/lexicon-index.mjs";

const START = [
  "src/errors.ts",
  "src/io/signals.ts",
  "src/io/write.ts",
  "src/main.ts",
  "src/score-args.ts",
  "src/commands/score.ts",
  "src/ui/scorecard.ts",
  "src/ui/style.ts",
  "src/ui/text.ts",
  "node_modules/chalk/source/index.js",
  "node_modules/chalk/source/utilities.js",
  "node_modules/chalk/source/vendor/ansi-styles/index.js",
  "node_modules/chalk/source/vendor/supports-color/index.js",
].map((path) => path.replaceAll("/", sep));

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
    // Plain ASCII chunks, without comments: Node decodes a chunk with any other character (a £ in
    // a lexicon, a curly quote in a comment) the slow way into a two-byte string, twice the size to
    // hash for the compile cache. Loading the scoring chunk: ~20 -> ~17 ms (median of 25).
    charset: "ascii",
    comments: false,
    format: "esm",
    entryFileNames: "[name].js",
    chunkFileNames: "[name]-[hash].js",
    // What `coach score` loads before the scorer, in one chunk: every module loaded costs start-up
    // time (cli.ts loads main.ts, which imports the rest).
    codeSplitting: {
      groups: [{ name: "start", test: (id) => START.some((module) => id.endsWith(module)) }],
    },
  },
});
