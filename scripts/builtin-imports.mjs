// A rolldown plugin for the bundle: Node built-ins are taken with process.getBuiltinModule
// instead of `import ... from "node:..."`. An ESM import of a built-in makes Node build an ES
// module facade, which reads every export; for node:fs that runs the lazy ReadStream and
// `promises` getters, loading Node's file streams, fs/promises and readline (several ms of every
// start-up, for a `coach score` that uses none of them). getBuiltinModule hands back the same
// CommonJS module object without a facade. Node 22.0-22.2 lack it, so those fall back to
// createRequire, which does the same.
//
// Safe because imports of built-ins sit at the top of each chunk and the chunks import one another
// without cycles, so every binding is set before any code that reads it runs
// (tests/bundle.test.ts checks both).

const NAMED = /^import\s+(?:([\w$]+)\s*,\s*)?\{([^}]*)\}\s*from\s*"(node:[^"]+)";$/;
const DEFAULT = /^import\s+([\w$]+)\s+from\s*"(node:[^"]+)";$/;
const NAMESPACE = /^import\s+\*\s+as\s+([\w$]+)\s+from\s*"(node:[^"]+)";$/;
const BARE = /^import\s*"(node:[^"]+)";$/;
const GET = "__coachBuiltin";

// rolldown's runtime makes a require for bundled CommonJS (commander's require("node:events")
// and the like, all built-ins) with createRequire, which costs a module object and a package.json
// lookup at start-up; getBuiltinModule answers the same calls.
const RUNTIME_REQUIRE = "var __require = /* #__PURE__ */ (() => createRequire(import.meta.url))();";
const BUILTIN_REQUIRE =
  "var __require = globalThis.process.getBuiltinModule ?? createRequire(import.meta.url);";

/** The chunk's code with its built-in imports rewritten, or null when it has none. */
export function rewriteBuiltinImports(code) {
  let required = false;
  let imported = false;
  const lines = code.split("\n").map((line) => {
    if (line === RUNTIME_REQUIRE) {
      required = true;
      return BUILTIN_REQUIRE;
    }
    const out = rewrite(line);
    if (out === null) return line;
    imported = true;
    return out;
  });
  if (!imported) return required ? lines.join("\n") : null;
  // After a #! line, which must stay first.
  const at = lines[0]?.startsWith("#!") ? 1 : 0;
  lines.splice(
    at,
    0,
    `import { createRequire as ${GET}Require } from "node:module";`,
    // globalThis: a chunk may bind its own `process` (import process from "node:process").
    `const ${GET} = globalThis.process.getBuiltinModule ?? ${GET}Require(import.meta.url);`,
  );
  return lines.join("\n");
}

function rewrite(line) {
  if (!line.startsWith("import")) return null;
  let m = NAMED.exec(line);
  if (m) {
    const [, fallback, names, id] = m;
    const bindings = names
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean)
      .map((s) => {
        const [name, local] = s.split(/\s+as\s+/);
        return local && local !== name ? `${name}: ${local}` : name;
      });
    if (bindings.some((b) => b.startsWith("default"))) return null;
    const whole = fallback ? `const ${fallback} = ${GET}(${JSON.stringify(id)}); ` : "";
    return `${whole}const { ${bindings.join(", ")} } = ${GET}(${JSON.stringify(id)});`;
  }
  m = DEFAULT.exec(line) ?? NAMESPACE.exec(line);
  if (m) return `const ${m[1]} = ${GET}(${JSON.stringify(m[2])});`;
  m = BARE.exec(line);
  if (m) return `${GET}(${JSON.stringify(m[1])});`;
  return null;
}

export function builtinImports() {
  return {
    name: "builtin-imports",
    renderChunk(code) {
      const out = rewriteBuiltinImports(code);
      return out === null ? null : { code: out, map: null };
    },
  };
}
