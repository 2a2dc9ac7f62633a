/**
 * Text from files and replies goes to the terminal only through here: control characters (ANSI
 * escapes included) are removed so a scenario cannot move the cursor or rewrite the screen.
 */
const ANSI_OR_CONTROL =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: this pattern exists to remove control characters
  /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

export function sanitize(text: string): string {
  return text.replace(ANSI_OR_CONTROL, "");
}

/** Display width of a string in terminal columns (wide CJK/emoji count 2, combining marks 0). */
export function displayWidth(text: string): number {
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
