import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { delimiter, dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { coachCommand, type Invocation, invocation, shellQuote } from "../src/io/invocation.js";
import { cliPath, root, runCli, tempDir } from "./helpers/cli.js";
import { nextCommands, runShell } from "./helpers/next.js";

const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));

/** The environment a user's shell would give: no npm_* variables from `npm test`, colour off. */
function userEnv(path: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env))
    if (!key.toLowerCase().startsWith("npm_")) env[key] = value;
  const data = tempDir("data-");
  return { ...env, PATH: path, NO_COLOR: "1", FORCE_COLOR: "", COACH_DATA: data, COACH_DATA_DIR: data };
}

describe("the coach bin on an old Node", () => {
  it("needs the Node that package.json's engines names", () => {
    const need = /var need = (\d+);/.exec(readFileSync(cliPath, "utf8"))?.[1];
    expect(pkg.engines.node).toBe(`>=${need}`);
    expect(pkg.bin).toEqual({ coach: "bin/coach.cjs" });
  });

  it("prints one line naming the Node it needs and the one it found, and exits 1", () => {
    const preload = join(tempDir(), "old-node.cjs");
    writeFileSync(preload, 'Object.defineProperty(process.versions, "node", { value: "18.19.0" });\n');
    const result = spawnSync(process.execPath, ["-r", preload, cliPath, "list"], { encoding: "utf8" });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(
      `coach needs Node.js 22 or newer, but found Node.js 18.19.0 (${process.execPath}).\n`,
    );
  });

  // The machine's own Node (20 here) parses the real bin: no SyntaxError, no stack trace.
  const old = oldNodeOnPath();
  it.skipIf(!old)(`says so under a real old Node (${old?.version ?? "none on PATH"})`, () => {
    const result = spawnSync(old?.path ?? "", [cliPath, "score", "hello"], { encoding: "utf8" });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe("");
    const found = (old?.version ?? "").replaceAll(".", "\\.");
    expect(result.stderr).toMatch(
      new RegExp(`^coach needs Node\\.js 22 or newer, but found Node\\.js ${found} \\(/.+\\)\\.\\n$`),
    );
  });
});

function oldNodeOnPath(): { path: string; version: string } | undefined {
  const folders = [...(process.env.PATH ?? "").split(delimiter), "/usr/bin", "/usr/local/bin"];
  for (const folder of folders) {
    if (!folder) continue;
    const path = join(folder, "node");
    const result = spawnSync(path, ["-p", "process.versions.node"], { encoding: "utf8" });
    const version = result.stdout?.trim();
    if (result.status === 0 && version && Number(version.split(".")[0]) < 22) return { path, version };
  }
  return undefined;
}

