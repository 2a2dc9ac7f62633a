import type { Detector, Span } from "../types.js";

const CONTRAST = new Set(["but", "however", "though", "although", "yet"]);

export const detector: Detector = {
  meta: {
    id: "but-undercut",
    dimension: "empathy",
    effect: "hurts",
    points: -10,
    cap: 55,
    summary: "An acknowledgement undone by 'but' and blame ('I'm sorry, but you should have...').",
    message: "The 'but' cancels the acknowledgement before it.",
    explanation:
      "People remember what follows 'but'. 'I understand, but you should have kept the receipt' is heard as blame, and the understanding counts for nothing.",
    tip: "Stop the acknowledgement before the 'but', and replace the blame with what you can do: 'I can see why that's annoying. Here's what I can do.'",
    examples: {
      fires: [
        "I can see it's annoying, but you really should have kept the receipt.",
        "I'm sorry for your loss, but you really should have backed them up.",
        "I know it's disappointing, but to be fair the date was only an estimate.",
      ],
      silent: [
        "I'm sorry, but I can send a replacement today.",
        "That's frustrating. You should have had a call from us.",
        "You should have kept it.",
      ],
    },
  },
  needs: ["acknowledges", "names-feeling", "validates", "blames-customer", "invalidates"],
  detect(doc, context) {
    const warm: Span[] = ["acknowledges", "names-feeling", "validates"].flatMap((id) => [
      ...(context.fired.get(id) ?? []),
    ]);
    const cold: Span[] = ["blames-customer", "invalidates"].flatMap((id) => [
      ...(context.fired.get(id) ?? []),
    ]);
    for (const c of cold) {
      const before = warm.filter((w) => w.end <= c.start);
      if (!before.length) continue;
      const from = Math.max(...before.map((w) => w.end));
      const contrast = doc.words.find((w) => w.start >= from && w.end <= c.start && CONTRAST.has(w.norm));
      if (contrast)
        return [{ start: contrast.start, end: c.end, text: doc.text.slice(contrast.start, c.end) }];
    }
    return [];
  },
};
