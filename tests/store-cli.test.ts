import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DatabaseSync } from "node:sqlite";
import { afterAll, describe, expect, it } from "vitest";
import { SCHEMA_VERSION } from "../src/store/schema.js";
import { cliPath, runCli, runShell, tempDir } from "./helpers/cli.js";
import { fullDisk, readOnlyDir, unmountAll } from "./helpers/io.js";
import { storedSessions } from "./helpers/store.js";
import { tmuxDriver } from "./helpers/tmux.js";

/**
 * The session store through the built binary: coach run saves there, old JSON transcripts are
 * imported once, history/show/export read it, and a store that cannot be used never loses a
 * session (a JSON file instead, exit 3). Every test has a data folder of its own.
 */

afterAll(unmountAll);

const good = "A week is far too soon for them to stop working, I can see why you're fed up.";
const refund = "I will put it through now; your bank shows it in 3 to 5 working days.";
const env = (data: string) => ({ COACH_DATA: data, TZ: "UTC" });

/** Play a session of `scenario` into `data`; returns the transcript coach printed. */
function play(data: string, replies: string[], scenario = "refund-thrown-product") {
  const { code, stdout, stderr } = runCli(["run", scenario, "--json"], {
    input: `${replies.join("\n")}\n`,
    env: env(data),
  });
  expect(stderr).not.toMatch(/error|internal/);
  expect(code).toBe(0);
  return JSON.parse(stdout);
}

function history(data: string, ...args: string[]) {
  const result = runCli(["history", "--json", ...args], { env: env(data) });
  return { ...result, sessions: result.code === 0 ? JSON.parse(result.stdout) : undefined };
}

describe("coach run saves into the store", () => {
  it("the session is in coach.db with its id, and nothing is written to the sessions folder", () => {
    const data = tempDir();
    const { code, stdout } = runCli(["run", "refund-thrown-product"], { input: `${good}\n`, env: env(data) });
    expect(code).toBe(0);
    const id = /^SAVED: session (\w+) in (.+)$/m.exec(stdout);
    expect(id?.[2]).toBe(join(data, "coach.db"));
    const [stored, ...more] = storedSessions(data);
    expect(more).toEqual([]);
    expect(stored?.summary.id).toBe(id?.[1]);
    expect(stored?.transcript.turns.map((t) => t.reply)).toEqual([good]);
    expect(existsSync(join(data, "sessions"))).toBe(false);
    expect(statSync(join(data, "coach.db")).mode & 0o777).toBe(0o600);
  });

  it("--data chooses the folder, over COACH_DATA", () => {
    const data = tempDir();
    const other = tempDir();
    const { code } = runCli(["run", "refund-thrown-product", "--data", other], {
      input: `${good}\n`,
      env: env(data),
    });
    expect(code).toBe(0);
    expect(storedSessions(other)).toHaveLength(1);
    expect(storedSessions(data)).toHaveLength(0);
    expect(history(data, "--data", other).sessions).toHaveLength(1);
  });

  it("COACH_DATA_DIR, the older name, still chooses the folder", () => {
    const data = tempDir();
    const { code } = runCli(["run", "refund-thrown-product"], {
      input: `${good}\n`,
      env: { COACH_DATA: "", COACH_DATA_DIR: data },
    });
    expect(code).toBe(0);
    expect(storedSessions(data)).toHaveLength(1);
  });

  it("four sessions at once into one store: all saved, none corrupted", () => {
    const data = tempDir();
    const { stdout } = runShell(
      `for i in 1 2 3 4; do (printf '%s\\n%s\\n' "${good}" "${refund}" | coach run refund-thrown-product >/dev/null 2>&1; echo "exit=$?") & done; wait`,
      { env: env(data) },
    );
    expect(stdout.trim().split("\n").sort()).toEqual(["exit=0", "exit=0", "exit=0", "exit=0"]);
    const sessions = storedSessions(data);
    expect(sessions).toHaveLength(4);
    expect(new Set(sessions.map((s) => s.summary.id)).size).toBe(4);
    for (const s of sessions) expect(s.transcript.turns.map((t) => t.reply)).toEqual([good, refund]);
    const db = new DatabaseSync(join(data, "coach.db"), { readOnly: true });
    expect(db.prepare("PRAGMA integrity_check").get()).toEqual({ integrity_check: "ok" });
    expect(db.prepare("SELECT count(*) AS n FROM turns").get()).toEqual({ n: 8 });
    db.close();
  });
});

