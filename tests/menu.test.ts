import { search } from "@inquirer/prompts";
import { render } from "@inquirer/testing";
import { describe, expect, it } from "vitest";
import type { ScenarioSummary } from "../src/commands/list.js";
import { bestOverall, menuPrompt } from "../src/commands/menu.js";
import type { SessionSummary } from "../src/store/types.js";

const scenarios: ScenarioSummary[] = [
  {
    id: "refund-thrown-product",
    title: "The headphones on the counter",
    difficulty: 2,
    tags: ["retail", "refund"],
    file: "a.yaml",
  },
  {
    id: "late-delivery-overpromise",
    title: "The birthday parcel that did not come",
    difficulty: 2,
    tags: ["delivery"],
    file: "b.yaml",
  },
  {
    id: "abusive-caller-boundary",
    title: "The caller who swears",
    difficulty: 5,
    tags: ["telecom", "abuse"],
    file: "c.yaml",
  },
];

describe("the scenario menu (prompt level)", () => {
  it("lists scenarios with difficulty and the best score so far, and filters as you type", async () => {
    const { answer, events, getScreen, nextRender } = await render(
      search,
      menuPrompt(scenarios, new Map([["abusive-caller-boundary", 72]])),
    );
    await nextRender();
    const screen = getScreen();
    expect(screen).toContain("●●○○○  The headphones on the counter");
    expect(screen).toContain("●●●●●  The caller who swears  (best 72)");

    events.type("birthday");
    await nextRender();
    expect(getScreen()).toContain("The birthday parcel");
    expect(getScreen()).not.toContain("The headphones");
    events.keypress("enter");
    await expect(answer).resolves.toBe("late-delivery-overpromise");
  });

  it("matches every typed word against id, title and tags", async () => {
    const { answer, events, nextRender } = await render(search, menuPrompt(scenarios, new Map()));
    events.type("telecom abuse");
    await nextRender();
    events.keypress("enter");
    await expect(answer).resolves.toBe("abusive-caller-boundary");
  });

  it("puts the suggested scenario first, with its one-line reason, and Enter starts it", async () => {
    const suggestion = {
      id: "abusive-caller-boundary",
      name: "Suggested: The caller who swears",
      description: "You have not been tested on boundaries yet; 3 of its 4 turns test it.",
    };
    const { answer, events, getScreen, nextRender } = await render(
      search,
      menuPrompt(scenarios, new Map(), suggestion),
    );
    await nextRender();
    const screen = getScreen();
    const lines = screen.split("\n");
    const first = lines.findIndex((l) => l.includes("Suggested: The caller who swears"));
    expect(first).toBeGreaterThan(-1);
    expect(lines.findIndex((l) => l.includes("The headphones on the counter"))).toBeGreaterThan(first);
    expect(screen).toContain("You have not been tested on boundaries yet");
    events.keypress("enter");
    await expect(answer).resolves.toBe("abusive-caller-boundary");
  });

  it("leaves the suggestion out when its scenario is not in the list", async () => {
    const { answer, events, getScreen, nextRender } = await render(
      search,
      menuPrompt(scenarios, new Map(), { id: "gone", name: "Suggested: Gone", description: "x" }),
    );
    await nextRender();
    expect(getScreen()).not.toContain("Suggested");
    // Answer the prompt: one left open rejects with ExitPromptError when the test file is torn
    // down, which vitest reports as an unhandled error in whichever test is running then.
    events.keypress("enter");
    await expect(answer).resolves.toBe("refund-thrown-product");
  });
});

describe("best scores for the menu", () => {
  it("is the best rounded overall per scenario over the stored sessions", () => {
    const row = (scenarioId: string, overall: number | null) => ({ scenarioId, overall }) as SessionSummary;
    expect(bestOverall([row("a", 61.6), row("a", 70.2), row("b", null), row("c", 40)])).toEqual(
      new Map([
        ["a", 70],
        ["c", 40],
      ]),
    );
  });
});
