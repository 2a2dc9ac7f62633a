import {
  Composer,
  type CST,
  type Document,
  isAlias,
  isMap,
  isNode,
  isPair,
  isScalar,
  isSeq,
  type Node,
  type Pair,
  Parser,
  type YAMLMap,
  YAMLParseError,
} from "yaml";
import type { ZodType } from "zod";
import { type Diagnostic, didYouMean, LineIndex } from "./diagnostics.js";
import { readPlainYaml } from "./plain-yaml.js";

/**
 * Pure: YAML text -> validated data + diagnostics with positions. No file system here; the
 * loader (load.ts) reads bytes, checks size and encoding, and calls this.
 */

/**
 * Scenario files may be at most 1 MiB: about 4,000 turns of scripts/bench-validate.mjs's shape,
 * where the shipped scenarios are 4 to 12 KB. Kept deliberately, to bound memory: any file with a
 * problem is read by the precise reader below, whose token tree, document and data take some 250
 * bytes of memory per byte of YAML (measured peaks: 290 MiB for a 1 MiB file, 620 MiB for 5 MiB),
 * so a 100,000-turn file (26 MB) would take several GB. The quick reader (plain-yaml.ts) is
 * leaner (about 30 bytes per byte), but it can only vouch for files without problems; raising
 * the limit would need a lean way to locate findings as well. Validation itself is linear;
 * bench-validate measures larger texts in memory.
 */
export const MAX_FILE_BYTES = 1024 * 1024;
/** The yaml library's alias limit: refuses "billion laughs" documents. */
const MAX_ALIAS_COUNT = 100;
/** Deeper YAML is refused before it is composed: the composer recurses, and would overflow the stack. */
export const MAX_DEPTH = 64;

export interface Parsed<T> {
  value?: T;
  /** The parsed YAML document, for locating later semantic findings. */
  locate: Locator;
  diagnostics: Diagnostic[];
}

export type Locator = (path: readonly PropertyKey[], options?: { key?: boolean }) => Position;
interface Position {
  line: number;
  col: number;
  source?: string;
  length?: number;
}

const noLocation: Locator = () => ({ line: 1, col: 1 });

/**
 * A file that is plain YAML and fits the schema (the usual case) is read by the quick reader
 * (plain-yaml.ts), which answers only where this module's precise reader would give the same
 * value and no diagnostic; every other file, and every finding's position, comes from the
 * precise reader.
 */
export function parseYaml<T>(text: string, file: string, schema: ZodType<T>): Parsed<T> {
  if (isEmpty(text)) return emptyFile(file);
  const plain = readPlainYaml(text);
  if (plain && plain.data !== null && typeof plain.data === "object" && !Array.isArray(plain.data)) {
    const result = schema.safeParse(plain.data);
    if (result.success) return { value: result.data, locate: lazyLocator(text), diagnostics: [] };
  }
  return parsePreciseYaml(text, file, schema);
}