describe("a store that cannot be used never loses the session (exit 3)", () => {
  it("a damaged coach.db: a JSON copy in the sessions folder, the file untouched, imported once it is fixed", () => {
    const data = tempDir();
    const garbage = "this is not a database, it is a shopping list\n".repeat(200);
    writeFileSync(join(data, "coach.db"), garbage);
    const { code, stdout, stderr } = runCli(["run", "refund-thrown-product"], {
      input: `${good}\n`,
      env: env(data),
    });
    expect(code).toBe(3);
    expect(stdout).toMatch(/^OUTCOME: Unfinished after 1 reply/m);
    expect(stderr).toContain(`error: could not save the session in ${join(data, "coach.db")}:`);
    expect(stderr).toContain("it is not a coach database, or it is damaged");
    expect(stderr).toContain("coach adds it to your history the next time it can open the store");
    expect(stderr).not.toMatch(/internal error|at .*\.js:\d+/);
    expect(readFileSync(join(data, "coach.db"), "utf8")).toBe(garbage);
    const files = readdirSync(join(data, "sessions"));
    expect(files).toHaveLength(1);

    const broken = runCli(["history"], { env: env(data) });
    expect(broken.code).toBe(3);
    expect(broken.stderr).toMatch(/^error: cannot use .*coach\.db: it is not a coach database/m);

    rmSync(join(data, "coach.db"));
    const fixed = history(data);
    expect(fixed.stderr).toContain(`coach: imported 1 saved session from ${join(data, "sessions")}`);
    expect(fixed.sessions.map((s: { turns: number }) => s.turns)).toEqual([1]);
    expect(readdirSync(join(data, "sessions"))).toEqual(files); // nothing deleted
  });

  it("a read-only data folder: saved in the temporary folder instead, with a clear message", (context) => {
    const data = readOnlyDir();
    if (!data) return context.skip("cannot make a read-only folder here (root without mount)");
    const tmp = tempDir();
    const { code, stdout, stderr } = runCli(["run", "refund-thrown-product"], {
      input: `${good}\n`,
      env: { ...env(data), TMPDIR: tmp },
    });
    expect(code).toBe(3);
    expect(stdout).toMatch(/^OUTCOME:/m);
    expect(stderr).toMatch(
      /could not save the session in .*coach\.db: .*(permission denied|read-only|cannot be opened)/,
    );
    const saved = /Your transcript is saved in (.+) instead\./.exec(stderr)?.[1] as string;
    expect(saved.startsWith(tmp)).toBe(true);
    expect(JSON.parse(readFileSync(saved, "utf8")).turns).toHaveLength(1);
    expect(readdirSync(data)).toEqual([]);
    expect(stderr).not.toMatch(/internal error|at .*\.js:\d+/);
  });

  it("a store another process holds locked for more than 5 s: a JSON copy, imported once the lock is gone", () => {
    const data = tempDir();
    play(data, [good]);
    const holder = new DatabaseSync(join(data, "coach.db"));
    holder.exec("BEGIN IMMEDIATE");
    let run: ReturnType<typeof runCli>;
    try {
      run = runCli(["run", "refund-thrown-product"], { input: `${refund}\n`, env: env(data) });
    } finally {
      holder.exec("ROLLBACK");
      holder.close();
    }
    expect(run.code).toBe(3);
    expect(run.stderr).toContain("another coach has held it locked for more than 5 s (SQLITE_BUSY)");
    expect(run.stdout).toMatch(/^OUTCOME:/m);
    const { stderr, sessions } = history(data);
    expect(stderr).toContain("imported 1 saved session");
    expect(sessions.map((s: { turns: number }) => s.turns)).toEqual([1, 1]);
  });

  it("a full disk under the store: the earlier sessions stay whole, the new one is kept elsewhere", (context) => {
    const data = fullDisk(128, 1024);
    if (!data) return context.skip("cannot mount a small tmpfs here");
    const first = play(data, [good, refund]);
    // Fill what is left, a page at a time.
    for (let n = 0; ; n++)
      try {
        writeFileSync(join(data, `.fill-${n}`), Buffer.alloc(4096, 1));
      } catch {
        break;
      }
    const tmp = tempDir();
    const run = runCli(["run", "refund-thrown-product"], {
      input: `${good}\n${refund}\n${good}\n`,
      env: { ...env(data), TMPDIR: tmp },
    });
    expect(run.code).toBe(3);
    expect(run.stdout).toMatch(/^OUTCOME:/m);
    expect(run.stderr).toContain(`could not save the session in ${join(data, "coach.db")}: the disk is full`);
    expect(run.stderr).not.toMatch(/internal error|at .*\.js:\d+/);
    // With room again, the store is whole and holds the earlier session.
    for (const name of readdirSync(data)) if (name.startsWith(".fill")) rmSync(join(data, name));
    const db = new DatabaseSync(join(data, "coach.db"), { readOnly: true });
    expect(db.prepare("PRAGMA integrity_check").get()).toEqual({ integrity_check: "ok" });
    db.close();
    const stored = storedSessions(data).map((s) => s.transcript);
    expect(stored).toContainEqual(first);
    const saved = /Your transcript is saved in (.+) instead/.exec(run.stderr)?.[1];
    const kept = saved ? JSON.parse(readFileSync(saved, "utf8")) : stored.find((t) => t !== first);
    expect(kept.turns.length).toBeGreaterThanOrEqual(1);
  });

  it("a store in a folder that became read-only: history and show still read it; a run saves elsewhere", (context) => {
    const data = fullDisk(256, 2048);
    if (!data) return context.skip("cannot mount a small tmpfs here");
    rmSync(join(data, ".filler"));
    const first = play(data, [good]);
    try {
      execFileSync("mount", ["-o", "remount,ro", data], { stdio: "ignore" });
    } catch {
      return context.skip("cannot remount read-only here");
    }
    const listed = history(data);
    expect(listed.code).toBe(0);
    expect(listed.sessions).toHaveLength(1);
    expect(JSON.parse(runCli(["export", "last"], { env: env(data) }).stdout)).toEqual(first);
    const tmp = tempDir();
    const run = runCli(["run", "refund-thrown-product"], {
      input: `${good}\n`,
      env: { ...env(data), TMPDIR: tmp },
    });
    expect(run.code).toBe(3);
    expect(run.stderr).toContain("it can only be read here (the file or its folder is read-only)");
    expect(run.stderr).toContain(`Your transcript is saved in ${tmp}`);
  });

  it("a store written by a newer coach is left alone", () => {
    const data = tempDir();
    play(data, [good]);
    const db = new DatabaseSync(join(data, "coach.db"));
    db.exec("PRAGMA user_version = 99");
    db.close();
    const { code, stderr } = runCli(["history"], { env: env(data) });
    expect(code).toBe(3);
    expect(stderr).toContain(
      `a newer coach wrote it (schema 99; this coach knows ${SCHEMA_VERSION}); update coach`,
    );
  });
});

