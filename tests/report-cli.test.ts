import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runCli, tempDir } from "./helpers/cli.js";
import { readOnlyDir, unmountAll } from "./helpers/io.js";
import {
  hostileTranscript,
  playScenario,
  REPLIES,
  type SavedTranscript,
  UNSAFE_CHARACTERS,
  writeTranscript,
} from "./report/fixtures.js";

let session: SavedTranscript;
let file: string;

beforeAll(async () => {
  session = await playScenario("late-delivery-overpromise", REPLIES);
  file = writeTranscript(tempDir("report-"), "session.json", session);
  return unmountAll;
});

/** A data folder holding saved sessions, as `coach run` leaves it. */
function dataFolder(sessions: Record<string, unknown>): string {
  const data = tempDir("report-data-");
  mkdirSync(join(data, "sessions"));
  for (const [name, transcript] of Object.entries(sessions))
    writeTranscript(join(data, "sessions"), name, transcript);
  return data;
}

describe("coach report", () => {
  it("--format html prints one self-contained page with every turn", () => {
    const { code, stdout, stderr } = runCli(["report", file, "--format", "html"]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toMatch(/^<!DOCTYPE html>/);
    expect(stdout.split('<article class="turn"').length - 1).toBe(session.turns.length);
    expect(stdout).toContain("The birthday parcel that did not come");
    expect(stdout).not.toMatch(/<script|<link|src="http/);
  });

  it("prints Markdown by default", () => {
    const { code, stdout, stderr } = runCli(["report", file]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toMatch(/^# Practice report: The birthday parcel that did not come\n/);
    for (let n = 1; n <= session.turns.length; n++) expect(stdout).toContain(`### Turn ${n}\n`);
    expect(stdout).toContain("**A model answer:**");
  });

  it("--format json prints the report model", () => {
    const { code, stdout } = runCli(["report", file, "--format", "json"]);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({
      format: 1,
      scenarioFile: "found",
      scenario: { id: "late-delivery-overpromise" },
    });
    expect(report.turns).toHaveLength(session.turns.length);
    expect(report.turns[0].scores.dimensions).toHaveProperty("calm");
    expect(report.card.anger[0]).toBe(session.anger.start);
  });

  it("last is the newest saved session; -o writes the file, in the format its name says", () => {
    const older = {
      ...session,
      startedAt: "2026-01-01T08:00:00.000Z",
      scenario: { ...session.scenario, title: "Older" },
    };
    const data = dataFolder({
      "2026-01-01T08-00-00-000Z-late-delivery-overpromise.json": older,
      "2026-03-02T09-15-00-000Z-late-delivery-overpromise.json": session,
    });
    const out = join(tempDir("report-out-"), "new", "report.html");
    const { code, stdout, stderr } = runCli(["report", "last", "-o", out], { env: { COACH_DATA_DIR: data } });
    expect(code).toBe(0);
    expect(stdout).toBe("");
    // The store imports the two transcripts the first time it opens, and says so.
    expect(stderr).toMatch(/^coach: imported 2 saved sessions from /);
    expect(stderr.endsWith(`Report written to ${out}\n`)).toBe(true);
    const html = readFileSync(out, "utf8");
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain("The birthday parcel that did not come");
    // With no argument, `last` is meant.
    const md = join(tempDir("report-out-"), "report.md");
    expect(runCli(["report", "-o", md], { env: { COACH_DATA_DIR: data } }).code).toBe(0);
    expect(readFileSync(md, "utf8")).toMatch(/^# Practice report: The birthday parcel/);
    // A stored session by its id, as `coach history` lists it.
    const history = JSON.parse(runCli(["history", "--json"], { env: { COACH_DATA_DIR: data } }).stdout);
    const oldest = history.sessions?.at?.(-1)?.id ?? history.at(-1).id;
    const named = runCli(["report", oldest, "--format", "json"], { env: { COACH_DATA_DIR: data } });
    expect(JSON.parse(named.stdout).scenario.title).toBe("Older");
  });

  it("-o with .json writes JSON; --format wins over the name", () => {
    const dir = tempDir("report-out-");
    expect(runCli(["report", file, "-o", join(dir, "r.json")]).code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, "r.json"), "utf8")).format).toBe(1);
    expect(runCli(["report", file, "--format", "md", "-o", join(dir, "r.txt")]).code).toBe(0);
    expect(readFileSync(join(dir, "r.txt"), "utf8")).toMatch(/^# Practice report/);
  });

  it("renders from the transcript alone when the scenario is gone, and never looks up a path from the file", () => {
    for (const id of ["no-such-scenario", "../../scenarios/late-delivery-overpromise"]) {
      const gone = writeTranscript(tempDir("report-"), "gone.json", {
        ...session,
        scenario: { ...session.scenario, id },
      });
      const { code, stdout } = runCli(["report", gone, "--format", "json"]);
      expect(code).toBe(0);
      const report = JSON.parse(stdout);
      expect(report.scenarioFile).toBe("missing");
      expect(report.turns.every((t: { models: string[] }) => t.models.length === 0)).toBe(true);
      expect(report.facts.sections.length).toBeGreaterThan(0);
    }
  });

  it("prints hostile transcript text without control or bidi characters", async () => {
    const hostile = writeTranscript(tempDir("report-"), "hostile.json", await hostileTranscript());
    for (const format of ["md", "html", "json"]) {
      const { code, stdout } = runCli(["report", hostile, "--format", format]);
      expect(code).toBe(0);
      expect(stdout).not.toMatch(UNSAFE_CHARACTERS);
    }
  });
});

describe("coach report: mistakes and failures", () => {
  it.each([
    [["report", "nope.json"], 2, /^error: no session `nope.json` \(`coach history` lists them\)/],
    [["report"], 2, /^error: no sessions saved yet; practise with `coach run SCENARIO` first/],
    [
      ["report", "FILE", "-o", "report.txt"],
      2,
      /^error: cannot tell the format from the name report.txt; end it in .html, .md or .json/,
    ],
    [["report", "FILE", "--format", "pdf"], 2, /argument 'pdf' is invalid/],
  ])("%j exits %i", (args, code, message) => {
    const result = runCli(args.map((a) => (a === "FILE" ? file : a)));
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(message);
    expect(result.code).toBe(code);
  });

  it("a file that is not a transcript is a content error naming where it goes wrong", () => {
    const dir = tempDir("report-bad-");
    writeFileSync(join(dir, "not.json"), "{ nope");
    const notJson = runCli(["report", join(dir, "not.json")]);
    expect(notJson.code).toBe(1);
    expect(notJson.stderr).toMatch(/not\.json is not a coach transcript: not valid JSON/);
    const broken = { ...session, turns: [{ ...session.turns[0], scorecard: { scores: "high" } }] };
    writeTranscript(dir, "broken.json", broken);
    const wrong = runCli(["report", join(dir, "broken.json")]);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/broken\.json is not a coach transcript: at turns\.0\.scorecard\.scores, /);
    expect(wrong.stderr).not.toMatch(/\n\s+at /);
  });

  it("-o naming a folder is a usage mistake; a folder that cannot be written is an I/O error", () => {
    const folder = tempDir("report-out-");
    const intoFolder = runCli(["report", file, "-o", folder, "--format", "html"]);
    expect(intoFolder.code).toBe(2);
    expect(intoFolder.stderr).toMatch(/is a folder; give a file name/);
    const readOnly = readOnlyDir();
    if (!readOnly) return; // neither chmod nor a read-only mount can stop this user here
    const denied = runCli(["report", file, "-o", join(readOnly, "r.html")]);
    expect(denied.code).toBe(3);
    expect(denied.stderr).toMatch(/^error: cannot write .*r\.html: /);
  });
});
