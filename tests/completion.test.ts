import { spawnSync } from "node:child_process";
import { chmodSync, writeFileSync } from "node:fs";
import { delimiter, join } from "node:path";
import { describe, expect, it } from "vitest";
import { completionSpec, VALUE_NAMES } from "../src/commands/completion.js";
import { buildProgram } from "../src/program.js";
import { cliPath, root, runCli, tempDir } from "./helpers/cli.js";

const program = buildProgram();
const spec = completionSpec(program);

/** A folder with a `coach` on it that runs this checkout, as an installed coach would be on PATH. */
function coachOnPath(): string {
  const bin = tempDir("bin-");
  const coach = join(bin, "coach");
  writeFileSync(coach, `#!/bin/sh\nexec '${process.execPath}' '${cliPath}' "$@"\n`);
  chmodSync(coach, 0o755);
  return bin;
}

/** What bash's completion offers for a command line; the last word is the one being completed. */
function complete(words: string[], cwd = tempDir()): string[] {
  const script = runCli(["completion", "bash"]).stdout;
  const file = join(tempDir(), "coach.bash");
  writeFileSync(file, script);
  const array = words.map((word) => `'${word}'`).join(" ");
  const result = spawnSync(
    "bash",
    [
      "-c",
      `source '${file}'; COMP_WORDS=(${array}); COMP_CWORD=${words.length - 1}; _coach; printf '%s\\n' "\${COMPREPLY[@]}"`,
    ],
    {
      cwd,
      encoding: "utf8",
      env: { ...process.env, PATH: `${coachOnPath()}${delimiter}${process.env.PATH}`, COACH_SCENARIOS: "" },
    },
  );
  expect(result.stderr).toBe("");
  expect(result.status).toBe(0);
  return result.stdout.split("\n").filter(Boolean);
}

describe("coach completion", () => {
  it("every option and argument value in the program has a kind", () => {
    for (const command of [program, ...program.commands]) {
      for (const option of command.options)
        if ((option.required || option.optional) && !option.argChoices)
          expect(Object.keys(VALUE_NAMES), `${command.name()} ${option.long}`).toContain(
            option.long?.replace(/^--/, ""),
          );
      for (const argument of command.registeredArguments)
        if (!argument.argChoices)
          expect(Object.keys(VALUE_NAMES), `${command.name()} <${argument.name()}>`).toContain(
            argument.name(),
          );
    }
  });

  it.each([
    [
      ["coach", ""],
      ["list", "validate", "run", "test", "init", "new", "completion", "help"],
    ],
    [["coach", "va"], ["validate"]],
    [
      ["coach", "--"],
      ["--version", "--no-color"],
    ],
    [["coach", "run", "--f"], ["--feedback"]],
    [
      ["coach", "run", "--feedback", ""],
      ["each", "end"],
    ],
    [
      ["coach", "test", "--format", "j"],
      ["json", "junit"],
    ],
    [["coach", "run", "budget"], ["budget-customer-rushed"]],
    [["coach", "score", "--scenario", "manager"], ["manager-demand"]],
    [["coach", "new", "--from", "right"], ["right-and-rude"]],
    [["coach", "rules", "names-f"], ["names-feeling"]],
    [["coach", "help", "comp"], ["completion"]],
    [
      ["coach", "completion", ""],
      ["bash", "zsh", "fish"],
    ],
  ])("bash: %j offers %j", (words, offered) => {
    const got = complete(words);
    for (const word of offered) expect(got).toContain(word);
  });

  it("bash: scenario ids include a --scenarios folder's, and files in the folder", () => {
    const folder = join(root, "tests", "fixtures", "good");
    expect(complete(["coach", "run", "--scenarios", folder, "min"])).toContain("minimal");
    const cwd = tempDir();
    writeFileSync(join(cwd, "ours.yaml"), "");
    expect(complete(["coach", "run", "o"], cwd)).toEqual(["ours.yaml"]);
    expect(complete(["coach", "validate", "o"], cwd)).toEqual(["ours.yaml"]);
  });

  it("--ids prints the ids coach run takes, one a line", () => {
    const { code, stdout } = runCli(["completion", "--ids"]);
    expect(code).toBe(0);
    const ids = stdout.trim().split("\n");
    expect(ids).toContain("refund-thrown-product");
    expect(ids).toEqual([...ids].sort());
    expect(runCli(["list", "--json"]).stdout).toContain(`"id": "${ids[0]}"`);
  });

  it.each(["bash", "zsh", "fish"])("%s: the script names every command and option", (shell) => {
    const script = runCli(["completion", shell]).stdout;
    for (const command of spec.commands) {
      expect(script).toContain(command.name);
      for (const option of command.options)
        for (const flag of option.flags) expect(script).toContain(flag.replace(/^-+/, ""));
    }
  });

  it.for(["bash", "zsh", "fish"])(
    "%s: the script parses (where the shell is installed)",
    (shell, { skip }) => {
      if (spawnSync(shell, ["-c", "exit 0"]).status !== 0) skip();
      const file = join(tempDir(), `coach.${shell}`);
      writeFileSync(file, runCli(["completion", shell]).stdout);
      const result = spawnSync(shell, ["-n", file], { encoding: "utf8" });
      expect(result.stderr).toBe("");
      expect(result.status).toBe(0);
    },
  );

  it("without a shell, or with an unknown one, is a usage error", () => {
    const none = runCli(["completion"]);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/name a shell: coach completion bash\|zsh\|fish/);
    const unknown = runCli(["completion", "tcsh"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/value 'tcsh' is invalid/);
  });
});