describe("importing the JSON transcripts of earlier versions", () => {
  it("imports each once, skips and counts a damaged file, deletes nothing", () => {
    const source = tempDir();
    const first = play(source, [good]);
    const second = play(source, [good, refund], "late-delivery-overpromise");
    const data = tempDir();
    const sessions = join(data, "sessions");
    mkdirSync(sessions);
    writeFileSync(join(sessions, "2026-01-01-a.json"), JSON.stringify(first, null, 2));
    writeFileSync(join(sessions, "2026-01-02-b.json"), JSON.stringify(second, null, 2));
    writeFileSync(join(sessions, "copy-of-a.json"), JSON.stringify(first, null, 2)); // same content
    writeFileSync(join(sessions, "cut-off.json"), JSON.stringify(second).slice(0, 300));
    const before = readdirSync(sessions).sort();

    const once = history(data);
    expect(once.code).toBe(0);
    expect(once.stderr).toContain(
      `coach: imported 2 saved sessions from ${sessions} into ${join(data, "coach.db")}`,
    );
    expect(once.stderr).toContain("1 file in");
    expect(once.stderr).toContain("cut-off.json");
    expect(once.sessions.map((s: { scenarioId: string }) => s.scenarioId).sort()).toEqual([
      "late-delivery-overpromise",
      "refund-thrown-product",
    ]);
    // The stored transcript is the file's, exactly.
    const shown = runCli(["export", once.sessions[0].id], { env: env(data) });
    expect(JSON.parse(shown.stdout)).toEqual(
      once.sessions[0].scenarioId === first.scenario.id ? first : second,
    );

    const again = history(data);
    expect(again.stderr).toBe("");
    expect(again.sessions).toEqual(once.sessions);
    expect(readdirSync(sessions).sort()).toEqual(before);

    // A new file that lands later (a fallback from a failed save) is imported on the next open.
    const third = play(source, [refund]);
    writeFileSync(join(sessions, "later.json"), JSON.stringify(third));
    const later = history(data);
    expect(later.stderr).toContain("imported 1 saved session");
    expect(later.sessions).toHaveLength(3);
  });
});

