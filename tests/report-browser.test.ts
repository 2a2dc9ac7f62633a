import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import Color from "colorjs.io";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { root, runCli, tempDir } from "./helpers/cli.js";
import {
  hostileTranscript,
  longSession,
  playScenario,
  REPLIES,
  type SavedTranscript,
  writeTranscript,
} from "./report/fixtures.js";

/**
 * The HTML report in a real browser: Debian's Chromium, driven by playwright-core (no browser
 * download; `.ci/run` installs the package when it is missing). Screenshots of the light, dark and
 * print renderings are saved in tests/artifacts/ (git-ignored) for a person to look at.
 */
const CANDIDATES = [process.env.COACH_CHROMIUM, "/usr/bin/chromium", "/usr/bin/chromium-browser"];
const executable = CANDIDATES.find((path): path is string => Boolean(path && existsSync(path)));
const artifacts = join(root, "tests", "artifacts");

if (!executable && process.env.CI)
  throw new Error("CI needs Chromium for the browser test: apt-get install chromium (.ci/run does this)");
if (!executable)
  console.warn(
    "skipping the browser test: no Chromium at /usr/bin/chromium (apt-get install chromium, or set COACH_CHROMIUM)",
  );

interface Visit {
  page: Page;
  consoleErrors: string[];
  requests: string[];
  dialogs: string[];
}

