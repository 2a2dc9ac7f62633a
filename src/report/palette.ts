/**
 * The HTML report's colours, light and dark, in one place: the stylesheet is generated from
 * these, and tests/report/palette.test.ts checks every pair below against WCAG 2.x contrast
 * (4.5:1 for text, 3:1 for the marks of charts and highlights, success criteria 1.4.3 and
 * 1.4.11) with a maintained colour library. Colour never carries meaning alone: highlights also
 * differ in line style and ✓/✗ markers, chart bars carry their numbers in a table.
 */
export interface Palette {
  background: string;
  surface: string;
  text: string;
  muted: string;
  border: string;
  link: string;
  helpsBackground: string;
  helpsInk: string;
  hurtsBackground: string;
  hurtsInk: string;
  strong: string;
  developing: string;
  needsWork: string;
  /** Heat-map cells in the developing band (strong cells use helpsBackground, needs work hurtsBackground). */
  developingBackground: string;
  anger: string;
  grid: string;
}

export type PaletteKey = keyof Palette;

export const LIGHT: Palette = {
  background: "#ffffff",
  surface: "#f4f5f7",
  text: "#1b1d21",
  muted: "#51565e",
  border: "#767b84",
  link: "#0b57d0",
  helpsBackground: "#e2f3e6",
  helpsInk: "#17662a",
  hurtsBackground: "#fce8e7",
  hurtsInk: "#a8261d",
  strong: "#17662a",
  developing: "#7f5200",
  needsWork: "#a8261d",
  developingBackground: "#fbefd3",
  anger: "#a8261d",
  grid: "#767b84",
};

export const DARK: Palette = {
  background: "#14161a",
  surface: "#1e2127",
  text: "#e9eaed",
  muted: "#b0b5bd",
  border: "#8b919a",
  link: "#8ab4f8",
  helpsBackground: "#173a22",
  helpsInk: "#7ad69a",
  hurtsBackground: "#43191b",
  hurtsInk: "#ff9b92",
  strong: "#7ad69a",
  developing: "#f0c05a",
  needsWork: "#ff9b92",
  developingBackground: "#3a2e12",
  anger: "#ff9b92",
  grid: "#8b919a",
};

/** Text drawn in the first colour on the second: at least 4.5:1 in both palettes. */
export const TEXT_PAIRS: readonly (readonly [PaletteKey, PaletteKey])[] = [
  ["text", "background"],
  ["text", "surface"],
  ["muted", "background"],
  ["muted", "surface"],
  ["link", "background"],
  ["link", "surface"],
  ["text", "helpsBackground"],
  ["text", "hurtsBackground"],
  ["helpsInk", "background"],
  ["helpsInk", "surface"],
  ["hurtsInk", "background"],
  ["hurtsInk", "surface"],
  ["strong", "background"],
  ["strong", "surface"],
  ["developing", "background"],
  ["developing", "surface"],
  ["needsWork", "background"],
  ["needsWork", "surface"],
  ["text", "developingBackground"],
];

/** Chart bars and lines, underlines and borders on their background: at least 3:1 (non-text contrast). */
export const GRAPHIC_PAIRS: readonly (readonly [PaletteKey, PaletteKey])[] = [
  ["anger", "surface"],
  ["link", "surface"],
  ["grid", "surface"],
  ["strong", "surface"],
  ["developing", "surface"],
  ["needsWork", "surface"],
  ["helpsInk", "helpsBackground"],
  ["hurtsInk", "hurtsBackground"],
  ["border", "background"],
];

const cssName = (key: string) => `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

/** The palette as CSS custom properties (`--helps-ink: #17662a;`). */
export function cssVariables(palette: Palette): string {
  return Object.entries(palette)
    .map(([key, value]) => `${cssName(key)}: ${value};`)
    .join(" ");
}
