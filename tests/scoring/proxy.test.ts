import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { scoreReply } from "../../src/scoring/index.js";
import { root } from "../helpers/cli.js";

/**
 * The proxy sets in eval/proxy (eval/README.md, "Proxy sets"): written and labelled blind by helpers
 * who never saw the scorer, standing in for two public human-labelled sets we cannot see. Floors
 * sit under today's figures (`npm run eval:public`), so the suite fails on a collapse, not on noise.
 */
function auc(scores: number[], positive: boolean[]): number {
  let wins = 0;
  let pairs = 0;
  scores.forEach((s, i) => {
    if (!positive[i]) return;
    scores.forEach((t, j) => {
      if (positive[j]) return;
      pairs++;
      wins += s > t ? 1 : s === t ? 0.5 : 0;
    });
  });
  return wins / pairs;
}

const rows = (file: string) =>
  readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));

// Online discussion comments, personal attack (1) or not (0): calm ranks the attacks lowest.
// attack-01 was read for its misses (the insult and swears lexicons grew from it); attack-02 was not.
describe.each([
  ["attack-01", 0.74],
  ["attack-02", 0.66],
])("calm against personal attacks in %s", (name, floor) => {
  const file = join(root, "eval", "proxy", `${name}.jsonl`);
  it.skipIf(!existsSync(file))(`AUC of calm, not-attack over attack, >= ${floor}`, () => {
    const cases = rows(file) as { text: string; attack: 0 | 1 }[];
    const calm = cases.map((c) => scoreReply(c.text).scores.calm);
    expect(
      auc(
        calm,
        cases.map((c) => c.attack === 0),
      ),
    ).toBeGreaterThanOrEqual(floor);
  });
});
