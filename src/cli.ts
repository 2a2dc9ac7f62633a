#!/usr/bin/env node
// Entry point: turn on Node's compile cache before anything else loads, then hand over to main.
import module from "node:module";

module.enableCompileCache?.();
const { exitQuietlyOnClosedOutput } = await import("./io/write.js");
const { installStopHandlers, restoreTerminal } = await import("./io/signals.js");
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
const { main } = await import("./main.js");
process.exitCode = await main(process.argv);
settled = true;
