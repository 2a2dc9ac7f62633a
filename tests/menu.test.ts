import { search } from "@inquirer/prompts";
import { render } from "@inquirer/testing";
import { describe, expect, it } from "vitest";
import type { ScenarioSummary } from "../src/commands/list.js";
import { menuPrompt } from "../src/commands/menu.js";

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
});
