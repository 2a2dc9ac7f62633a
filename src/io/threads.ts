import { availableParallelism } from "node:os";

/**
 * How many worker threads a large job (`score --batch`, `validate` of many files) may use: one per
 * core up to 8, none on a single core. COACH_WORKERS=N sets it (0 keeps everything on one thread,
 * for a machine whose cores are busy with other work).
 */
export function defaultWorkers(env: NodeJS.ProcessEnv = process.env): number {
  const set = env.COACH_WORKERS;
  if (set !== undefined && /^\d+$/.test(set.trim())) return Math.min(Number(set), 8);
  const cores = availableParallelism();
  return cores > 1 ? Math.min(cores, 8) : 0;
}