describe("importing transcripts that lack fields", () => {
  it("a transcript without some per-turn fields is still imported; exported as it was", () => {
    const source = tempDir();
    const transcript = play(source, [good, refund]);
    for (const turn of transcript.turns) {
      delete turn.node;
      delete turn.angerAfter;
      delete turn.answeredAt;
    }
    const data = tempDir();
    mkdirSync(join(data, "sessions"));
    writeFileSync(join(data, "sessions", "old.json"), JSON.stringify(transcript));
    const { stderr, sessions } = history(data);
    expect(stderr).toContain("imported 1 saved session");
    expect(sessions[0].turns).toBe(2);
    expect(JSON.parse(runCli(["export", "last"], { env: env(data) }).stdout)).toEqual(transcript);
  });
});

describe("moving sessions with coach export --all", () => {
  it("the exported file, put in another data folder's sessions folder, brings every session across", () => {
    const from = tempDir();
    const played = [play(from, [good]), play(from, [good, refund], "late-delivery-overpromise")];
    const to = tempDir();
    mkdirSync(join(to, "sessions"));
    const exported = runCli(["export", "--all", "-o", join(to, "sessions", "backup.json")], {
      env: env(from),
    });
    expect(exported.code).toBe(0);
    const { stderr, sessions } = history(to);
    expect(stderr).toContain("imported 2 saved sessions");
    const moved = sessions.map((s: { id: string }) =>
      JSON.parse(runCli(["export", s.id], { env: env(to) }).stdout),
    );
    expect(moved).toEqual([...played].reverse());
    expect(history(to).stderr).toBe("");
  });
});

