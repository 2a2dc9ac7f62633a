import { mkdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runCli, tempDir } from "./helpers/cli.js";
import {
  hostileTranscript,
  playScenario,
  REPLIES,
  type SavedTranscript,
  UNSAFE_CHARACTERS,
  writeTranscript,
} from "./report/fixtures.js";

/**
 * `coach team` and `coach report --progress` on the built CLI, over real sessions (shipped
 * scenarios played through the engine and the scorer) laid out as a trainer receives them:
 * a folder per trainee, a copied data folder, and a loose export that names its trainee.
 */
let team: string;
let data: string;
let named: string;
let ana1: string;
let sessions: SavedTranscript[];

const at = (day: number) => new Date(Date.UTC(2026, 2, day, 9, 0));

beforeAll(async () => {
  const late = (day: number, replies = REPLIES) =>
    playScenario("late-delivery-overpromise", replies, at(day));
  const billing = (day: number) => playScenario("billing-error-our-fault", REPLIES, at(day));
  sessions = [
    await late(1),
    await billing(2),
    await late(3, [REPLIES[1] as string, REPLIES[1] as string]),
    await late(4),
  ];
  const root = tempDir("team-");
  team = join(root, "team");
  mkdirSync(join(team, "ana"), { recursive: true });
  mkdirSync(join(team, "ben"), { recursive: true });
  ana1 = writeTranscript(join(team, "ana"), "one.json", sessions[0]);
  writeTranscript(join(team, "ana"), "two.json", sessions[1]);
  writeTranscript(join(team, "ben"), "one.json", sessions[2]);
  writeFileSync(join(team, "ben", "package.json"), '{"name": "not a transcript"}');
  // A link back to the top: a loop the scan must see and not follow.
  symlinkSync(team, join(team, "ben", "loop"));
  data = join(root, "cara");
  mkdirSync(join(data, "sessions"), { recursive: true });
  writeTranscript(join(data, "sessions"), "2026-03-04.json", sessions[3]);
  named = writeTranscript(root, "export.json", {
    ...sessions[3],
    trainee: "Dee Jones",
    startedAt: at(5).toISOString(),
  });
});

const json = (args: string[], env: NodeJS.ProcessEnv = {}) => {
  const result = runCli(["team", ...args, "--format", "json"], { env });
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.stdout);
};

