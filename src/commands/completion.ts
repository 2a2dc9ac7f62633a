import type { Argument, Command, Option } from "commander";
import { UsageError } from "../errors.js";
import { listScenarioIds, scenarioFolders } from "../scenario/load.js";
import { SIGNALS } from "../scoring/index.js";

/**
 * `coach completion bash|zsh|fish`: a completion script generated from commander's own command
 * tree, so a new command or option is completed without anyone editing a script. Scenario ids are
 * asked of `coach completion --ids` at completion time, so a trainer's own folders
 * (COACH_SCENARIOS, --scenarios) complete too.
 *
 * No maintained package fits: tabtab and omelette call back into a Node process on every Tab and
 * know nothing of commander; @fig/complete-commander writes Fig specs, not shell scripts.
 */

export const SHELLS = ["bash", "zsh", "fish"] as const;
export type Shell = (typeof SHELLS)[number];

/** What a value is, so each shell offers the right words: files, folders, ids or fixed choices. */
export type ValueKind =
  | { kind: "file" }
  | { kind: "dir" }
  | { kind: "scenario" }
  | { kind: "choices"; values: string[] }
  | { kind: "text" };

/**
 * What each option's and argument's value is, by its name (an option's long name, an argument's
 * name); values with fixed choices need no entry. A test checks that every value in the program
 * is classified, so a new option is completed properly from the day it is added.
 */
export const VALUE_NAMES: Readonly<Record<string, "file" | "dir" | "scenario" | "text" | "rule">> = {
  actor: "text",
  answers: "file",
  batch: "file",
  customer: "text",
  data: "dir",
  dir: "dir",
  from: "scenario",
  id: "rule",
  lrs: "text",
  limit: "text",
  name: "text",
  out: "dir",
  output: "file",
  paths: "file",
  reply: "text",
  "retry-delay": "text",
  scenario: "scenario",
  scenarios: "dir",
  session: "file",
  timeout: "text",
  since: "text",
  turn: "text",
};

export interface OptionSpec {
  /** `-h` and `--help`, or just the long form. */
  flags: string[];
  description: string;
  value?: ValueKind;
}

export interface CommandSpec {
  name: string;
  description: string;
  options: OptionSpec[];
  /** What the first positional argument is (later ones are the same when it is variadic). */
  argument?: ValueKind;
}

export interface CompletionSpec {
  /** Options before any command. */
  options: OptionSpec[];
  commands: CommandSpec[];
}

/** Read the command tree commander built: names, options, what their values are, and choices. */
export function completionSpec(program: Command): CompletionSpec {
  const commands = program.commands.filter((command) => !isHidden(command)).map(commandSpec);
  const names = commands.map((command) => command.name);
  // commander makes its `help` command only when it prints help; complete it like any command.
  commands.push({
    name: "help",
    description: "show help for a command",
    options: [],
    argument: { kind: "choices", values: names },
  });
  return { options: program.options.filter(visible).map(optionSpec), commands };
}

function commandSpec(command: Command): CommandSpec {
  const argument = command.registeredArguments[0];
  const options = command.options.filter(visible).map(optionSpec);
  options.push({ flags: ["-h", "--help"], description: "show help for the command" });
  return {
    name: command.name(),
    description: command.description(),
    options,
    ...(argument ? { argument: argumentKind(argument) } : {}),
  };
}

function optionSpec(option: Option): OptionSpec {
  const flags = [option.short, option.long].filter((flag): flag is string => Boolean(flag));
  const spec: OptionSpec = { flags, description: option.description };
  if (option.required || option.optional)
    spec.value = valueKind(option.long?.replace(/^--/, "") ?? option.name(), option.argChoices);
  return spec;
}

function argumentKind(argument: Argument): ValueKind {
  return valueKind(argument.name(), argument.argChoices);
}

function valueKind(name: string, choices: readonly string[] | undefined): ValueKind {
  if (choices?.length) return { kind: "choices", values: [...choices] };
  const kind = VALUE_NAMES[name];
  if (kind === undefined) throw new Error(`completion: no value kind for \`${name}\`; add it to VALUE_NAMES`);
  if (kind === "rule") return { kind: "choices", values: SIGNALS.map((signal) => signal.id).sort() };
  return { kind };
}

function visible(option: Option): boolean {
  return !option.hidden;
}

function isHidden(command: Command): boolean {
  return (command as unknown as { _hidden?: boolean })._hidden === true;
}

// -- the scripts ---------------------------------------------------------------------------

