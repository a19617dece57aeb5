/** The build-time definition of the ordering question. */
import { type FencedBuildKind, wordsIn } from "../build-kind.js";
import { loadOrdering } from "./load.js";
import type { OrderingBlock } from "./model.js";

export const ordering: FencedBuildKind<OrderingBlock> = {
  load: loadOrdering,
  outline: (b) => ({
    ...b,
    scenarioHtml: undefined,
    stemHtml: "",
    feedbackHtml: "",
    steps: b.steps.map((s) => ({ id: s.id, html: "", text: "" })),
  }),
  // The steps, read more than once while moving them, and why this order: weighed like a question.
  reading: (b) => ({
    words:
      wordsIn(b.scenarioHtml) +
      wordsIn(b.stemHtml) +
      b.steps.reduce((n, s) => n + wordsIn(s.html), 0) +
      wordsIn(b.feedbackHtml),
    questions: 1,
  }),
  baselineHtml: (b) =>
    `${b.scenarioHtml ?? ""}${b.stemHtml}<ol>${b.steps.map((s) => `<li>${s.html}</li>`).join("")}</ol>`,
  itemTexts: (b) => [
    {
      id: b.id,
      kind: "ordering",
      recordKind: "ordering",
      scenarioHtml: b.scenarioHtml,
      promptHtml: b.stemHtml,
      promptText: b.stemText,
      options: b.steps.map((s, i) => ({
        id: s.id,
        html: s.html,
        correct: true,
        place: i + 1,
        feedbackHtml: s.feedbackHtml ?? "",
      })),
      feedbackHtml: b.feedbackHtml,
    },
  ],
};
