import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { authorizationFrom, normaliseEndpoint, StatementQueue } from "../../src/io/lrs.js";
import { tempDir } from "../helpers/cli.js";

describe("COACH_LRS_AUTH", () => {
  it.each<[string | undefined, string | undefined]>([
    [undefined, undefined],
    ["  ", undefined],
    ["user:pass", `Basic ${Buffer.from("user:pass").toString("base64")}`],
    ["key:secret:with:colons", `Basic ${Buffer.from("key:secret:with:colons").toString("base64")}`],
    ["Basic dXNlcjpwYXNz", "Basic dXNlcjpwYXNz"],
    ["basic   dXNlcjpwYXNz", "Basic dXNlcjpwYXNz"],
    ["dXNlcjpwYXNz", "Basic dXNlcjpwYXNz"],
  ])("%j gives the header %j", (value, header) => expect(authorizationFrom(value)).toBe(header));
});

describe("--lrs addresses", () => {
  it.each<[string, string | RegExp]>([
    ["https://lrs.example.com/xapi/", "https://lrs.example.com/xapi"],
    ["http://127.0.0.1:8080/data/xAPI", "http://127.0.0.1:8080/data/xAPI"],
    ["lrs.example.com", /needs the record store's address/],
    ["file:///tmp/lrs", /http or https/],
    ["https://user:pw@lrs.example.com/xapi", /COACH_LRS_AUTH/],
    ["https://lrs.example.com/xapi?x=1", /without \? or #/],
  ])("%s", (url, expected) => {
    if (typeof expected === "string") expect(normaliseEndpoint(url)).toBe(expected);
    else expect(() => normaliseEndpoint(url)).toThrow(expected);
  });
});

describe("the statement queue", () => {
  const lrs = "https://lrs.example.com/xapi";
  const s = (id: string) => ({ id, verb: "x" });

  it("queues each statement once per store, forgets what the store accepted, and keeps it all on disk", () => {
    const folder = join(tempDir("queue-"), "xapi");
    const queue = new StatementQueue<ReturnType<typeof s>>(folder);
    expect(queue.add(lrs, [s("a"), s("b"), s("a")])).toBe(2);
    expect(queue.add(lrs, [s("b"), s("c")])).toBe(1);
    expect(queue.add("https://other.example.com", [s("a")])).toBe(1);
    queue.accepted(lrs, ["a", "b"]);
    queue.save();

    const reread = new StatementQueue<ReturnType<typeof s>>(folder);
    expect(reread.pending(lrs)).toEqual([s("c")]);
    expect(reread.waitingElsewhere(lrs)).toBe(1);
    expect(reread.wasSent(lrs, "a")).toBe(true);
    expect(reread.wasSent("https://other.example.com", "a")).toBe(false);
    expect(reread.add(lrs, [s("a"), s("b"), s("c")])).toBe(0);
  });

  it("reports damaged lines and keeps the rest", () => {
    const folder = join(tempDir("queue-"), "xapi");
    mkdirSync(folder);
    writeFileSync(
      join(folder, "queue.jsonl"),
      `${JSON.stringify({ lrs, statement: s("a") })}\n{"lrs": "cut off\n`,
    );
    const queue = new StatementQueue<ReturnType<typeof s>>(folder);
    expect(queue.pending(lrs)).toEqual([s("a")]);
    expect(queue.damaged).toEqual([`${join(folder, "queue.jsonl")}:2`]);
    queue.save();
    expect(readFileSync(join(folder, "queue.jsonl"), "utf8")).toBe(
      `${JSON.stringify({ lrs, statement: s("a") })}\n`,
    );
  });
});
