import Color from "colorjs.io";
import { describe, expect, it } from "vitest";
import { renderHtml } from "../../src/report/html.js";
import { buildSessionReport } from "../../src/report/model.js";
import { DARK, GRAPHIC_PAIRS, LIGHT, type Palette, TEXT_PAIRS } from "../../src/report/palette.js";
import { playScenario, REPLIES } from "./fixtures.js";

/** WCAG 2.x contrast ratio, computed by colorjs.io (a maintained colour library), not by hand. */
const ratio = (a: string, b: string) => new Color(a).contrast(new Color(b), "WCAG21");

describe.each([
  ["light", LIGHT],
  ["dark", DARK],
] as [string, Palette][])("the %s palette meets WCAG AA", (_name, palette) => {
  it.each(TEXT_PAIRS.map(([fg, bg]) => [fg, bg]))("text %s on %s: at least 4.5:1", (fg, bg) => {
    expect(ratio(palette[fg as keyof Palette], palette[bg as keyof Palette])).toBeGreaterThanOrEqual(4.5);
  });
  it.each(GRAPHIC_PAIRS.map(([fg, bg]) => [fg, bg]))("graphic %s on %s: at least 3:1", (fg, bg) => {
    expect(ratio(palette[fg as keyof Palette], palette[bg as keyof Palette])).toBeGreaterThanOrEqual(3);
  });
});

describe("the contrast check itself", () => {
  it("knows black on white is 21:1 and a pale grey on white fails", () => {
    expect(ratio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(ratio("#999999", "#ffffff")).toBeLessThan(4.5);
  });
});

describe("the stylesheet", () => {
  it("carries every colour of both palettes, and no colour that is not in them", async () => {
    const html = renderHtml(buildSessionReport(await playScenario("late-delivery-overpromise", REPLIES)));
    const style = /<style>([\s\S]*)<\/style>/.exec(html)?.[1] ?? "";
    for (const value of [...Object.values(LIGHT), ...Object.values(DARK)]) expect(style).toContain(value);
    const used = new Set(style.match(/#[0-9a-f]{3,8}\b/gi) ?? []);
    const known = new Set([...Object.values(LIGHT), ...Object.values(DARK), "#fff", "#000"]);
    expect([...used].filter((c) => !known.has(c.toLowerCase()))).toEqual([]);
  });
});