const isEmpty = (text: string) => text.trim() === "" || /^(\s*#[^\n]*\n?|\s*---\s*\n?)*\s*$/.test(text);

function emptyFile(file: string): Parsed<never> {
  return {
    locate: noLocation,
    diagnostics: [
      {
        file,
        line: 1,
        col: 1,
        severity: "error",
        rule: "empty-file",
        message: "the file is empty",
        expected: "a YAML mapping starting with `format: 1`",
      },
    ],
  };
}

/** Line, column, source line and highlight length of a span of `text`. */
function positionsIn(text: string): (offset: number, length?: number) => Position {
  const lines = new LineIndex(text);
  return (offset, length = 1) => {
    const p = lines.position(offset);
    return {
      line: p.line,
      col: p.col,
      source: p.source,
      length: Math.max(1, Math.min(length, p.source.length - p.col + 1)),
    };
  };
}

/**
 * Positions in a text the quick reader accepted, found when a finding first asks for one: only
 * then is the yaml library's document built (the precise reader reads such a text without error).
 */
function lazyLocator(text: string): Locator {
  let locate: Locator | undefined;
  return (path, options) => {
    locate ??= makeLocator(composeOne([...new Parser().parse(text)], text.length), positionsIn(text));
    return locate(path, options);
  };
}

/** The precise reader: every problem of the text, each with its position. */
export function parsePreciseYaml<T>(text: string, file: string, schema: ZodType<T>): Parsed<T> {
  const diagnostics: Diagnostic[] = [];
  const at = positionsIn(text);
  if (isEmpty(text)) return emptyFile(file);

  // The text is read into tokens once (without recursion), measured, then composed.
  const tokens = [...new Parser().parse(text)];
  const tooDeep = firstTooDeep(tokens);
  if (tooDeep !== undefined) {
    diagnostics.push({
      file,
      ...at(tooDeep),
      severity: "error",
      rule: "too-deep",
      message: `the YAML nests deeper than ${MAX_DEPTH} levels here`,
      expected: `at most ${MAX_DEPTH} levels of mappings and lists inside each other`,
    });
    return { locate: noLocation, diagnostics };
  }

  let doc: Document.Parsed;
  try {
    doc = composeOne(tokens, text.length);
  } catch (error) {
    diagnostics.push({
      file,
      line: 1,
      col: 1,
      severity: "error",
      rule: "yaml-syntax",
      message: `the YAML could not be read: ${(error as Error).message}`,
    });
    return { locate: noLocation, diagnostics };
  }

  for (const error of doc.errors) {
    const [start, end] = error.pos;
    const duplicate = error.code === "DUPLICATE_KEY";
    diagnostics.push({
      file,
      ...at(start, end - start),
      severity: "error",
      rule: duplicate ? "duplicate-key" : "yaml-syntax",
      message: duplicate ? "this key appears twice in the same mapping; keep one" : firstLine(error.message),
    });
  }
  // Warnings are errors here: an unknown tag (`!!js/function`, `!foo`) or `%YAML 9.9` would
  // otherwise be read as plain text, which is not what the author meant.
  for (const warning of doc.warnings) {
    const [start, end] = warning.pos;
    const tag = warning.code === "TAG_RESOLVE_FAILED" || /tag/i.test(warning.message);
    diagnostics.push({
      file,
      ...at(start, end - start),
      severity: "error",
      rule: tag ? "yaml-tag" : "yaml-warning",
      message: tag
        ? `${firstLine(warning.message)}; coach reads plain YAML only`
        : firstLine(warning.message),
      ...(tag
        ? { suggestion: "remove the tag (the `!...` before the value) and write the value as text" }
        : {}),
    });
  }
  // Repeated keys, a key named `__proto__` (it would become an object's prototype, and the node
  // would vanish), and nesting deeper than the text shows through aliases: all found on the
  // document before it becomes data.
  for (const problem of checkShape(doc)) {
    const range = problem.node.range;
    diagnostics.push({
      file,
      ...(range ? at(range[0], range[1] - range[0]) : { line: 1, col: 1 }),
      severity: "error",
      ...SHAPE_MESSAGES[problem.rule],
    });
  }
  const locate = makeLocator(doc, at);
  if (diagnostics.length > 0) {
    diagnostics.sort((a, b) => a.line - b.line || a.col - b.col);
    return { locate, diagnostics };
  }

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const message = (error as Error).message;
    const aliases = /alias/i.test(message);
    diagnostics.push({
      file,
      line: 1,
      col: 1,
      severity: "error",
      rule: aliases ? "alias-limit" : "yaml-syntax",
      message: aliases
        ? `too many YAML aliases (more than ${MAX_ALIAS_COUNT}); write the content out`
        : message,
    });
    return { locate, diagnostics };
  }

  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    diagnostics.push({
      file,
      ...locate([]),
      severity: "error",
      rule: "wrong-type",
      message: "the file must be a YAML mapping of keys to values",
      expected: "a mapping such as `format: 1`",
      found: describe(data),
    });
    return { locate, diagnostics };
  }

  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return { value: result.data, locate, diagnostics };
  for (const issue of flattenIssues(result.error.issues, data))
    diagnostics.push(toDiagnostic(issue, file, locate, schema, data));
  diagnostics.sort((a, b) => a.line - b.line || a.col - b.col);
  return { locate, diagnostics };
}

function firstLine(message: string): string {
  return (message.split("\n")[0] ?? message).replace(/ at line \d+, column \d+:?$/, "");
}

/** What the yaml library's parseDocument does, on tokens already read: the first document, and an error for a second. */
function composeOne(tokens: readonly CST.Token[], length: number): Document.Parsed {
  const composer = new Composer({
    // Duplicate keys are found by checkShape with one index per mapping: the library's own
    // check compares each key with every earlier one, which is quadratic in a long `turns`.
    uniqueKeys: false,
    strict: true,
  });
  let doc: Document.Parsed | undefined;
  for (const next of composer.compose(tokens, true, length)) {
    if (!doc) doc = next;
    else {
      doc.errors.push(
        new YAMLParseError(
          [next.range[0], next.range[1]],
          "MULTIPLE_DOCS",
          "the file holds more than one YAML document (a second `---`); keep one",
        ),
      );
      break;
    }
  }
  return doc as Document.Parsed;
}