describe("how printed commands call coach", () => {
  /** A fake install: package files at `at`, with `bin/coach.cjs`, and a package.json above node_modules. */
  function fakeInstall(at: string, project?: string): void {
    mkdirSync(join(at, "bin"), { recursive: true });
    writeFileSync(join(at, "bin", "coach.cjs"), "");
    if (project) writeFileSync(join(project, "package.json"), "{}");
  }
  const node = "/opt/node 24/bin/node";
  const env = (packageRoot: string, ...path: string[]) => ({
    packageRoot,
    node,
    path: path.join(delimiter),
    platform: "linux" as const,
  });

  it("a global install on PATH is `coach`; off PATH, the Node and bin by path", () => {
    const prefix = tempDir();
    const lib = join(prefix, "lib", "node_modules", "de-escalation-coach");
    fakeInstall(lib);
    mkdirSync(join(prefix, "bin"));
    symlinkSync(join(lib, "bin", "coach.cjs"), join(prefix, "bin", "coach"));
    const installed = invocation(env(lib, "/nowhere", join(prefix, "bin")));
    expect(installed).toEqual({ kind: "installed" });
    expect(coachCommand("/anywhere", installed)).toBe("coach");
    const off = invocation(env(lib, "/nowhere"));
    expect(off.kind).toBe("path");
    expect(coachCommand("/anywhere", off)).toBe(`'${node}' ${join(lib, "bin", "coach.cjs")}`);
  });

  it("another coach first on PATH is not this one", () => {
    const prefix = tempDir();
    const lib = join(prefix, "lib", "node_modules", "de-escalation-coach");
    fakeInstall(lib);
    const other = join(prefix, "other");
    mkdirSync(other);
    writeFileSync(join(other, "coach"), "");
    mkdirSync(join(prefix, "bin"));
    symlinkSync(join(lib, "bin", "coach.cjs"), join(prefix, "bin", "coach"));
    expect(invocation(env(lib, other, join(prefix, "bin"))).kind).toBe("path");
  });

  it("a project's dependency is `npx coach` inside the project, and by path outside it", () => {
    const project = tempDir();
    const dep = join(project, "node_modules", "de-escalation-coach");
    fakeInstall(dep, project);
    // npx puts the project's node_modules/.bin first on PATH; a user's shell does not have it.
    mkdirSync(join(project, "node_modules", ".bin"));
    symlinkSync(join(dep, "bin", "coach.cjs"), join(project, "node_modules", ".bin", "coach"));
    const how = invocation(env(dep, join(project, "node_modules", ".bin")));
    expect(how).toMatchObject({ kind: "npx", clone: false });
    expect(coachCommand(join(project, "scenarios", "new-folder"), how)).toBe("npx coach");
    expect(coachCommand(project, how)).toBe("npx coach");
    expect(coachCommand(tempDir(), how)).toBe(`'${node}' ${join(dep, "bin", "coach.cjs")}`);
  });

  it("coach's own clone is `npx coach` inside it, and by path outside it", () => {
    const how = invocation(env(root, "/nowhere")) as Extract<Invocation, { kind: "npx" }>;
    expect(how).toMatchObject({ kind: "npx", clone: true });
    expect(coachCommand(join(root, "tests"), how)).toBe("npx coach");
    expect(coachCommand(tempDir(), how)).toBe(`'${node}' ${shellQuote(cliPath)}`);
  });

  it.each([
    ["team", "team"],
    ["my team", "'my team'"],
    ["it's $HOME", `'it'\\''s $HOME'`],
    ["a/b-c_d.yaml", "a/b-c_d.yaml"],
  ])("shellQuote(%j) is %s", (word, quoted) => {
    expect(shellQuote(word)).toBe(quoted);
    expect(spawnSync("bash", ["-c", `printf %s ${quoted}`], { encoding: "utf8" }).stdout).toBe(word);
  });
});

describe("every printed Next: command works where it is printed", () => {
  const shellEnv = () => userEnv(process.env.PATH ?? "");

  it("coach init, run from a folder outside the clone", () => {
    const cwd = tempDir();
    const init = runCli(["init", "my team"], { cwd });
    expect(init.code).toBe(0);
    const [next, ...more] = nextCommands(init.stdout);
    expect(more).toEqual([]);
    expect(next).toMatch(/^cd 'my team' && .+ validate \. && .+ test \.$/);
    const result = runShell(next ?? "", cwd, shellEnv());
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^[1-9]\d* passed, 0 failed$/m);
  });

  it("coach new, run in a trainer's folder", () => {
    const cwd = tempDir();
    const answers = join(cwd, "answers.json");
    writeFileSync(answers, JSON.stringify(NEW_ANSWERS));
    const created = runCli(["new", "--answers", answers], { cwd });
    expect(created.code).toBe(0);
    const commands = nextCommands(created.stdout);
    expect(commands.map((command) => command.split(" ").at(-2))).toEqual(["validate", "test", "run"]);
    for (const command of commands) {
      const result = runShell(command, cwd, shellEnv());
      expect(result.code, `${command}\n${result.stderr}`).toBe(0);
    }
  });
});

const NEW_ANSWERS = {
  title: "Late parcel",
  setting: "A parcel company's phone line.",
  persona: { name: "Sam", description: "A customer whose parcel is two days late.", anger: 60 },
  opening: {
    customer: "My parcel is two days late and nobody tells me anything!",
    hint: "Name the frustration, then say what you can check.",
    model: "Two days with no news is really frustrating. I'll check where it is right now.",
  },
  followUps: [
    {
      customer: "So when will it come?",
      hint: "Be honest about what you know.",
      model: "It's at the local depot; I'll ask them today and call you back by five.",
    },
    {
      customer: "Fine. What do I do now?",
      hint: "Give a concrete next step.",
      model: "Nothing for now: I'll call you by five with the depot's answer.",
    },
  ],
};

