import { describe, expect, it } from "vitest";
import {
  buildTeamReport,
  nameScrubber,
  pseudonym,
  pseudonyms,
  type TeamSession,
} from "../../src/report/team.js";
import { renderTeamHtml } from "../../src/report/team-html.js";
import { csvField, renderTeamCsv, renderTeamMarkdown } from "../../src/report/team-text.js";
import { bandOf, DIMENSIONS, type Dimension, type Finding } from "../../src/scoring/index.js";
import type { Transcript, TurnRecord } from "../../src/session/engine.js";
import { HOSTILE, UNSAFE_CHARACTERS } from "./fixtures.js";

/**
 * The team model on hand-made transcripts whose scores are chosen so every mean can be worked
 * out by hand: a turn is (node, scores per dimension, which dimensions were tested, findings).
 */
type Scores = Partial<Record<Dimension, number>>;

function turn(
  node: string,
  scores: Scores,
  options: { reply?: string; overall?: number; hurts?: [string, Dimension, number][] } = {},
): TurnRecord {
  const full = Object.fromEntries(DIMENSIONS.map((d) => [d, scores[d] ?? 50])) as Record<Dimension, number>;
  const assessed = Object.fromEntries(DIMENSIONS.map((d) => [d, scores[d] !== undefined])) as Record<
    Dimension,
    boolean
  >;
  const tested = DIMENSIONS.filter((d) => scores[d] !== undefined).map((d) => full[d]);
  const evidence: Finding[] = (options.hurts ?? []).map(([signal, dimension, points]) => ({
    signal,
    dimension,
    effect: "hurts",
    points: -points,
    message: `${signal} message`,
  }));
  return {
    index: 0,
    node,
    customer: `customer at ${node}`,
    mood: "same",
    abusive: false,
    reply: options.reply ?? `reply at ${node}`,
    hintUsed: false,
    scorecard: {
      scores: full,
      bands: Object.fromEntries(DIMENSIONS.map((d) => [d, bandOf(full[d])])),
      overall: options.overall ?? Math.round(tested.reduce((a, b) => a + b, 0) / Math.max(1, tested.length)),
      evidence,
      assessed,
      tip: { text: "tip" },
    } as unknown as TurnRecord["scorecard"],
    fired: [],
    angerBefore: 50,
    angerAfter: 50,
    next: "x",
    askedAt: "2026-03-01T09:00:00.000Z",
    answeredAt: "2026-03-01T09:00:10.000Z",
  };
}

function session(trainee: string, startedAt: string, turns: TurnRecord[], scenario = "s1"): TeamSession {
  const transcript: Transcript = {
    format: 1,
    scenario: { id: scenario, version: 1, title: `Scenario ${scenario}` },
    startedAt,
    outcome: "deescalated",
    anger: { start: 50, end: 40 },
    turns: turns.map((t, index) => ({ ...t, index })),
  };
  return { trainee, transcript };
}

const SESSIONS = [
  session("Ana Silva", "2026-03-01T09:00:00.000Z", [
    turn("open", { calm: 80, empathy: 20 }, { hurts: [["blames", "calm", 10]] }),
    turn("push", { calm: 60, boundaries: 30 }, { overall: 45 }),
  ]),
  session("Ben Okoro", "2026-03-02T09:00:00.000Z", [
    turn(
      "open",
      { calm: 40 },
      {
        hurts: [
          ["blames", "calm", 20],
          ["no-sorry", "empathy", 5],
        ],
      },
    ),
  ]),
  // Ana again: "open" twice in one session counts as one session's mean (70 and 90: 80).
  session("ana  silva", "2026-03-03T09:00:00.000Z", [
    turn("open", { calm: 70, empathy: 60 }),
    turn("open", { calm: 90, empathy: 40 }, { hurts: [["minimises", "empathy", 30]] }),
  ]),
];

