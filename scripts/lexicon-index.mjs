// Generates src/scoring/lexicon-index.ts for the bundle (see that file): the phrase needs of every
// list the lexicon modules export, worked out at build time by phrases.ts's own `lexiconNeeds` on
// the current sources, so the bundled CLI starts without working them out. The committed module
// stays an empty map, which tests and the module-by-module build use.
import { readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { build } from "rolldown";

const PROBE = "virtual:lexicon-probe";

/**
 * Each lexicon list's needs, packed: [{ file, name, needs }], from the TypeScript sources under `root`.
 * The sources are bundled in memory (lexicons, phrases.ts and what they import) and run here.
 */
export async function lexiconNeedsBySource(root) {
  const scoring = join(root, "src", "scoring");
  const files = lexiconFiles(root);
  const probe = [
    `export { lexiconNeeds } from ${JSON.stringify(join(scoring, "phrases.ts"))};`,
    `export { packNeeds } from ${JSON.stringify(join(scoring, "matcher.ts"))};`,
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
  const { lexiconNeeds, packNeeds, modules } = await import(
    `data:text/javascript,${encodeURIComponent(code)}`
  );
  const lists = [];
  for (const [file, module] of modules)
    for (const [name, value] of Object.entries(module))
      if (Array.isArray(value) && value.length && value.every((v) => typeof v === "string"))
        lists.push({ file, name, needs: lexiconNeeds(value).map(packNeeds) });
  return lists;
}

function lexiconFiles(root) {
  return readdirSync(join(root, "src", "scoring", "lexicons"))
    .filter((f) => f.endsWith(".ts"))
    .sort();
}

/** The generated lexicon-index.ts: the same export as the committed one, filled in. */
export async function lexiconIndexModule(root) {
  const lists = await lexiconNeedsBySource(root);
  const files = [...new Set(lists.map((l) => l.file))];
  return [
    "// Generated at build time by scripts/lexicon-index.mjs from src/scoring/lexicons: do not edit.",
    ...files.map((file, i) => `import * as m${i} from ${JSON.stringify(`./lexicons/${file}`)};`),
    'import { unpackNeeds } from "./matcher.ts";',
    // Each phrase's needs packed as "word|word|prefix*" strings: a third of the size of objects.
    `const needs = JSON.parse(${JSON.stringify(JSON.stringify(lists.map((l) => l.needs)))});`,
    "export const PREBUILT_NEEDS = new Map([",
    ...lists.map(
      (l, k) => `  [m${files.indexOf(l.file)}[${JSON.stringify(l.name)}], unpackNeeds(needs[${k}])],`,
    ),
    "]);",
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
