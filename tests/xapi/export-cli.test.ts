import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { transcriptStem } from "../../src/io/sessions.js";
import { loadScenarioFile, SHIPPED_SCENARIOS } from "../../src/scenario/load.js";
import type { Scenario, TurnNode } from "../../src/scenario/schema.js";
import { scoreReply } from "../../src/scoring/index.js";
import { runSession, type Transcript } from "../../src/session/engine.js";
import { COACH_XAPI_IRI, type Statement, sessionIdOf } from "../../src/xapi/statements.js";
import { type CliResult, cliPath, root, runCli, tempDir } from "../helpers/cli.js";
import { freePort, startTestLrs, type TestLrs } from "../helpers/lrs.js";

/**
 * `coach export --xapi`, spawned: statements to a file and stdout, and to a real HTTP record
 * store on 127.0.0.1 (tests/helpers/lrs.ts) through the offline queue.
 */

const ACTOR = "mailto:trainee@example.com";
const SECRET = "trainer:s3cret-Pa55";

function withoutForceColor(): NodeJS.ProcessEnv {
  const { FORCE_COLOR: _, ...env } = process.env;
  return env;
}

/** The CLI, spawned without blocking this process, so the test store here can answer it. */
function coach(args: string[], data: string, env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cliPath, ...args], {
      cwd: root,
      // No FORCE_COLOR at all: Node warns when it is set (even empty) beside NO_COLOR.
      env: {
        ...withoutForceColor(),
        NO_COLOR: "1",
        COACH_DATA_DIR: data,
        COACH_LRS_AUTH: "",
        ...env,
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c: Buffer) => (stdout += c.toString()));
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
    const timer = setTimeout(() => child.kill("SIGKILL"), 20_000);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

function scenario(id: string): Scenario {
  const loaded = loadScenarioFile(join(SHIPPED_SCENARIOS, `${id}.yaml`));
  if (!loaded.scenario) throw new Error(`no scenario ${id}`);
  return loaded.scenario;
}

/** A model-answer session of `id` that started at `start`, one reply every 5 s. */
async function modelSession(id: string, start: string): Promise<Transcript> {
  const s = scenario(id);
  let clock = Date.parse(start);
  const transcript = await runSession(s, id, {
    ask: async (prompt) => ({
      reply: [(s.turns[prompt.node] as TurnNode).model ?? "OK"].flat()[0] as string,
    }),
    score: scoreReply,
    now: () => {
      const at = new Date(clock);
      clock += 2500;
      return at;
    },
  });
  transcript.endedAt = new Date(clock).toISOString();
  return transcript;
}

let sessions: Transcript[];
beforeAll(async () => {
  sessions = [
    await modelSession("late-delivery-overpromise", "2026-03-02T10:00:00.000Z"),
    await modelSession("manager-demand", "2026-03-03T11:30:00.000Z"),
  ];
});

/** A data folder holding the two saved sessions. */
function dataFolder(): string {
  const data = tempDir("xapi-");
  mkdirSync(join(data, "sessions"));
  for (const t of sessions)
    writeFileSync(join(data, "sessions", `${transcriptStem(t)}.json`), `${JSON.stringify(t, null, 2)}\n`);
  // The store imports them the first time it opens (and says so); do that here, once.
  const imported = runCli(["history", "--json"], { env: { COACH_DATA_DIR: data } });
  expect(imported.stderr).toMatch(/^coach: imported 2 saved sessions/);
  return data;
}

/** The stored ids of a data folder's sessions, oldest first (as `coach history` lists them). */
function storedIds(data: string): string[] {
  const listed = JSON.parse(runCli(["history", "--json"], { env: { COACH_DATA_DIR: data } }).stdout);
  return (Array.isArray(listed) ? listed : listed.sessions).map((s: { id: string }) => s.id).reverse();
}

const statementCount = (t: Transcript) => 2 + t.turns.length;
const allCount = () => sessions.reduce((n, t) => n + statementCount(t), 0);

