#!/usr/bin/env node
// Bundles the `coach` binary (see rolldown.config.mjs) through rolldown's API: the CLI prints a
// table of ~30 chunk names on every build, which `npm install` then shows a new user for nothing.
// Warnings and errors still reach stderr.
import { build } from "rolldown";
import config from "../rolldown.config.mjs";

await build({ ...config, logLevel: "warn" });
