import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { findScenarioFiles, loadScenarioFile, SHIPPED_SCENARIOS } from "../../src/scenario/load.js";
import type { Scenario, TurnNode } from "../../src/scenario/schema.js";
import { scoreReply } from "../../src/scoring/index.js";
import { runSession, type Transcript } from "../../src/session/engine.js";
import { buildReport } from "../../src/session/report.js";
import {
  agentFor,
  buildStatements,
  COACH_XAPI_IRI,
  EXTENSIONS,
  isoDuration,
  type Statement,
  sessionIdOf,
  uuidV5,
  VERBS,
} from "../../src/xapi/statements.js";

// Learning Locker's statement validator (conformance-tested against the xAPI 1.0.3 rules):
// every problem in a statement, as a list of warnings; none for a valid one.
const require = createRequire(import.meta.url);
const validate = (require("@learninglocker/xapi-validation") as { default: (s: unknown) => unknown[] })
  .default;
const problems = (statement: unknown) =>
  (validate(statement) as { path: string[] }[]).map((w) => w.path.join("."));

const actor = agentFor("mailto:trainee@example.com", "Sam Trainee");
if (!actor) throw new Error("agentFor refused a valid mailbox");

const loaded = findScenarioFiles([SHIPPED_SCENARIOS]).files.map((file) => loadScenarioFile(file));

function firstModel(turn: TurnNode): string {
  return [turn.model ?? "I understand."].flat()[0] as string;
}

