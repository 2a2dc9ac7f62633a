import { z } from "zod";
import { ContentError } from "../errors.js";
import type { Transcript } from "../session/engine.js";
import { readInput } from "./read.js";

/**
 * A saved transcript read back from a file (stored sessions come from the store). A transcript
 * file is data from disk (perhaps sent by someone else), so it is checked against the shape coach
 * writes before anything reads it: a damaged or foreign file is a content error that says where it
 * goes wrong, never a crash.
 */

/** A transcript of 50 turns with retries is well under a megabyte; this leaves room for much more. */
export const MAX_TRANSCRIPT_BYTES = 32 * 1024 * 1024;

const span = z.looseObject({ start: z.number(), end: z.number(), text: z.string() });
const finding = z.looseObject({
  signal: z.string(),
  dimension: z.enum(["calm", "empathy", "honesty", "boundaries"]),
  effect: z.enum(["helps", "hurts"]),
  points: z.number(),
  span: span.optional(),
  message: z.string(),
});
const perDimension = <T extends z.ZodType>(value: T) =>
  z.looseObject({ calm: value, empathy: value, honesty: value, boundaries: value });
const band = z.enum(["needs work", "developing", "strong"]);
const scorecard = z.looseObject({
  scores: perDimension(z.number()),
  bands: perDimension(band),
  overall: z.number(),
  evidence: z.array(finding),
  assessed: perDimension(z.boolean()).optional(),
  untested: z.record(z.string(), z.string()).optional(),
  notice: z.string().optional(),
  tip: z.looseObject({ signal: z.string().optional(), text: z.string(), example: z.string().optional() }),
});
const attempt = z.looseObject({
  reply: z.string(),
  hintUsed: z.boolean().default(false),
  scorecard,
  angerAfter: z.number(),
});
const turn = z.looseObject({
  index: z.number(),
  node: z.string(),
  customer: z.string(),
  mood: z.enum(["calmer", "same", "angrier"]).default("same"),
  abusive: z.boolean().default(false),
  reply: z.string(),
  hintUsed: z.boolean().default(false),
  scorecard,
  fired: z.array(z.string()).default([]),
  angerBefore: z.number(),
  angerAfter: z.number(),
  attempts: z.array(attempt).optional(),
  modelSeen: z.boolean().optional(),
});
const factsCard = z.looseObject({
  sections: z.array(
    z.looseObject({
      key: z.enum(["known", "can", "cannot", "unknown"]),
      title: z.string(),
      items: z.array(z.string()),
    }),
  ),
});
const TranscriptShape = z.looseObject({
  format: z.literal(1),
  scenario: z.looseObject({ id: z.string(), version: z.number(), title: z.string() }),
  startedAt: z.string(),
  endedAt: z.string().optional(),
  outcome: z.enum(["deescalated", "escalated", "unfinished"]),
  endReason: z.string().optional(),
  anger: z.looseObject({ start: z.number(), end: z.number() }),
  turns: z.array(turn),
  closing: z.looseObject({ node: z.string(), customer: z.string() }).optional(),
  exam: z.boolean().optional(),
  facts: factsCard.optional(),
  trainee: z.string().optional(),
});

/** Read and check one transcript file. UsageError for a missing file, ContentError for one that is not a transcript. */
export async function readTranscript(path: string): Promise<Transcript> {
  const text = await readInput(path, { limit: MAX_TRANSCRIPT_BYTES, what: "a transcript" });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ContentError(`${path} is not a coach transcript: not valid JSON (${(error as Error).message})`);
  }
  const parsed = TranscriptShape.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? issue.path.join(".") : "the top level";
    throw new ContentError(
      `${path} is not a coach transcript: at ${where}, ${issue?.message ?? "unexpected content"}`,
    );
  }
  return parsed.data as unknown as Transcript;
}