function queueLines(data: string): Statement[] {
  const file = join(data, "xapi", "queue.jsonl");
  if (!existsSync(file)) return [];
  return readFileSync(file, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => (JSON.parse(l) as { statement: Statement }).statement);
}

const posts = (lrs: TestLrs) => lrs.requests.filter((r) => r.method === "POST");

describe("coach export --xapi to a file and stdout", () => {
  it("writes the last session's statements to -o, the same bytes every time", async () => {
    const data = dataFolder();
    const file = join(tempDir("out-"), "nested", "records.json");
    const first = await coach(["export", "--xapi", "-o", file, "--actor", ACTOR], data);
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    const last = sessions[1] as Transcript;
    expect(first.stdout).toBe(`wrote ${statementCount(last)} statements from 1 session to ${file}\n`);
    const bytes = readFileSync(file, "utf8");
    const statements = JSON.parse(bytes) as Statement[];
    expect(statements.map((s) => s.verb.display["en-US"])).toEqual([
      "attempted",
      ...last.turns.map(() => "responded"),
      "completed",
    ]);
    expect(new Set(statements.map((s) => s.context.registration))).toEqual(new Set([sessionIdOf(last)]));
    expect(statements.every((s) => s.actor.mbox === ACTOR)).toBe(true);
    const again = await coach(["export", "--xapi", "last", "-o", file], data, { COACH_XAPI_ACTOR: ACTOR });
    expect(again.code).toBe(0);
    expect(readFileSync(file, "utf8")).toBe(bytes);
  });

  it("prints every session's statements on stdout with --all, oldest first", async () => {
    const result = await coach(["export", "--xapi", "--all", "--actor", ACTOR], dataFolder());
    expect(result.code).toBe(0);
    const statements = JSON.parse(result.stdout) as Statement[];
    expect(statements).toHaveLength(allCount());
    expect(statements[0]?.object.id).toBe(`${COACH_XAPI_IRI}/scenarios/late-delivery-overpromise`);
    expect(statements.at(-1)?.object.id).toBe(`${COACH_XAPI_IRI}/scenarios/manager-demand`);
  });

  it("selects a session by the start of its id", async () => {
    const first = sessions[0] as Transcript;
    const data = dataFolder();
    const result = await coach(
      ["export", "--xapi", (storedIds(data)[0] as string).slice(0, 4), "--actor", ACTOR],
      data,
    );
    expect(result.code).toBe(0);
    expect((JSON.parse(result.stdout) as Statement[]).length).toBe(statementCount(first));
  });

  it.each<[string, string[], NodeJS.ProcessEnv, RegExp]>([
    ["--actor without --xapi", ["export", "--actor", ACTOR], {}, /--actor goes with --xapi/],
    ["no actor", ["export", "--xapi"], {}, /--actor mailto:you@example.com \(or set COACH_XAPI_ACTOR\)/],
    ["an actor that is no mailbox", ["export", "--xapi", "--actor", "sam"], {}, /--actor must be a mailbox/],
    ["a session and --all", ["export", "--xapi", "last", "--all", "--actor", ACTOR], {}, /not both/],
    [
      "an unknown session",
      ["export", "--xapi", "feedbeefcafe", "--actor", ACTOR],
      {},
      /no session `feedbeefcafe`/,
    ],
    [
      "credentials in the LRS address",
      ["export", "--xapi", "--lrs", "http://u:p@127.0.0.1:9/x", "--actor", ACTOR],
      {},
      /COACH_LRS_AUTH, not in the --lrs address/,
    ],
    [
      "an LRS address that is not http",
      ["export", "--xapi", "--lrs", "ftp://127.0.0.1/x", "--actor", ACTOR],
      {},
      /http or https/,
    ],
  ])("%s is a usage error (exit 2)", async (_, args, env, message) => {
    const result = await coach(args, dataFolder(), env);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/internal error|\n\s+at /);
    expect(result.code).toBe(2);
  });

  it("says so when there are no saved sessions", async () => {
    const result = await coach(["export", "--xapi", "--actor", ACTOR], tempDir("empty-"));
    expect(result.stderr).toMatch(/no sessions saved yet; practise with `coach run SCENARIO` first/);
    expect(result.code).toBe(2);
  });
});

