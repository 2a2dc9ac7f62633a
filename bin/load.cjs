// Loads the CLI bundle for bin/coach.cjs, once the Node version is known to be new enough.
"use strict";
import("../dist/bundle/cli.js").catch((error) => {
  const path = require("node:path");
  if (
    error?.code === "ERR_MODULE_NOT_FOUND" &&
    error.message.includes(path.join("dist", "bundle", "cli.js"))
  ) {
    const root = path.join(__dirname, "..");
    process.stderr.write(
      `coach: the CLI is not built in ${root}; run \`npm install\` there (it builds dist/).\n`,
    );
  } else {
    process.stderr.write(`coach: internal error: cannot start: ${error?.message ?? error}\n`);
    if (process.env.COACH_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  }
  process.exitCode = 70;
});
