import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findScenarioFiles, loadScenarioFile, SHIPPED_SCENARIOS } from "../../src/scenario/load.js";
import { type EndNode, isEnd, type Scenario, type TurnNode } from "../../src/scenario/schema.js";
import { scoreReply } from "../../src/scoring/index.js";
import { runSession, type Transcript } from "../../src/session/engine.js";
import { checkExample } from "../../src/trainer/examples.js";
import { runCli, tempDir } from "../helpers/cli.js";

/**
 * The library played through: a trainee who types each turn's first model answer must reach the
 * scenario's good ending without the customer asking the same thing twice, and the replies below
 * must send the customer where the story says (content, not only scores, drives the branch).
 */

const loaded = findScenarioFiles([SHIPPED_SCENARIOS]).files.map((file) => loadScenarioFile(file));
const byId = new Map(loaded.map((l) => [l.id, l.scenario as Scenario]));

function scenario(id: string): Scenario {
  const found = byId.get(id);
  if (!found) throw new Error(`no scenario ${id}`);
  return found;
}

function firstModel(turn: TurnNode): string {
  const model = turn.model;
  if (model === undefined) throw new Error("turn without a model answer");
  return typeof model === "string" ? model : (model[0] as string);
}

function playModels(id: string, s: Scenario): Promise<Transcript> {
  return runSession(s, id, {
    ask: async (prompt) => ({ reply: firstModel(s.turns[prompt.node] as TurnNode) }),
    score: scoreReply,
    now: () => new Date("2026-01-05T12:00:00Z"),
  });
}

/** The ending the model answers should reach: the best of each scenario's resolved endings. */
const GOOD_ENDING: Record<string, string> = {
  "abusive-caller-boundary": "sorted",
  "billing-error-our-fault": "sorted",
  "budget-customer-rushed": "happy",
  "frightened-patient-front-desk": "comforted",
  "late-delivery-overpromise": "sorted",
  "light-humour-with-care": "sorted",
  "manager-demand": "sorted",
  "picky-phone-caller": "satisfied",
  "public-review-threat": "sorted",
  "refund-thrown-product": "settled",
  "repeat-complaint-failed-followup": "sorted",
  "return-window-refusal": "accepted",
  "right-and-rude": "sorted",
  "technical-fault-head-and-heart": "sorted",
};

describe("the model answers played through", () => {
  it("every shipped scenario has a good ending named here", () => {
    expect(loaded.map((l) => l.id).filter((id) => !(id in GOOD_ENDING))).toEqual([]);
  });

  it.each(loaded.map((l) => [l.id] as const))("%s de-escalates to its good ending", async (id) => {
    const s = scenario(id);
    const transcript = await playModels(id, s);
    const path = transcript.turns.map((t) => t.node);
    expect(transcript.outcome, `path: ${path.join(" > ")}`).toBe("deescalated");
    const closing = transcript.closing?.node ?? "";
    expect((s.turns[closing] as EndNode).end).toBe("resolved");
    expect(closing, `path: ${path.join(" > ")}`).toBe(GOOD_ENDING[id]);
    // the customer never comes back to a turn: nothing is asked twice
    expect(new Set(path).size, `path: ${path.join(" > ")}`).toBe(path.length);
  });
});