/** A word in single quotes for bash, zsh and fish alike (fish needs its own escaping of \ and '). */
function quote(word: string, shell: Shell): string {
  if (shell === "fish") return `'${word.replaceAll("\\", "\\\\").replaceAll("'", "\\'")}'`;
  return `'${word.replaceAll("'", `'\\''`)}'`;
}

/** The first line of a description, short enough for a completion menu. */
function brief(description: string): string {
  const line = description.split("\n")[0] ?? "";
  return line.length > 70 ? `${line.slice(0, 69)}…` : line;
}

export function bashScript(spec: CompletionSpec): string {
  const words = (list: readonly string[]) => quote(list.join(" "), "bash");
  const valueCase = (value: ValueKind): string => {
    switch (value.kind) {
      case "file":
        return "_coach_files";
      case "dir":
        return "_coach_dirs";
      case "scenario":
        return "_coach_scenarios";
      case "choices":
        return `_coach_words ${words(value.values)}`;
      case "text":
        return ":";
    }
  };
  const optionValues: string[] = [];
  const optionLists: string[] = [];
  const argumentCases: string[] = [];
  for (const command of spec.commands) {
    for (const option of command.options)
      if (option.value)
        optionValues.push(
          `    ${option.flags.map((f) => quote(`${command.name} ${f}`, "bash")).join("|")}) ${valueCase(option.value)}; return 0 ;;`,
        );
    optionLists.push(
      `      ${quote(command.name, "bash")}) _coach_words ${words(command.options.flatMap((o) => o.flags))} ;;`,
    );
    if (command.argument)
      argumentCases.push(`    ${quote(command.name, "bash")}) ${valueCase(command.argument)} ;;`);
  }
  return `# bash completion for coach. Load it in ~/.bashrc with:  eval "$(coach completion bash)"
# Generated by \`coach completion bash\` from coach's own commands; regenerate it after an upgrade.

_coach_words() { COMPREPLY+=($(compgen -W "$1" -- "$cur")); }
_coach_files() { compopt -o filenames 2>/dev/null; COMPREPLY+=($(compgen -f -- "$cur")); }
_coach_dirs() { compopt -o filenames 2>/dev/null; COMPREPLY+=($(compgen -d -- "$cur")); }
_coach_scenarios() {
  # Scenario ids as coach sees them (shipped, COACH_SCENARIOS, and a --scenarios folder on the line).
  local extra=() j
  for ((j = 1; j < \${#COMP_WORDS[@]} - 1; j++)); do
    [[ \${COMP_WORDS[j]} == --scenarios ]] && extra=(--scenarios "\${COMP_WORDS[j + 1]}")
  done
  _coach_words "$(command coach completion --ids "\${extra[@]}" 2>/dev/null)"
  _coach_files
}

_coach() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="\${COMP_WORDS[COMP_CWORD - 1]}" command="" i
  COMPREPLY=()
  for ((i = 1; i < COMP_CWORD; i++)); do
    case "\${COMP_WORDS[i]}" in
      -*) ;;
      *) command="\${COMP_WORDS[i]}"; break ;;
    esac
  done
  case "$command $prev" in
${optionValues.join("\n")}
  esac
  if [[ -z $command ]]; then
    if [[ $cur == -* ]]; then _coach_words ${words(spec.options.flatMap((o) => o.flags))}
    else _coach_words ${words(spec.commands.map((c) => c.name))}
    fi
    return 0
  fi
  if [[ $cur == -* ]]; then
    case "$command" in
${optionLists.join("\n")}
    esac
    return 0
  fi
  case "$command" in
${argumentCases.join("\n")}
  esac
  return 0
}
complete -F _coach coach
`;
}

export function zshScript(spec: CompletionSpec): string {
  const esc = (text: string) => text.replace(/([[\]:\\])/g, "\\$1");
  const action = (value: ValueKind): string => {
    switch (value.kind) {
      case "file":
        return "_files";
      case "dir":
        return "_files -/";
      case "scenario":
        return "_coach_scenarios";
      case "choices":
        return `(${value.values.join(" ")})`;
      case "text":
        return " ";
    }
  };
  const optionSpecs = (options: readonly OptionSpec[]) =>
    options.map((option) => {
      const described = `[${esc(brief(option.description))}]${option.value ? `:${esc(option.flags.at(-1)?.replace(/^-+/, "") ?? "value")}:${action(option.value)}` : ""}`;
      if (option.flags.length === 1) return quote(`${option.flags[0]}${described}`, "zsh");
      return `${quote(`(${option.flags.join(" ")})`, "zsh")}{${option.flags.join(",")}}${quote(described, "zsh")}`;
    });
  const cases = spec.commands.map((command) => {
    const specs = optionSpecs(command.options);
    if (command.argument) {
      const many = command.argument.kind === "file" ? "*" : "1";
      specs.push(
        quote(
          `${many}:${command.name === "help" ? "command" : "argument"}:${action(command.argument)}`,
          "zsh",
        ),
      );
    }
    return `        ${quote(command.name, "zsh")}) _arguments -s ${specs.join(" ")} ;;`;
  });
  const commandList = spec.commands.map(
    (c) => `    ${quote(`${esc(c.name)}:${brief(c.description)}`, "zsh")}`,
  );
  return `#compdef coach