describe.skipIf(!executable)("the HTML report in Chromium", () => {
  let browser: Browser;
  let session: SavedTranscript;
  const reports: Record<string, string> = {};

  /** Render a transcript to HTML through the CLI, as a user would. */
  function report(name: string, transcript: SavedTranscript): string {
    const dir = tempDir("browser-");
    const out = join(dir, `${name}.html`);
    const result = runCli(["report", writeTranscript(dir, `${name}.json`, transcript), "-o", out]);
    expect(result.code, result.stderr).toBe(0);
    return out;
  }

  async function visit(
    file: string,
    media: { colorScheme?: "light" | "dark"; media?: "print" | "screen" } = {},
  ): Promise<Visit> {
    const page = await browser.newPage({ viewport: { width: 900, height: 1000 } });
    const visit: Visit = { page, consoleErrors: [], requests: [], dialogs: [] };
    page.on("console", (m) => {
      if (m.type() === "error" || m.type() === "warning") visit.consoleErrors.push(m.text());
    });
    page.on("pageerror", (e) => visit.consoleErrors.push(e.message));
    page.on("request", (r) => visit.requests.push(r.url()));
    page.on("dialog", (d) => {
      visit.dialogs.push(d.message());
      void d.dismiss();
    });
    await page.emulateMedia(media);
    await page.goto(pathToFileURL(file).href, { waitUntil: "load" });
    return visit;
  }

  beforeAll(async () => {
    session = await playScenario("late-delivery-overpromise", REPLIES);
    // A retried first turn, as /retry records it: the earlier attempt is shown under the turn.
    const [first, second] = session.turns;
    if (first && second)
      first.attempts = [
        { ...second, hintUsed: false, next: first.next, askedAt: first.askedAt, answeredAt: first.askedAt },
      ];
    reports.session = report("session", session);
    reports.long = report("long", longSession(session, 30));
    reports.hostile = report("hostile", await hostileTranscript());
    browser = await chromium.launch({ executablePath: executable });
    mkdirSync(artifacts, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("shows every turn, charts with text alternatives and highlighted evidence, with no console errors or network", async () => {
    const v = await visit(reports.session as string);
    const dom = await v.page.evaluate(() => {
      const text = (el: Element | null) => el?.textContent?.trim() ?? "";
      const byId = (id: string) => document.getElementById(id);
      return {
        turns: [...document.querySelectorAll("article.turn")].map((a) => ({
          heading: text(a.querySelector("h3")),
          customer: text(a.querySelector(".customer blockquote")),
          reply: text(a.querySelector("blockquote.reply")),
          scores: [...(a.querySelector(".turn-scores")?.querySelectorAll("li .dim-name") ?? [])].map(text),
          tip: text(a.querySelector(".tip")),
          model: text(a.querySelector(".model blockquote")),
        })),
        charts: [...document.querySelectorAll("svg")].map((svg) => ({
          role: svg.getAttribute("role"),
          label: svg.getAttribute("aria-label") ?? "",
          labelledBy: (svg.getAttribute("aria-labelledby") ?? "").split(" ").map((id) => text(byId(id))),
          title: text(svg.querySelector("title")),
          desc: text(svg.querySelector("desc")),
          marks: svg.querySelectorAll("rect, circle").length,
        })),
        tableRows: document.querySelectorAll("#score-table tbody tr").length,
        helps: document.querySelectorAll("blockquote.reply mark.helps").length,
        hurts: document.querySelectorAll("blockquote.reply mark.hurts").length,
        helpsStyle: (() => {
          const s = getComputedStyle(document.querySelector("blockquote.reply mark.helps") as Element);
          return {
            line: s.textDecorationLine,
            style: s.textDecorationStyle,
            color: s.color,
            background: s.backgroundColor,
          };
        })(),
        hurtsStyle: (() => {
          const s = getComputedStyle(document.querySelector("blockquote.reply mark.hurts") as Element);
          return {
            line: s.textDecorationLine,
            style: s.textDecorationStyle,
            color: s.color,
            background: s.backgroundColor,
          };
        })(),
        markers: [...document.querySelectorAll("blockquote.reply a.ref")].map(text),
        attempts: [...document.querySelectorAll("article.turn")].map(
          (a) => a.querySelectorAll(".attempts .reply-block").length,
        ),
        duplicateIds: (() => {
          const ids = [...document.querySelectorAll("[id]")].map((el) => el.id);
          return ids.filter((id, i) => ids.indexOf(id) !== i);
        })(),
        brokenLinks: [...document.querySelectorAll('a[href^="#"]')]
          .map((a) => (a.getAttribute("href") ?? "").slice(1))
          .filter((id) => !document.getElementById(id)),
      };
    });
    expect(dom.turns).toHaveLength(session.turns.length);
    for (const [i, turn] of dom.turns.entries()) {
      const saved = session.turns[i];
      expect(turn.heading).toMatch(new RegExp(`^Turn ${i + 1}\\b`));
      expect(turn.customer).toBe(saved?.customer);
      expect(turn.reply.replace(/\[(helped|hurt|helped and hurt): |\]|[✓✗]\d+/g, "")).toBe(saved?.reply);
      expect(turn.scores).toEqual(["Calm", "Empathy", "Honesty", "Boundaries", "Overall"]);
      expect(turn.tip).toMatch(/^Tip: \S/);
      expect(turn.model.length).toBeGreaterThan(20);
    }
    expect(dom.charts).toHaveLength(2);
    for (const chart of dom.charts) {
      expect(chart.role).toBe("img");
      expect(chart.title.length).toBeGreaterThan(5);
      expect(chart.desc.length).toBeGreaterThan(20);
      expect(chart.labelledBy).toEqual([chart.title, chart.desc]);
      expect(chart.label).toContain(chart.desc);
      expect(chart.marks).toBeGreaterThan(0);
    }
    expect(dom.tableRows).toBe(session.turns.length);
    expect(dom.helps).toBeGreaterThan(0);
    expect(dom.hurts).toBeGreaterThan(0);
    // Helps and hurts differ without colour: line style and the ✓/✗ markers.
    expect(dom.helpsStyle).toMatchObject({ line: "underline", style: "solid" });
    expect(dom.hurtsStyle).toMatchObject({ line: "underline", style: "wavy" });
    expect(dom.markers.some((m) => /^✓\d+$/.test(m))).toBe(true);
    expect(dom.markers.some((m) => /^✗\d+$/.test(m))).toBe(true);
    expect(dom.brokenLinks).toEqual([]);
    expect(dom.duplicateIds).toEqual([]);
    expect(dom.attempts).toEqual(session.turns.map((_, i) => (i === 0 ? 1 : 0)));
    // Highlighted words stay readable: AA contrast as the browser computes the colours.
    for (const s of [dom.helpsStyle, dom.hurtsStyle])
      expect(new Color(s.color).contrast(new Color(s.background), "WCAG21")).toBeGreaterThanOrEqual(4.5);
    expect(v.consoleErrors).toEqual([]);
    expect(v.requests).toEqual([pathToFileURL(reports.session as string).href]);
    await v.page.screenshot({ path: join(artifacts, "report-light.png"), fullPage: true });
    console.log(`screenshot: ${join(artifacts, "report-light.png")}`);
  });

  it("switches to the dark palette with the system setting, keeping AA contrast", async () => {
    const v = await visit(reports.session as string, { colorScheme: "dark" });
    const colours = await v.page.evaluate(() => {
      const body = getComputedStyle(document.body);
      const html = getComputedStyle(document.documentElement);
      const mark = getComputedStyle(document.querySelector("blockquote.reply mark.hurts") as Element);
      return {
        text: body.color,
        background: html.backgroundColor,
        mark: mark.color,
        markBackground: mark.backgroundColor,
      };
    });
    expect(new Color(colours.background).oklch.l).toBeLessThan(0.3);
    expect(new Color(colours.text).contrast(new Color(colours.background), "WCAG21")).toBeGreaterThanOrEqual(
      4.5,
    );
    expect(
      new Color(colours.mark).contrast(new Color(colours.markBackground), "WCAG21"),
    ).toBeGreaterThanOrEqual(4.5);
    expect(v.consoleErrors).toEqual([]);
    await v.page.screenshot({ path: join(artifacts, "report-dark.png"), fullPage: true });
    console.log(`screenshot: ${join(artifacts, "report-dark.png")}`);
  });

  it("prints on white without the skip link, and makes a PDF", async () => {
    const v = await visit(reports.session as string, { media: "print", colorScheme: "dark" });
    const printed = await v.page.evaluate(() => ({
      background: getComputedStyle(document.documentElement).backgroundColor,
      skip: getComputedStyle(document.querySelector(".skip") as Element).display,
      turns: getComputedStyle(document.querySelector("article.turn") as Element).breakInside,
    }));
    expect(printed).toEqual({ background: "rgb(255, 255, 255)", skip: "none", turns: "avoid" });
    await v.page.screenshot({ path: join(artifacts, "report-print.png"), fullPage: true });
    const pdf = await v.page.pdf({ format: "A4" });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    console.log(`screenshot: ${join(artifacts, "report-print.png")}`);
  });

  it("renders a 30-turn session whole", async () => {
    const v = await visit(reports.long as string);
    const counts = await v.page.evaluate(() => ({
      turns: document.querySelectorAll("article.turn").length,
      rows: document.querySelectorAll("#score-table tbody tr").length,
      dots: document.querySelectorAll("#chart-anger circle").length,
      bars: document.querySelectorAll("#chart-dims rect, #chart-dims line.untested").length,
    }));
    expect(counts).toEqual({ turns: 30, rows: 30, dots: 31, bars: 120 });
    expect(v.consoleErrors).toEqual([]);
    await v.page.screenshot({ path: join(artifacts, "report-30-turns.png"), fullPage: false });
  });

  it("runs nothing from a doctored transcript: no script, image, handler or dialog", async () => {
    const v = await visit(reports.hostile as string);
    const dom = await v.page.evaluate(() => ({
      active: document.querySelectorAll("script, img, iframe, object, embed, link, b").length,
      handlers: [...document.querySelectorAll("*")].filter((el) =>
        [...el.attributes].some((a) => a.name.startsWith("on")),
      ).length,
      title: document.querySelector("h1")?.textContent ?? "",
    }));
    expect(dom.active).toBe(0);
    expect(dom.handlers).toBe(0);
    expect(dom.title).toContain("<script>alert('x')</script>");
    expect(v.dialogs).toEqual([]);
    expect(v.consoleErrors).toEqual([]);
    expect(v.requests).toHaveLength(1);
    await v.page.screenshot({ path: join(artifacts, "report-hostile.png"), fullPage: false });
  });
});

describe.skipIf(!executable)("the team and progress reports in Chromium", () => {
  let browser: Browser;
  let teamFile: string;
  let progressFile: string;

  async function open(file: string, colorScheme: "light" | "dark" = "light") {
    const page = await browser.newPage({ viewport: { width: 1000, height: 1000 } });
    const errors: string[] = [];
    const requests: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error" || m.type() === "warning") errors.push(m.text());
    });
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("request", (r) => requests.push(r.url()));
    await page.emulateMedia({ colorScheme });
    await page.goto(pathToFileURL(file).href, { waitUntil: "load" });
    return { page, errors, requests };
  }

  beforeAll(async () => {
    const dir = tempDir("browser-team-");
    const data = join(dir, "data");
    mkdirSync(join(data, "sessions"), { recursive: true });
    const played = [
      await playScenario("late-delivery-overpromise", REPLIES, new Date("2026-03-01T09:00:00Z")),
      await playScenario("billing-error-our-fault", REPLIES, new Date("2026-03-02T09:00:00Z")),
      await playScenario(
        "late-delivery-overpromise",
        [REPLIES[1] as string],
        new Date("2026-03-03T09:00:00Z"),
      ),
      await playScenario("late-delivery-overpromise", REPLIES.slice(2), new Date("2026-03-04T09:00:00Z")),
    ];
    for (const [i, s] of played.entries()) {
      const who = join(dir, "team", ["ana", "ben"][i % 2] as string);
      mkdirSync(who, { recursive: true });
      writeTranscript(who, `s${i}.json`, s);
      writeTranscript(join(data, "sessions"), `s${i}.json`, s);
    }
    teamFile = join(dir, "team.html");
    const team = runCli(["team", join(dir, "team"), "-o", teamFile]);
    expect(team.code, team.stderr).toBe(0);
    progressFile = join(dir, "progress.html");
    const progress = runCli(["report", "--progress", "--data", data, "-o", progressFile]);
    expect(progress.code, progress.stderr).toBe(0);
    browser = await chromium.launch({ executablePath: executable });
    mkdirSync(artifacts, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("team: a heat map per scenario whose cells carry their number, readable in light and dark", async () => {
    for (const scheme of ["light", "dark"] as const) {
      const v = await open(teamFile, scheme);
      const dom = await v.page.evaluate(() => ({
        maps: document.querySelectorAll("table.heatmap").length,
        cells: [...document.querySelectorAll("td.heat")].map((td) => {
          const s = getComputedStyle(td);
          return {
            text: td.textContent ?? "",
            title: td.getAttribute("title") ?? "",
            band: td.className,
            color: s.color,
            background: s.backgroundColor,
          };
        }),
        legend: document.querySelector(".heat-legend")?.textContent ?? "",
        trainees: document.querySelectorAll("#trainee-table tbody tr").length,
        picked: document.querySelectorAll("ol.picked blockquote.reply").length,
        brokenLinks: [...document.querySelectorAll('a[href^="#"]')]
          .map((a) => (a.getAttribute("href") ?? "").slice(1))
          .filter((id) => !document.getElementById(id)),
      }));
      expect(dom.maps).toBe(2);
      expect(dom.trainees).toBe(2);
      expect(dom.picked).toBeGreaterThan(0);
      expect(dom.legend).toMatch(/70\+ strong.*needs work/);
      expect(dom.brokenLinks).toEqual([]);
      expect(dom.cells.length).toBeGreaterThan(8);
      for (const cell of dom.cells) {
        if (cell.band.includes("untested")) {
          expect(cell.text).toBe("not tested");
          continue;
        }
        // The number and the band in words, whatever the colour.
        expect(cell.text).toMatch(/^▼?\d+ (strong|developing|needs work)$/);
        expect(cell.title).toMatch(/^Turn \d+, \w+: \d+, /);
        expect(new Color(cell.color).contrast(new Color(cell.background), "WCAG21")).toBeGreaterThanOrEqual(
          4.5,
        );
      }
      expect(v.errors).toEqual([]);
      expect(v.requests).toEqual([pathToFileURL(teamFile).href]);
      await v.page.screenshot({ path: join(artifacts, `team-${scheme}.png`), fullPage: true });
    }
  });

  it("progress: a line chart per skill with text alternatives and the data table", async () => {
    const v = await open(progressFile);
    const dom = await v.page.evaluate(() => {
      const text = (el: Element | null) => el?.textContent?.trim() ?? "";
      return {
        charts: [...document.querySelectorAll("figure.chart svg")].map((svg) => ({
          role: svg.getAttribute("role"),
          labelledBy: (svg.getAttribute("aria-labelledby") ?? "")
            .split(" ")
            .map((id) => text(document.getElementById(id))),
          title: text(svg.querySelector("title")),
          desc: text(svg.querySelector("desc")),
          dots: svg.querySelectorAll("circle").length,
        })),
        rows: document.querySelectorAll("#progress-table tbody tr").length,
      };
    });
    expect(dom.charts).toHaveLength(4);
    for (const chart of dom.charts) {
      expect(chart.role).toBe("img");
      expect(chart.title).toMatch(/over your sessions$/);
      expect(chart.desc).toMatch(/Session by session: 1: /);
      expect(chart.labelledBy).toEqual([chart.title, chart.desc]);
    }
    expect(dom.charts.some((c) => c.dots === 4)).toBe(true);
    expect(dom.rows).toBe(4);
    expect(v.errors).toEqual([]);
    await v.page.screenshot({ path: join(artifacts, "progress-light.png"), fullPage: true });
  });
});
