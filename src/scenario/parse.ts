import {
  type Document,
  isMap,
  isNode,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  parseDocument,
} from "yaml";
import type { ZodType } from "zod";
import { type Diagnostic, didYouMean, LineIndex } from "./diagnostics.js";

/**
 * Pure: YAML text -> validated data + diagnostics with positions. No file system here; the
 * loader (load.ts) reads bytes, checks size and encoding, and calls this.
 */

export const MAX_FILE_BYTES = 1024 * 1024;
/** The yaml library's alias limit: refuses "billion laughs" documents. */
const MAX_ALIAS_COUNT = 100;
const MAX_DEPTH = 64;

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

export function parseYaml<T>(text: string, file: string, schema: ZodType<T>): Parsed<T> {
  const lines = new LineIndex(text);
  const diagnostics: Diagnostic[] = [];
  const at = (offset: number, length = 1) => {
    const p = lines.position(offset);
    return {
      line: p.line,
      col: p.col,
      source: p.source,
      length: Math.max(1, Math.min(length, p.source.length - p.col + 1)),
    };
  };
  const noLocation: Locator = () => ({ line: 1, col: 1 });

  if (text.trim() === "" || /^(\s*#[^\n]*\n?|\s*---\s*\n?)*\s*$/.test(text)) {
    diagnostics.push({
      file,
      line: 1,
      col: 1,
      severity: "error",
      rule: "empty-file",
      message: "the file is empty",
      expected: "a YAML mapping starting with `format: 1`",
    });
    return { locate: noLocation, diagnostics };
  }

  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, {
      lineCounter: new LineCounter(),
      prettyErrors: false,
      uniqueKeys: true,
      strict: true,
    });
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
  const locate = makeLocator(doc, at);
  if (diagnostics.length > 0) return { locate, diagnostics };

  if (depthOf(doc.contents) > MAX_DEPTH) {
    diagnostics.push({
      file,
      line: 1,
      col: 1,
      severity: "error",
      rule: "too-deep",
      message: `the YAML nests deeper than ${MAX_DEPTH} levels`,
    });
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

function depthOf(root: unknown): number {
  let max = 0;
  const stack: Array<[unknown, number]> = [[root, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [unknown, number];
    if (depth > max) max = depth;
    if (depth > MAX_DEPTH) return depth;
    if (isMap(node)) for (const pair of node.items) stack.push([pair.value, depth + 1]);
    else if (isSeq(node)) for (const item of node.items) stack.push([item, depth + 1]);
  }
  return max;
}

function makeLocator(doc: Document.Parsed, at: (offset: number, length?: number) => Position): Locator {
  return (path, options = {}) => {
    let node: unknown = doc.contents;
    let keyNode: Node | undefined;
    let last: Node | undefined = isNode(node) ? node : undefined;
    for (const segment of path) {
      keyNode = undefined;
      if (isMap(node)) {
        const pair = node.items.find(
          (p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment),
        );
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
        chosen = "end" in input ? typed[0] : typed[typed.length - 1];
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
    if (value === null || typeof value !== "object") return undefined;
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
        if (shape[segment]) next.push(shape[segment]);
      } else if (def.type === "record") next.push(def.valueType);
      else if (def.type === "array") next.push(def.element);
    }
    current = next;
  }
  const keys = new Set<string>();
  const value = valueAt(data, path);
  const endNode = value !== null && typeof value === "object" && "end" in value;
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
