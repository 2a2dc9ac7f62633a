import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { scenarioFolders } from "../src/scenario/load.js";
import { loadProfiles } from "../src/scenario/profile.js";
import { cliPath, runCli, tempDir } from "./helpers/cli.js";
import { nextCommands, runShell } from "./helpers/next.js";
import { tmuxDriver } from "./helpers/tmux.js";

/**
 * `coach progress` and `coach next` on the built CLI, over a data folder holding transcripts that
 * real `coach run --answers` calls wrote (some moved back in time to test the review schedule).
 */
const warm = [
  "I'm so sorry, a week is far too soon for them to pack in, I can see why you're fed up.",
  "I can refund your card right now; your bank shows it in 3 to 5 working days.",
];
const cold = ["Calm down, that's just policy.", "Not my problem."];

let data: string;
const files = () => readdirSync(join(data, "sessions")).filter((n) => n.endsWith(".json"));

function run(scenario: string, replies: string[]): void {
  const answers = join(tempDir("answers-"), "answers.txt");
  writeFileSync(answers, `${replies.join("\n")}\n`);
  // Sessions are written as JSON transcripts into DATA/sessions (and stored in another data
  // folder), so they can be moved back in time before DATA's store imports them.
  const result = runCli(["run", scenario, "--answers", answers, "--out", join(data, "sessions")], {
    env: { COACH_DATA_DIR: tempDir("run-data-") },
  });
  expect(result.stderr).toBe("");
  expect(result.code).toBe(0);
}

/** Move every saved session `days` back in time, as if played then. */
function backdate(days: number): void {
  for (const name of files()) {
    const file = join(data, "sessions", name);
    const t = JSON.parse(readFileSync(file, "utf8"));
    const shift = (iso: string) => new Date(Date.parse(iso) - days * 86_400_000).toISOString();
    t.startedAt = shift(t.startedAt);
    if (t.endedAt) t.endedAt = shift(t.endedAt);
    writeFileSync(file, JSON.stringify(t));
  }
}

beforeAll(() => {
  data = tempDir("progress-data-");
  run("refund-thrown-product", warm);
  run("refund-thrown-product", cold);
  backdate(3);
  run("late-delivery-overpromise", cold);
  // A damaged file and a foreign one are skipped, not fatal.
  writeFileSync(join(data, "sessions", "broken.json"), '{"format": 1, "turns": [');
  writeFileSync(join(data, "sessions", "other.json"), '{"hello": "world"}');
}, 60_000);

