import {
  copyFileSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { root, runCli, tempDir } from "./helpers/cli.js";
import { fullDisk, readOnlyDir, runWithClosingReader, unmountAll } from "./helpers/io.js";

/**
 * The output edge, through the built binary: saves that fail never lose a session, folders that
 * cannot be made are clear errors (never a spin), a closed pipe ends coach quietly, and every
 * case ends with the documented exit code (src/errors.ts).
 */

afterAll(unmountAll);

const reply = "A week is far too soon for them to stop working, I can see why you're fed up.";
const scenario = "refund-thrown-product";

/** Every file under `dir`, with its size (to catch 0-byte and temporary files). */
function filesUnder(dir: string): { name: string; size: number }[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((name) => lstatSync(join(dir, name)).isFile())
    .map((name) => ({ name, size: statSync(join(dir, name)).size }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

function transcriptsIn(dir: string) {
  return readdirSync(dir)
    .filter((n) => n.endsWith(".json"))
    .map((n) => JSON.parse(readFileSync(join(dir, n), "utf8")));
}

/** The path in "Your transcript is saved in PATH instead." */
function fallbackPath(stderr: string): string {
  const match = /Your transcript is saved in (.+) instead\./.exec(stderr);
  if (!match) throw new Error(`no fallback named in:\n${stderr}`);
  return match[1] as string;
}

describe("a failed save never discards the session (exit 3)", () => {
  it("--out pointing at a file: the report card, where it failed, the fallback copy", () => {
    const dir = tempDir();
    const file = join(dir, "not-a-folder");
    writeFileSync(file, "");
    const data = tempDir();
    const { code, stdout, stderr } = runCli(["run", scenario, "--out", file], {
      input: `${reply}\n`,
      env: { COACH_DATA_DIR: data },
    });
    expect(code).toBe(3);
    expect(stdout).toMatch(/^OUTCOME: Unfinished after 1 reply/m);
    expect(stdout).toMatch(/^PRACTISE NEXT:/m);
    // The session is in the store; the JSON file asked for is not, so the copy goes to the data folder.
    expect(stdout).toMatch(/^SAVED: session \w+ in /m);
    expect(stdout).not.toContain(`SAVED: ${file}`);
    expect(stderr).toContain(`error: could not save the transcript in ${file}: it is a file, not a folder`);
    expect(stderr).not.toMatch(/internal error|at .*\.js:\d+/);
    const saved = fallbackPath(stderr);
    expect(saved.startsWith(join(data, "sessions"))).toBe(true);
    expect(JSON.parse(readFileSync(saved, "utf8")).turns[0].reply).toBe(reply);
    expect(readFileSync(file, "utf8")).toBe("");
  });

  it("--json still prints the transcript when the save fails", () => {
    const file = join(tempDir(), "file");
    writeFileSync(file, "");
    const { code, stdout, stderr } = runCli(["run", scenario, "--json", "--out", file], {
      input: `${reply}\n`,
    });
    expect(code).toBe(3);
    const transcript = JSON.parse(stdout);
    expect(transcript.turns).toHaveLength(1);
    expect(stderr).toContain("REPORT:");
    expect(JSON.parse(readFileSync(fallbackPath(stderr), "utf8"))).toEqual(transcript);
  });

  it("XDG_DATA_HOME pointing at a file: no store, so saved in a private folder in TMPDIR instead", () => {
    const dir = tempDir();
    const file = join(dir, "xdg");
    writeFileSync(file, "");
    const tmp = join(dir, "tmp");
    mkdirSync(tmp);
    const { code, stdout, stderr } = runCli(["run", scenario], {
      input: `${reply}\n`,
      env: { COACH_DATA_DIR: "", XDG_DATA_HOME: file, TMPDIR: tmp },
    });
    expect(code).toBe(3);
    expect(stdout).toMatch(/^OUTCOME:/m);
    expect(stderr).toContain(`could not save the session in ${join(file, "coach", "coach.db")}`);
    expect(stderr).toContain(`${file} is a file, not a folder`);
    const saved = fallbackPath(stderr);
    expect(saved.startsWith(tmp)).toBe(true);
    expect(statSync(join(saved, "..", "..")).mode & 0o777).toBe(0o700);
    expect(JSON.parse(readFileSync(saved, "utf8")).turns).toHaveLength(1);
  });

  it("a read-only --out: exit 3 with a fallback copy", (context) => {
    const out = readOnlyDir();
    if (!out) return context.skip("cannot make a read-only folder here (root without mount)");
    const { code, stdout, stderr } = runCli(["run", scenario, "--out", out], { input: `${reply}\n` });
    expect(code).toBe(3);
    expect(stdout).toMatch(/^OUTCOME:/m);
    expect(stderr).toMatch(
      /could not save the transcript in .*: (permission denied|the file system is read-only)/,
    );
    expect(JSON.parse(readFileSync(fallbackPath(stderr), "utf8")).turns).toHaveLength(1);
    expect(readdirSync(out)).toEqual([]);
  });

  it("a full disk under --out: never a cut-off file or a .tmp; the whole transcript is in the fallback", (context) => {
    const out = fullDisk(1);
    if (!out) return context.skip("cannot mount a small tmpfs here; the unit tests simulate ENOSPC instead");
    const { code, stdout, stderr } = runCli(["run", scenario, "--out", out], {
      input: `${reply}\n${reply}\n`,
    });
    expect(code).toBe(3);
    expect(stdout).toMatch(/^OUTCOME:/m);
    expect(stderr).toContain("the disk is full (ENOSPC)");
    const left = filesUnder(out).filter((f) => !f.name.startsWith(".filler"));
    expect(left.filter((f) => f.name.endsWith(".tmp") || f.size === 0)).toEqual([]);
    for (const t of transcriptsIn(out)) expect(t.format).toBe(1); // every file there parses
    expect(JSON.parse(readFileSync(fallbackPath(stderr), "utf8")).turns).toHaveLength(2);
  });

  it("--out under /proc is an error at once, not a spin at 100% CPU", () => {
    const started = Date.now();
    const { code, stdout, stderr } = runCli(["run", scenario, "--out", "/proc/coach-x"], {
      input: `${reply}\n`,
    });
    expect(code).toBe(3);
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(stdout).toMatch(/^OUTCOME:/m);
    expect(stderr).toContain("/proc cannot hold new folders");
  });

  it("a 220-character scenario file name is saved under a short, safe name", () => {
    const dir = tempDir();
    const long = join(dir, `${"a".repeat(220)}.yaml`);
    copyFileSync(join(root, "tests", "fixtures", "good", "minimal.yaml"), long);
    const out = join(dir, "out");
    const { code, stdout, stderr } = runCli(["run", long, "--out", out], { input: `${reply}\n` });
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const [name] = readdirSync(out);
    expect(name?.length).toBeLessThan(120);
    expect(name).toMatch(/^[\w.-]+\.json$/);
    expect(stdout).toContain(`SAVED: ${join(out, name as string)}`);
  });

  it("two sessions saved into one folder never share a file", () => {
    const out = tempDir();
    runCli(["run", scenario, "--out", out], { input: `${reply}\n` });
    runCli(["run", scenario, "--out", out], { input: `${reply}\n` });
    expect(readdirSync(out).filter((n) => n.endsWith(".json"))).toHaveLength(2);
  });
});

describe("a closed pipe on stdout ends coach quietly (exit 0)", () => {
  it.each([
    ["coach list | (close at once)", ["list"], 0],
    ["coach list --json | head -1", ["list", "--json"], 1],
  ])("%s", async (_, args, lines) => {
    const { code, stderr } = await runWithClosingReader(args, lines);
    expect(stderr).not.toMatch(/Unhandled 'error' event|EPIPE/);
    expect(stderr).toBe("");
    expect(code).toBe(0);
  });

  it("coach validate DIR | head -1, with many findings", async () => {
    const dir = tempDir();
    const bad = readFileSync(join(root, "tests", "fixtures", "bad", "unknown-node.yaml"), "utf8");
    for (let i = 0; i < 150; i++) writeFileSync(join(dir, `bad-${i}.yaml`), bad);
    const { code, stderr } = await runWithClosingReader(["validate", dir], 1);
    expect(stderr).not.toMatch(/Unhandled 'error' event|EPIPE/);
    expect(code).toBe(0);
  });

  it("coach score --batch big | head -1", async () => {
    const dir = tempDir();
    const file = join(dir, "big.jsonl");
    const line = (i: number) =>
      JSON.stringify({ id: i, reply: "I understand, let me fix this for you today." });
    writeFileSync(file, `${Array.from({ length: 3000 }, (_, i) => line(i)).join("\n")}\n`);
    const { code, stderr } = await runWithClosingReader(["score", "--batch", file], 1);
    expect(stderr).not.toMatch(/Unhandled 'error' event|EPIPE/);
    expect(code).toBe(0);
  });
});

describe("coach init at the edges", () => {
  it("a target under a file, or a dangling link, is a clear error (exit 3), not 70", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "file"), "");
    symlinkSync(join(dir, "gone"), join(dir, "dangling"));
    const under = runCli(["init", join(dir, "file", "team")]);
    expect(under.code).toBe(3);
    expect(under.stderr).toContain(
      `error: cannot use the folder ${join(dir, "file", "team")}: ${join(dir, "file")} is a file`,
    );
    const dangling = runCli(["init", join(dir, "dangling")]);
    expect(dangling.code).toBe(3);
    expect(dangling.stderr).toContain("is a symbolic link to");
    expect(dangling.stderr).toContain("which does not exist");
    expect(existsSync(join(dir, "gone"))).toBe(false);
  });

  it("a target that is a file is a usage mistake (exit 2)", () => {
    const file = join(tempDir(), "file");
    writeFileSync(file, "");
    const { code, stderr } = runCli(["init", file]);
    expect(code).toBe(2);
    expect(stderr).toContain("exists and is not a folder");
  });

  it("under /proc is an error at once, not a spin", () => {
    const { code, stderr } = runCli(["init", "/proc/coach-x"]);
    expect(code).toBe(3);
    expect(stderr).toContain("/proc cannot hold new folders");
  });

  it("a read-only target: exit 3 and nothing half-written", (context) => {
    const dir = readOnlyDir();
    if (!dir) return context.skip("cannot make a read-only folder here (root without mount)");
    const { code, stderr } = runCli(["init", dir]);
    expect(code).toBe(3);
    expect(stderr).toMatch(
      /error: cannot (write|create the folder) .*: (permission denied|the file system is read-only)/,
    );
    expect(filesUnder(dir)).toEqual([]);
  });

  it("never writes through a symlinked rubrics/ into the folder it points at", () => {
    const dir = tempDir();
    const elsewhere = join(dir, "elsewhere");
    mkdirSync(elsewhere);
    const team = join(dir, "team");
    mkdirSync(team);
    symlinkSync(elsewhere, join(team, "rubrics"));
    const { code, stdout } = runCli(["init", team]);
    expect(code).toBe(0);
    expect(readdirSync(elsewhere)).toEqual([]);
    expect(stdout).toMatch(/skipped .*rubrics\/team\.yaml \(a folder on its path is a link/);
    expect(stdout).toMatch(/created .*example-scenario\.yaml/);
  });

  it("fills in 0-byte files an interrupted run left, instead of reporting them as kept", () => {
    const team = join(tempDir(), "team");
    mkdirSync(team);
    writeFileSync(join(team, "README.md"), "");
    const { code, stdout } = runCli(["init", team]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/created .*README\.md \(it was an empty file\)/);
    expect(stdout).not.toContain("kept");
    expect(statSync(join(team, "README.md")).size).toBeGreaterThan(0);
  });

  it("a full disk: exit 3, no 0-byte or temporary files, and a re-run with room finishes the job", (context) => {
    const disk = fullDisk(2);
    if (!disk) return context.skip("cannot mount a small tmpfs here");
    const team = join(disk, "team");
    const first = runCli(["init", team]);
    expect(first.code).toBe(3);
    expect(first.stderr).toContain("the disk is full (ENOSPC)");
    expect(first.stderr).not.toContain("internal error");
    const left = filesUnder(team);
    expect(left.filter((f) => f.size === 0 || f.name.endsWith(".tmp"))).toEqual([]);
    rmSync(join(disk, ".filler"));
    const second = runCli(["init", team]);
    expect(second.code).toBe(0);
    expect(second.stdout.match(/kept/g)?.length ?? 0).toBe(left.length);
    expect(runCli(["validate", team]).code).toBe(0);
  });
});

describe("coach test --output", () => {
  it("a folder is a clear usage error (exit 2), before any test runs", () => {
    const dir = tempDir();
    const { code, stdout, stderr } = runCli(["test", "--format", "junit", "--output", dir]);
    expect(code).toBe(2);
    expect(stderr).toContain(`error: --output ${dir} is a folder; give a file name`);
    expect(stdout).toBe("");
  });

  it("a file in a folder that does not exist yet: the folder is made", () => {
    const file = join(tempDir(), "reports", "junit.xml");
    const { code } = runCli([
      "test",
      "scenarios/refund-thrown-product.yaml",
      "--format",
      "junit",
      "--output",
      file,
    ]);
    expect(code).toBe(0);
    expect(readFileSync(file, "utf8")).toMatch(/^<\?xml/);
  });

  it("a place that cannot be written is an I/O error (exit 3)", () => {
    const file = join(tempDir(), "file");
    writeFileSync(file, "");
    const { code, stderr } = runCli([
      "test",
      "scenarios/refund-thrown-product.yaml",
      "--format",
      "json",
      "--output",
      join(file, "r.json"),
    ]);
    expect(code).toBe(3);
    expect(stderr).toContain("is a file, not a folder");
  });
});