describe("coach history", () => {
  const data = tempDir();
  const sessions = [
    play(data, [good]),
    play(data, [good, refund], "late-delivery-overpromise"),
    play(data, [refund]),
  ];

  it("lists sessions newest first, with scores and '–' for an untested dimension", () => {
    const { code, stdout } = runCli(["history"], { env: env(data) });
    expect(code).toBe(0);
    const lines = stdout.split("\n");
    expect(lines[0]).toMatch(/^ID\s+DATE\s+SCENARIO\s+RESULT\s+ALL CLM EMP HON BND$/);
    const rows = lines.filter((l) => /^\w{6} \d{4}-\d\d-\d\d/.test(l));
    expect(rows).toHaveLength(3);
    expect(rows[0]).toContain("refund-thrown-product");
    expect(rows[1]).toContain("late-delivery-overpromise");
    for (const row of rows) expect(row.length).toBeLessThanOrEqual(80);
    expect(stdout).toContain("`coach show ID` replays one");
  });

  it("--json gives the summaries the report card agrees with", () => {
    const { sessions: listed } = history(data);
    expect(listed).toHaveLength(3);
    expect(listed.map((s: { startedAt: string }) => s.startedAt)).toEqual(
      sessions.map((s) => s.startedAt).reverse(),
    );
    const show = JSON.parse(runCli(["show", listed[1].id, "--json"], { env: env(data) }).stdout);
    expect(listed[1].overall).toBe(show.report.overall);
    for (const d of ["calm", "empathy", "honesty", "boundaries"])
      expect(listed[1].dimensions[d]).toBe(show.report.dimensions[d].average);
  });

  it("--scenario, --since and --limit filter", () => {
    expect(history(data, "--scenario", "late-delivery-overpromise").sessions).toHaveLength(1);
    expect(history(data, "--scenario", "nope").sessions).toEqual([]);
    expect(history(data, "--since", "2999-01-01").sessions).toEqual([]);
    expect(history(data, "--since", "7d").sessions).toHaveLength(3);
    expect(history(data, "--since", sessions[1].startedAt).sessions).toHaveLength(2);
    expect(history(data, "--limit", "2").sessions).toHaveLength(2);
    const text = runCli(["history", "--limit", "1"], { env: env(data) });
    expect(text.stdout).toContain("1 of 3 sessions (--limit 0 for all)");
    const none = runCli(["history", "--scenario", "nope"], { env: env(data) });
    expect(none.stdout).toContain("No sessions match.");
  });

  it("bad filters are usage mistakes (exit 2)", () => {
    const since = runCli(["history", "--since", "last tuesday"], { env: env(data) });
    expect(since.code).toBe(2);
    expect(since.stderr).toContain("--since takes a date (2026-11-30)");
    const limit = runCli(["history", "--limit", "-3"], { env: env(data) });
    expect(limit.code).toBe(2);
    expect(limit.stderr).toContain("--limit takes a whole number");
  });

  it("--plain: one labelled line per session", () => {
    const { stdout } = runCli(["history", "--plain"], { env: env(data) });
    expect(stdout).toMatch(
      /^SESSION \w{6}, \d{4}-\d\d-\d\d \d\d:\d\d, refund-thrown-product: \w[\w-]* after 1 reply; overall \d+; calm \d+, empathy (\d+|not tested)/m,
    );
  });

  it("an empty store says how to start", () => {
    const { code, stdout } = runCli(["history"], { env: env(tempDir()) });
    expect(code).toBe(0);
    expect(stdout).toContain("No sessions yet.");
  });
});

describe("coach show and coach export", () => {
  const data = tempDir();
  const played = [play(data, [good]), play(data, [good, refund])];

  it("show last replays the newest session: customer lines, replies, scores, tips, report card", () => {
    const { code, stdout } = runCli(["show", "last", "--plain"], { env: env(data) });
    expect(code).toBe(0);
    const last = played[1];
    expect(stdout).toContain(`CUSTOMER (Marcus): ${last.turns[0].customer}`);
    expect(stdout).toContain(`YOU: ${good}`);
    expect(stdout).toContain(`YOU: ${refund}`);
    expect(stdout).toMatch(/^SCORE empathy \d+ (strong|developing|needs work)$/m);
    expect(stdout).toMatch(/^TIP: /m);
    expect(stdout).toContain("REPORT: The headphones on the counter");
    expect(stdout).toContain("HELP USED: 0 hints used, 0 retries, 0 model answers seen");
  });

  it("show takes the first letters of an id", () => {
    const [newest] = history(data).sessions;
    const { code, stdout } = runCli(["show", newest.id.slice(0, 4), "--json"], { env: env(data) });
    expect(code).toBe(0);
    const shown = JSON.parse(stdout);
    expect(shown.session.id).toBe(newest.id);
    expect(shown.transcript).toEqual(played[1]);
    expect(shown.report.turns).toBe(2);
  });

  it("an unknown id is a usage mistake (exit 2) with a 'did you mean'", () => {
    const [newest] = history(data).sessions;
    const typo = `${newest.id.slice(0, 5)}${newest.id[5] === "z" ? "y" : "z"}`;
    const { code, stdout, stderr } = runCli(["show", typo], { env: env(data) });
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain(`error: no session \`${typo}\`; did you mean ${newest.id}`);
    const empty = runCli(["show", "last"], { env: env(tempDir()) });
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain("no sessions saved yet");
  });

  it("show replays earlier attempts with their scores, hints used and model answers seen", () => {
    const source = tempDir();
    const [earlier] = play(source, [good]).turns;
    const transcript = play(source, [refund, good]);
    transcript.turns[0] = {
      ...transcript.turns[0],
      hintUsed: true,
      modelSeen: true,
      attempts: [{ ...earlier, hintUsed: false }],
    };
    const data = tempDir();
    mkdirSync(join(data, "sessions"));
    writeFileSync(join(data, "sessions", "retried.json"), JSON.stringify(transcript));
    const [summary] = history(data).sessions;
    expect(summary).toMatchObject({ retries: 1, hintsUsed: 1, modelsSeen: 1 });
    const { code, stdout } = runCli(["show", "last", "--plain"], { env: env(data) });
    expect(code).toBe(0);
    const attempt = stdout.indexOf(`ATTEMPT 1: ${good}`);
    const last = stdout.indexOf(`YOU: ${refund}`);
    expect(attempt).toBeGreaterThan(-1);
    expect(last).toBeGreaterThan(attempt);
    expect(stdout.slice(attempt, last)).toMatch(
      new RegExp(`SCORES: overall ${earlier.scorecard.overall}; calm ${earlier.scorecard.scores.calm}`),
    );
    expect(stdout.slice(last)).toMatch(/^AFTER A HINT\nMODEL ANSWER SEEN$/m);
    expect(stdout).toContain("HELP USED: 1 hint used, 1 retry, 1 model answer seen");
  });

  it("export prints a transcript as coach run --json did; --all an array; -o writes a file", () => {
    const one = runCli(["export"], { env: env(data) });
    expect(one.code).toBe(0);
    expect(JSON.parse(one.stdout)).toEqual(played[1]);
    const all = runCli(["export", "--all"], { env: env(data) });
    expect(JSON.parse(all.stdout)).toEqual([played[1], played[0]]);
    const file = join(tempDir(), "out", "sessions.json");
    const written = runCli(["export", "--all", "-o", file], { env: env(data) });
    expect(written.code).toBe(0);
    expect(written.stderr).toContain(`Exported 2 sessions to ${file}`);
    expect(JSON.parse(readFileSync(file, "utf8"))).toEqual([played[1], played[0]]);
    const both = runCli(["export", "last", "--all"], { env: env(data) });
    expect(both.code).toBe(2);
  });

  it("commands that do not need the store do not create it", () => {
    const fresh = tempDir();
    for (const args of [["list"], ["score", good], ["validate", "scenarios/refund-thrown-product.yaml"]])
      expect(runCli(args, { env: env(fresh) }).code).toBe(0);
    expect(readdirSync(fresh)).toEqual([]);
  });
});

