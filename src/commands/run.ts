import { statSync } from "node:fs";
import { ContentError, EXIT, InterruptedError, UsageError } from "../errors.js";
import { type AnswerLine, type AnswerLines, answerLines } from "../io/answers.js";
import { checkReadable, STDIN } from "../io/read.js";
import { SessionSink, type SinkResult } from "../io/session-sink.js";
import type { SaveResult } from "../io/sessions.js";
import { onStop } from "../io/signals.js";
import { countBy } from "../scenario/diagnostics.js";
import { displayPath, resolveScenario, scenarioFolders } from "../scenario/load.js";
import type { Scenario } from "../scenario/schema.js";
import { scoreReply } from "../scoring/index.js";
import {
  type Answer,
  newTranscript,
  retryTarget,
  runSession,
  type Transcript,
  type TurnPrompt,
} from "../session/engine.js";
import { type FactsCard, factsCard } from "../session/facts-card.js";
import { buildReport } from "../session/report.js";
import { importMessage, openStore } from "../store/open.js";
import { formatDiagnostic } from "../ui/diagnostics.js";
import {
  renderAngerChange,
  renderCustomer,
  renderFactsCard,
  renderFeedback,
  renderIntro,
  renderModel,
  renderNotice,
  renderReport,
  renderRetryFeedback,
  type SessionMode,
  viewFor,
} from "../ui/session.js";
import { disableColour, paint } from "../ui/style.js";
import { sanitize, shown } from "../ui/text.js";

export const MAX_REPLY_CHARS = 2000;

export interface RunOptions {
  answers?: string;
  json?: boolean;
  out?: string;
  /** The data folder (the store, and the sessions folder it imports from). */
  data?: string;
  feedback?: "each" | "end";
  /** No hints, model answers, retries or per-turn feedback; the report only at the end. */
  exam?: boolean;
  plain?: boolean;
  color?: boolean;
  scenarios?: string;
  /** Who is practising, saved in the transcript (`coach team` groups by it); else COACH_NAME. */
  name?: string;
}

/** The trainee's name from --name or COACH_NAME: one printable line of at most 100 characters. */
export function traineeName(options: RunOptions, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const given = options.name ?? env.COACH_NAME;
  if (given === undefined) return undefined;
  const name = given.trim().replace(/\s+/g, " ");
  if (!name || name.length > 100 || sanitize(name) !== name)
    throw new UsageError("--name (or COACH_NAME) must be a name of 1 to 100 printable characters");
  return name;
}

type Source = { kind: "lines"; lines: AnswerLines } | { kind: "prompt" };

/** Load and validate a scenario by id or path; validation errors stop here, before any session. */
export function loadForRun(
  ref: string,
  extraFolder?: string,
): { scenario: Scenario; id: string; file: string } {
  const loaded = resolveScenario(ref, scenarioFolders(extraFolder));
  if (!loaded)
    throw new UsageError(
      `no scenario \`${ref}\`; run \`coach list\` to see the ids, or give a path to a .yaml file`,
    );
  if (countBy(loaded.diagnostics, "error") > 0 || !loaded.scenario) {
    for (const d of loaded.diagnostics) process.stderr.write(`${formatDiagnostic(d)}\n\n`);
    throw new ContentError(
      `${shown(displayPath(loaded.file))} has errors; fix them before practising (see \`coach validate\`)`,
    );
  }
  return { scenario: loaded.scenario, id: loaded.id, file: loaded.file };
}

/**
 * Where replies come from: --answers (a file, or - for stdin), piped stdin, or the prompt. Answer
 * lines are read one at a time, when the session asks for the next reply (src/io/answers.ts).
 */
function replySource(options: RunOptions): Source {
  if (options.answers) return { kind: "lines", lines: answerLines(options.answers) };
  if (!process.stdin.isTTY) return { kind: "lines", lines: answerLines(STDIN) };
  return { kind: "prompt" };
}

function capReply(reply: string, notice: (text: string) => void): string {
  const clean = sanitize(reply).normalize("NFC").trim();
  if (clean.length <= MAX_REPLY_CHARS) return clean;
  notice(`(Your reply was ${clean.length} characters; only the first ${MAX_REPLY_CHARS} are scored.)`);
  return clean.slice(0, MAX_REPLY_CHARS);
}

