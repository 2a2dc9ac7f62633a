import { EVENT_ID, type Event, getScalarValue, parseEvents, SCALAR_STYLE, type ScalarEvent } from "js-yaml";
import { Schema } from "yaml";

/**
 * Pure: a quick reading of "plain" YAML, the shape every trainer file has when nothing is wrong
 * with it, so that `coach validate` of a folder need not build the yaml library's token tree and
 * document for every clean file (that is about 85% of checking a file; this reader is 6 to 8
 * times faster).
 *
 * It answers only when it is sure the precise reader (parse.ts, the yaml library in strict mode)
 * would read the same data without a single error or warning; otherwise it returns undefined and
 * the precise reader, which alone reports problems with positions, does all the work. "Sure"
 * means the text stays inside a subset where the two readers are known to agree:
 *
 * - one document, no `%` directives (`%YAML 1.1` changes what plain words mean), no `---` or
 *   `...` markers;
 * - no anchors, aliases or tags (`&a`, `*a`, `!foo`, `!!str`): no alias bombs, no unknown tags;
 * - mapping keys are plain words (a letter, then letters, digits, `_` or `-`) that the precise
 *   reader reads as text, each once per mapping, never `__proto__`;
 * - a plain value the precise reader would read as anything but text (it matches one of the
 *   yaml library's own core-schema tests, taken from the library itself) must be one this reader
 *   turns into the same value: null (`~`, `null`, `Null`, `NULL`, empty), true or false in the
 *   spellings YAML 1.2 allows, or a plain decimal such as `60`, `-3` or `0.5`; `0x1F`, `0o17`,
 *   `1e3`, `.inf`, `-0` and the like go to the precise reader;
 * - nesting stays within PLAIN_MAX_DEPTH, well inside the precise reader's limit;
 * - no tab, carriage return, byte-order mark, control character, line or paragraph separator, or
 *   lone surrogate anywhere in the text.
 *
 * Data is built here from js-yaml's events (which carry decoded scalar text), into plain objects
 * and arrays as the yaml library's `toJS` builds them; js-yaml's own schema is not used, so which
 * value a plain scalar becomes is decided by the list above alone. tests/scenario/plain-yaml.test.ts
 * checks the claim against the precise reader on the shipped scenarios, the test fixtures, and
 * fuzzed and mutated texts.
 */

/** Nesting this reader accepts; scenario files nest about 8 deep, and parse.ts refuses past 64. */
export const PLAIN_MAX_DEPTH = 32;

// biome-ignore lint/suspicious/noControlCharactersInRegex: this pattern exists to find control characters
const UNSURE_CHARACTER = /[\0-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff]/;
const SURROGATE = /[\ud800-\udfff]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;
/**
 * The tests by which the precise reader (YAML 1.2's core schema) reads a plain scalar as null, a
 * boolean or a number rather than text: a plain scalar that passes none of them is text there.
 */
const NOT_TEXT_TESTS = new Schema({ schema: "core" }).tags.flatMap((tag) =>
  tag.default === true && tag.test ? [tag.test] : [],
);
/**
 * The tests joined into one expression, tried once per scalar rather than once per test. It gives
 * the same answer: each test is anchored at the start, so each alternative can only match there
 * too, and none refers back to a group by number or name (whose numbers joining would shift).
 * Should the library's tests ever differ from that (a flag, say), they are tried one by one.
 */
const NOT_TEXT = NOT_TEXT_TESTS.every(
  (test) => test.flags === "" && test.source.startsWith("^") && !/\\[1-9k]/.test(test.source),
)
  ? new RegExp(`^(?:${NOT_TEXT_TESTS.map((test) => test.source).join("|")})`)
  : undefined;
const maybeNotText = (value: string) =>
  NOT_TEXT ? NOT_TEXT.test(value) : NOT_TEXT_TESTS.some((test) => test.test(value));
