import { marked } from "marked";
import { describe, expect, it } from "vitest";
import { esc, renderHtml } from "../../src/report/html.js";
import { md, renderMarkdown } from "../../src/report/markdown.js";
import { buildSessionReport } from "../../src/report/model.js";
import type { Scorecard } from "../../src/scoring/index.js";
import type { Transcript } from "../../src/session/engine.js";
import { hostileTranscript, playScenario, REPLIES, shippedScenario, UNSAFE_CHARACTERS } from "./fixtures.js";

describe("the HTML report", () => {
  it("escapes every piece of transcript text and drops control and bidi characters", async () => {
    const html = renderHtml(buildSessionReport(await hostileTranscript()));
    expect(html).not.toMatch(/<script|<img|<b>| onmouseover="/i);
    expect(html).not.toMatch(UNSAFE_CHARACTERS);
    expect(html).toContain("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
    expect(html).toContain("&quot;&#39; onmouseover=&quot;alert(2)");
    // Highlights still land on the right words inside the escaped text.
    expect(html).toMatch(
      /<mark class="helps"><span class="vh">\[helped: <\/span>sorry<span class="vh">\]<\/span><\/mark><a class="ref helps-mark" href="#turn-1-f\d+"><sup class="mark">✓\d+<\/sup><\/a>/,
    );
    expect(html).toMatch(
      /<mark class="hurts"><span class="vh">\[hurt: <\/span>Calm down<span class="vh">\]<\/span><\/mark><a class="ref hurts-mark"/,
    );
  });

  it("forbids scripts and network by policy, and loads nothing from outside", async () => {
    const html = renderHtml(buildSessionReport(await playScenario("late-delivery-overpromise", REPLIES)));
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'`);
    expect(html).not.toMatch(/<script|<link|<iframe|@import|url\(|https?:\/\/(?!www\.w3\.org)/);
  });

  it("shows every turn with its line, reply, four scores (or not tested), tip and model answer", async () => {
    const transcript = await playScenario("late-delivery-overpromise", REPLIES);
    const html = renderHtml(buildSessionReport(transcript, shippedScenario("late-delivery-overpromise")));
    const articles = html.split('<article class="turn"').slice(1);
    expect(articles).toHaveLength(transcript.turns.length);
    for (const [i, article] of articles.entries()) {
      const turn = transcript.turns[i];
      if (!turn) throw new Error("missing turn");
      expect(article).toContain(esc(turn.customer));
      for (const d of ["Calm", "Empathy", "Honesty", "Boundaries"]) expect(article).toContain(`>${d}</span>`);
      const untested = Object.values(turn.scorecard.assessed).filter((a) => !a).length;
      expect(article.split('<span class="band muted">not tested</span>').length - 1).toBe(untested);
      expect(article).toContain("<strong>Tip:</strong>");
      expect(article).toMatch(/<h4>(A model answer|Model answers)<\/h4>/);
    }
  });

  it("gives each chart a title, a description, role img and a data table", async () => {
    const html = renderHtml(buildSessionReport(await playScenario("late-delivery-overpromise", REPLIES)));
    const svgs = html.match(/<svg [^>]*>/g) ?? [];
    expect(svgs).toHaveLength(2);
    for (const svg of svgs)
      expect(svg).toMatch(/role="img" aria-labelledby="\w+-title \w+-desc" aria-label="[^"]+"/);
    expect(html).toContain('<title id="anger-title">');
    expect(html).toContain('<desc id="dims-desc">');
    expect(html).toContain('<table class="scores" id="score-table">');
  });
});

describe("the Markdown report", () => {
  it("escapes Markdown and HTML in transcript text", async () => {
    const text = renderMarkdown(buildSessionReport(await hostileTranscript()));
    expect(text).not.toMatch(UNSAFE_CHARACTERS);
    expect(text).not.toMatch(/(?<!\\)<(script|img|b)\b/);
    expect(text).not.toMatch(/(?<!\\)\[click(?<!\\)\]/);
    expect(text).not.toMatch(/^(> )?(# not a heading|- not a list|1\. not a list)/m);
    expect(text).toContain("\\<script\\>alert('x')\\</script\\>");
    expect(text).toContain("\\| cell \\|");
  });

  it.each([
    ["<b>x</b>", "\\<b\\>x\\</b\\>"],
    ["**not bold** _nor this_", "\\*\\*not bold\\*\\* \\_nor this\\_"],
    ["[a](b) ![c](d)", "\\[a\\](b) !\\[c\\](d)"],
    ["a | b", "a \\| b"],
    ["# h\n- l\n+ l\n2. n\n   indented", "\\# h\n\\- l\n\\+ l\n2\\. n\nindented"],
    ["`code` ~~s~~ $x$ &amp;", "\\`code\\` \\~\\~s\\~\\~ \\$x\\$ \\&amp;"],
    ["I'll call by 5pm.", "I'll call by 5pm."],
    [
      "see https://x.example or www.example.com, mail a@b.example",
      "see https\\://x.example or www\\.example.com, mail a\\@b.example",
    ],
  ])("md(%j)", (input, expected) => {
    expect(md(input)).toBe(expected);
  });

  it("marks helping words bold with ✓N and hurting ones italic with ✗N", async () => {
    const text = renderMarkdown(buildSessionReport(await playScenario("late-delivery-overpromise", REPLIES)));
    expect(text).toMatch(/\*\*frustrating\*\* ✓\d/);
    expect(text).toMatch(/\*Calm down\*+ ✗\d/);
    expect(text).toContain("| Turn | calm | empathy | honesty | boundaries | overall | anger after |");
    expect(text).toMatch(/not tested/);
  });

  it("renders, through a GitHub-flavoured Markdown parser, with no tag, link or image from the transcript", async () => {
    const html = await marked.parse(renderMarkdown(buildSessionReport(await hostileTranscript())), {
      gfm: true,
    });
    expect(html).not.toMatch(/<(script|img|b|a|iframe)\b/);
    expect(html).not.toMatch(/ on\w+="/);
    expect(html.match(/<h1>/g)).toHaveLength(1);
    expect(html.match(/<h2>/g)?.length).toBe(4);
    expect(html).toContain("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
    // The summary table keeps its columns whatever the text holds.
    const table = /<table>[\s\S]*?<\/table>/.exec(html.slice(html.indexOf("anger after") - 400))?.[0] ?? "";
    for (const row of table.match(/<tr>[\s\S]*?<\/tr>/g) ?? [])
      expect(row.match(/<t[hd][ >]/g)).toHaveLength(7);
  });

  it("renders highlights as strong and em with their markers", async () => {
    const html = await marked.parse(
      renderMarkdown(buildSessionReport(await playScenario("late-delivery-overpromise", REPLIES))),
      { gfm: true },
    );
    expect(html).toMatch(/<strong>frustrating<\/strong> ✓\d/);
    expect(html).toMatch(/<em>Calm down<\/em> ✗\d/);
    expect(html).toMatch(/<blockquote>/);
  });
});

/** A one-turn transcript written by hand, small enough to read whole in a snapshot. */
function tinyTranscript(): Transcript {
  const reply = "Sorry about that, calm down.";
  const scorecard = {
    scores: { calm: 35, empathy: 60, honesty: 50, boundaries: 50 },
    bands: { calm: "needs work", empathy: "developing", honesty: "developing", boundaries: "developing" },
    assessed: { calm: true, empathy: true, honesty: true, boundaries: false },
    untested: { boundaries: "not tested here (no demand, pushback or abuse to hold a line against)" },
    overall: 48,
    evidence: [
      {
        signal: "acknowledges",
        dimension: "empathy",
        effect: "helps",
        points: 25,
        span: { start: 0, end: 5, text: "Sorry" },
        message: "You acknowledged the problem.",
      },
      {
        signal: "invalidates",
        dimension: "calm",
        effect: "hurts",
        points: -30,
        span: { start: 18, end: 27, text: "calm down" },
        message: "This tells them their feeling doesn't count.",
      },
    ],
    tip: { signal: "invalidates", text: "Name the feeling instead of telling them to drop it." },
  } as unknown as Scorecard;
  return {
    format: 1,
    scenario: { id: "gone-scenario", version: 1, title: "A *tiny* session" },
    startedAt: "2026-03-02T09:15:00.000Z",
    endedAt: "2026-03-02T09:16:00.000Z",
    outcome: "escalated",
    endReason: "escalated",
    anger: { start: 60, end: 75 },
    turns: [
      {
        index: 0,
        node: "opening",
        customer: "Where is my parcel?",
        mood: "same",
        abusive: false,
        reply,
        hintUsed: true,
        scorecard,
        fired: [],
        angerBefore: 60,
        angerAfter: 75,
        next: "end",
        askedAt: "",
        answeredAt: "",
      },
    ],
    closing: { node: "end", customer: "I want your manager." },
  };
}

describe("the Markdown of a one-turn session", () => {
  it("reads as a whole", () => {
    expect(
      renderMarkdown(buildSessionReport(tinyTranscript())).replace(/coach \d+\.\d+\.\d+/, "coach X"),
    ).toMatchInlineSnapshot(`
      "# Practice report: A \\*tiny\\* session

      **Started:** 2026-03-02T09:15:00.000Z · **Outcome:** Escalated · **Replies:** 1 · **Overall:** 48 of 100

      > **Note:** The scenario gone-scenario was not found (or has errors now), so this report shows the transcript alone: no model answers and no facts.

      ## Summary

      | Dimension | Average | Band |
      |---|---:|---|
      | calm | 35 | needs work |
      | empathy | 60 | developing |
      | honesty | 50 | developing |
      | boundaries | not tested | |

      **Anger:** 60 → 75 (0 calm, 100 furious; start, then after each reply)

      | Turn | calm | empathy | honesty | boundaries | overall | anger after |
      |---:|---:|---:|---:|---:|---:|---:|
      | 1 | 35 needs work | 60 developing | 50 developing | not tested | 48 | 75 |

      **Best reply:** turn 1, overall 48.

      ### What to practise next

      1. Name the feeling instead of telling them to drop it.
      2. Keep your tone level when they are not: short sentences, no sarcasm, no capitals, and never argue back.
      3. Say what you know, what you don't, and the next step with a time you can keep.

      ## Turn by turn

      In the replies, **words that helped** are bold and marked ✓, *words that hurt* are in italics and marked ✗; the number after a mark is the evidence item below the reply.

      ### Turn 1

      _Anger 60 → 75; hint used_

      **Customer said:**

      > Where is my parcel?

      **The reply:**

      > **Sorry** ✓1 about that, *calm down* ✗2.

      Scores: calm **35** needs work · empathy **60** developing · honesty **50** developing · boundaries not tested · overall **48**

      1. ✓ helped +25 empathy: “Sorry” You acknowledged the problem. (acknowledges)
      2. ✗ hurt −30 calm: “calm down” This tells them their feeling doesn't count. (invalidates)

      **Tip:** Name the feeling instead of telling them to drop it.

      ## How it ended

      **Customer said:**

      > I want your manager.

      Escalated.

      ---

      _Made by coach X from the saved transcript of this session._
      "
    `);
  });
});
