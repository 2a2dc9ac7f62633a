import module from "node:module";
import { availableParallelism } from "node:os";
import { dirname } from "node:path";

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

/**
 * The environment for a worker thread: this process's, with the compile cache it uses (cli.ts
 * turns it on in the user's cache folder), so a worker reads V8's compiled code for the bundle
 * rather than compiling it again (~50 ms of a validate worker's start). A worker takes the cache
 * folder from NODE_COMPILE_CACHE as the main thread would; the folder this process reports is
 * that one plus a folder per Node version, which Node adds again.
 */
export function workerEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const dir = module.getCompileCacheDir?.();
  if (!dir || env.NODE_DISABLE_COMPILE_CACHE) return env;
  return { ...env, NODE_COMPILE_CACHE: dirname(dir) };
}
