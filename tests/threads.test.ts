import { availableParallelism } from "node:os";
import { describe, expect, it } from "vitest";
import { defaultWorkers } from "../src/io/threads.js";

describe("defaultWorkers", () => {
  const cores = availableParallelism();
  it.each([
    [{ COACH_WORKERS: "0" }, 0],
    [{ COACH_WORKERS: "3" }, 3],
    [{ COACH_WORKERS: " 2 " }, 2],
    [{ COACH_WORKERS: "99" }, 8],
    [{ COACH_WORKERS: "lots" }, cores > 1 ? Math.min(cores, 8) : 0],
    [{}, cores > 1 ? Math.min(cores, 8) : 0],
  ])("%j -> %i", (env, expected) => {
    expect(defaultWorkers(env)).toBe(expected);
  });
});