/**
 * The offset of the first mapping or list nested deeper than MAX_DEPTH, read from the concrete
 * syntax tree (built without recursion), or undefined. The same text gives the same offset on
 * every run, however much stack is left.
 */
function firstTooDeep(tokens: readonly CST.Token[]): number | undefined {
  type Item = { key?: CST.Token | null; value?: CST.Token | null };
  for (const token of tokens) {
    const stack: Array<[CST.Token | null | undefined, number]> = [[token, 0]];
    while (stack.length > 0) {
      const [node, depth] = stack.pop() as [CST.Token | null | undefined, number];
      if (!node) continue;
      let items: Item[] = [];
      let level = depth;
      if (node.type === "document") items = [{ value: node.value ?? null }];
      else if (node.type === "block-map" || node.type === "block-seq" || node.type === "flow-collection") {
        level = depth + 1;
        if (level > MAX_DEPTH) return node.offset;
        items = node.items as Item[];
      }
      // Reversed, so the stack visits the document in order and the first too-deep node is found first.
      for (let i = items.length - 1; i >= 0; i--) {
        const item = items[i] as Item;
        stack.push([item.value, level], [item.key, level]);
      }
    }
  }
  return undefined;
}

type ShapeProblem = { rule: "too-deep" | "reserved-key" | "duplicate-key"; node: Node };

const SHAPE_MESSAGES: Record<
  ShapeProblem["rule"],
  Pick<Diagnostic, "rule" | "message" | "expected" | "suggestion">
> = {
  "too-deep": {
    rule: "too-deep",
    message: `the YAML nests deeper than ${MAX_DEPTH} levels through its aliases`,
    expected: `at most ${MAX_DEPTH} levels of mappings and lists inside each other`,
  },
  "reserved-key": {
    rule: "reserved-key",
    message: "`__proto__` cannot be a key or an id here",
    suggestion: "rename it: ids are kebab-case, such as `opening` or `calm-down`",
  },
  "duplicate-key": {
    rule: "duplicate-key",
    message: "this key appears twice in the same mapping; keep one",
  },
};

/**
 * One pass over the composed document: a `__proto__` key anywhere, or nesting deeper than
 * MAX_DEPTH once aliases are followed. Each node's depth is computed once (aliases share it), so
 * an alias bomb costs no more than its text.
 */
function checkShape(doc: Document.Parsed): ShapeProblem[] {
  const problems: ShapeProblem[] = [];
  const depth = new Map<Node, number>();
  const root = doc.contents;
  if (!isNode(root)) return problems;
  // Post-order without recursion: a node is finished once all its children are.
  const stack: Array<{ node: Node; open: boolean }> = [{ node: root, open: false }];
  const children = (node: Node): Node[] => {
    if (isAlias(node)) {
      const target = node.resolve(doc);
      return isNode(target) ? [target] : [];
    }
    if (isMap(node) || isSeq(node))
      return (node.items as unknown[]).flatMap((item) =>
        isPair(item) ? [item.key, item.value].filter(isNode) : isNode(item) ? [item] : [],
      );
    return [];
  };
  // Nodes whose children are still being measured: an alias back to one is a cycle, counted flat.
  const open = new Set<Node>();
  while (stack.length > 0) {
    const top = stack[stack.length - 1] as { node: Node; open: boolean };
    if (depth.has(top.node) || (!top.open && open.has(top.node))) {
      stack.pop();
      continue;
    }
    const kids = children(top.node);
    if (!top.open) {
      top.open = true;
      open.add(top.node);
      if (isMap(top.node)) {
        const keys = new Set<string>();
        for (const pair of top.node.items) {
          if (!isScalar(pair.key)) continue;
          // Keys that become the same property name (`1` and "1") are the same key.
          const key = String(pair.key.value);
          if (key === "__proto__") problems.push({ rule: "reserved-key", node: pair.key });
          else if (keys.has(key)) problems.push({ rule: "duplicate-key", node: pair.key });
          keys.add(key);
        }
      }
      for (const kid of kids) if (!depth.has(kid) && !open.has(kid)) stack.push({ node: kid, open: false });
      continue;
    }
    stack.pop();
    open.delete(top.node);
    const own = isMap(top.node) || isSeq(top.node) ? 1 : 0;
    let deepest = 0;
    for (const kid of kids) deepest = Math.max(deepest, depth.get(kid) ?? 0);
    const total = own + deepest;
    if (total > MAX_DEPTH) return [...problems, { rule: "too-deep", node: top.node }];
    depth.set(top.node, total);
  }
  return problems;
}