describe("the old JSON copy of a session the store also holds", () => {
  it("is not imported twice: --out's fallback copy in the sessions folder matches the stored session", () => {
    const data = tempDir();
    const file = join(tempDir(), "not-a-folder");
    writeFileSync(file, "");
    const run = runCli(["run", "refund-thrown-product", "--out", file], {
      input: `${good}\n`,
      env: env(data),
    });
    expect(run.code).toBe(3);
    expect(readdirSync(join(data, "sessions"))).toHaveLength(1);
    const { sessions, stderr } = history(data);
    expect(stderr).toBe("");
    expect(sessions).toHaveLength(1);
  });

  it("a fixture copied in by hand is imported with the same id into any store", () => {
    const source = tempDir();
    const transcript = play(source, [good]);
    const ids = [tempDir(), tempDir()].map((data) => {
      mkdirSync(join(data, "sessions"));
      writeFileSync(join(data, "sessions", "a.json"), JSON.stringify(transcript));
      return history(data).sessions[0].id;
    });
    expect(ids[0]).toBe(ids[1]);
  });
});

describe("the menu on another data folder", () => {
  it("coach --data DIR shows the best score from that folder's store", async () => {
    const data = tempDir();
    play(data, [good]);
    const [session] = history(data).sessions;
    const name = `menu-${process.pid}`;
    const { tmux, waitFor } = tmuxDriver({ socket: `coach-store-${process.pid}`, session: () => name });
    tmux(
      "new-session",
      "-d",
      "-s",
      name,
      "-x",
      "100",
      "-y",
      "30",
      // COACH_DATA names an empty folder: the bests can only come from --data.
      `env NO_COLOR=1 COACH_DATA='${tempDir()}' '${process.execPath}' '${cliPath}' --data '${data}'; sleep 30`,
    );
    try {
      const text = await waitFor(/\(best \d+\)/);
      expect(text).toContain(`The headphones on the counter  (best ${session.overall})`);
    } finally {
      tmux("kill-server");
    }
  });
});
