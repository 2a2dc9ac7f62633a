// Generates src/scoring/lexicon-index.ts for the bundle (see that file): the index of every list
// the lexicon modules export, made at build time by phrases.ts's own `prebuildIndex` on the
// current sources, so the bundled CLI starts without indexing them. The committed module exports
// undefined, which tests and the module-by-module build use.
import { readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { build } from "rolldown";

const PROBE = "virtual:lexicon-probe";

/**
 * The lexicon lists the lexicon modules export, [{ file, name }], and phrases.ts `prebuildIndex`
 * of them in that order, from the TypeScript sources under `root`: the sources are bundled in
 * memory (the lexicons, phrases.ts and what they import) and run here.
 */
export async function prebuiltIndexOfSources(root) {
  const scoring = join(root, "src", "scoring");
  const files = lexiconFiles(root);
  const probe = [
    `export { prebuildIndex } from ${JSON.stringify(join(scoring, "phrases.ts"))};`,
    ...files.map((file, i) => `import * as m${i} from ${JSON.stringify(join(scoring, "lexicons", file))};`),
    `export const modules = [${files.map((file, i) => `[${JSON.stringify(file)}, m${i}]`).join(", ")}];`,
  ].join("\n");
  const { output } = await build({
    input: PROBE,
    platform: "node",
    write: false,
    logLevel: "warn",
    plugins: [
      {
        name: "lexicon-probe",
        resolveId: (id) => (id === PROBE ? PROBE : null),
        load: (id) => (id === PROBE ? probe : null),
      },
    ],
    output: { format: "esm" },
  });
  const code = output.find((chunk) => chunk.type === "chunk" && chunk.isEntry).code;
  const { prebuildIndex, modules } = await import(`data:text/javascript,${encodeURIComponent(code)}`);
  const lists = [];
  const values = [];
  for (const [file, module] of modules)
    for (const [name, value] of Object.entries(module).sort(([a], [b]) => (a < b ? -1 : 1)))
      if (Array.isArray(value) && value.length && value.every((v) => typeof v === "string")) {
        lists.push({ file, name });
        values.push(value);
      }
  return { lists, index: prebuildIndex(values) };
}

function lexiconFiles(root) {
  return readdirSync(join(root, "src", "scoring", "lexicons"))
    .filter((f) => f.endsWith(".ts"))
    .sort();
}

/** The generated lexicon-index.ts: the same export as the committed one, filled in. */
export async function lexiconIndexModule(root) {
  const { lists, index } = await prebuiltIndexOfSources(root);
  const files = [...new Set(lists.map((l) => l.file))];
  return [
    "// Generated at build time by scripts/lexicon-index.mjs from src/scoring/lexicons: do not edit.",
    ...files.map((file, i) => `import * as m${i} from ${JSON.stringify(`./lexicons/${file}`)};`),
    // JSON.parse reads a large literal faster than JavaScript object syntax.
    `const index = JSON.parse(${JSON.stringify(JSON.stringify(index))});`,
    "export const PREBUILT_INDEX = {",
    "  lists: [",
    ...lists.map((l) => `    m${files.indexOf(l.file)}[${JSON.stringify(l.name)}],`),
    "  ],",
    "  ...index,",
    "};",
    "",
  ].join("\n");
}

/** A rolldown plugin serving the generated module in place of src/scoring/lexicon-index.ts. */
export function lexiconIndex(root = process.cwd()) {
  const stub = resolve(root, "src", "scoring", "lexicon-index.ts");
  return {
    name: "lexicon-index",
    async load(id) {
      if (resolve(id) !== stub) return null;
      return { code: await lexiconIndexModule(root), moduleType: "js" };
    },
  };
}