describe("the team model", () => {
  const report = buildTeamReport(SESSIONS);
  const scenario = report.scenarios[0];
  const open = scenario?.turns.find((t) => t.node === "open");
  const push = scenario?.turns.find((t) => t.node === "push");

  it("heat map cells: per session first, then the mean over the sessions whose reply tested the dimension", () => {
    // calm: Ana 80, Ben 40, Ana again (70+90)/2 = 80 -> 200/3 = 66.7 -> 67
    expect(open?.cells.calm).toEqual({ mean: 67, band: "developing", sessions: 3 });
    // empathy: Ben's reply did not test it: (20 + 50) / 2 = 35
    expect(open?.cells.empathy).toEqual({ mean: 35, band: "needs work", sessions: 2 });
    expect(push?.cells.boundaries).toEqual({ mean: 30, band: "needs work", sessions: 1 });
    expect(push?.cells.calm).toEqual({ mean: 60, band: "developing", sessions: 1 });
  });

  it("leaves untested cells blank (null), never a default score", () => {
    expect(open?.cells.honesty).toBeNull();
    expect(open?.cells.boundaries).toBeNull();
    expect(push?.cells.empathy).toBeNull();
    expect(renderTeamCsv(report)).toMatch(/,open,customer at open,honesty,,not tested,0,3,\r\n/);
  });

  it("orders turns by where they were met and counts the sessions that reached each", () => {
    expect(scenario?.turns.map((t) => [t.position, t.node, t.sessions])).toEqual([
      [1, "open", 3],
      [2, "push", 1],
    ]);
  });

  it("lists the signals that cost the most points on each turn", () => {
    expect(open?.costs.map((c) => [c.signal, c.dimension, c.count, c.points])).toEqual([
      ["blames", "calm", 2, 30],
      ["minimises", "empathy", 1, 30],
      ["no-sorry", "empathy", 1, 5],
    ]);
  });

  it("picks the best and worst replies with their scores, never the same reply twice", () => {
    // overall of "open" replies: Ana 50, Ben 40, Ana again 65 and 65
    expect(open?.best.map((r) => r.overall)).toEqual([65, 65]);
    expect(open?.worst.map((r) => [r.overall, r.trainee])).toEqual([
      [40, "Ben Okoro"],
      [50, "Ana Silva"],
    ]);
    expect(open?.worst[0]?.dimensions).toEqual({ calm: 40, empathy: null, honesty: null, boundaries: null });
    expect(push?.best.map((r) => r.overall)).toEqual([45]);
    expect(push?.worst).toEqual([]);
  });

  it("one trainee per name however it is spaced or cased, with first, latest and best overall", () => {
    expect(report.trainees.map((t) => [t.name, t.sessions, t.first, t.latest, t.best])).toEqual([
      ["Ana Silva", 2, 48, 65, 65],
      ["Ben Okoro", 1, 40, 40, 40],
    ]);
    const calm = report.trainees[0]?.dimensions.find((d) => d.dimension === "calm");
    expect(calm).toMatchObject({ sessions: 2, trend: "too early" });
    expect(report.trainees[0]?.dimensions.find((d) => d.dimension === "honesty")).toMatchObject({
      recent: null,
      trend: "not practised",
    });
  });
});