export async function runCommand(ref: string, options: RunOptions): Promise<number> {
  const plain = Boolean(options.plain) || !process.stdout.isTTY;
  if (plain || options.color === false) disableColour();
  const view = viewFor(plain, process.stdout.columns);
  const { scenario, id } = loadForRun(ref, options.scenarios);
  const mode: SessionMode = options.exam ? "exam" : "practice";
  const trainee = traineeName(options);
  // A wrong --answers path is a usage error before the session starts, not after its first line.
  if (options.answers) await checkReadable(options.answers);
  const source = replySource(options);
  // With --json the transcript owns stdout; everything for people goes to stderr.
  const say = (text: string) => (options.json ? process.stderr : process.stdout).write(`${text}\n`);

  // The card the trainee is shown travels with the transcript (saved and --json), so a reader
  // of the transcript knows what the honesty scores were judged against.
  const card = factsCard(scenario.facts);
  const transcript: Transcript & { facts: FactsCard } = {
    ...newTranscript(scenario, id, new Date()),
    ...(options.exam ? { exam: true } : {}),
    ...(trainee ? { trainee } : {}),
    facts: card,
  };
  // The session is saved when it starts (so a store or folder that cannot be written is
  // reported before the first reply), after every reply, and at the end.
  const store = openStore({
    ...(options.data ? { data: options.data } : {}),
    onImport: (report) => process.stderr.write(`${importMessage(report, store.file)}\n`),
  });
  const file = new SessionSink(transcript, store, {
    ...(options.out ? { out: options.out } : {}),
    ...(options.data ? { data: options.data } : {}),
  });
  const warned = new Set<string>();
  const checkpoint = (durable = false): SinkResult => {
    const result = file.save(durable);
    const problem = saveProblem(result, "will be");
    if (problem && !warned.has(problem)) {
      warned.add(problem);
      process.stderr.write(`${problem}\n`);
    }
    return result;
  };
  const markInterrupted = () => {
    transcript.outcome = "unfinished";
    transcript.endReason = "interrupted";
    transcript.endedAt = new Date().toISOString();
  };
  // SIGINT outside a prompt, SIGTERM, and SIGHUP (the terminal closed): save, say where, stop.
  const offStop = onStop(() => {
    markInterrupted();
    const result = file.save();
    try {
      process.stderr.write(`\n${stoppedMessage(result)}\n`);
    } catch {
      /* the terminal is gone (SIGHUP); the transcript is saved all the same */
    }
    return result.ok ? undefined : EXIT.io;
  });
  // The reader of stdout went away (`coach run … | head`): coach stops quietly (io/write.ts);
  // first the session is closed as stopped, as on Ctrl+C, not left as a crash would leave it.
  const onClosedOutput = (error: NodeJS.ErrnoException) => {
    if (transcript.endReason !== undefined) return;
    if (error.code !== "EPIPE" && error.code !== "ERR_STREAM_DESTROYED") return;
    markInterrupted();
    file.save();
  };
  process.stdout.prependListener("error", onClosedOutput);
  checkpoint();

  say(renderIntro(scenario, view, mode));
  if (card.sections.length > 0) say(renderFactsCard(card, view));
  const act = sessionCommand(card, view, say, mode);
  const ask =
    source.kind === "prompt"
      ? promptAsk(view, say, act, mode)
      : async (prompt: TurnPrompt): Promise<Answer> => {
          say(prompt.notice ? renderNotice(prompt.notice, view) : renderCustomer(prompt, view, mode));
          // A line that is a session command (/facts, /hint, /model, /retry, /help, /quit) is
          // acted on as at the prompt and is not a reply; the next line is.
          const used = { hintUsed: false, modelSeen: false };
          for (let next = await source.lines.next(); next; next = await source.lines.next()) {
            const result = act(next.text, prompt);
            if (result === "quit") return { quit: true, reason: "quit" };
            if (result === "retry") return { retry: true, ...used };
            if (result === "hint") used.hintUsed = true;
            if (result === "model") used.modelSeen = true;
            if (result !== "reply") continue;
            const reply = capReply(next.text, say);
            say(view.plain ? `YOU: ${reply}` : `${paint.bold("  You:")} ${reply}`);
            return { reply, ...used };
          }
          return { quit: true, reason: "no-more-replies" };
        };

  let ended = false;
  let unused: string | undefined;
  try {
    await runSession(
      scenario,
      id,
      {
        ask,
        score: scoreReply,
        onTurn: (record) => {
          // An exam keeps its scores for the report at the end.
          const before = record.attempts?.[record.attempts.length - 1];
          if (mode !== "exam" && options.feedback !== "end")
            say(
              before
                ? renderRetryFeedback(before, record, view)
                : renderFeedback(record.scorecard, record.reply, view),
            );
          if (mode !== "exam") say(renderAngerChange(record, view));
          checkpoint();
        },
      },
      transcript,
    );
    ended = ["resolved", "escalated", "turn-limit"].includes(transcript.endReason ?? "");
  } catch (error) {
    if (error instanceof InterruptedError) {
      markInterrupted();
      const result = file.save();
      if (result.ok) throw new InterruptedError(stoppedMessage(result));
      process.stderr.write(`${stoppedMessage(result)}\n`);
      return EXIT.io;
    }
    // An unexpected error mid-session: keep the replies so far before it is reported.
    checkpoint(true);
    throw error;
  } finally {
    process.stdout.off("error", onClosedOutput);
    offStop();
    if (source.kind === "lines") {
      const fromFile = options.answers !== undefined && options.answers !== STDIN && isFile(options.answers);
      if (ended && fromFile) unused = await unusedLinesNote(source.lines, transcript);
      await source.lines.close();
    }
  }
  const result = file.save();
  store.close();
  // The report card is shown whether or not the save worked: the session happened.
  say(renderReport(buildReport(transcript, scenario), transcript.closing?.customer, view));
  if (unused) say(renderNotice(unused, view));
  for (const line of savedLines(result, view.plain)) say(line);
  const problem = saveProblem(result, "is");
  if (problem) process.stderr.write(`${problem}\n`);
  if (options.json) process.stdout.write(`${JSON.stringify(transcript, null, 2)}\n`);
  return result.ok ? EXIT.ok : EXIT.io;
}