/** [scenario, node, reply, the node the customer goes to next, why]. */
const BRANCHES: [string, string, string, string, string][] = [
  [
    "return-window-refusal",
    "credit-objection",
    "I'm sorry the gift didn't land, that's disappointing. The credit lasts 12 months and works online " +
      "and in any branch, so you could pick something for yourself, or exchange it now.",
    "accepted",
    "expiry and online already answered: he does not ask them",
  ],
  [
    "return-window-refusal",
    "credit-objection",
    "I'm sorry the gift didn't land, that's disappointing. The credit is valid for 12 months, and you could exchange it now.",
    "ask-online",
    "only the expiry answered: he asks about online only",
  ],
  [
    "return-window-refusal",
    "policy-pushback",
    "Okay, fair enough, five weeks away is a good reason. I'll refund it to your card now.",
    "promised-refund",
    "promised the refund he demanded: he checks it, he does not walk out",
  ],
  [
    "return-window-refusal",
    "opening",
    "Let me see what I can do, might be able to refund it.",
    "promised-refund",
    "a dangled refund is taken at its word",
  ],
  [
    "return-window-refusal",
    "promised-refund",
    "Yes, I'll put the 120 back on your card.",
    "refund-refused-at-till",
    "the promise repeated breaks at the till",
  ],
  [
    "return-window-refusal",
    "promised-refund",
    "I'm sorry, I got that wrong. I can't refund it to your card after 30 days, but I can give you the full 120 pounds as store credit today.",
    "credit-objection",
    "the promise corrected with the credit offered: back to the credit",
  ],
  [
    "return-window-refusal",
    "manager-threat",
    "I'll get the duty manager.",
    "manager-same-answer",
    "offered the manager he asked for: he waits for her",
  ],
  [
    "abusive-caller-boundary",
    "opening",
    "I'm so sorry, four days is awful. I'll get it sorted.",
    "no-limit",
    "no limit set: he does not argue with one",
  ],
  [
    "abusive-caller-boundary",
    "more-abuse",
    "Sorry, sorry. I'll get it sorted.",
    "no-limit",
    "no consequence named: 'Go on then, hang up' would answer words not said",
  ],
  [
    "abusive-caller-boundary",
    "facts-question",
    "It'll definitely be fixed tonight.",
    "lies-again",
    "a promised time: 'That's what the last one said'",
  ],
  [
    "abusive-caller-boundary",
    "work-impact",
    "Don't worry, I'll waive this month's bill for you.",
    "too-good",
    "more than the facts allow: 'Put that in writing'",
  ],
  [
    "billing-error-our-fault",
    "opening",
    "That's our mistake, we took it twice. I've refunded the extra 35 pounds; it reaches your bank in 3 to 5 working days.",
    "how-did-this-happen",
    "the admission made: she does not ask for it again",
  ],
  [
    "billing-error-our-fault",
    "opening",
    "Sorry about that, it was a technical issue. It's been fixed now.",
    "excuses-angry",
    "blamed the system: 'Don't give me the system'",
  ],
  [
    "billing-error-our-fault",
    "how-did-this-happen",
    "It wasn't just you: our billing run charged about 4,000 customers twice, and that's our mistake. " +
      "The extra 35 pounds is on its way back and reaches your bank in 3 to 5 working days.",
    "bank-fee",
    "the refund timing already given: she moves on to the bank fee",
  ],
  [
    "billing-error-our-fault",
    "bank-fee",
    "Yes, that's our fault, so we'll refund the bank fee as well.",
    "promise-check",
    "the bank fee promised: 'Really? You can promise that?'",
  ],
  [
    "budget-customer-rushed",
    "opening",
    "I'm sorry you were left like that. We close in 20 minutes, but the cheaper coats are just over there.",
    "feels-rushed",
    "the clock mentioned: 'You keep looking at the clock'",
  ],
  [
    "budget-customer-rushed",
    "options",
    "Don't worry, I'll knock a few pounds off the 38 one for you.",
    "allowed-to",
    "a discount she can't have: 'Are you allowed to do that, dear?'",
  ],
  [
    "budget-customer-rushed",
    "upsell-suspicion",
    "No, I'll stick to your budget.",
    "size-unsure",
    "told her budget is kept: she stays",
  ],
  [
    "frightened-patient-front-desk",
    "is-it-bad",
    "Oh love, it's not cancer, I'm sure of it. Try not to worry.",
    "false-comfort",
    "a guessed result: 'How can you know that?'",
  ],
  [
    "frightened-patient-front-desk",
    "wait-time",
    "There's a quiet room just here you can wait in.",
    "alone",
    "offered the quiet room she asked for: she does not leave",
  ],
  [
    "late-delivery-overpromise",
    "guarantee-push",
    "Yes, I promise it'll be there Saturday.",
    "broken-promise-doubt",
    "promised what she asked for: she doubts it, she does not cancel",
  ],
  [
    "late-delivery-overpromise",
    "guarantee-push",
    "I can't promise Saturday, I'm sorry. If the courier hasn't found it by 5pm Friday, I'll send a " +
      "replacement by next-day tracked, which usually arrives Saturday.",
    "follow-up-contact",
    "the back-up plan already given: she does not ask 'then what?'",
  ],
  [
    "late-delivery-overpromise",
    "broken-promise-doubt",
    "It'll definitely be there Saturday, I promise.",
    "saturday-passes",
    "the promise repeated: Saturday passes",
  ],
  [
    "light-humour-with-care",
    "before-wedding",
    "Don't worry at all, it will definitely be at your hotel first thing, you'll be fine for two o'clock!",
    "too-sure",
    "a promise about the wedding: 'You're sure? Honestly?'",
  ],
  [
    "light-humour-with-care",
    "where-is-it",
    "I'll look into it and text you when I know more.",
    "vague-answer",
    "no trace facts: 'somewhere in the system' is what he heard",
  ],
  [
    "manager-demand",
    "opening",
    "Sure, I'll go and get her now.",
    "manager-coming",
    "a manager promised who isn't in: 'So where is she, then?'",
  ],
  [
    "manager-demand",
    "part-date",
    "It'll definitely be ready Wednesday.",
    "said-that-before",
    "a promised date: 'You lot said Thursday last time'",
  ],
  [
    "manager-demand",
    "manager-insist",
    "Jo's back Monday; I'll ask her to call you before 10.",
    "explains-problem",
    "offered the manager's call: he stays",
  ],
  [
    "picky-phone-caller",
    "security-checks",
    "No problem, Mr Whitfield, we can skip them this time.",
    "checks-dropped",
    "the checks dropped: 'Then what, precisely, are they for?'",
  ],
  [
    "picky-phone-caller",
    "airline-booking",
    "Your seat is safe.",
    "how-do-you-know",
    "told the seat is safe: 'how would the bank know?'",
  ],
  [
    "public-review-threat",
    "tonight-options",
    "I'll move you tonight, leave it with me.",
    "which-room",
    "a room tonight promised: 'Which room, then?'",
  ],
  [
    "public-review-threat",
    "bribe-ask",
    "Fine, a free night it is.",
    "deal-then",
    "the bargain accepted: 'Put it in writing'",
  ],
  [
    "refund-thrown-product",
    "still-angry",
    "Fine, I'll put the refund through now.",
    "refund-timing",
    "given the refund he demanded: he asks when, he does not walk out",
  ],
  [
    "refund-thrown-product",
    "personal-attack",
    "Okay, I'll give you cash right now.",
    "sure-about-that",
    "cash promised for a card payment: 'You're sure about that?'",
  ],
  [
    "repeat-complaint-failed-followup",
    "replacement-date",
    "I'll get it to you Saturday.",
    "heard-that-before",
    "a weekend slot promised: 'The last person promised me things too'",
  ],
  [
    "repeat-complaint-failed-followup",
    "opening",
    "I'm sorry to hear that. Could you explain what the issue is with the sofa?",
    "start-again-anger",
    "asked to tell it again: 'Don't ask me to go through it all again'",
  ],
  [
    "right-and-rude",
    "credit-file",
    "It won't show on your credit file.",
    "in-writing",
    "a clean file promised: 'Then put that in writing'",
  ],
  [
    "right-and-rude",
    "in-writing",
    "Yes, it definitely won't show.",
    "marker-shows",
    "the promise repeated: the marker shows",
  ],
  [
    "technical-fault-head-and-heart",
    "deadline-worry",
    "You won't get fined.",
    "you-promise",
    "no fine promised: 'You promise?'",
  ],
  [
    "technical-fault-head-and-heart",
    "error-detail",
    "It means the app on your computer and our server disagree since the update. Your invoices are safe on " +
      "our server; we clear the copy on your computer so it downloads a fresh one.",
    "deadline-worry",
    "the invoices already said to be safe: she does not ask whether she'll lose them",
  ],
];