/** The session a trainee who types every turn's first model answer plays, one reply every 7.5 s. */
async function playModels(id: string, scenario: Scenario): Promise<Transcript> {
  let clock = Date.parse("2026-01-05T12:00:00.000Z");
  const transcript = await runSession(scenario, id, {
    ask: async (prompt) => ({ reply: firstModel(scenario.turns[prompt.node] as TurnNode) }),
    score: scoreReply,
    now: () => {
      clock += 3750;
      return new Date(clock);
    },
  });
  transcript.endedAt = new Date(clock + 1000).toISOString();
  return transcript;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe("statements for every shipped scenario's model-answer session", () => {
  it("finds the shipped scenarios", () => expect(loaded.length).toBeGreaterThanOrEqual(10));

  it.each(loaded.map((l) => [l.id, l.scenario as Scenario] as const))(
    "%s: valid xAPI 1.0.3, attempted, a responded per turn, then the ending",
    async (id, scenario) => {
      const transcript = await playModels(id, scenario);
      const statements = buildStatements(transcript, { actor, passMark: scenario.pass_mark });
      for (const statement of statements) expect(problems(statement), statement.verb.id).toEqual([]);
      const verbs = statements.map((s) => s.verb.display["en-US"]);
      expect(verbs).toEqual(["attempted", ...transcript.turns.map(() => "responded"), "completed"]);
      expect(new Set(statements.map((s) => s.id)).size).toBe(statements.length);
      for (const s of statements) {
        expect(s.id).toMatch(UUID);
        expect(s.context.registration).toBe(sessionIdOf(transcript));
      }
      const ending = statements.at(-1) as Statement;
      expect(ending.result?.score?.raw).toBe(buildReport(transcript, scenario).overall);
      expect(ending.result?.duration).toMatch(/^PT/);
      // the same transcript, exported again: the very same statements
      expect(buildStatements(structuredClone(transcript), { actor, passMark: scenario.pass_mark })).toEqual(
        statements,
      );
    },
  );
});

describe("the validator is a real check", () => {
  const good = (async () => {
    const first = loaded[0];
    if (!first?.scenario) throw new Error("no scenario");
    return buildStatements(await playModels(first.id, first.scenario), { actor })[1] as Statement;
  })();

  it.each<[string, (s: Statement) => unknown, string]>([
    ["an id that is not a UUID", (s) => ({ ...s, id: "turn-1" }), "statement.id"],
    [
      "a mailbox without mailto:",
      (s) => ({ ...s, actor: { ...s.actor, mbox: "trainee@example.com" } }),
      "statement.actor.mbox",
    ],
    [
      "a duration in words",
      (s) => ({ ...s, result: { ...s.result, duration: "7 seconds" } }),
      "statement.result.duration",
    ],
    [
      "a scaled score over 1",
      (s) => ({ ...s, result: { ...s.result, score: { scaled: 72 } } }),
      "statement.result.score.scaled",
    ],
    ["a timestamp in words", (s) => ({ ...s, timestamp: "yesterday" }), "statement.timestamp"],
    [
      "a verb that is not an IRI",
      (s) => ({ ...s, verb: { ...s.verb, id: "responded" } }),
      "statement.verb.id",
    ],
  ])("flags %s", async (_, spoil, path) => {
    const statement = await good;
    expect(problems(statement)).toEqual([]);
    expect(problems(spoil(statement))).toContain(path);
  });
});

/** A small transcript written by hand: two turns, the second untested on empathy and boundaries. */
function handTranscript(): Transcript {
  const turn = (index: number, tested: [boolean, boolean, boolean, boolean], overall: number) => ({
    index,
    node: `node-${index}`,
    customer: `line ${index}`,
    mood: "same" as const,
    abusive: false,
    reply: `reply ${index}`,
    hintUsed: index === 1,
    scorecard: {
      scores: { calm: 80, empathy: 50, honesty: 70, boundaries: 50 },
      assessed: { calm: tested[0], empathy: tested[1], honesty: tested[2], boundaries: tested[3] },
      overall,
    } as unknown as Transcript["turns"][number]["scorecard"],
    fired: [],
    angerBefore: 70,
    angerAfter: 60 - index * 10,
    next: `node-${index + 1}`,
    askedAt: `2026-02-01T09:00:0${index * 2}.000Z`,
    answeredAt: `2026-02-01T09:00:0${index * 2 + 1}.250Z`,
  });
  return {
    format: 1,
    scenario: { id: "hand-made", version: 3, title: "Hand made" },
    startedAt: "2026-02-01T09:00:00.000Z",
    endedAt: "2026-02-01T09:01:05.000Z",
    outcome: "deescalated",
    endReason: "resolved",
    anger: { start: 70, end: 40 },
    turns: [turn(0, [true, true, true, true], 65), turn(1, [true, false, true, false], 75)],
  };
}

describe("buildStatements", () => {
  it("puts the reply, the scaled score and only the tested dimensions in a turn's result", () => {
    const [, first, second] = buildStatements(handTranscript(), { actor });
    expect(first?.result).toEqual({
      response: "reply 0",
      score: { scaled: 0.65, raw: 65, min: 0, max: 100 },
      duration: "PT1.25S",
      extensions: {
        [`${COACH_XAPI_IRI}/extensions/calm`]: 80,
        [`${COACH_XAPI_IRI}/extensions/empathy`]: 50,
        [`${COACH_XAPI_IRI}/extensions/honesty`]: 70,
        [`${COACH_XAPI_IRI}/extensions/boundaries`]: 50,
        [EXTENSIONS.anger]: 60,
      },
    });
    expect(Object.keys(second?.result?.extensions ?? {})).toEqual([
      EXTENSIONS.dimension("calm"),
      EXTENSIONS.dimension("honesty"),
      EXTENSIONS.anger,
    ]);
    expect(second?.verb).toEqual({ id: VERBS.responded, display: { "en-US": "responded" } });
    expect(second?.timestamp).toBe("2026-02-01T09:00:03.250Z");
    expect(second?.context.extensions?.[EXTENSIONS.hintUsed]).toBe(true);
    expect(second?.context.contextActivities.parent?.[0]?.id).toBe(`${COACH_XAPI_IRI}/scenarios/hand-made`);
    expect(second?.context.contextActivities.grouping?.[0]?.id).toBe(
      `${COACH_XAPI_IRI}/sessions/${sessionIdOf(handTranscript())}`,
    );
    expect(second?.object.id).toBe(`${COACH_XAPI_IRI}/scenarios/hand-made/turns/node-1`);
  });

  it.each<[number | undefined, string, boolean | undefined]>([
    [undefined, "completed", undefined],
    [70, "passed", true],
    [71, "failed", false],
  ])("pass mark %s: the session ends %s", (passMark, verb, success) => {
    const statements = buildStatements(handTranscript(), { actor, passMark });
    const ending = statements.at(-1) as Statement;
    expect(ending.verb.id).toBe(VERBS[verb as keyof typeof VERBS]);
    expect(ending.result?.success).toBe(success);
    expect(ending.result?.score?.raw).toBe(70);
    expect(ending.result?.duration).toBe("PT1M5S");
    expect(ending.timestamp).toBe("2026-02-01T09:01:05.000Z");
    // whatever the verb, the ending keeps its id
    expect(ending.id).toBe(buildStatements(handTranscript(), { actor }).at(-1)?.id);
    expect(problems(ending)).toEqual([]);
  });

  it.each(["quit", "interrupted", "no-more-replies"] as const)(
    "a session left by %s has no ending",
    (reason) => {
      const transcript = { ...handTranscript(), outcome: "unfinished" as const, endReason: reason };
      expect(buildStatements(transcript, { actor }).map((s) => s.verb.display["en-US"])).toEqual([
        "attempted",
        "responded",
        "responded",
      ]);
    },
  );

  it("gives another actor other statement ids, in the same registration", () => {
    const other = agentFor("mailto:someone.else@example.com");
    if (!other) throw new Error("agentFor refused a valid mailbox");
    const a = buildStatements(handTranscript(), { actor });
    const b = buildStatements(handTranscript(), { actor: other });
    expect(a.map((s) => s.id).filter((id) => b.some((s) => s.id === id))).toEqual([]);
    expect(b.map((s) => s.context.registration)).toEqual(a.map((s) => s.context.registration));
  });

  it("gives another session (another start time) other ids", () => {
    const a = buildStatements(handTranscript(), { actor });
    const b = buildStatements({ ...handTranscript(), startedAt: "2026-02-01T09:00:00.001Z" }, { actor });
    expect(a.map((s) => s.id).filter((id) => b.some((s) => s.id === id))).toEqual([]);
  });
});

describe("helpers", () => {
  it("uuidV5 matches RFC 9562 (Python's uuid5(NAMESPACE_DNS, 'python.org'))", () => {
    expect(uuidV5("python.org", "6ba7b810-9dad-11d1-80b4-00c04fd430c8")).toBe(
      "886313e1-3b8a-5372-9b90-0c9aee199e5d",
    );
  });

  it.each<[number, string]>([
    [0, "PT0S"],
    [1250, "PT1.25S"],
    [1004, "PT1S"],
    [59_999, "PT1M"],
    [65_000, "PT1M5S"],
    [3_600_000, "PT1H"],
    [3_723_450, "PT1H2M3.45S"],
    [-5, "PT0S"],
  ])("isoDuration(%i) is %s", (ms, expected) => expect(isoDuration(ms)).toBe(expected));

  it.each<[string, boolean]>([
    ["mailto:a@example.com", true],
    [" mailto:a@example.com ", true],
    ["a@example.com", false],
    ["mailto:", false],
    ["mailto:a@b@c", false],
    ["http://example.com", false],
  ])("agentFor(%j) accepts it: %s", (mbox, ok) => expect(agentFor(mbox) !== undefined).toBe(ok));
});
