import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    globalSetup: ["tests/global-setup.ts"],
    testTimeout: 30_000,
    pool: "forks",
    // One test file per core, not vitest's default of one fewer: most files spend their time
    // waiting on the CLI processes they spawn, so on a 2-core machine two files at once take the
    // suite from about 293 s to about 211 s of wall time.
    maxWorkers: availableParallelism(),
  },
});
