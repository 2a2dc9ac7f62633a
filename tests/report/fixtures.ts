import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { resolveScenario, scenarioFolders } from "../../src/scenario/load.js";
import type { Scenario } from "../../src/scenario/schema.js";
import { scoreReply } from "../../src/scoring/index.js";
import { type Answer, newTranscript, runSession, type Transcript } from "../../src/session/engine.js";
import { type FactsCard, factsCard } from "../../src/session/facts-card.js";

/**
 * Real transcripts for report tests: a shipped scenario played with scripted replies through the
 * session engine and the real scorer, as `coach run --answers` plays it (with the facts card).
 */
export function shippedScenario(id: string): Scenario {
  const loaded = resolveScenario(id, scenarioFolders());
  if (!loaded?.scenario) throw new Error(`no scenario ${id}`);
  return loaded.scenario;
}

export type SavedTranscript = Transcript & { facts: FactsCard };

export async function playScenario(
  id: string,
  replies: readonly string[],
  startedAt = new Date("2026-03-02T09:15:00.000Z"),
): Promise<SavedTranscript> {
  const scenario = shippedScenario(id);
  const queue = [...replies];
  let clock = startedAt.getTime();
  const now = () => {
    clock += 20_000;
    return new Date(clock);
  };
  const transcript: SavedTranscript = {
    ...newTranscript(scenario, id, startedAt),
    facts: factsCard(scenario.facts),
  };
  await runSession(
    scenario,
    id,
    {
      ask: async (): Promise<Answer> => {
        const reply = queue.shift();
        return reply === undefined ? { quit: true, reason: "no-more-replies" } : { reply };
      },
      score: scoreReply,
      now,
    },
    transcript,
  );
  return transcript;
}

export const REPLIES = [
  "I'm so sorry, I can hear how frustrating this is with his birthday on Saturday. I'm opening a trace with the courier now and I'll message you by 5pm tomorrow.",
  "Calm down, it is not my fault!! The courier lost it, not us.",
  "I can't promise Saturday, and I won't guess. What I can do is refund the 4.99 delivery fee today and send a replacement by next-day tracked if the trace finds nothing by 5pm Friday.",
  "Thanks for bearing with me. I'll message you by 5pm Friday either way.",
];

/** A session with `n` turns: a real one's turns repeated and renumbered (shipped scenarios end sooner). */
export function longSession(base: SavedTranscript, n: number): SavedTranscript {
  const turns = Array.from({ length: n }, (_, i) => {
    const turn = base.turns[i % base.turns.length];
    if (!turn) throw new Error("the base session has no turns");
    return { ...turn, index: i };
  });
  return {
    ...base,
    turns,
    anger: { start: base.anger.start, end: turns.at(-1)?.angerAfter ?? base.anger.start },
  };
}

export function writeTranscript(folder: string, name: string, transcript: unknown): string {
  const file = join(folder, name);
  writeFileSync(file, JSON.stringify(transcript, null, 2));
  return file;
}

/** Text a transcript file could hold to attack a report: markup, quotes, bidi overrides, escapes. */
export const HOSTILE = {
  script: "<script>alert('x')</script>",
  image: '<img src=x onerror="alert(1)">',
  quote: `"' onmouseover="alert(2)`,
  bidi: "\u202Eevil\u202C",
  escape: "\u001b[31mred\u001b[0m\u0007",
  markdown:
    "[click](javascript:alert(3)) ![i](http://example.com/x.png) www.evil.example me@evil.example | cell | **bold** <b>b</b> &amp;",
  heading: "# not a heading\n- not a list\n1. not a list",
};

/** Characters no report may contain: C0 controls but tab and newline, DEL, C1, bidi embeddings, overrides and isolates. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: this pattern exists to find control characters
export const UNSAFE_CHARACTERS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** A real session whose every piece of stored text is then replaced by hostile text, as a doctored file would be. */
export async function hostileTranscript(): Promise<SavedTranscript> {
  const all = Object.values(HOSTILE).join(" ");
  // The replies are scored for real, so evidence spans point into hostile text.
  const transcript = await playScenario("late-delivery-overpromise", [
    `${HOSTILE.script} I'm so sorry, I can hear how frustrating this is. ${HOSTILE.bidi}`,
    `Calm down ${HOSTILE.quote} it is not my fault!! ${HOSTILE.escape}`,
    `${HOSTILE.heading}\nI'll message you by 5pm Friday. ${HOSTILE.markdown}`,
  ]);
  transcript.scenario.title = `Title ${all}`;
  for (const section of transcript.facts.sections) section.items = section.items.map((i) => `${i} ${all}`);
  for (const turn of transcript.turns) {
    turn.customer = `Customer ${all}`;
    turn.scorecard.tip = { text: `Tip ${all}`, example: `Example ${all}` };
    for (const f of turn.scorecard.evidence) f.message = `Message ${all}`;
  }
  transcript.closing = { node: "x", customer: `Goodbye ${all}` };
  return transcript;
}