# zsh completion for coach. Load it in ~/.zshrc, after compinit, with:  eval "$(coach completion zsh)"
# Generated by \`coach completion zsh\` from coach's own commands; regenerate it after an upgrade.

_coach_scenarios() {
  local -a ids extra
  local i
  for ((i = 1; i < \${#words}; i++)); do
    [[ \${words[i]} == --scenarios ]] && extra=(--scenarios "\${words[i + 1]}")
  done
  ids=(\${(f)"$(command coach completion --ids "\${extra[@]}" 2>/dev/null)"})
  _alternative 'ids:scenario id:compadd -a ids' 'files:scenario file:_files -g "*.(yaml|yml)"'
}

_coach() {
  local -a commands
  commands=(
${commandList.join("\n")}
  )
  local curcontext="$curcontext" state line
  _arguments -C ${optionSpecs(spec.options).join(" ")} '1:command:->command' '*::argument:->argument'
  case $state in
    command) _describe -t commands 'coach command' commands ;;
    argument)
      case $words[1] in
${cases.join("\n")}
      esac
      ;;
  esac
}

compdef _coach coach
`;
}

export function fishScript(spec: CompletionSpec): string {
  const q = (word: string) => quote(word, "fish");
  const names = spec.commands.map((c) => c.name).join(" ");
  const valueArgs = (value: ValueKind): string => {
    switch (value.kind) {
      case "file":
        return "-r -F";
      case "dir":
        return `-x -a ${q("(__fish_complete_directories)")}`;
      case "scenario":
        return `-r -F -a ${q("(__coach_scenarios)")}`;
      case "choices":
        return `-x -a ${q(value.values.join(" "))}`;
      case "text":
        return "-x";
    }
  };
  const optionLine = (option: OptionSpec, condition: string) => {
    const flags = option.flags.map((flag) =>
      flag.startsWith("--") ? `-l ${flag.slice(2)}` : `-s ${flag.slice(1)}`,
    );
    const value = option.value ? ` ${valueArgs(option.value)}` : "";
    return `complete -c coach -n ${q(condition)} ${flags.join(" ")}${value} -d ${q(brief(option.description))}`;
  };
  const lines: string[] = [];
  for (const option of spec.options)
    lines.push(optionLine(option, `not __fish_seen_subcommand_from ${names}`));
  for (const command of spec.commands)
    lines.push(
      `complete -c coach -n ${q(`not __fish_seen_subcommand_from ${names}`)} -a ${q(command.name)} -d ${q(brief(command.description))}`,
    );
  for (const command of spec.commands) {
    const condition = `__fish_seen_subcommand_from ${command.name}`;
    for (const option of command.options) lines.push(optionLine(option, condition));
    if (command.argument) {
      const argument =
        command.argument.kind === "file" ? "-F" : valueArgs(command.argument).replace("-r ", "");
      lines.push(`complete -c coach -n ${q(condition)} ${argument}`);
    }
  }
  return `# fish completion for coach. Load it with:  coach completion fish > ~/.config/fish/completions/coach.fish
# Generated by \`coach completion fish\` from coach's own commands; regenerate it after an upgrade.

function __coach_scenarios
    set -l tokens (commandline -opc)
    set -l extra
    for i in (seq (count $tokens))
        if test "$tokens[$i]" = --scenarios; and test $i -lt (count $tokens)
            set extra --scenarios $tokens[(math $i + 1)]
        end
    end
    command coach completion --ids $extra 2>/dev/null
end

complete -c coach -f
${lines.join("\n")}
`;
}

export interface CompletionOptions {
  ids?: boolean;
  scenarios?: string;
}

/** Print the script for `shell`, or (--ids) the scenario ids the scripts complete. */
export async function completionCommand(
  shell: string | undefined,
  options: CompletionOptions,
  program: Command,
): Promise<number> {
  if (options.ids) {
    for (const id of listScenarioIds(scenarioFolders(options.scenarios))) process.stdout.write(`${id}\n`);
    return 0;
  }
  if (shell === undefined)
    throw new UsageError(
      `name a shell: coach completion ${SHELLS.join("|")} (e.g. eval "$(coach completion bash)")`,
    );
  const spec = completionSpec(program);
  const render = { bash: bashScript, zsh: zshScript, fish: fishScript }[shell as Shell];
  process.stdout.write(render(spec));
  return 0;
}