/** Where the session was saved, for the trainee (what worked; `saveProblem` says what did not). */
function savedLines(result: SinkResult, plain: boolean): string[] {
  const lines: string[] = [];
  if (result.stored) {
    const { id, file } = result.stored;
    lines.push(
      plain
        ? `SAVED: session ${id} in ${sanitize(file)}`
        : paint.dim(
            `\n  Saved as session ${id}: \`coach show ${id}\` replays it, \`coach history\` lists them all.`,
          ),
    );
  }
  if (result.out?.path !== undefined && !result.out.failed)
    lines.push(plain ? `SAVED: ${result.out.path}` : paint.dim(`  Transcript saved in ${result.out.path}`));
  return lines;
}

/**
 * What went wrong with a save and where the transcript went instead, for stderr, or "" when
 * nothing did. `tense` is "will be" mid-session (later replies go there too) and "is" at the end.
 */
function saveProblem(result: SinkResult, tense: "is" | "will be"): string {
  const lines: string[] = [];
  const instead = (saved: SaveResult | undefined, what: string) => {
    if (saved?.path !== undefined)
      lines.push(`Your transcript ${tense} saved in ${sanitize(saved.path)} instead${what}.`);
    else
      lines.push(
        tense === "is"
          ? "No fallback folder could be written either; the transcript was not saved (use --json to keep a copy)."
          : "No fallback folder could be written either; the session goes on, but it is not being saved.",
      );
  };
  if (result.storeFailed) {
    lines.push(
      `error: could not save the session in ${sanitize(result.storeFailed.file)}: ${result.storeFailed.reason}`,
    );
    const queued = result.fallback?.path !== undefined && !result.fallback.fallback;
    instead(
      result.fallback,
      queued ? "; coach adds it to your history the next time it can open the store" : "",
    );
  }
  const out = result.out;
  if (out?.failed) {
    lines.push(
      `error: could not save the transcript in ${sanitize(out.failed.folder)}: ${out.failed.reason}`,
    );
    if (out.path !== undefined || !result.stored) instead(out, "");
  }
  return lines.join("\n");
}

function stoppedMessage(result: SinkResult): string {
  if (result.ok && result.stored)
    return `Stopped. Your session so far is saved in ${sanitize(result.stored.file)} (session ${result.stored.id}; \`coach show ${result.stored.id}\` replays it).`;
  return `Stopped.\n${saveProblem(result, "is")}`;
}

const HELP: Record<SessionMode, string> = {
  practice: [
    "/hint   show a hint for this line",
    "/model  show the model answer for the line you last replied to",
    "/retry  reply again to the line you last replied to (both replies are kept; the last one counts)",
    "/facts  show what you know, can offer, cannot promise and don't know yet",
    "/long   write a longer reply in your editor ($EDITOR)",
    "/help   show these commands",
    "/quit   end the session (your transcript is saved); Ctrl+C and Ctrl+D do the same",
  ].join("\n"),
  exam: [
    "Exam: no hints, model answers, retries or scores until the report at the end.",
    "/facts  show what you know, can offer, cannot promise and don't know yet",
    "/long   write a longer reply in your editor ($EDITOR)",
    "/help   show these commands",
    "/quit   end the session (your transcript is saved); Ctrl+C and Ctrl+D do the same",
  ].join("\n"),
};

type CommandResult = "reply" | "quit" | "hint" | "model" | "retry" | "shown";

/** What an exam says to /hint, /model and /retry. */
const EXAM_REFUSAL = "Not in an exam: reply as you would for real. Your report comes at the end.";

