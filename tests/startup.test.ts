import { readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli, tempDir } from "./helpers/cli.js";

/** Node's compile cache lives in the user's cache folder, and one that cannot be used never fails a command. */
const reply = "I can hear how frustrating this is; I'll call you by 5pm.";
// Whatever the environment running the tests says about the cache.
const env = { NODE_COMPILE_CACHE: "", NODE_DISABLE_COMPILE_CACHE: undefined };

describe.skipIf(process.platform !== "linux")("the compile cache", () => {
  it("is kept under XDG_CACHE_HOME/coach", () => {
    const cache = tempDir();
    const result = runCli(["score", reply], { env: { ...env, XDG_CACHE_HOME: cache } });
    expect(result.code).toBe(0);
    expect(readdirSync(join(cache, "coach", "compile-cache")).length).toBeGreaterThan(0);
  });

  it("costs nothing but speed when the cache folder cannot be made", () => {
    const blocked = join(tempDir(), "a-file");
    writeFileSync(blocked, "not a folder");
    const normal = runCli(["score", reply], { env });
    const result = runCli(["score", reply], { env: { ...env, XDG_CACHE_HOME: blocked } });
    expect(result).toEqual({ ...normal, code: 0 });
    expect(result.stderr).toBe("");
  });
});
