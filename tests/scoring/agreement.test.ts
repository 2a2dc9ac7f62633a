import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DIMENSIONS, scoreReply } from "../../src/scoring/index.js";
import { root } from "../helpers/cli.js";

/**
 * Agreement with human labels, computed as ../shared/eval/agreement.mjs does (within-group order
 * of labelled pairs, band accuracy, gross errors), on the labelled sets in eval/ and, where it is
 * present, the shared dev set. Floors sit below today's figures (see the issue notes) so the
 * suite fails on a real regression, not on noise.
 */
interface Case {
  id: string;
  group: string;
  customer?: string;
  abusive?: boolean;
  setting?: string;
  reply: string;
  labels: Record<string, 0 | 1 | 2 | null>;
}

const band = (s: number) => (s >= 70 ? 2 : s >= 40 ? 1 : 0);

function agreement(cases: Case[]) {
  const scored = cases.map((c) => ({
    c,
    card: scoreReply(c.reply, { customer: c.customer, abusive: c.abusive, setting: c.setting }),
  }));
  return Object.fromEntries(
    DIMENSIONS.map((d) => {
      const rows = scored
        .filter(({ c }) => c.labels[d] !== null && c.labels[d] !== undefined)
        .map(({ c, card }) => ({ group: c.group, label: c.labels[d] as number, score: card.scores[d] }));
      let right = 0;
      let pairs = 0;
      for (let i = 0; i < rows.length; i++)
        for (let j = i + 1; j < rows.length; j++) {
          const [a, b] = [rows[i], rows[j]];
          if (!a || !b || a.group !== b.group || a.label === b.label) continue;
          pairs++;
          const ds = a.score - b.score;
          right += ds === 0 ? 0.5 : Math.sign(ds) === Math.sign(a.label - b.label) ? 1 : 0;
        }
      const gross = rows.filter(
        (r) => (r.label === 0 && r.score >= 70) || (r.label === 2 && r.score < 40),
      ).length;
      return [
        d,
        {
          within: right / pairs,
          band: rows.filter((r) => band(r.score) === r.label).length / rows.length,
          gross: gross / rows.length,
        },
      ];
    }),
  ) as Record<(typeof DIMENSIONS)[number], { within: number; band: number; gross: number }>;
}

const read = (file: string): Case[] =>
  readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Case);

