/**
 * Text from files, file names and replies goes to the terminal only through here: control
 * characters (ANSI escapes included) are removed so a scenario or a file name cannot move the
 * cursor, retitle the terminal or rewrite the screen, and so are bidi overrides and isolates
 * (U+202A-U+202E, U+2066-U+2069), which would make text read in an order other than it is stored.
 */
const ANSI_OR_CONTROL =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: this pattern exists to remove control characters
  /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export function sanitize(text: string): string {
  return text.replace(ANSI_OR_CONTROL, "");
}

/** The longest line of user text or a file name printed in a message, in characters. */
export const MAX_SHOWN = 200;

/** Cut text to `max` characters, ending with "…" when cut (never inside a surrogate pair). */
export function clip(text: string, max = MAX_SHOWN): string {
  if (text.length <= max) return text;
  let end = max - 1;
  if (/[\ud800-\udbff]/.test(text[end - 1] ?? "")) end -= 1;
  return `${text.slice(0, end)}…`;
}

/** User text or a file name for one line of a message: sanitized, each line clipped. */
export function shown(text: string, max = MAX_SHOWN): string {
  return sanitize(text)
    .split("\n")
    .map((line) => clip(line, max))
    .join("\n");
}

// Characters JSON leaves raw that a terminal may act on: DEL and C1 controls, bidi overrides.
const JSON_UNSAFE = /[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * JSON.stringify, with the characters above written as \uXXXX escapes: the data is exactly the
 * same once parsed, but the bytes on the screen cannot steer the terminal. (JSON.stringify
 * already escapes C0 controls such as ESC.)
 */
export function safeJson(value: unknown, space?: number): string {
  return JSON.stringify(value, null, space).replace(
    JSON_UNSAFE,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

/** Display width of a string in terminal columns (wide CJK/emoji count 2, combining marks 0). */
export function displayWidth(text: string): number {
  // Printable ASCII, Latin letters and common punctuation (– “ ” …) are one column each: no
  // need to segment them (which loads the segmenter's data, slow on a command's first call).
  if (/^[\x20-\x7e\u00a0-\u02ff\u2010-\u2027\u2030-\u205e]*$/.test(text)) return text.length;
  let width = 0;
  for (const { segment } of graphemes(text.replace(ANSI_OR_CONTROL, ""))) width += graphemeWidth(segment);
  return width;
}

let segmenter: Intl.Segmenter | undefined;
function graphemes(text: string): Iterable<Intl.SegmentData> {
  segmenter ??= new Intl.Segmenter("en", { granularity: "grapheme" });
  return segmenter.segment(text);
}

function graphemeWidth(cluster: string): number {
  const code = cluster.codePointAt(0) ?? 0;
  if (code < 32) return 0;
  if (/\p{Extended_Pictographic}/u.test(cluster)) return 2;
  if (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x20000 && code <= 0x3fffd)
  )
    return 2;
  return 1;
}

/** Wrap text to a width in columns, on spaces, never splitting a grapheme. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split("\n")) {
    let line = "";
    let lineWidth = 0;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const w = displayWidth(word);
      if (lineWidth > 0 && lineWidth + 1 + w > width) {
        lines.push(line);
        line = "";
        lineWidth = 0;
      }
      if (w > width) {
        // A very long word: break it by graphemes.
        for (const { segment } of graphemes(word)) {
          const gw = graphemeWidth(segment);
          if (lineWidth + gw > width) {
            lines.push(line);
            line = "";
            lineWidth = 0;
          }
          line += segment;
          lineWidth += gw;
        }
        continue;
      }
      line += (lineWidth > 0 ? " " : "") + word;
      lineWidth += (lineWidth > 0 ? 1 : 0) + w;
    }
    lines.push(line);
  }
  return lines;
}