describe("coach progress", () => {
  it("shows every dimension with a sparkline and figures, the weakest with advice, and the method", () => {
    const r = runCli(["progress", "--data", data]);
    // The first reader imports the transcripts once, and says how many, and which it could not read.
    expect(r.stderr).toMatch(
      /^coach: imported 3 saved sessions from .*; 2 files in .* could not be read as transcripts/,
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Progress over 3 sessions, \d{4}-\d\d-\d\d to \d{4}-\d\d-\d\d$/m);
    expect(r.stdout).toContain("now  latest  first  best");
    for (const d of ["calm", "empathy", "honesty", "boundaries"])
      expect(r.stdout).toMatch(new RegExp(`^ {2}${d} +[▁▂▃▄▅▆▇█·]{3} +\\d+ +\\d+ +\\d+ +\\d+$`, "m"));
    expect(r.stdout).toMatch(/Weakest lately: \w+ \(\d+\)\. What most often cost you\s+points there/);
    expect(r.stdout).toMatch(/^ {2}• [^\n]+(\n {4}[^\n]+)*: (once|twice|\d+ times), \d+\s+points in all\./m);
    expect(r.stdout).toMatch(/How these are computed: "now" is a recency-weighted mean/);
    expect(r.stdout).not.toContain("\u001b[");
  });

  it("--json returns the figures, the weakest dimension with its advice, and how they are computed", () => {
    const r = runCli(["progress", "--json"], { env: { COACH_DATA_DIR: data } });
    expect(r.code).toBe(0);
    const p = JSON.parse(r.stdout);
    expect(p.sessions).toBe(3);
    expect(p.method).toMatchObject({ halfLife: 5, unit: "sessions" });
    expect(p.dimensions.map((d: { dimension: string }) => d.dimension)).toEqual([
      "calm",
      "empathy",
      "honesty",
      "boundaries",
    ]);
    const calm = p.dimensions[0];
    expect(calm.series).toHaveLength(3);
    expect(calm.first.score).toBe(calm.series[0]);
    expect(calm.latest.score).toBe(calm.series[2]);
    expect(calm.best.score).toBe(Math.max(...calm.series));
    const weakest = p.dimensions.find((d: { dimension: string }) => d.dimension === p.weakest.dimension);
    expect(p.weakest.recent).toBe(Math.min(...p.dimensions.map((d: { recent: number }) => d.recent)));
    expect(weakest.recent).toBe(p.weakest.recent);
    expect(p.weakest.advice.length).toBeGreaterThan(0);
    expect(p.weakest.advice[0]).toMatchObject({ count: expect.any(Number), habit: expect.any(String) });
  });

  it("--scenario keeps one scenario's sessions and reads its advice from them", () => {
    const r = runCli(["progress", "--json", "--scenario", "refund-thrown-product", "--data", data]);
    expect(r.code).toBe(0);
    const p = JSON.parse(r.stdout);
    expect(p.sessions).toBe(2);
    expect(p.scenario).toEqual({ id: "refund-thrown-product", title: "The headphones on the counter" });
    const text = runCli(["progress", "--scenario", "refund-thrown-product", "--data", data]).stdout;
    expect(text).toMatch(/^Progress on The headphones on the counter over 2 sessions/);
    expect(text).toContain("Two sessions so far: too early to call a trend.");
  });

  it("--plain has fixed labels and digits for sparklines, no Unicode blocks", () => {
    const r = runCli(["progress", "--plain", "--data", data]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^calm: now \d+, latest \d+, first \d+, best \d+, over 3 sessions; by session\s+[\d.]{3}$/m,
    );
    expect(r.stdout).toMatch(/^METHOD: /m);
    expect(r.stdout).not.toMatch(/[▁▂▃▄▅▆▇█·•→]/);
  });

  it("follows NO_COLOR, and colours only when asked", () => {
    const coloured = runCli(["progress", "--data", data], { env: { NO_COLOR: "", FORCE_COLOR: "1" } });
    expect(coloured.stdout).toContain("\u001b[");
    const off = runCli(["progress", "--data", data], { env: { NO_COLOR: "1", FORCE_COLOR: "1" } });
    expect(off.stdout).not.toContain("\u001b[");
  });

  it("with no sessions says so plainly and exits 0", () => {
    const r = runCli(["progress", "--data", tempDir("empty-")]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^No scored sessions yet\./);
    const json = JSON.parse(runCli(["progress", "--json"]).stdout);
    expect(json.sessions).toBe(0);
    expect(
      json.dimensions.every((d: { practised: boolean; recent: null }) => !d.practised && d.recent === null),
    ).toBe(true);
  });

  it("rejects an unknown option with exit 2", () => {
    const r = runCli(["progress", "--since", "2026-01-01"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown option '--since'/);
  });
});

describe("coach next", () => {
  it("brings back the scenario whose last run was poor once its day is up, and says why", () => {
    const r = runCli(["next", "--json", "--data", data]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const rec = JSON.parse(r.stdout);
    expect(rec.scenario.id).toBe("refund-thrown-product");
    expect(rec.reasons[0].kind).toBe("review-poor");
    expect(rec.reasons[0].text).toMatch(/^Your last run \(\d{4}-\d\d-\d\d\) scored \d+/);
    expect(rec.review).toMatchObject({ runs: 2, intervalDays: 1, isDue: true, lastGood: false });
    expect(Date.parse(rec.due)).toBeLessThan(Date.now());
    expect(rec.command).toMatch(/coach run refund-thrown-product$/);
  });

  it("prints the scenario, the reasons and a command that starts it", () => {
    const r = runCli(["next", "--data", data]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^The headphones on the counter \(refund-thrown-product, difficulty \d of 5\)$/m,
    );
    expect(r.stdout).toMatch(/^ {2}• Your last run/m);
    const [command] = nextCommands(r.stdout);
    expect(command).toMatch(/coach run refund-thrown-product$/);
    const started = runShell(`${command} --json`, process.cwd(), {
      ...process.env,
      COACH_DATA_DIR: tempDir("started-"),
    });
    expect(started.code).toBe(0);
    expect(JSON.parse(started.stdout).scenario.id).toBe("refund-thrown-product");
  });

  it("with no sessions starts somewhere gentle, with the reason in --json", () => {
    const rec = JSON.parse(runCli(["next", "--json"]).stdout);
    expect(rec.reasons.map((r: { kind: string }) => r.kind)).toEqual(["first-session", "not-played"]);
    const shipped = loadProfiles(scenarioFolders(undefined, {}));
    expect(rec.scenario.difficulty).toBe(Math.min(...shipped.map((s) => s.difficulty)));
  });
});

describe("in a terminal (tmux)", () => {
  const socket = `coach-progress-${process.pid}`;
  let session = "";
  const { tmux, waitFor, killServer } = tmuxDriver({ socket, session: () => session });
  const start = (name: string, width: number, args: string) => {
    session = name;
    tmux(
      "new-session",
      "-d",
      "-s",
      name,
      "-x",
      String(width),
      "-y",
      "60",
      `env NO_COLOR=1 COACH_DATA_DIR='${data}' '${process.execPath}' '${cliPath}' ${args}; sleep 30`,
    );
  };
  afterAll(killServer);

  it.each([80, 60])("coach progress fits %i columns", async (width) => {
    start(`progress-${width}`, width, "progress");
    const screen = await waitFor(/not tested\./);
    const lines = screen.split("\n").filter((l) => l.trim());
    expect(lines[0]).toMatch(/^Progress over 3 sessions/);
    expect(screen).toMatch(/^ {2}empathy {5}[▁▂▃▄▅▆▇█]{3} +\d+/m);
    for (const line of lines) expect(line.length, line).toBeLessThanOrEqual(width);
  });

  it("the menu puts the suggested scenario first, with its reason", async () => {
    start("menu", 80, "");
    const screen = await waitFor(/Pick a scenario[\s\S]*Due again/);
    const choices = screen.split("\n").filter((l) => /^[❯ ] /.test(l));
    expect(choices[0]).toBe("❯ Suggested: The headphones on the counter");
    expect(screen).toMatch(/^Due again: last run \d+/m);
    tmux("send-keys", "-t", session, "C-c");
  });
});
