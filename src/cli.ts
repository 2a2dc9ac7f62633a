#!/usr/bin/env node
// Entry point: turn on Node's compile cache before anything else loads, then hand over to main.
import module from "node:module";

module.enableCompileCache?.();
const { main } = await import("./main.js");
process.exitCode = await main(process.argv);
