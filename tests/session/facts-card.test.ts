import { describe, expect, it } from "vitest";
import type { Scenario } from "../../src/scenario/schema.js";
import { factsCard } from "../../src/session/facts-card.js";
import { renderFactsCard, viewFor } from "../../src/ui/session.js";
import { disableColour } from "../../src/ui/style.js";
import { displayWidth } from "../../src/ui/text.js";

disableColour();

const all: Scenario["facts"] = {
  unknown: ["Which day the courier will deliver."],
  cannot: ["Guarantee a delivery date.", "Refund before the trace is closed."],
  can: ["Open a trace with the courier; they reply within 48 hours."],
  known: ["The parcel left the Leeds depot on Monday at 18:40."],
};

describe("factsCard", () => {
  it.each([
    ["empty facts", {}, []],
    ["empty lists", { known: [], can: [], cannot: [], unknown: [] }, []],
    ["only can", { can: ["Swap it today."] }, [["can", "What you can offer", ["Swap it today."]]]],
    [
      "all four, in card order whatever the YAML order",
      all,
      [
        ["known", "What you know", all.known],
        ["can", "What you can offer", all.can],
        ["cannot", "What you cannot promise", all.cannot],
        ["unknown", "What you don't know yet", all.unknown],
      ],
    ],
  ] as const)("%s", (_name, facts, expected) => {
    const card = factsCard(facts as Scenario["facts"]);
    expect(card.sections.map((s) => [s.key, s.title, s.items])).toEqual(expected);
  });
});

describe("renderFactsCard", () => {
  it("plain: fixed labels, one item a line", () => {
    expect(renderFactsCard(factsCard(all), viewFor(true, 80))).toMatchInlineSnapshot(`
      "FACTS: what you can and cannot offer (/facts shows them again)
      WHAT YOU KNOW:
      - The parcel left the Leeds depot on Monday at 18:40.
      WHAT YOU CAN OFFER:
      - Open a trace with the courier; they reply within 48 hours.
      WHAT YOU CANNOT PROMISE:
      - Guarantee a delivery date.
      - Refund before the trace is closed.
      WHAT YOU DON'T KNOW YET:
      - Which day the courier will deliver."
    `);
  });

  it("terminal: a mark per section, every line within the width, items wrapped under their text", () => {
    const text = renderFactsCard(factsCard(all), viewFor(false, 40));
    expect(text).toMatchInlineSnapshot(`
      "
        What you can and cannot offer
        (/facts shows this again)
        What you know
          • The parcel left the Leeds depot
            on Monday at 18:40.
        What you can offer
          ✓ Open a trace with the courier;
            they reply within 48 hours.
        What you cannot promise
          ✗ Guarantee a delivery date.
          ✗ Refund before the trace is
            closed.
        What you don't know yet
          ? Which day the courier will
            deliver."
    `);
    for (const line of text.split("\n")) expect(displayWidth(line)).toBeLessThanOrEqual(38);
  });

  it("says so when a scenario lists no facts", () => {
    expect(renderFactsCard(factsCard({}), viewFor(true, 80))).toBe("FACTS: none listed for this scenario");
    expect(renderFactsCard(factsCard({}), viewFor(false, 80))).toBe("  (This scenario lists no facts.)");
  });

  it("strips control characters from scenario text", () => {
    const text = renderFactsCard(factsCard({ can: ["Swap \u001b[2Jit"] }), viewFor(true, 80));
    expect(text).toContain("- Swap it");
    expect(text).not.toContain("\u001b");
  });
});