describe("pseudonyms", () => {
  it("are stable for a key, differ between keys, and ignore case and spacing", () => {
    expect(pseudonym("Ana Silva", "k1")).toBe(pseudonym(" ana   SILVA ", "k1"));
    expect(pseudonym("Ana Silva", "k1")).toMatch(/^Trainee [0-9A-F]{6}$/);
    expect(pseudonym("Ana Silva", "k1")).not.toBe(pseudonym("Ana Silva", "k2"));
    expect(pseudonym("Ana Silva", "k1")).not.toBe(pseudonym("Ben Okoro", "k1"));
  });

  it("stay distinct in a large team (colliding ones lengthen)", () => {
    const names = Array.from({ length: 3000 }, (_, i) => `Person ${i}`);
    const aliases = pseudonyms(names, "k");
    expect(new Set(aliases.values()).size).toBe(3000);
  });

  it.each([
    ["I'm Ana Silva from support", "I'm Trainee X from support"],
    ["ana silva here", "Trainee X here"],
    ["Ana\nSilva", "Trainee X"],
    ["This is Ana, how can I help?", "This is [name], how can I help?"],
    ["Silva speaking", "[name] speaking"],
    ["banana and analysis", "banana and analysis"],
    ["Will you hold? I will check.", "[name] you hold? I will check."],
  ])("scrub %j", (text, expected) => {
    const scrub = nameScrubber(["Ana Silva", "Will Moss"], () => "Trainee X");
    expect(scrub(text)).toBe(expected);
  });

  it("leave no name anywhere in the anonymised report, in any format", () => {
    const quoting = [
      ...SESSIONS,
      session("Will Moss", "2026-03-04T09:00:00.000Z", [
        turn(
          "open",
          { calm: 10 },
          { reply: "Hi, I'm Will Moss. Will Moss will sort it. ANA SILVA said so." },
        ),
      ]),
    ];
    const report = buildTeamReport(quoting, { anonymise: true, key: "secret" });
    const outputs = [
      JSON.stringify(report),
      renderTeamHtml(report),
      renderTeamMarkdown(report),
      renderTeamCsv(report),
    ];
    for (const text of outputs) {
      expect(text).not.toMatch(/ana|silva|okoro|moss/i);
      // "will" stays as a word; the name "Will" and "Ben" do not.
      expect(text).not.toMatch(/Will|Ben\b/);
    }
    expect(report.trainees.map((t) => t.name).sort()).toEqual(
      ["Ana Silva", "Ben Okoro", "Will Moss"].map((n) => pseudonym(n, "secret")).sort(),
    );
    const worst = report.scenarios[0]?.turns[0]?.worst[0];
    expect(worst?.reply).toBe(
      `Hi, I'm ${pseudonym("Will Moss", "secret")}. ${pseudonym("Will Moss", "secret")} will sort it. ${pseudonym("Ana Silva", "secret")} said so.`,
    );
    // Same key, same pseudonyms on another run.
    expect(buildTeamReport(quoting, { anonymise: true, key: "secret" }).trainees).toEqual(report.trainees);
    expect(report.anonymised).toBe(true);
  });
});

describe("team renderers", () => {
  const all = Object.values(HOSTILE).join(" ");
  const eve = session(`Eve ${HOSTILE.script}`, "2026-03-01T09:00:00.000Z", [
    turn(
      `node ${HOSTILE.quote}`,
      { calm: 30 },
      { reply: `Reply ${all}`, hurts: [[`sig ${HOSTILE.image}`, "calm", 9]] },
    ),
  ]);
  eve.transcript.scenario.title = `Title ${all}`;
  for (const t of eve.transcript.turns) t.customer = `Customer ${all}`;
  const hostile = [eve];
  const report = buildTeamReport(hostile);

  it("HTML escapes every piece of transcript text", () => {
    const html = renderTeamHtml(report);
    expect(html).not.toMatch(/<script|<img|<b>|\son\w+="/);
    expect(html).not.toMatch(UNSAFE_CHARACTERS);
    expect(html).toContain("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
  });

  it("Markdown escapes it: no links, images, raw HTML, headings or table cells of its own", () => {
    const text = renderTeamMarkdown(report);
    expect(text).not.toMatch(UNSAFE_CHARACTERS);
    expect(text).not.toMatch(/(?<!\\)<script|(?<!\\)\[click\]|(?<!\\)!\[i\]|^# not a heading/m);
    // Every table row keeps its column count: a "|" in a title or node is escaped.
    const rows = text.split("\n").filter((l) => l.startsWith("| 1 "));
    for (const row of rows) expect(row.split(/(?<!\\)\|/).length).toBe(10);
  });

  it.each([
    ["plain", "plain"],
    ["a,b", '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ["two\nlines", '"two\nlines"'],
    ['=HYPERLINK("http://x")', '"\'=HYPERLINK(""http://x"")"'],
    ["+1+1", "'+1+1"],
    ["-2", "'-2"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\t=1", "'\t=1"],
    [42, "42"],
    [null, ""],
  ])("CSV field %j is %j", (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it("CSV: a header and one row per scenario × turn × dimension, with CRLF line ends", () => {
    const csv = renderTeamCsv(buildTeamReport(SESSIONS));
    const lines = csv.split("\r\n");
    expect(lines[0]).toBe(
      "scenario_id,scenario_title,turn,node,customer,dimension,mean,band,sessions,turn_sessions,costly_signals",
    );
    expect(lines).toHaveLength(1 + 2 * 4 + 1);
    expect(lines[1]).toBe(
      "s1,Scenario s1,1,open,customer at open,calm,67,developing,3,3,blames (-30 over 2)",
    );
  });
});
