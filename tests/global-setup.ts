import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Spawned-CLI tests run the built binary: build it once before the suite, as `npm run build` does. */
export default function setup(): () => void {
  const root = join(import.meta.dirname, "..");
  const run = (script: string, args: string[]) =>
    execFileSync(process.execPath, [join(root, "node_modules", ...script.split("/")), ...args], {
      cwd: root,
      stdio: "inherit",
    });
  run("typescript/bin/tsc", ["-p", "tsconfig.build.json"]);
  execFileSync(process.execPath, [join(root, "scripts", "bundle.mjs")], { cwd: root, stdio: "inherit" });
  const scratch = mkdtempSync(join(tmpdir(), "coach-tests-"));
  process.env.COACH_TEST_TMP = scratch;
  return () => rmSync(scratch, { recursive: true, force: true });
}