describe("pass marks", () => {
  /** A copy of a shipped scenario under another id, with this pass mark, in its own folder. */
  function scenarioWithPassMark(folder: string, passMark: number): string {
    const text = readFileSync(join(SHIPPED_SCENARIOS, "late-delivery-overpromise.yaml"), "utf8").replace(
      "id: late-delivery-overpromise\n",
      `id: pass-mark-demo\npass_mark: ${passMark}\n`,
    );
    const file = join(folder, "pass-mark-demo.yaml");
    writeFileSync(file, text);
    return file;
  }

  it("ends a session passed or failed against the scenario's pass mark, under one statement id", async () => {
    const folder = tempDir("scenarios-");
    const loaded = loadScenarioFile(scenarioWithPassMark(folder, 100));
    expect(loaded.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const transcript = await (async () => {
      const t = await modelSession("late-delivery-overpromise", "2026-03-04T09:00:00.000Z");
      return { ...t, scenario: { ...t.scenario, id: "pass-mark-demo" } };
    })();
    const data = tempDir("xapi-");
    mkdirSync(join(data, "sessions"));
    writeFileSync(join(data, "sessions", "one.json"), JSON.stringify(transcript));
    const args = ["export", "--xapi", "--actor", ACTOR, "--scenarios", folder];

    const strict = await coach(args, data);
    expect(strict.code).toBe(0);
    const failed = (JSON.parse(strict.stdout) as Statement[]).at(-1) as Statement;
    expect(failed.verb.display["en-US"]).toBe("failed");
    expect(failed.result?.success).toBe(false);
    expect(failed.result?.score?.raw).toBeLessThan(100);

    scenarioWithPassMark(folder, 50);
    const passed = (JSON.parse((await coach(args, data)).stdout) as Statement[]).at(-1) as Statement;
    expect(passed.verb.display["en-US"]).toBe("passed");
    expect(passed.result?.success).toBe(true);
    expect(passed.id).toBe(failed.id);
  });

  it("warns and ends with completed when the scenario is not found", async () => {
    const t = await modelSession("late-delivery-overpromise", "2026-03-05T09:00:00.000Z");
    const data = tempDir("xapi-");
    mkdirSync(join(data, "sessions"));
    writeFileSync(
      join(data, "sessions", "gone.json"),
      JSON.stringify({ ...t, scenario: { ...t.scenario, id: "since-deleted" } }),
    );
    const result = await coach(["export", "--xapi", "--actor", ACTOR], data);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/warning: scenario `since-deleted` was not found or has errors/);
    expect((JSON.parse(result.stdout) as Statement[]).at(-1)?.verb.display["en-US"]).toBe("completed");
  });
});