function makeLocator(doc: Document.Parsed, at: (offset: number, length?: number) => Position): Locator {
  // Each mapping's keys are indexed the first time a path goes through it, so locating a finding
  // costs the length of its path, not the size of the file.
  const indexes = new WeakMap<YAMLMap, Map<string, Pair>>();
  const pairOf = (map: YAMLMap, segment: PropertyKey): Pair | undefined => {
    let index = indexes.get(map);
    if (!index) {
      index = new Map();
      for (const p of map.items)
        if (isPair(p) && isScalar(p.key)) {
          const key = String(p.key.value);
          if (!index.has(key)) index.set(key, p);
        }
      indexes.set(map, index);
    }
    return index.get(String(segment));
  };
  return (path, options = {}) => {
    let node: unknown = doc.contents;
    let keyNode: Node | undefined;
    let last: Node | undefined = isNode(node) ? node : undefined;
    for (const segment of path) {
      keyNode = undefined;
      if (isMap(node)) {
        const pair = pairOf(node as YAMLMap, segment);
        if (!pair) break;
        keyNode = isNode(pair.key) ? pair.key : undefined;
        node = pair.value;
      } else if (isSeq(node) && typeof segment === "number") {
        node = node.items[segment];
      } else break;
      if (isNode(node)) last = node;
      else if (keyNode) last = keyNode;
    }
    const target = options.key && keyNode ? keyNode : last;
    const range = target?.range;
    if (!range) return { line: 1, col: 1 };
    // A block mapping or sequence spans many lines: point at its first line only.
    return at(range[0], range[1] - range[0]);
  };
}

interface Issue {
  code: string;
  path: PropertyKey[];
  message: string;
  input?: unknown;
  keys?: string[];
  values?: unknown[];
  expected?: string;
  errors?: Issue[][];
  params?: { rule?: string };
  minimum?: number | bigint;
  maximum?: number | bigint;
}

/** A union's issues: keep the branch whose type matched the input; otherwise say "expected A or B". */
function flattenIssues(issues: readonly unknown[], data: unknown): Issue[] {
  const out: Issue[] = [];
  for (const raw of issues as Issue[]) {
    if (raw.code !== "invalid_union" || !raw.errors) {
      out.push(raw);
      continue;
    }
    const input = valueAt(data, raw.path);
    const branches = raw.errors.map((branch) =>
      branch.map((issue) => ({ ...issue, path: [...raw.path, ...issue.path] })),
    );
    const typed = branches.filter(
      (branch) =>
        !branch.some((issue) => issue.code === "invalid_type" && issue.path.length === raw.path.length),
    );
    let chosen: Issue[] | undefined;
    if (typed.length === 1) chosen = typed[0];
    else if (typed.length > 1) {
      // The only union of mappings is a conversation node: an `end` key makes it an end node
      // (the first option), anything else a customer turn (the last option).
      if (input !== null && typeof input === "object")
        chosen = Object.hasOwn(input, "end") ? typed[0] : typed[typed.length - 1];
      else chosen = typed.reduce((a, b) => (b.length < a.length ? b : a));
    }
    if (chosen) out.push(...flattenIssues(chosen, data));
    else {
      const expected = [...new Set(branches.flatMap((b) => b.map((i) => i.expected).filter(Boolean)))].join(
        " or ",
      );
      out.push({
        code: "invalid_type",
        path: raw.path,
        message: raw.message,
        input,
        expected: expected || "another type",
      });
    }
  }
  return out;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = data;
  for (const segment of path) {
    if (value === null || typeof value !== "object" || !Object.hasOwn(value, segment)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return value;
}

function describe(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null (an empty value)";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string")
    return `the text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  return `${typeof value} ${String(value)}`;
}

function toDiagnostic(
  issue: Issue,
  file: string,
  locate: Locator,
  schema: ZodType,
  data: unknown,
): Diagnostic {
  const path = issue.path;
  const where = path.length
    ? path
        .map((p) => (typeof p === "number" ? `[${p}]` : String(p)))
        .join(".")
        .replace(/\.\[/g, "[")
    : "the file";
  const base = { file, severity: "error" as const };
  switch (issue.code) {
    case "unrecognized_keys": {
      const key = issue.keys?.[0] ?? "";
      const known = keysAt(schema, path, data);
      const suggestion = didYouMean(key, known);
      return {
        ...base,
        ...locate([...path, key], { key: true }),
        rule: "unknown-key",
        message: `unknown key \`${key}\`${path.length ? ` in ${where}` : ""}`,
        expected: known.length ? `one of: ${known.join(", ")}` : undefined,
        suggestion: suggestion ? `did you mean \`${suggestion}\`?` : undefined,
      };
    }
    case "invalid_type": {
      const missing = issue.input === undefined;
      const parent = path.slice(0, -1);
      const key = String(path[path.length - 1] ?? "");
      if (missing) {
        return {
          ...base,
          ...locate(parent, { key: true }),
          rule: "missing-key",
          message: `missing required key \`${key}\`${parent.length ? ` in ${parent.join(".")}` : ""}`,
          expected: `\`${key}:\` with ${article(issue.expected)}`,
        };
      }
      return {
        ...base,
        ...locate(path),
        rule: "wrong-type",
        message: `wrong type for ${where}`,
        expected: article(issue.expected),
        found: describe(issue.input),
      };
    }
    case "invalid_value":
      return {
        ...base,
        ...locate(path),
        rule: "invalid-value",
        message: `invalid value for ${where}`,
        expected: `one of: ${(issue.values ?? []).map((v) => JSON.stringify(v)).join(", ")}`,
        found: describe(issue.input),
        suggestion:
          typeof issue.input === "string"
            ? suggest(issue.input, (issue.values ?? []).map(String))
            : undefined,
      };
    case "too_small":
    case "too_big":
      return {
        ...base,
        ...locate(path),
        rule: "out-of-range",
        message: `${where}: ${issue.message.replace(/^Too (small|big): expected \w+ to (have|be) /, "must be ")}`,
        found: describe(issue.input),
      };
    case "custom":
      return {
        ...base,
        ...locate(path),
        rule: issue.params?.rule ?? "invalid-value",
        message: `${where} ${issue.message}`,
      };
    default:
      return {
        ...base,
        ...locate(path),
        rule: "invalid-value",
        message: `${where}: ${issue.message}`,
        found: describe(issue.input),
      };
  }
}