const NULL = /^(?:~|null|Null|NULL)?$/;
const DECIMAL = /^(?:0|-?[1-9][0-9]{0,14})(?:\.[0-9]{1,15})?$/;
const BOOLEANS: ReadonlyMap<string, boolean> = new Map([
  ["true", true],
  ["True", true],
  ["TRUE", true],
  ["false", false],
  ["False", false],
  ["FALSE", false],
]);

type Collection =
  | { kind: "map"; value: Record<string, unknown>; key?: string }
  | { kind: "seq"; value: unknown[] };

/** The data of `text` when it is plain YAML (see above), else undefined. Never throws. */
export function readPlainYaml(text: string): { data: unknown } | undefined {
  // One quick scan; the slower look for lone surrogates only where there are surrogates at all.
  if (UNSURE_CHARACTER.test(text) || (SURROGATE.test(text) && LONE_SURROGATE.test(text))) return undefined;
  let events: Event[];
  try {
    events = parseEvents(text, { maxDepth: PLAIN_MAX_DEPTH });
  } catch {
    return undefined;
  }
  const stack: Collection[] = [];
  let documents = 0;
  let root: { data: unknown } | undefined;
  // Places a finished node in its parent (or as the document), or refuses it as a key.
  const place = (value: unknown): boolean => {
    const parent = stack[stack.length - 1];
    if (!parent) {
      if (root) return false;
      root = { data: value };
    } else if (parent.kind === "seq") parent.value.push(value);
    else {
      if (parent.key === undefined) return false; // a collection as a key
      parent.value[parent.key] = value;
      parent.key = undefined;
    }
    return true;
  };
  for (const event of events) {
    switch (event.type) {
      case EVENT_ID.DOCUMENT:
        documents += 1;
        // js-yaml takes an indented `---` for a document marker: plain files need none.
        if (documents > 1 || event.directives.length > 0 || event.explicitStart || event.explicitEnd)
          return undefined;
        break;
      case EVENT_ID.ALIAS:
        return undefined;
      case EVENT_ID.SEQUENCE:
      case EVENT_ID.MAPPING: {
        if (event.anchorStart !== -1 || event.tagStart !== -1) return undefined;
        const parent = stack[stack.length - 1];
        if (parent?.kind === "map" && parent.key === undefined) return undefined;
        stack.push(event.type === EVENT_ID.MAPPING ? { kind: "map", value: {} } : { kind: "seq", value: [] });
        if (stack.length > PLAIN_MAX_DEPTH) return undefined;
        break;
      }
      case EVENT_ID.SCALAR: {
        if (event.anchorStart !== -1 || event.tagStart !== -1) return undefined;
        const parent = stack[stack.length - 1];
        if (parent?.kind === "map" && parent.key === undefined) {
          const key = plainKey(text, event);
          if (key === undefined || Object.hasOwn(parent.value, key)) return undefined;
          parent.key = key;
          break;
        }
        const value = scalarValue(text, event);
        if (value === UNSURE || !place(value)) return undefined;
        break;
      }
      case EVENT_ID.POP: {
        // Closes a collection, or the document (then the stack is already empty).
        const done = stack.pop();
        if (!done) break;
        if ((done.kind === "map" && done.key !== undefined) || !place(done.value)) return undefined;
        break;
      }
      default:
        return undefined;
    }
  }
  return documents === 1 && stack.length === 0 ? root : undefined;
}

const UNSURE = Symbol("unsure");

function plainKey(text: string, event: ScalarEvent): string | undefined {
  if (event.style !== SCALAR_STYLE.PLAIN) return undefined;
  const key = text.slice(event.valueStart, event.valueEnd);
  return PLAIN_KEY.test(key) && key !== "__proto__" && !maybeNotText(key) ? key : undefined;
}

function scalarValue(text: string, event: ScalarEvent): unknown {
  const value = getScalarValue(text, event);
  if (event.style !== SCALAR_STYLE.PLAIN || !maybeNotText(value)) return value;
  if (NULL.test(value)) return null;
  const bool = BOOLEANS.get(value);
  if (bool !== undefined) return bool;
  return DECIMAL.test(value) ? Number(value) : UNSURE;
}