describe("coach export --xapi --lrs, against a test record store", () => {
  let lrs: TestLrs | undefined;
  afterEach(async () => {
    await lrs?.close();
    lrs = undefined;
  });

  it("sends every statement once, with Basic auth and the xAPI version header", async () => {
    const auth = `Basic ${Buffer.from(SECRET).toString("base64")}`;
    lrs = await startTestLrs({ requireAuth: auth });
    const data = dataFolder();
    const env = { COACH_LRS_AUTH: SECRET };
    const result = await coach(["export", "--xapi", "--all", "--lrs", lrs.url, "--actor", ACTOR], data, env);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`sent ${allCount()} statements to ${lrs.url}; 0 queued\n`);
    expect(`${result.stdout}${result.stderr}`).not.toContain("s3cret");

    // what arrived: every statement, once, as the file export writes them
    const expected = JSON.parse(
      (await coach(["export", "--xapi", "--all", "--actor", ACTOR], data)).stdout,
    ) as Statement[];
    expect([...lrs.statements.keys()].sort()).toEqual(expected.map((s) => s.id).sort());
    for (const request of posts(lrs)) {
      expect(request.headers.authorization).toBe(auth);
      expect(request.headers["x-experience-api-version"]).toBe("1.0.3");
      expect(request.headers["content-type"]).toBe("application/json");
    }
    const stored = [...lrs.statements.values()] as unknown as Statement[];
    expect(stored.filter((s) => s.verb.id === "http://adlnet.gov/expapi/verbs/responded")).toHaveLength(
      allCount() - 4,
    );
    const responded = stored.find((s) => s.verb.display["en-US"] === "responded");
    expect(Object.keys(responded?.result?.extensions ?? {})).toContain(`${COACH_XAPI_IRI}/extensions/calm`);
    expect(responded?.result?.response).toEqual(expect.any(String));

    // GET /statements gives them back
    const listed = (await (
      await fetch(`${lrs.url}/statements`, {
        headers: { Authorization: auth, "X-Experience-API-Version": "1.0.3" },
      })
    ).json()) as { statements: Statement[] };
    expect(listed.statements).toHaveLength(allCount());

    // a second export sends nothing
    const before = posts(lrs).length;
    const again = await coach(["export", "--xapi", "--all", "--lrs", lrs.url, "--actor", ACTOR], data, env);
    expect(again.code).toBe(0);
    expect(again.stdout).toBe(
      `sent 0 statements to ${lrs.url}; ${allCount()} sent before, skipped; 0 queued\n`,
    );
    expect(posts(lrs).length).toBe(before);
    expect(lrs.statements.size).toBe(allCount());
    expect(queueLines(data)).toEqual([]);
  });

  it("retries after a 503 and gets them through", async () => {
    lrs = await startTestLrs();
    lrs.busy(2);
    const data = dataFolder();
    const result = await coach(
      ["export", "--xapi", "--lrs", lrs.url, "--actor", ACTOR, "--retry-delay", "20"],
      data,
    );
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(posts(lrs).map((r) => r.status)).toEqual([503, 503, 200]);
    expect(lrs.statements.size).toBe(statementCount(sessions[1] as Transcript));
    expect(queueLines(data)).toEqual([]);
  });

  it("keeps the queue when the store stays busy (exit 3)", async () => {
    lrs = await startTestLrs();
    lrs.busy(10, 429);
    const data = dataFolder();
    const result = await coach(
      ["export", "--xapi", "--lrs", lrs.url, "--actor", ACTOR, "--retry-delay", "5"],
      data,
    );
    expect(result.stderr).toMatch(/is busy \(HTTP 429\) after 4 tries/);
    expect(result.code).toBe(3);
    expect(posts(lrs)).toHaveLength(4);
    expect(queueLines(data)).toHaveLength(statementCount(sessions[1] as Transcript));
  });

  it("queues on a refused connection (exit 3), then sends the queue on the next run", async () => {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}/xapi`;
    const data = dataFolder();
    const refused = await coach(["export", "--xapi", "--all", "--lrs", url, "--actor", ACTOR], data);
    expect(refused.stderr).toContain(
      `cannot reach the record store at ${url}: connection refused (ECONNREFUSED)`,
    );
    expect(refused.stderr).toContain(
      `${allCount()} statements wait in the queue (${join(data, "xapi", "queue.jsonl")})`,
    );
    expect(refused.stderr).not.toMatch(/internal error|\n\s+at /);
    expect(refused.code).toBe(3);
    const queued = queueLines(data);
    expect(queued).toHaveLength(allCount());

    // the store is back: the next run (the last session only) sends the whole queue, once
    lrs = await startTestLrs({ port });
    const next = await coach(["export", "--xapi", "--lrs", url, "--actor", ACTOR], data);
    expect(next.stderr).toBe("");
    expect(next.code).toBe(0);
    expect(next.stdout).toBe(
      `sent ${allCount()} statements to ${url}; ${allCount()} of them queued by an earlier run; 0 queued\n`,
    );
    expect([...lrs.statements.keys()].sort()).toEqual(queued.map((s) => s.id).sort());
    expect(queueLines(data)).toEqual([]);
  });

  it("leaves what waits for another store in the queue, and says so", async () => {
    const data = dataFolder();
    const gone = `http://127.0.0.1:${await freePort()}/xapi`;
    expect((await coach(["export", "--xapi", "--all", "--lrs", gone, "--actor", ACTOR], data)).code).toBe(3);
    lrs = await startTestLrs();
    const result = await coach(["export", "--xapi", "--lrs", lrs.url, "--actor", ACTOR], data);
    expect(result.code).toBe(0);
    const last = statementCount(sessions[1] as Transcript);
    expect(result.stdout).toBe(
      `sent ${last} statements to ${lrs.url}; 0 queued\n` +
        `${allCount()} statements in the queue wait for other record stores (their --lrs address)\n`,
    );
    expect(lrs.statements.size).toBe(last);
    expect(queueLines(data)).toHaveLength(allCount());
  });

  it("prints the statements with -o - and says what was sent on stderr", async () => {
    lrs = await startTestLrs();
    const result = await coach(
      ["export", "--xapi", "-o", "-", "--lrs", lrs.url, "--actor", ACTOR],
      dataFolder(),
    );
    expect(result.code).toBe(0);
    const printed = JSON.parse(result.stdout) as Statement[];
    expect(printed.map((s) => s.id).sort()).toEqual([...lrs.statements.keys()].sort());
    expect(result.stderr).toBe(`sent ${printed.length} statements to ${lrs.url}; 0 queued\n`);
  });

  it("exits 1 with the store's words when it rejects the statements (400), and keeps them queued", async () => {
    lrs = await startTestLrs({ rejectWith: "result.score.scaled out of range" });
    const data = dataFolder();
    const result = await coach(["export", "--xapi", "--lrs", lrs.url, "--actor", ACTOR], data);
    expect(result.stderr).toContain(
      `rejected the statements (HTTP 400): {"error":"result.score.scaled out of range"}`,
    );
    expect(result.code).toBe(1);
    expect(queueLines(data)).toHaveLength(statementCount(sessions[1] as Transcript));
  });

  it("gives up on a store that does not answer (exit 3), and keeps the queue", async () => {
    lrs = await startTestLrs({ hang: true });
    const data = dataFolder();
    const result = await coach(
      ["export", "--xapi", "--lrs", lrs.url, "--actor", ACTOR, "--timeout", "300"],
      data,
    );
    expect(result.stderr).toContain(`cannot reach the record store at ${lrs.url}: no answer in time`);
    expect(result.code).toBe(3);
    expect(queueLines(data)).toHaveLength(statementCount(sessions[1] as Transcript));
  });

  it("counts what the store already holds as sent (409), and stores the rest", async () => {
    lrs = await startTestLrs();
    // another data folder (another machine) sent the first session already
    const other = dataFolder();
    const first = sessions[0] as Transcript;
    const firstId = storedIds(other)[0] as string;
    expect((await coach(["export", "--xapi", firstId, "--lrs", lrs.url, "--actor", ACTOR], other)).code).toBe(
      0,
    );
    expect(lrs.statements.size).toBe(statementCount(first));

    const result = await coach(
      ["export", "--xapi", "--all", "--lrs", lrs.url, "--actor", ACTOR],
      dataFolder(),
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      `sent ${statementCount(sessions[1] as Transcript)} statements to ${lrs.url}; ${statementCount(first)} it already had; 0 queued\n`,
    );
    expect(lrs.statements.size).toBe(allCount());
  });

  it("says to set COACH_LRS_AUTH when the store refuses the credentials, and never prints them", async () => {
    lrs = await startTestLrs({ requireAuth: "Basic right" });
    const data = dataFolder();
    const result = await coach(["export", "--xapi", "--lrs", lrs.url, "--actor", ACTOR], data, {
      COACH_LRS_AUTH: SECRET,
    });
    expect(result.stderr).toMatch(/refused the credentials \(HTTP 401\); set COACH_LRS_AUTH/);
    expect(`${result.stdout}${result.stderr}`).not.toContain("s3cret");
    expect(result.code).toBe(3);
    expect(queueLines(data)).toHaveLength(statementCount(sessions[1] as Transcript));
  });
});
