import { describe, expect, it } from "vitest";
import { buildProgram } from "../src/program.js";
import { quickScoreArgs } from "../src/score-args.js";

/** What commander hands `coach score`'s action for these arguments, or its error code. */
async function viaCommander(args: string[]): Promise<unknown> {
  const program = buildProgram();
  const score = program.commands.find((command) => command.name() === "score");
  let seen: unknown;
  score?.action((reply: string | undefined, options: object) => {
    seen = { reply, options: { ...options } };
  });
  for (const command of [program, ...program.commands])
    command.configureOutput({ writeErr: () => {}, writeOut: () => {} });
  try {
    await program.parseAsync(["node", "coach", ...args]);
  } catch (error) {
    return (error as { code?: string }).code;
  }
  return seen;
}

const reply = "I'm sorry about that";
const read: string[][] = [
  ["score", reply],
  ["score", ""],
  ["score", reply, "--json"],
  ["score", "--json", reply],
  ["score", "--plain", reply, "--abusive"],
  ["score", reply, "--json", "--plain", "--abusive"],
  ["score", reply, "--customer", "Where is my parcel?!"],
  ["score", "--customer", "Where is my parcel?!", reply, "--json"],
  ["score", reply, "--customer=Where is my parcel?!"],
  ["score", reply, "--customer="],
  ["score", reply, "--customer", ""],
];
const leftToCommander: string[][] = [
  ["score"],
  ["score", "--json"],
  ["score", reply, "another"],
  ["score", reply, "--json", "--json"],
  ["score", reply, "--customer", "a", "--customer", "b"],
  ["score", reply, "--customer"],
  ["score", reply, "--customer", "-1 star"],
  ["score", "-"],
  ["score", "-5 stars, awful"],
  ["score", reply, "--"],
  ["score", "--", reply],
  ["score", reply, "--scenario", "refund-thrown-product"],
  ["score", reply, "--turn", "opening"],
  ["score", "--batch", "file.jsonl"],
  ["score", reply, "--scenarios", "dir"],
  ["score", reply, "--no-color"],
  ["score", reply, "--help"],
  ["score", reply, "-h"],
  ["score", reply, "--jso"],
  ["score", reply, "--json=yes"],
  ["--no-color", "score", reply],
  ["help", "score"],
  ["scor", reply],
  ["run", reply],
  [],
];

describe("quickScoreArgs (coach score read without commander)", () => {
  it.each(read.map((args) => [args.join(" | "), args]))("reads %s as commander does", async (_, args) => {
    const quick = quickScoreArgs(args);
    expect(quick).toBeDefined();
    expect(quick).toEqual(await viaCommander(args));
  });

  it.each(leftToCommander.map((args) => [args.join(" | "), args]))("leaves %s to commander", (_, args) => {
    expect(quickScoreArgs(args)).toBeUndefined();
  });
});