// The dev set carries the targets (within >= 0.85, band >= 0.70, gross <= 3%).
const sets: [string, string, number, number, number][] = [
  ["the shared dev set", join(root, "..", "shared", "eval", "dev.jsonl"), 0.85, 0.7, 0.03],
  ["eval/holdout-team.jsonl", join(root, "eval", "holdout-team.jsonl"), 0.8, 0.65, 0.05],
  ["eval/holdout-team-2.jsonl", join(root, "eval", "holdout-team-2.jsonl"), 0.75, 0.5, 0.07],
  ["eval/holdout-team-3.jsonl", join(root, "eval", "holdout-team-3.jsonl"), 0.7, 0.5, 0.08],
  ["eval/holdout-team-4.jsonl", join(root, "eval", "holdout-team-4.jsonl"), 0.75, 0.6, 0.05],
  // Replies the way trainees type (lowercase, typos, short, non-native, sarcasm, hidden promises).
  ["the shared realistic dev set", join(root, "..", "shared", "eval", "dev-realistic.jsonl"), 0.8, 0.6, 0.07],
  ["eval/holdout-team-5.jsonl", join(root, "eval", "holdout-team-5.jsonl"), 0.72, 0.55, 0.06],
  ["eval/holdout-team-6.jsonl", join(root, "eval", "holdout-team-6.jsonl"), 0.75, 0.55, 0.07],
  // Unseen by the scorer's authors (see eval/README.md): a floor that only catches a collapse.
  ["eval/holdout-team-7.jsonl", join(root, "eval", "holdout-team-7.jsonl"), 0.72, 0.55, 0.12],
  ["eval/holdout-team-8.jsonl", join(root, "eval", "holdout-team-8.jsonl"), 0.75, 0.62, 0.07],
  ["eval/holdout-team-10.jsonl", join(root, "eval", "holdout-team-10.jsonl"), 0.8, 0.65, 0.06],
  ["eval/holdout-team-9.jsonl", join(root, "eval", "holdout-team-9.jsonl"), 0.75, 0.65, 0.06],
  // Read after their blind first reads (calm misses only for 11 and 12): floors that catch a collapse.
  ["eval/holdout-team-11.jsonl", join(root, "eval", "holdout-team-11.jsonl"), 0.72, 0.6, 0.09],
  ["eval/holdout-team-12.jsonl", join(root, "eval", "holdout-team-12.jsonl"), 0.72, 0.6, 0.09],
  ["eval/holdout-team-13.jsonl", join(root, "eval", "holdout-team-13.jsonl"), 0.78, 0.62, 0.11],
  ["eval/holdout-team-14.jsonl", join(root, "eval", "holdout-team-14.jsonl"), 0.78, 0.62, 0.06],
  // Read as aggregates only (blind first reads in eval/README.md): floors that catch a collapse.
  ["eval/holdout-team-15.jsonl", join(root, "eval", "holdout-team-15.jsonl"), 0.78, 0.62, 0.07],
  ["eval/holdout-team-16.jsonl", join(root, "eval", "holdout-team-16.jsonl"), 0.72, 0.6, 0.12],
  ["eval/holdout-team-17.jsonl", join(root, "eval", "holdout-team-17.jsonl"), 0.75, 0.55, 0.08],
  ["eval/holdout-team-18.jsonl", join(root, "eval", "holdout-team-18.jsonl"), 0.78, 0.62, 0.06],
  ["eval/holdout-team-19.jsonl", join(root, "eval", "holdout-team-19.jsonl"), 0.78, 0.62, 0.05],
  ["eval/holdout-team-20.jsonl", join(root, "eval", "holdout-team-20.jsonl"), 0.7, 0.55, 0.1],
  ["eval/holdout-team-21.jsonl", join(root, "eval", "holdout-team-21.jsonl"), 0.75, 0.62, 0.06],
  ["eval/holdout-team-22.jsonl", join(root, "eval", "holdout-team-22.jsonl"), 0.8, 0.62, 0.06],
  // Read blind as aggregates only (eval/README.md), misses unread: floors that catch a collapse.
  ["eval/holdout-team-23.jsonl", join(root, "eval", "holdout-team-23.jsonl"), 0.75, 0.61, 0.11],
  ["eval/holdout-team-24.jsonl", join(root, "eval", "holdout-team-24.jsonl"), 0.77, 0.55, 0.07],
  ["eval/holdout-team-25.jsonl", join(root, "eval", "holdout-team-25.jsonl"), 0.79, 0.6, 0.1],
  ["eval/holdout-team-26.jsonl", join(root, "eval", "holdout-team-26.jsonl"), 0.76, 0.64, 0.08],
  ["eval/holdout-team-27.jsonl", join(root, "eval", "holdout-team-27.jsonl"), 0.82, 0.7, 0.1],
  ["eval/holdout-team-28.jsonl", join(root, "eval", "holdout-team-28.jsonl"), 0.8, 0.68, 0.1],
  ["eval/holdout-team-29.jsonl", join(root, "eval", "holdout-team-29.jsonl"), 0.78, 0.6, 0.1],
  ["eval/holdout-team-30.jsonl", join(root, "eval", "holdout-team-30.jsonl"), 0.8, 0.62, 0.09],
  ["eval/holdout-team-31.jsonl", join(root, "eval", "holdout-team-31.jsonl"), 0.79, 0.57, 0.09],
  ["eval/holdout-team-32.jsonl", join(root, "eval", "holdout-team-32.jsonl"), 0.82, 0.66, 0.08],
  // Read blind once at the end of their stop, aggregates only (eval/README.md): collapse floors.
  ["eval/holdout-team-33.jsonl", join(root, "eval", "holdout-team-33.jsonl"), 0.82, 0.61, 0.09],
  ["eval/holdout-team-34.jsonl", join(root, "eval", "holdout-team-34.jsonl"), 0.82, 0.63, 0.11],
  ["eval/holdout-team-35.jsonl", join(root, "eval", "holdout-team-35.jsonl"), 0.77, 0.63, 0.09],
  ["eval/holdout-team-36.jsonl", join(root, "eval", "holdout-team-36.jsonl"), 0.8, 0.67, 0.08],
  ["eval/holdout-team-37.jsonl", join(root, "eval", "holdout-team-37.jsonl"), 0.8, 0.61, 0.1],
  ["eval/holdout-team-38.jsonl", join(root, "eval", "holdout-team-38.jsonl"), 0.77, 0.64, 0.13],
  ["eval/holdout-team-39.jsonl", join(root, "eval", "holdout-team-39.jsonl"), 0.76, 0.62, 0.07],
  ["eval/holdout-team-40.jsonl", join(root, "eval", "holdout-team-40.jsonl"), 0.77, 0.64, 0.1],
  ["eval/holdout-team-41.jsonl", join(root, "eval", "holdout-team-41.jsonl"), 0.71, 0.6, 0.1],
  ["eval/holdout-team-42.jsonl", join(root, "eval", "holdout-team-42.jsonl"), 0.76, 0.63, 0.09],
  // Read blind once at the start of the next stop (eval/README.md), then tuning sets: collapse floors.
  ["eval/holdout-team-43.jsonl", join(root, "eval", "holdout-team-43.jsonl"), 0.79, 0.65, 0.09],
  ["eval/holdout-team-44.jsonl", join(root, "eval", "holdout-team-44.jsonl"), 0.79, 0.67, 0.1],
  ["eval/holdout-team-45.jsonl", join(root, "eval", "holdout-team-45.jsonl"), 0.8, 0.68, 0.09],
  // Read blind once at the end of their stop, aggregates only (eval/README.md): collapse floors.
  ["eval/holdout-team-46.jsonl", join(root, "eval", "holdout-team-46.jsonl"), 0.8, 0.66, 0.09],
  ["eval/holdout-team-47.jsonl", join(root, "eval", "holdout-team-47.jsonl"), 0.81, 0.62, 0.08],
  ["eval/holdout-team-48.jsonl", join(root, "eval", "holdout-team-48.jsonl"), 0.84, 0.66, 0.07],
  ["eval/holdout-team-49.jsonl", join(root, "eval", "holdout-team-49.jsonl"), 0.73, 0.59, 0.15],
  ["eval/holdout-team-50.jsonl", join(root, "eval", "holdout-team-50.jsonl"), 0.82, 0.69, 0.09],
  ["eval/holdout-team-51.jsonl", join(root, "eval", "holdout-team-51.jsonl"), 0.75, 0.6, 0.11],
  // Read blind once mid-stop (52-57, then 58-63), aggregates only, then tuning sets (eval/README.md).
  ["eval/holdout-team-52.jsonl", join(root, "eval", "holdout-team-52.jsonl"), 0.79, 0.57, 0.1],
  ["eval/holdout-team-53.jsonl", join(root, "eval", "holdout-team-53.jsonl"), 0.74, 0.69, 0.09],
  ["eval/holdout-team-54.jsonl", join(root, "eval", "holdout-team-54.jsonl"), 0.83, 0.68, 0.07],
  ["eval/holdout-team-55.jsonl", join(root, "eval", "holdout-team-55.jsonl"), 0.83, 0.7, 0.08],
  ["eval/holdout-team-56.jsonl", join(root, "eval", "holdout-team-56.jsonl"), 0.77, 0.63, 0.08],
  ["eval/holdout-team-57.jsonl", join(root, "eval", "holdout-team-57.jsonl"), 0.84, 0.66, 0.06],
  ["eval/holdout-team-58.jsonl", join(root, "eval", "holdout-team-58.jsonl"), 0.83, 0.71, 0.07],
  ["eval/holdout-team-59.jsonl", join(root, "eval", "holdout-team-59.jsonl"), 0.83, 0.63, 0.07],
  ["eval/holdout-team-60.jsonl", join(root, "eval", "holdout-team-60.jsonl"), 0.81, 0.68, 0.08],
  ["eval/holdout-team-61.jsonl", join(root, "eval", "holdout-team-61.jsonl"), 0.78, 0.64, 0.09],
  ["eval/holdout-team-62.jsonl", join(root, "eval", "holdout-team-62.jsonl"), 0.8, 0.65, 0.05],
  ["eval/holdout-team-63.jsonl", join(root, "eval", "holdout-team-63.jsonl"), 0.77, 0.58, 0.08],
  // The stop's final blind read, aggregates only, misses unread (eval/README.md): collapse floors.
  ["eval/holdout-team-64.jsonl", join(root, "eval", "holdout-team-64.jsonl"), 0.84, 0.7, 0.07],
  ["eval/holdout-team-65.jsonl", join(root, "eval", "holdout-team-65.jsonl"), 0.78, 0.66, 0.09],
  ["eval/holdout-team-66.jsonl", join(root, "eval", "holdout-team-66.jsonl"), 0.83, 0.7, 0.07],
  ["eval/holdout-team-67.jsonl", join(root, "eval", "holdout-team-67.jsonl"), 0.81, 0.64, 0.07],
  ["eval/holdout-team-68.jsonl", join(root, "eval", "holdout-team-68.jsonl"), 0.82, 0.65, 0.08],
  ["eval/holdout-team-69.jsonl", join(root, "eval", "holdout-team-69.jsonl"), 0.8, 0.66, 0.09],
  // Read blind once at the start of the next stop (eval/README.md), then tuning sets: collapse floors.
  ["eval/holdout-team-70.jsonl", join(root, "eval", "holdout-team-70.jsonl"), 0.76, 0.6, 0.12],
  ["eval/holdout-team-71.jsonl", join(root, "eval", "holdout-team-71.jsonl"), 0.81, 0.68, 0.11],
  ["eval/holdout-team-72.jsonl", join(root, "eval", "holdout-team-72.jsonl"), 0.81, 0.71, 0.08],
  ["eval/holdout-team-73.jsonl", join(root, "eval", "holdout-team-73.jsonl"), 0.77, 0.69, 0.05],
  ["eval/holdout-team-74.jsonl", join(root, "eval", "holdout-team-74.jsonl"), 0.82, 0.62, 0.09],
  ["eval/holdout-team-75.jsonl", join(root, "eval", "holdout-team-75.jsonl"), 0.82, 0.66, 0.08],
  // The stop's final blind read, aggregates only, misses unread (eval/README.md): collapse floors.
  ["eval/holdout-team-76.jsonl", join(root, "eval", "holdout-team-76.jsonl"), 0.79, 0.7, 0.09],
  ["eval/holdout-team-77.jsonl", join(root, "eval", "holdout-team-77.jsonl"), 0.77, 0.7, 0.1],
  ["eval/holdout-team-78.jsonl", join(root, "eval", "holdout-team-78.jsonl"), 0.82, 0.65, 0.08],
  ["eval/holdout-team-79.jsonl", join(root, "eval", "holdout-team-79.jsonl"), 0.83, 0.67, 0.09],
  ["eval/holdout-team-80.jsonl", join(root, "eval", "holdout-team-80.jsonl"), 0.79, 0.64, 0.12],
  ["eval/holdout-team-81.jsonl", join(root, "eval", "holdout-team-81.jsonl"), 0.72, 0.54, 0.1],
  // Read blind once at the end of the stop with the same scorer as 76-81, aggregates only, misses unread.
  ["eval/holdout-team-82.jsonl", join(root, "eval", "holdout-team-82.jsonl"), 0.82, 0.71, 0.09],
  ["eval/holdout-team-83.jsonl", join(root, "eval", "holdout-team-83.jsonl"), 0.84, 0.61, 0.05],
  ["eval/holdout-team-84.jsonl", join(root, "eval", "holdout-team-84.jsonl"), 0.75, 0.61, 0.11],
  ["eval/holdout-team-85.jsonl", join(root, "eval", "holdout-team-85.jsonl"), 0.77, 0.64, 0.1],
  // The stop's last blind read, with its final scorer, aggregates only, misses unread.
  ["eval/holdout-team-86.jsonl", join(root, "eval", "holdout-team-86.jsonl"), 0.78, 0.65, 0.08],
  ["eval/holdout-team-87.jsonl", join(root, "eval", "holdout-team-87.jsonl"), 0.79, 0.62, 0.1],
  ["eval/holdout-team-88.jsonl", join(root, "eval", "holdout-team-88.jsonl"), 0.81, 0.58, 0.07],
  // Commissioned during the next stop, each read blind with that stop's start scorer as its writer
  // reported and with its final scorer at the end, aggregates only, misses unread: collapse floors.
  ["eval/holdout-team-89.jsonl", join(root, "eval", "holdout-team-89.jsonl"), 0.74, 0.65, 0.12],
  ["eval/holdout-team-90.jsonl", join(root, "eval", "holdout-team-90.jsonl"), 0.81, 0.64, 0.05],
  ["eval/holdout-team-91.jsonl", join(root, "eval", "holdout-team-91.jsonl"), 0.75, 0.63, 0.1],
  ["eval/holdout-team-92.jsonl", join(root, "eval", "holdout-team-92.jsonl"), 0.85, 0.71, 0.1],
  ["eval/holdout-team-93.jsonl", join(root, "eval", "holdout-team-93.jsonl"), 0.82, 0.7, 0.08],
  ["eval/holdout-team-94.jsonl", join(root, "eval", "holdout-team-94.jsonl"), 0.86, 0.72, 0.09],
  ["eval/holdout-team-95.jsonl", join(root, "eval", "holdout-team-95.jsonl"), 0.82, 0.63, 0.08],
  ["eval/holdout-team-96.jsonl", join(root, "eval", "holdout-team-96.jsonl"), 0.82, 0.72, 0.08],
  ["eval/holdout-team-97.jsonl", join(root, "eval", "holdout-team-97.jsonl"), 0.81, 0.68, 0.09],
  ["eval/holdout-team-98.jsonl", join(root, "eval", "holdout-team-98.jsonl"), 0.85, 0.7, 0.07],
  ["eval/holdout-team-99.jsonl", join(root, "eval", "holdout-team-99.jsonl"), 0.79, 0.65, 0.08],
  ["eval/holdout-team-100.jsonl", join(root, "eval", "holdout-team-100.jsonl"), 0.81, 0.64, 0.08],
  ["eval/holdout-team-101.jsonl", join(root, "eval", "holdout-team-101.jsonl"), 0.84, 0.7, 0.1],
  ["eval/holdout-team-102.jsonl", join(root, "eval", "holdout-team-102.jsonl"), 0.78, 0.64, 0.09],
  ["eval/holdout-team-103.jsonl", join(root, "eval", "holdout-team-103.jsonl"), 0.83, 0.64, 0.07],
  ["eval/holdout-team-104.jsonl", join(root, "eval", "holdout-team-104.jsonl"), 0.83, 0.64, 0.08],
  ["eval/holdout-team-105.jsonl", join(root, "eval", "holdout-team-105.jsonl"), 0.79, 0.65, 0.07],
  // Commissioned at the start of the next stop and read blind once its scorer was frozen, with the
  // start scorer beside it, aggregates only, misses unread: collapse floors.
  ["eval/holdout-team-106.jsonl", join(root, "eval", "holdout-team-106.jsonl"), 0.83, 0.73, 0.08],
  ["eval/holdout-team-107.jsonl", join(root, "eval", "holdout-team-107.jsonl"), 0.74, 0.62, 0.11],
  ["eval/holdout-team-108.jsonl", join(root, "eval", "holdout-team-108.jsonl"), 0.84, 0.71, 0.08],
  // Commissioned mid-stop and read blind once the stop's second scorer was frozen: collapse floors.
  ["eval/holdout-team-109.jsonl", join(root, "eval", "holdout-team-109.jsonl"), 0.84, 0.69, 0.11],
  // Read blind first at the start of a stop, then its misses read (a diagnosis set): collapse floors
  // under the blind first read.
  ["eval/holdout-team-110.jsonl", join(root, "eval", "holdout-team-110.jsonl"), 0.86, 0.74, 0.09],
  ["eval/holdout-team-113.jsonl", join(root, "eval", "holdout-team-113.jsonl"), 0.83, 0.69, 0.07],
  // Read blind first at a freeze of the stop's scorer (111, 112 at the first, 114 at the last), again
  // with its final scorer, aggregates only, misses unread: collapse floors.
  ["eval/holdout-team-111.jsonl", join(root, "eval", "holdout-team-111.jsonl"), 0.87, 0.72, 0.06],
  ["eval/holdout-team-112.jsonl", join(root, "eval", "holdout-team-112.jsonl"), 0.86, 0.69, 0.05],
  ["eval/holdout-team-114.jsonl", join(root, "eval", "holdout-team-114.jsonl"), 0.8, 0.67, 0.09],
  // Read blind first at the start of a stop (b12edc0), then their misses read (diagnosis sets):
  // collapse floors under the blind first read.
  ["eval/holdout-team-115.jsonl", join(root, "eval", "holdout-team-115.jsonl"), 0.81, 0.63, 0.09],
  ["eval/holdout-team-116.jsonl", join(root, "eval", "holdout-team-116.jsonl"), 0.77, 0.66, 0.12],
  // Read blind first at the stop's first freeze (6e4a01e), then its misses read: collapse floors
  // under that read.
  ["eval/holdout-team-117.jsonl", join(root, "eval", "holdout-team-117.jsonl"), 0.77, 0.63, 0.11],
  // Read blind first at the stop's final freeze (88394a2), with its start scorer (b12edc0) beside
  // it, aggregates only, misses unread: collapse floors under both reads.
  ["eval/holdout-team-118.jsonl", join(root, "eval", "holdout-team-118.jsonl"), 0.76, 0.69, 0.09],
  ["eval/holdout-team-119.jsonl", join(root, "eval", "holdout-team-119.jsonl"), 0.8, 0.65, 0.09],
  ["eval/holdout-team-120.jsonl", join(root, "eval", "holdout-team-120.jsonl"), 0.85, 0.66, 0.07],
  // Commissioned after that freeze and read blind once with the same scorer (scores unchanged since
  // 88394a2), the start scorer beside it, aggregates only, misses unread: collapse floors.
  ["eval/holdout-team-121.jsonl", join(root, "eval", "holdout-team-121.jsonl"), 0.84, 0.69, 0.1],
  ["eval/holdout-team-122.jsonl", join(root, "eval", "holdout-team-122.jsonl"), 0.83, 0.71, 0.09],
  ["eval/holdout-team-123.jsonl", join(root, "eval", "holdout-team-123.jsonl"), 0.82, 0.72, 0.07],
  // Read blind first at the start of the next stop (f172ebc), then their misses read (diagnosis
  // sets): collapse floors under that read and the stop's final scorer.
  ["eval/holdout-team-124.jsonl", join(root, "eval", "holdout-team-124.jsonl"), 0.86, 0.72, 0.07],
  ["eval/holdout-team-125.jsonl", join(root, "eval", "holdout-team-125.jsonl"), 0.79, 0.64, 0.12],
  ["eval/holdout-team-126.jsonl", join(root, "eval", "holdout-team-126.jsonl"), 0.82, 0.63, 0.09],
  // Read blind first with the same start scorer, then once with the final scorer, aggregates only,
  // misses unread (NOT_FITTED): collapse floors under both reads.
  ["eval/holdout-team-127.jsonl", join(root, "eval", "holdout-team-127.jsonl"), 0.84, 0.68, 0.07],
  ["eval/holdout-team-128.jsonl", join(root, "eval", "holdout-team-128.jsonl"), 0.72, 0.58, 0.12],
  ["eval/holdout-team-129.jsonl", join(root, "eval", "holdout-team-129.jsonl"), 0.82, 0.6, 0.1],
  // Read blind first at aa76acc, before any change (aggregates only); 130 and 131 then read for their
  // misses (diagnosis sets), 132 kept out of every fit (NOT_FITTED): collapse floors under both reads.
  ["eval/holdout-team-130.jsonl", join(root, "eval", "holdout-team-130.jsonl"), 0.82, 0.62, 0.07],
  ["eval/holdout-team-131.jsonl", join(root, "eval", "holdout-team-131.jsonl"), 0.82, 0.7, 0.1],
  ["eval/holdout-team-132.jsonl", join(root, "eval", "holdout-team-132.jsonl"), 0.83, 0.61, 0.09],
  // Read blind first at 4832308, before any change (aggregates only); 133 and 134 then read for their
  // misses (diagnosis sets), 135 kept out of every fit (NOT_FITTED): collapse floors under the first read.
  ["eval/holdout-team-133.jsonl", join(root, "eval", "holdout-team-133.jsonl"), 0.85, 0.67, 0.07],
  ["eval/holdout-team-134.jsonl", join(root, "eval", "holdout-team-134.jsonl"), 0.81, 0.63, 0.07],
  ["eval/holdout-team-135.jsonl", join(root, "eval", "holdout-team-135.jsonl"), 0.87, 0.72, 0.06],
  // Read blind first at eb77cda, before any change (aggregates only); 136 and 137 then read for their
  // misses (diagnosis sets), 138 kept out of every fit (NOT_FITTED): collapse floors under the first read.
  ["eval/holdout-team-136.jsonl", join(root, "eval", "holdout-team-136.jsonl"), 0.88, 0.66, 0.05],
  ["eval/holdout-team-137.jsonl", join(root, "eval", "holdout-team-137.jsonl"), 0.82, 0.67, 0.09],
  ["eval/holdout-team-138.jsonl", join(root, "eval", "holdout-team-138.jsonl"), 0.82, 0.65, 0.07],
  // Read blind first at 59d353a, before any change (aggregates only); 139 and 140 then read for their
  // misses (diagnosis sets), 141 kept out of every fit (NOT_FITTED): collapse floors under the first read.
  ["eval/holdout-team-139.jsonl", join(root, "eval", "holdout-team-139.jsonl"), 0.8, 0.67, 0.08],
  ["eval/holdout-team-140.jsonl", join(root, "eval", "holdout-team-140.jsonl"), 0.83, 0.68, 0.09],
  ["eval/holdout-team-141.jsonl", join(root, "eval", "holdout-team-141.jsonl"), 0.86, 0.67, 0.06],
  // Read blind first at 0ed1bd3, before any change (aggregates only); 142 and 144 then read for their
  // misses (diagnosis sets), 143 kept out of every fit (NOT_FITTED): collapse floors under the first read.
  ["eval/holdout-team-142.jsonl", join(root, "eval", "holdout-team-142.jsonl"), 0.8, 0.67, 0.08],
  ["eval/holdout-team-143.jsonl", join(root, "eval", "holdout-team-143.jsonl"), 0.84, 0.69, 0.04],
  ["eval/holdout-team-144.jsonl", join(root, "eval", "holdout-team-144.jsonl"), 0.84, 0.63, 0.06],
  // Read blind first at 973f220, before any change (aggregates only); 145 and 146 then read for their
  // misses (diagnosis sets), 147 kept out of every fit (NOT_FITTED): collapse floors under the first read.
  ["eval/holdout-team-145.jsonl", join(root, "eval", "holdout-team-145.jsonl"), 0.81, 0.72, 0.08],
  ["eval/holdout-team-146.jsonl", join(root, "eval", "holdout-team-146.jsonl"), 0.75, 0.66, 0.14],
  ["eval/holdout-team-147.jsonl", join(root, "eval", "holdout-team-147.jsonl"), 0.86, 0.7, 0.07],
  // Read blind first at 973f220 and again at 0285db6 (this stop's changes, aggregates only); 148
  // then read for its misses (diagnosis set), 149 kept out of every fit (NOT_FITTED).
  ["eval/holdout-team-148.jsonl", join(root, "eval", "holdout-team-148.jsonl"), 0.84, 0.64, 0.09],
  ["eval/holdout-team-149.jsonl", join(root, "eval", "holdout-team-149.jsonl"), 0.83, 0.67, 0.1],
  // Read blind first at c827bcb, before any change (aggregates only); 152 then read for its misses
  // (diagnosis set), 151 kept out of every fit (NOT_FITTED): collapse floors under the first read.
  ["eval/holdout-team-151.jsonl", join(root, "eval", "holdout-team-151.jsonl"), 0.78, 0.66, 0.1],
  ["eval/holdout-team-152.jsonl", join(root, "eval", "holdout-team-152.jsonl"), 0.83, 0.69, 0.09],
  // Read blind first at c827bcb and kept out of every fit (NOT_FITTED), misses unread, to read this
  // stop's changes blind at its end: collapse floors under the first read.
  ["eval/holdout-team-150.jsonl", join(root, "eval", "holdout-team-150.jsonl"), 0.83, 0.66, 0.06],
  // Read blind first at a87a1c1, before any change (aggregates only); 153 then read for its misses
  // (diagnosis set), 154 kept out of every fit (NOT_FITTED), misses unread: collapse floors under the first read.
  ["eval/holdout-team-153.jsonl", join(root, "eval", "holdout-team-153.jsonl"), 0.84, 0.67, 0.07],
  ["eval/holdout-team-154.jsonl", join(root, "eval", "holdout-team-154.jsonl"), 0.85, 0.67, 0.1],
  // Written this stop (pets, gardens and the outdoors), read blind first at a87a1c1 and at 8636688
  // (aggregates only) and kept out of every fit (NOT_FITTED), misses unread.
  ["eval/holdout-team-155.jsonl", join(root, "eval", "holdout-team-155.jsonl"), 0.8, 0.62, 0.08],
  // Written this stop, read blind first at 33ad7dd (and at a87a1c1), before any change (aggregates
  // only); 156 then read for its misses (diagnosis set), 157 and 158 kept out of every fit
  // (NOT_FITTED), misses unread: collapse floors under the first read.
  ["eval/holdout-team-156.jsonl", join(root, "eval", "holdout-team-156.jsonl"), 0.85, 0.6, 0.07],
  ["eval/holdout-team-157.jsonl", join(root, "eval", "holdout-team-157.jsonl"), 0.86, 0.69, 0.08],
  ["eval/holdout-team-158.jsonl", join(root, "eval", "holdout-team-158.jsonl"), 0.82, 0.69, 0.08],
  // Written at the end of the stop, read blind first with its final scorer (4f64ee4) and with
  // a87a1c1, kept out of every fit (NOT_FITTED), misses unread.
  ["eval/holdout-team-159.jsonl", join(root, "eval", "holdout-team-159.jsonl"), 0.86, 0.7, 0.06],
  // Written this stop (clubs, classes and memberships), read blind first at 4660aeb and with acc177c
  // (aggregates only), then read for its misses (diagnosis set): collapse floors under the first read.
  ["eval/holdout-team-160.jsonl", join(root, "eval", "holdout-team-160.jsonl"), 0.86, 0.63, 0.07],
  // Written at the end of a stop (money, paperwork and small offices), read blind first with that
  // stop's final scorer (cc2686d), then read for its misses (diagnosis set): collapse floors.
  ["eval/holdout-team-161.jsonl", join(root, "eval", "holdout-team-161.jsonl"), 0.81, 0.72, 0.11],
  // Written this stop (health, care and wellbeing outside hospitals), read blind first at 7d128d7 and
  // with cc2686d (aggregates only), then read for its misses (diagnosis set): collapse floors.
  ["eval/holdout-team-162.jsonl", join(root, "eval", "holdout-team-162.jsonl"), 0.81, 0.7, 0.06],
  // Written this stop (shops that fix, alter and deliver things), read blind first at 413ab21 and
  // with cc2686d (aggregates only), then read for its misses (diagnosis set): collapse floors.
  ["eval/holdout-team-164.jsonl", join(root, "eval", "holdout-team-164.jsonl"), 0.85, 0.6, 0.07],
  // Written at the start of a stop (trades at homes, gardens and land, weighted to honesty), read
  // blind first with 48d2cf4 (aggregates only), then read for its misses (diagnosis set): collapse floors.
  ["eval/holdout-team-165.jsonl", join(root, "eval", "holdout-team-165.jsonl"), 0.85, 0.7, 0.05],
  // Written this stop (food, drink and events run by small firms), read blind first with the stop's
  // final scorer (eb855d9) and with cc2686d, kept out of every fit (NOT_FITTED), misses unread.
  ["eval/holdout-team-163.jsonl", join(root, "eval", "holdout-team-163.jsonl"), 0.83, 0.69, 0.06],
  // Written at the end of a stop (getting about and going away), read blind first with the stop's
  // scorer (76d0f52) and with 48d2cf4, kept out of every fit (NOT_FITTED), misses unread.
  ["eval/holdout-team-166.jsonl", join(root, "eval", "holdout-team-166.jsonl"), 0.86, 0.68, 0.06],
  // Written at the end of the same stop (family life and children), read blind first with its final
  // scorer (519e8a7) and with 48d2cf4, kept out of every fit (NOT_FITTED), misses unread.
  ["eval/holdout-team-167.jsonl", join(root, "eval", "holdout-team-167.jsonl"), 0.88, 0.75, 0.06],
  // Written at the start of a stop (arts, crafts, music and making things), read blind first with
  // edd6fbe and with 6e88bee, kept out of every fit (NOT_FITTED), misses unread.
  ["eval/holdout-team-168.jsonl", join(root, "eval", "holdout-team-168.jsonl"), 0.82, 0.67, 0.06],
  // Written at the start of the same stop (homes people rent, move into and store things in), read
  // blind first with edd6fbe and with 6e88bee, then read for its misses (diagnosis set): collapse floors.
  ["eval/holdout-team-169.jsonl", join(root, "eval", "holdout-team-169.jsonl"), 0.85, 0.68, 0.07],
  // Written at the end of the same stop (energy, water, phone and broadband at home), read blind
  // first with the stop's final scorer (f424055) and with 6e88bee, kept out of every fit
  // (NOT_FITTED), misses unread.
  ["eval/holdout-team-170.jsonl", join(root, "eval", "holdout-team-170.jsonl"), 0.81, 0.72, 0.08],
  // Written at the start of a stop (learning, courses and tests), read blind first with a6ecad8
  // (aggregates only), then read for its misses (diagnosis set): collapse floors.
  ["eval/holdout-team-171.jsonl", join(root, "eval", "holdout-team-171.jsonl"), 0.88, 0.7, 0.06],
  // Written at the start of the same stop (looks and wellbeing), read blind first with a6ecad8, kept
  // out of every fit (NOT_FITTED), misses unread.
  ["eval/holdout-team-172.jsonl", join(root, "eval", "holdout-team-172.jsonl"), 0.84, 0.68, 0.07],
  // Written mid-stop (hobbies, games and days out, weighted to honesty), read blind first with
  // 25b9073 and a6ecad8 (aggregates only), then read for its misses (diagnosis set): collapse floors.
  ["eval/holdout-team-174.jsonl", join(root, "eval", "holdout-team-174.jsonl"), 0.84, 0.68, 0.08],
  // Written at the start of the same stop (buying things made or sold to order), read blind first at
  // its end with 588b751 and with a6ecad8, kept out of every fit (NOT_FITTED), misses unread.
  ["eval/holdout-team-173.jsonl", join(root, "eval", "holdout-team-173.jsonl"), 0.8, 0.67, 0.12],
  // Written at the start of a stop (insurance, warranties, cover and claims, weighted to honesty),
  // read blind first with 46ca6c8 (aggregates only), then read for its misses (diagnosis set): collapse floors.
  ["eval/holdout-team-175.jsonl", join(root, "eval", "holdout-team-175.jsonl"), 0.82, 0.67, 0.08],
  // Written at the start of the same stop (sport and fitness, weighted to calm and boundaries), read
  // blind first with 46ca6c8 and a061bca, kept out of every fit (NOT_FITTED), misses unread.
  ["eval/holdout-team-176.jsonl", join(root, "eval", "holdout-team-176.jsonl"), 0.86, 0.74, 0.05],
];

describe.each(sets)(
  "agreement with human labels on %s",
  (_name, file, withinFloor, bandFloor, grossCeiling) => {
    it.skipIf(!existsSync(file))(
      `within-group agreement >= ${withinFloor}, band accuracy >= ${bandFloor}, gross errors <= ${grossCeiling}`,
      () => {
        const report = agreement(read(file));
        for (const d of DIMENSIONS) {
          expect(report[d].within, `${d} within`).toBeGreaterThanOrEqual(withinFloor);
          expect(report[d].band, `${d} band`).toBeGreaterThanOrEqual(bandFloor);
          expect(report[d].gross, `${d} gross`).toBeLessThanOrEqual(grossCeiling);
        }
      },
    );
  },
);
