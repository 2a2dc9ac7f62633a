import { existsSync, realpathSync, statSync } from "node:fs";
import { basename, delimiter, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * How to type `coach` so that a command printed for the user works where it is printed. coach
 * runs as an installed command on PATH (`npm install -g`), as a project's dev dependency
 * (`npx coach` inside that project), or from its own clone (`npx coach` there); a "Next:" line
 * that names another folder must use the form that works in that folder.
 */

/** The package's root: this file is two folders down, in dist/bundle/, dist/io/ or src/io/. */
export const PACKAGE_ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** The script npm links as the `coach` command (package.json "bin"). */
export const BIN = join(PACKAGE_ROOT, "bin", "coach.cjs");

export type Invocation =
  /** `coach` on PATH is this very install. */
  | { kind: "installed" }
  /**
   * `npx coach` works inside `project`: a project with coach as a dependency, or coach's own clone.
   * Elsewhere, `node` (the Node running now) runs `bin`.
   */
  | { kind: "npx"; project: string; clone: boolean; node: string; bin: string }
  /** Neither: `node` runs `bin` by its full path. */
  | { kind: "path"; node: string; bin: string };

export interface Environment {
  packageRoot: string;
  /** The Node running coach now; PATH may find an older one. */
  node: string;
  path: string | undefined;
  platform: NodeJS.Platform;
}

const here = (): Environment => ({
  packageRoot: PACKAGE_ROOT,
  node: process.execPath,
  path: process.env.PATH,
  platform: process.platform,
});

/** How this coach was installed, from where its files are and what PATH finds. */
export function invocation(env: Environment = here()): Invocation {
  const root = realpath(env.packageRoot);
  const bin = join(root, "bin", "coach.cjs");
  const onPath = firstOnPath("coach", env);
  if (onPath && sameInstall(onPath, root)) return { kind: "installed" };
  const parent = dirname(root);
  if (basename(parent) === "node_modules") {
    const project = dirname(parent);
    // A global install's node_modules sits in <prefix>/lib, which is no project.
    if (existsSync(join(project, "package.json")))
      return { kind: "npx", project, clone: false, node: env.node, bin };
    return { kind: "path", node: env.node, bin };
  }
  // Not inside node_modules: coach's own clone, where `npx coach` runs its bin on the pinned Node.
  return { kind: "npx", project: root, clone: true, node: env.node, bin };
}

/** The words to type for `coach` in `folder` (a shell command prefix, quoted where needed). */
export function coachCommand(folder: string, how: Invocation = invocation()): string {
  if (how.kind === "installed") return "coach";
  if (how.kind === "npx" && pathInside(how.project, folder) !== undefined) return "npx coach";
  // Outside the project npx would not find this coach (`npx --prefix` finds it, but runs it on
  // whatever Node is on PATH rather than the one the project pins): name the Node and the file.
  return `${shellQuote(how.node)} ${shellQuote(how.bin)}`;
}

/** Quote a word for a POSIX shell only when it needs it. */
export function shellQuote(word: string): string {
  if (/^[\w@%+=:,./-]+$/.test(word)) return word;
  return `'${word.replaceAll("'", `'\\''`)}'`;
}

/** `folder`'s path from `project` ("." for the project itself), or undefined when it is outside. */
export function pathInside(project: string, folder: string): string | undefined {
  const rel = relative(realpath(project), realpath(folder));
  if (rel === "") return ".";
  if (rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return undefined;
  return rel;
}

/**
 * The first `name` on PATH, skipping node_modules/.bin folders: npm and npx put those first for
 * their child processes, and a user's own shell does not have them.
 */
function firstOnPath(name: string, env: Environment): string | undefined {
  const names = env.platform === "win32" ? [`${name}.cmd`, `${name}.ps1`, name] : [name];
  for (const folder of (env.path ?? "").split(delimiter)) {
    if (!folder || (basename(folder) === ".bin" && basename(dirname(folder)) === "node_modules")) continue;
    for (const candidate of names) {
      const file = join(folder, candidate);
      if (isFile(file)) return file;
    }
  }
  return undefined;
}

/** Whether the command found on PATH runs the package at `root`. */
function sameInstall(command: string, root: string): boolean {
  if (realpath(command) === join(root, "bin", "coach.cjs")) return true;
  // npm on Windows writes shims beside a node_modules folder rather than symlinks.
  const shimmed = join(dirname(command), "node_modules", basename(root));
  return existsSync(shimmed) && realpath(shimmed) === root;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** The real path, for a folder that may not exist yet: its nearest existing parent's, joined on. */
function realpath(path: string): string {
  const absolute = resolve(path);
  try {
    return realpathSync(absolute);
  } catch {
    const parent = dirname(absolute);
    return parent === absolute ? absolute : join(realpath(parent), basename(absolute));
  }
}