function suggest(found: string, candidates: string[]): string | undefined {
  const match = didYouMean(found, candidates);
  return match ? `did you mean ${JSON.stringify(match)}?` : undefined;
}

function article(expected: string | undefined): string {
  if (!expected) return "a value";
  const words: Record<string, string> = {
    string: "text",
    number: "a number",
    boolean: "true or false",
    array: "a list",
    object: "a mapping",
    int: "a whole number",
  };
  return expected
    .split(" or ")
    .map((e) => words[e] ?? e)
    .join(" or ");
}

/** The keys a strict object allows at a path, for "did you mean" on unknown keys. */
function keysAt(schema: ZodType, path: readonly PropertyKey[], data: unknown): string[] {
  let current: unknown[] = [schema];
  for (const segment of path) {
    const next: unknown[] = [];
    for (const s of current.flatMap(unwrap)) {
      const def = (s as { _zod?: { def?: Record<string, unknown> } })._zod?.def;
      if (!def) continue;
      if (def.type === "object" && typeof segment === "string") {
        const shape = (def.shape ?? {}) as Record<string, unknown>;
        if (Object.hasOwn(shape, segment)) next.push(shape[segment]);
      } else if (def.type === "record") next.push(def.valueType);
      else if (def.type === "array") next.push(def.element);
    }
    current = next;
  }
  const keys = new Set<string>();
  const value = valueAt(data, path);
  const endNode = value !== null && typeof value === "object" && Object.hasOwn(value, "end");
  for (const s of current.flatMap(unwrap)) {
    const def = (s as { _zod?: { def?: Record<string, unknown> } })._zod?.def;
    if (def?.type !== "object") continue;
    const shape = Object.keys((def.shape ?? {}) as object);
    // For a conversation node, offer the keys of the kind of node it is.
    if (shape.includes("end") !== endNode && current.flatMap(unwrap).length > 1) continue;
    for (const key of shape) keys.add(key);
  }
  return [...keys];
}

function unwrap(schema: unknown): unknown[] {
  const def = (schema as { _zod?: { def?: Record<string, unknown> } })?._zod?.def;
  if (!def) return [];
  switch (def.type) {
    case "optional":
    case "nullable":
    case "default":
    case "readonly":
    case "nonoptional":
      return unwrap(def.innerType);
    case "pipe":
      return unwrap(def.in);
    case "lazy":
      return unwrap((def.getter as () => unknown)());
    case "union":
      return (def.options as unknown[]).flatMap(unwrap);
    default:
      return [schema];
  }
}