/**
 * The session commands shared by the prompt and by answer lines: /facts, /hint, /model, /retry,
 * /help and /quit (or /exit). The function acts on one line and says what it was; "reply" means
 * not a command. /retry is only named here: the session engine asks the line again, or refuses.
 */
function sessionCommand(
  card: FactsCard,
  view: ReturnType<typeof viewFor>,
  say: (text: string) => void,
  mode: SessionMode,
) {
  return (text: string, prompt: TurnPrompt): CommandResult => {
    const command = text.trim().toLowerCase();
    if (command === "/quit" || command === "/exit") return "quit";
    if (command === "/help") {
      say(HELP[mode]);
      return "shown";
    }
    if (command === "/facts") {
      say(renderFactsCard(card, view));
      return "shown";
    }
    if (mode === "exam" && (command === "/hint" || command === "/model" || command === "/retry")) {
      say(renderNotice(EXAM_REFUSAL, view));
      return "shown";
    }
    if (command === "/retry") return "retry";
    if (command === "/model") {
      say(renderModel(prompt.model, view, prompt.attempt !== undefined));
      return prompt.model ? "model" : "shown";
    }
    if (command === "/hint") {
      say(
        prompt.hint
          ? `${view.plain ? "HINT:" : paint.cyan("  Hint:")} ${sanitize(prompt.hint)}`
          : view.plain
            ? "HINT: none for this turn"
            : "  (No hint for this turn.)",
      );
      return "hint";
    }
    return "reply";
  };
}

/** A regular file: one that ends (not a FIFO or a device, which might never close). */
function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * Lines of an answers file left when the session came to its end (an end node or the turn
 * limit) are said, so a /retry or a reply written for a later turn is not dropped without a word.
 * Only files are read on: a pipe may never close.
 */
async function unusedLinesNote(lines: AnswerLines, transcript: Transcript): Promise<string | undefined> {
  const unused: AnswerLine[] = [];
  try {
    for (let next = await lines.next(); next; next = await lines.next()) unused.push(next);
  } catch {
    /* a problem in lines the session did not need does not matter to it */
  }
  const first = unused[0];
  if (!first) return undefined;
  const count = unused.length === 1 ? "1 line was" : `${unused.length} lines were`;
  const parts = [`The session ended before line ${first.line} of ${shown(lines.name)}: ${count} not used.`];
  const target = retryTarget(transcript);
  if (unused.some((l) => l.text.toLowerCase() === "/retry") && "refused" in target)
    parts.push(target.refused);
  return parts.join(" ");
}

/** The interactive prompt: single line by default, /long opens $EDITOR, slash commands. */
function promptAsk(
  view: ReturnType<typeof viewFor>,
  say: (text: string) => void,
  act: ReturnType<typeof sessionCommand>,
  mode: SessionMode,
) {
  return async (prompt: TurnPrompt): Promise<Answer> => {
    const { input, editor } = await import("@inquirer/prompts");
    say(prompt.notice ? renderNotice(prompt.notice, view) : renderCustomer(prompt, view, mode));
    const used = { hintUsed: false, modelSeen: false };
    for (;;) {
      const controller = new AbortController();
      // Ctrl+D on an empty line closes readline without settling the prompt: treat it as quit.
      const onData = (chunk: Buffer) => {
        if (chunk.includes(4)) controller.abort("eof");
      };
      process.stdin.on("data", onData);
      let text: string;
      try {
        text = await input(
          { message: view.plain ? "YOU:" : "You:", theme: { prefix: "" } },
          { signal: controller.signal },
        );
      } catch (error) {
        const name = (error as Error).name;
        if (name === "AbortPromptError") return { quit: true, reason: "quit" };
        if (name === "ExitPromptError") throw new InterruptedError("");
        throw error;
      } finally {
        process.stdin.off("data", onData);
      }
      const command = text.trim().toLowerCase();
      if (command === "") {
        say(paint.dim("  (Type a reply, or /help for commands.)"));
        continue;
      }
      const result = act(text, prompt);
      if (result === "quit") return { quit: true, reason: "quit" };
      if (result === "retry") return { retry: true, ...used };
      if (result === "hint") used.hintUsed = true;
      if (result === "model") used.modelSeen = true;
      if (result !== "reply") continue;
      if (command === "/long") {
        try {
          text = await editor({ message: "Write your reply (save and close the editor when done)" });
        } catch {
          continue;
        }
        if (!text.trim()) continue;
      } else if (command.startsWith("/")) {
        say(`  Unknown command ${shown(command, 40)}; /help lists the commands.`);
        continue;
      }
      return { reply: capReply(text, say), ...used };
    }
  };
}
