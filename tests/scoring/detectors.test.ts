import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DETECTORS } from "../../src/scoring/detectors/index.js";
import { detect, SIGNALS } from "../../src/scoring/index.js";
import type { SignalExample } from "../../src/scoring/types.js";
import { root } from "../helpers/cli.js";

const folder = join(root, "src", "scoring", "detectors");
const asExample = (e: string | SignalExample): SignalExample => (typeof e === "string" ? { reply: e } : e);
const run = (id: string, e: SignalExample) =>
  detect(id, e.reply, {
    abusive: e.abusive ?? false,
    facts: e.facts ?? {},
    ...(e.customer ? { customer: e.customer } : {}),
    ...(e.previous ? { previous: e.previous } : {}),
  });

describe("the detector registry", () => {
  it("registers every detector module, sorted by id, each id matching its file name", () => {
    const files = readdirSync(folder)
      .filter((f) => f.endsWith(".ts") && !f.startsWith("_") && f !== "index.ts")
      .map((f) => f.replace(/\.ts$/, ""))
      .sort();
    expect(DETECTORS.map((d) => d.meta.id)).toEqual(files);
    expect(SIGNALS.map((s) => s.id)).toEqual(files);
  });

  it.each(DETECTORS.map((d) => [d.meta.id, d] as const))(
    "%s has a message, an explanation, a tip, and examples both ways",
    (_id, d) => {
      expect(d.meta.message.length).toBeGreaterThan(10);
      expect(d.meta.explanation.length).toBeGreaterThan(40);
      expect(d.meta.tip.length).toBeGreaterThan(10);
      expect(d.meta.examples.fires.length).toBeGreaterThan(0);
      expect(d.meta.examples.silent.length).toBeGreaterThan(0);
      expect(Math.sign(d.meta.points)).toBe(d.meta.effect === "helps" ? 1 : -1);
    },
  );

  it("detectors read only detectors that exist", () => {
    const ids = new Set(DETECTORS.map((d) => d.meta.id));
    for (const d of DETECTORS)
      for (const need of d.needs ?? []) expect(ids.has(need), `${d.meta.id} needs ${need}`).toBe(true);
  });
});

// Each detector's own examples are its table (what `coach rules <id>` shows, so the docs cannot drift).
const fires = DETECTORS.flatMap((d) => d.meta.examples.fires.map((e) => [d.meta.id, asExample(e)] as const));
const silent = DETECTORS.flatMap((d) =>
  d.meta.examples.silent.map((e) => [d.meta.id, asExample(e)] as const),
);

describe("detector examples", () => {
  it.each(fires)("%s fires on %j", (id, example) => {
    expect(run(id, example).length).toBeGreaterThan(0);
  });
  it.each(silent)("%s stays silent on %j", (id, example) => {
    expect(run(id, example)).toEqual([]);
  });
});

// The language cases the issue names: negation, contrast, sarcasm, acronyms, typos and lowercase.
const table: [string, string, boolean, Partial<SignalExample>?][] = [
  // negation scope
  ["dismissive", "I'm not going to tell you to calm down.", false],
  ["dismissive", "Please just calm down.", true],
  ["invalidates", "I won't pretend a bounced rent payment is no big deal.", false],
  ["guarantees-outcome", "I can't promise a date, but I will call you by 5pm.", false],
  ["concrete-next-step", "I can't promise a date, but I will call you by 5pm.", true],
  ["transparent-limits", "I can't promise a date, but I will call you by 5pm.", true],
  ["guarantees-outcome", "I never guarantee delivery dates.", false],
  ["names-feeling", "It's not frustrating at all, it's fine.", false],
  ["names-feeling", "no wonder you're furious", true],
  // contrast
  ["but-undercut", "I understand, but you should have read the terms.", true],
  ["but-undercut", "I understand. I can't change the terms, but I can refund the fee.", false],
  // sarcasm
  ["sarcasm", "Oh great, another complaint.", true],
  ["sarcasm", "Wow. Just wow.", true],
  ["sarcasm", "That's great, I've booked it.", false],
  // acronyms and shouting
  ["shouting", "Your PIN and the ATM receipt are in the SMS.", false],
  ["shouting", "THAT IS NOT WHAT I SAID", true],
  ["shouting", "The MOT and the NHS letter arrived.", false],
  // contractions, typos, lowercase
  ["guarantees-outcome", "it will definately be there tmrw", true],
  ["holds-limit", "cant refund it sorry", true],
  ["acknowledges", "soz about that", true],
  ["concrete-next-step", "ill call u tmrw by 10am", true],
  ["names-feeling", "that sounds so fustrating", true],
  ["blames-customer", "u shud of kept the receipt", true],
  // context
  ["sets-limit", "Please don't call me names.", true, { abusive: true }],
  ["sets-limit", "Please don't call me names.", false, { abusive: false }],
  ["ignores-abuse", "I can refund it.", true, { abusive: true }],
  [
    "reflects-situation",
    "A cracked screen on day two is rotten luck.",
    true,
    { customer: "My screen cracked on day two of owning it." },
  ],
  ["contradicts-facts", "we will waive the fee", true, { facts: { cannot: ["waive the early-exit fee"] } }],
  ["contradicts-facts", "we can't waive the fee", false, { facts: { cannot: ["waive the early-exit fee"] } }],
  [
    "claims-unknown",
    "The engineer will arrive at 9.",
    true,
    { facts: { unknown: ["when the engineer will arrive"] } },
  ],
];

describe("language cases", () => {
  it.each(table)("%s on %j fires: %s", (id, reply, expected, context = {}) => {
    expect(run(id, { reply, ...context }).length > 0).toBe(expected);
  });
});