describe("installed from the packed tarball", () => {
  it("packs only what it needs; a global install and a project's dev dependency both work from an empty folder", () => {
    const scratch = tempDir("pack-");
    const npmEnv = userEnv(process.env.PATH ?? "");
    const npm = (args: string[], cwd: string) => {
      const result = spawnSync("npm", [...args, "--no-audit", "--no-fund", "--prefer-offline"], {
        cwd,
        env: npmEnv,
        encoding: "utf8",
        timeout: 120_000,
      });
      expect(result.status, `npm ${args.join(" ")}\n${result.stderr}`).toBe(0);
      return result.stdout;
    };

    // The global setup has built dist/; --ignore-scripts skips `prepare` building it again.
    const [packed] = JSON.parse(
      npm(["pack", "--json", "--ignore-scripts", "--pack-destination", scratch], root),
    );
    const files: string[] = packed.files.map((file: { path: string }) => file.path).sort();
    for (const file of files)
      expect(file).toMatch(
        /^(LICENSE|README\.md|package\.json|bin\/[\w-]+\.cjs|dist\/bundle\/[\w-]+\.js|scenarios\/|templates\/init\/)/,
      );
    expect(files.filter((file) => file.endsWith(".map"))).toEqual([]);
    for (const file of ["bin/coach.cjs", "bin/load.cjs", "dist/bundle/cli.js", "LICENSE", "README.md"])
      expect(files).toContain(file);
    expect(
      files.filter((file) => file.startsWith("scenarios/") && file.endsWith(".yaml")).length,
    ).toBeGreaterThan(10);
    expect(files).toContain("templates/init/.vscode/settings.json");
    const tarball = join(scratch, packed.filename);
    // The README's Install section names the tarball `npm pack` writes.
    expect(readFileSync(join(root, "README.md"), "utf8")).toContain(`npm install -g ./${packed.filename}`);

    // Global: `npm install -g` into a prefix, then only the commands coach prints.
    const prefix = join(scratch, "prefix");
    npm(["install", "-g", "--prefix", prefix, tarball], scratch);
    const path = [join(prefix, "bin"), dirname(process.execPath), "/usr/bin", "/bin"].join(delimiter);
    const env = userEnv(path);
    const work = join(scratch, "work");
    mkdirSync(work);
    const version = runShell("coach --version", work, env);
    expect(version.stdout.trim()).toBe(pkg.version);
    expect(runShell("coach list", work, env).stdout).toMatch(/^budget-customer-rushed /m);
    const init = runShell("coach init team", work, env);
    expect(init.code).toBe(0);
    expect(nextCommands(init.stdout)).toEqual(["cd team && coach validate . && coach test ."]);
    const flow = runShell(nextCommands(init.stdout)[0] ?? "", work, env);
    expect(flow.stderr).toBe("");
    expect(flow.code).toBe(0);
    expect(flow.stdout).toMatch(/^[1-9]\d* passed, 0 failed$/m);
    const readme = readFileSync(join(work, "team", "README.md"), "utf8");
    expect(readme).toContain("- run: npm install -g git+https://github.com/de-escalation-coach/coach.git");
    expect(readme).not.toContain("{{");
    expect(runShell("coach completion bash | grep -c _coach", work, env).code).toBe(0);

    // A trainer's project with coach as a dev dependency: `npx coach` inside it.
    const project = join(scratch, "project");
    mkdirSync(project);
    writeFileSync(join(project, "package.json"), '{ "name": "our-scenarios", "private": true }\n');
    npm(["install", "--save-dev", tarball], project);
    const local = runShell("npx coach init scenarios", project, env);
    expect(local.code, local.stderr).toBe(0);
    expect(nextCommands(local.stdout)).toEqual(["cd scenarios && npx coach validate . && npx coach test ."]);
    const localFlow = runShell(nextCommands(local.stdout)[0] ?? "", project, env);
    expect(localFlow.code, localFlow.stderr).toBe(0);
    expect(localFlow.stdout).toMatch(/^[1-9]\d* passed, 0 failed$/m);
    expect(readFileSync(join(project, "scenarios", "README.md"), "utf8")).toContain(
      "- run: npx coach validate scenarios",
    );
  }, 240_000);
});
