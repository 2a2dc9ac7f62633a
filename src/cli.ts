#!/usr/bin/env node
// Entry point: turn on Node's compile cache before anything else loads, then hand over to main.
import module from "node:module";
import { join } from "node:path";
import envPaths from "env-paths";

// The compile cache keeps V8's compiled code for the bundle between runs. It lives in the user's
// cache folder (XDG_CACHE_HOME/coach on Linux) rather than Node's default in the shared temp
// folder, where another user could plant code for coach to run. NODE_COMPILE_CACHE still picks
// the folder and NODE_DISABLE_COMPILE_CACHE turns it off. A folder that cannot be made or written
// only means no cache: Node reports that rather than throwing, and anything else is caught.
try {
  module.enableCompileCache?.(
    process.env.NODE_COMPILE_CACHE
      ? undefined
      : join(envPaths("coach", { suffix: "" }).cache, "compile-cache"),
  );
} catch {
  /* no cache */
}
// One module (main.ts re-exports what this file needs), bundled with what it and `coach score`
// use in one chunk (rolldown.config.mjs): each further module loaded costs start-up time.
const { exitQuietlyOnClosedOutput, installStopHandlers, main, restoreTerminal } = await import("./main.js");
exitQuietlyOnClosedOutput();
installStopHandlers();
// A prompt left waiting on a closed stdin (Ctrl+D) would otherwise end in Node's "unsettled
// top-level await" warning and exit 13: stop cleanly instead.
let settled = false;
process.once("beforeExit", () => {
  if (settled) return;
  restoreTerminal();
  process.exit(130);
});
process.exitCode = await main(process.argv);
settled = true;
// The command is done and has waited for all its work. Exit once the output is flushed, rather
// than when the event loop drains: what is left then is Node tidying up, chiefly V8 finishing a
// garbage collection it started near the end (up to ~15 ms after a session), none of it ours.
await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
process.exit();

/** Resolves once what was written to the stream has been handed to the system. */
function flushed(stream: NodeJS.WriteStream): Promise<void> {
  if (stream.writableLength === 0 || stream.destroyed) return Promise.resolve();
  return new Promise((resolve) => stream.write("", () => resolve()));
}