describe("coach team", () => {
  it("reads files, folders (recursively) and data folders; names trainees by export, folder or data folder", () => {
    const { code, stdout, stderr } = runCli(["team", team, data, named, "--format", "json"]);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.sessions).toBe(5);
    expect(report.trainees.map((t: { name: string; sessions: number }) => [t.name, t.sessions])).toEqual([
      ["ana", 2],
      ["ben", 1],
      ["cara", 1],
      ["Dee Jones", 1],
    ]);
    expect(report.scenarios.map((s: { id: string; sessions: number }) => [s.id, s.sessions])).toEqual([
      ["billing-error-our-fault", 1],
      ["late-delivery-overpromise", 4],
    ]);
    expect(stderr).toMatch(/warning: skipped .*package\.json: not a coach transcript/);
    expect(stderr).toMatch(
      /warning: .*loop: this link leads back to a folder already searched; not followed/,
    );
  });

  it("counts a session given twice once", () => {
    const report = json([team, ana1]);
    expect(report.sessions).toBe(3);
  });

  it("prints Markdown by default: trainees, then each scenario's heat map and turns", () => {
    const { code, stdout } = runCli(["team", team]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^# Team report\n/);
    expect(stdout).toContain("## Trainees");
    expect(stdout).toContain("## The birthday parcel that did not come (late-delivery-overpromise)");
    expect(stdout).toMatch(/\| 1 opening \| 2 \| \d+ (strong|developing|needs work)/);
    expect(stdout).toContain("**Worst replies:**");
  });

  it("-o .html writes one self-contained page with a heat map whose cells carry numbers", () => {
    const out = join(tempDir("team-out-"), "deep", "team.html");
    const { code, stdout, stderr } = runCli(["team", team, "-o", out]);
    expect(code).toBe(0);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/Team report written to .*team\.html/);
    const html = readFileSync(out, "utf8");
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).not.toMatch(/<script|<link|src="http/);
    expect(html).toMatch(
      /<td class="heat band-[a-z-]+" title="Turn 1, calm: \d+, [a-z ]+, over 2 sessions">(<span aria-hidden="true">▼<\/span>)?\d+<span class="vh"> /,
    );
  });

  it("CSV: one row per scenario × turn × dimension", () => {
    const report = json([team]);
    const { code, stdout } = runCli(["team", team, "--format", "csv"]);
    expect(code).toBe(0);
    const rows = stdout.trimEnd().split("\r\n");
    const turns = report.scenarios.reduce((n: number, s: { turns: unknown[] }) => n + s.turns.length, 0);
    expect(rows).toHaveLength(1 + turns * 4);
    expect(rows[0]).toBe(
      "scenario_id,scenario_title,turn,node,customer,dimension,mean,band,sessions,turn_sessions,costly_signals",
    );
    expect(rows[1]).toMatch(/^billing-error-our-fault,"Charged twice, rent bounced",1,opening,/);
  });

  it("CSV defuses formulas that a doctored transcript puts in a cell", () => {
    const dir = tempDir("team-csv-");
    const evil = structuredClone(sessions[0]) as SavedTranscript;
    evil.scenario.title = '=HYPERLINK("http://evil.example","click")';
    for (const t of evil.turns) {
      t.node = "+cmd|' /C calc'!A0";
      t.customer = "@SUM(1+1)";
    }
    writeTranscript(dir, "evil.json", evil);
    const { code, stdout } = runCli(["team", dir, "--format", "csv"]);
    expect(code).toBe(0);
    const row = stdout.split("\r\n")[1] ?? "";
    expect(row).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(row).toContain("'+cmd|' /C calc'!A0");
    expect(row).toContain("'@SUM(1+1)");
    for (const line of stdout.split("\r\n")) expect(line).not.toMatch(/(^|,)[=+@-]/);
  });

  it("prints hostile transcript text without markup, control or bidi characters", async () => {
    const dir = tempDir("team-hostile-");
    writeTranscript(dir, "hostile.json", await hostileTranscript());
    for (const format of ["md", "html", "csv", "json"]) {
      const { code, stdout } = runCli(["team", dir, "--format", format]);
      expect(code).toBe(0);
      // CSV's records end in CRLF (RFC 4180); no other control character may appear.
      expect(stdout.replace(/\r\n/g, "\n")).not.toMatch(UNSAFE_CHARACTERS);
      if (format === "html") expect(stdout).not.toMatch(/<script|<img|\son\w+="/);
      if (format === "md") expect(stdout).not.toMatch(/(?<!\\)<script|^# not a heading/m);
    }
  });

  it("--anonymise: stable pseudonyms with the key kept in the data folder, and no names", () => {
    const home = tempDir("team-home-");
    const env = { COACH_DATA_DIR: home };
    const first = runCli(["team", team, data, named, "--anonymise", "--format", "md"], { env });
    const second = runCli(["team", team, data, named, "--anonymise", "--format", "md"], { env });
    expect(first.code).toBe(0);
    expect(second.stdout).toBe(first.stdout);
    expect(first.stdout).not.toMatch(/\b(?:ana|ben|cara|dee|jones)\b/i);
    expect(first.stdout).toMatch(/Trainee [0-9A-F]{6}/);
    expect(statSync(join(home, "team.key")).mode & 0o777).toBe(0o600);
    // Another data folder, another key: other pseudonyms. COACH_TEAM_KEY gives the same ones anywhere.
    const other = runCli(["team", team, "--anonymise", "--format", "json"]);
    const keyed = (dir: string) =>
      json([team, "--anonymise"], { COACH_DATA_DIR: dir, COACH_TEAM_KEY: "shared" }).trainees.map(
        (t: { name: string }) => t.name,
      );
    expect(JSON.parse(other.stdout).trainees[0].name).not.toBe(
      json([team, "--anonymise"], env).trainees[0].name,
    );
    expect(keyed(tempDir("k1-"))).toEqual(keyed(tempDir("k2-")));
  });

  it.each([
    [["team"], 2, /missing required argument 'paths'/],
    [["team", "nope-folder"], 2, /^error: no such file or folder: nope-folder/],
    [["team", "EMPTY"], 2, /^error: no sessions found in .*; give transcript files/],
    [
      ["team", "TEAM", "-o", "team.txt"],
      2,
      /^error: cannot tell the format from the name team\.txt; end it in \.html, \.md, \.csv or \.json/,
    ],
    [["team", "TEAM", "--format", "pdf"], 2, /argument 'pdf' is invalid/],
    [["team", "BAD"], 1, /^error: .*bad\.json is not a coach transcript: not valid JSON/],
  ])("%j exits %i", (args, code, message) => {
    const dir = tempDir("team-err-");
    writeFileSync(join(dir, "bad.json"), "{ nope");
    mkdirSync(join(dir, "empty"));
    const map: Record<string, string> = { TEAM: team, EMPTY: join(dir, "empty"), BAD: join(dir, "bad.json") };
    const result = runCli(args.map((a) => map[a] ?? a));
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(message);
    expect(result.code).toBe(code);
  });
});

describe("coach run --name: the trainee travels with the session", () => {
  it("--name and COACH_NAME are saved in the transcript, and coach team uses them", () => {
    const out = tempDir("team-run-");
    const answers = join(out, "answers.txt");
    writeFileSync(answers, `${REPLIES.join("\n")}\n`);
    const run = (args: string[], env: NodeJS.ProcessEnv = {}) =>
      runCli(["run", "late-delivery-overpromise", "--answers", answers, "--out", out, ...args], { env });
    expect(run(["--name", "  Ana   Silva "]).code).toBe(0);
    expect(run([], { COACH_NAME: "Ben Okoro" }).code).toBe(0);
    const report = json([out]);
    expect(report.trainees.map((t: { name: string }) => t.name)).toEqual(["Ana Silva", "Ben Okoro"]);
    const bad = run(["--name", "bad\u001b[31mname"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--name \(or COACH_NAME\) must be a name of 1 to 100 printable characters/);
  });
});

describe("coach report --progress", () => {
  it("renders the progress view of a data folder as Markdown, JSON and HTML", () => {
    const dir = tempDir("progress-data-");
    mkdirSync(join(dir, "sessions"));
    for (const [i, s] of sessions.entries()) writeTranscript(join(dir, "sessions"), `s${i}.json`, s);
    const md = runCli(["report", "--progress", "--data", dir]);
    expect(md.code, md.stderr).toBe(0);
    expect(md.stdout).toMatch(/^# Progress report: all scenarios\n/);
    expect(md.stdout).toContain("| Dimension | Now | First | Latest | Best | Sessions | Trend |");
    expect(md.stdout).toMatch(/\| 4 \| 2026-03-04 \| The birthday parcel that did not come \|/);
    const page = JSON.parse(runCli(["report", "--progress", "--data", dir, "--format", "json"]).stdout);
    expect(page.sessions).toBe(4);
    expect(page.window).toHaveLength(4);
    expect(page.dimensions.map((d: { series: unknown[] }) => d.series.length)).toEqual([4, 4, 4, 4]);
    const out = join(tempDir("progress-out-"), "progress.html");
    const html = runCli(["report", "--progress", "-o", out], { env: { COACH_DATA_DIR: dir } });
    expect(html.code, html.stderr).toBe(0);
    const text = readFileSync(out, "utf8");
    expect(text.match(/<svg [^>]*role="img"/g)).toHaveLength(4);
    expect(text.match(/<tbody>[\s\S]*?<\/tbody>/)?.[0].match(/<tr>/g)).toHaveLength(4);
    expect(text).not.toMatch(/<script/);
  });

  it("with no sessions yet says so, and a session with --progress is a usage mistake", () => {
    const empty = runCli(["report", "--progress", "--format", "md"]);
    expect(empty.code).toBe(0);
    expect(empty.stdout).toContain("Once you have practised");
    const both = runCli(["report", ana1, "--progress"]);
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/--progress covers all your sessions/);
    // --data also names where a stored session is; a transcript file given by path needs none.
    const data = runCli(["report", ana1, "--data", "x", "--format", "md"]);
    expect(data.code).toBe(0);
  });
});
