#!/usr/bin/env node
// The `coach` command (package.json "bin"). It checks the Node version, then loads the CLI. It is
// CommonJS in syntax every Node parses: the CLI bundle is modern ESM, and on an old Node it would
// fail with a SyntaxError and a stack trace before any check inside it could run. Keep it tiny:
// every command, `coach score` included, starts here. The number is package.json's "engines"
// (a test keeps the two in step).
"use strict";
var need = 22;
var found = process.versions.node;
var message = ["coach needs Node.js ", need, " or newer, but found Node.js ", found];
if (Number(found.split(".")[0]) < need) {
  // No template literals: the point of this file is that any Node can parse it.
  process.stderr.write(message.concat(" (", process.execPath, ").\n").join(""));
  process.exitCode = 1;
} else {
  // import() is itself newer syntax, so it lives in a file an old Node never reads.
  require("./load.cjs");
}