describe("content drives the branch", () => {
  it.each(BRANCHES)("%s at %s: %s -> %s", (id, node, reply, goto, _why) => {
    const result = checkExample(scenario(id), { name: "branch", node, reply, expect: {} }, scoreReply);
    expect(result.next).toBe(goto);
  });
});

describe("coach run --answers with the model answers", () => {
  it("return-window-refusal reaches the resolved ending from the spawned CLI", () => {
    const s = scenario("return-window-refusal");
    const path = ["opening", "policy-pushback", "credit-objection"];
    const answers = path.map((node) => firstModel(s.turns[node] as TurnNode));
    const dir = tempDir();
    const file = join(dir, "answers.txt");
    writeFileSync(file, `${answers.join("\n")}\n`);
    const sessions = join(dir, "sessions");
    const { code, stdout, stderr } = runCli([
      "run",
      "return-window-refusal",
      "--answers",
      file,
      "--out",
      sessions,
    ]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toMatch(/^OUTCOME: De-escalated/m);
    const accepted = s.turns.accepted as EndNode;
    expect(isEnd(accepted)).toBe(true);
    expect(stdout).toContain(accepted.customer);
    const saved = stdout.match(/^SAVED: (.+\.json)$/m)?.[1] ?? "";
    const transcript = JSON.parse(readFileSync(saved, "utf8")) as Transcript;
    expect(transcript.turns.map((t) => t.node)).toEqual(path);
    expect(transcript.closing?.node).toBe("accepted");
  });
});
