// The package registry this project installs from carries only the Linux glibc builds of
// Biome's native CLI, so `npm install` leaves the other platforms' optional packages out of
// package-lock.json and `npm ci` then refuses the lockfile as out of sync. This script adds
// those entries back with the platform fields npm uses to skip them (it never downloads a
// package whose os/cpu/libc does not match), so the lockfile is the one a full registry would
// give. Run it after any `npm install` that rewrites the lockfile: `node scripts/lock-platforms.mjs`.
import { readFileSync, writeFileSync } from "node:fs";

const file = new URL("../package-lock.json", import.meta.url);
const lock = JSON.parse(readFileSync(file, "utf8"));
const packages = lock.packages;
const biome = packages["node_modules/@biomejs/biome"];
if (!biome) throw new Error("@biomejs/biome is not in package-lock.json");

const platform = {
  "android-arm64": { os: ["android"], cpu: ["arm64"] },
  "android-x64": { os: ["android"], cpu: ["x64"] },
  "darwin-arm64": { os: ["darwin"], cpu: ["arm64"] },
  "darwin-x64": { os: ["darwin"], cpu: ["x64"] },
  "linux-arm64": { os: ["linux"], cpu: ["arm64"], libc: ["glibc"] },
  "linux-arm64-musl": { os: ["linux"], cpu: ["arm64"], libc: ["musl"] },
  "linux-x64": { os: ["linux"], cpu: ["x64"], libc: ["glibc"] },
  "linux-x64-musl": { os: ["linux"], cpu: ["x64"], libc: ["musl"] },
  "win32-arm64": { os: ["win32"], cpu: ["arm64"] },
  "win32-x64": { os: ["win32"], cpu: ["x64"] },
};

let added = 0;
for (const [name, version] of Object.entries(biome.optionalDependencies ?? {})) {
  const key = `node_modules/${name}`;
  if (packages[key]) continue;
  const fields = platform[name.replace("@biomejs/cli-", "")];
  if (!fields) throw new Error(`no platform fields known for ${name}`);
  packages[key] = {
    version,
    cpu: fields.cpu,
    dev: true,
    ...(fields.libc ? { libc: fields.libc } : {}),
    license: "MIT OR Apache-2.0",
    optional: true,
    os: fields.os,
    engines: { node: ">=14.21.3" },
  };
  added++;
}
// npm keeps the packages map sorted by path.
lock.packages = Object.fromEntries(
  Object.entries(packages).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a < b ? -1 : a > b ? 1 : 0)),
);
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`package-lock.json: added ${added} platform entr${added === 1 ? "y" : "ies"} for Biome`);
