import { execFileSync } from "node:child_process";
import { join } from "node:path";

/** Spawned-CLI tests run the built binary: build once before the suite (npm test builds too). */
export default function setup(): void {
  const root = join(import.meta.dirname, "..");
  execFileSync(
    process.execPath,
    [join(root, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.build.json"],
    {
      cwd: root,
      stdio: "inherit",
    },
  );
}
