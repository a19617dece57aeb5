/** The build-time definition of the sort. */
import { type FencedBuildKind, wordsIn } from "../build-kind.js";
import { loadSort } from "./load.js";
import type { SortBlock } from "./model.js";

export const sort: FencedBuildKind<SortBlock> = {
  load: loadSort,
  outline: (b) => ({
    ...b,
    stemHtml: "",
    feedbackHtml: "",
    groups: b.groups.map((g) => ({ id: g.id, html: "", text: "" })),
    cards: b.cards.map((c) => ({ id: c.id, html: "", text: "", group: c.group })),
  }),
  // Every card and the groups once, and what the sort shows: weighed like a question.
  reading: (b) => ({
    words:
      wordsIn(b.stemHtml) +
      b.groups.reduce((n, g) => n + wordsIn(g.html), 0) +
      b.cards.reduce((n, c) => n + wordsIn(c.html), 0) +
      wordsIn(b.feedbackHtml),
    questions: 1,
  }),
  baselineHtml: (b) => `${b.stemHtml}<ul>${b.cards.map((c) => `<li>${c.html}</li>`).join("")}</ul>`,
  itemTexts: (b) => [
    {
      id: b.id,
      kind: "sort into groups",
      recordKind: "sort",
      promptHtml: b.stemHtml,
      promptText: b.stemText,
      options: b.cards.map((c) => ({
        id: c.id,
        html: c.html,
        correct: true,
        group: b.groups.find((g) => g.id === c.group)?.text ?? c.group,
        feedbackHtml: c.feedbackHtml ?? "",
      })),
      feedbackHtml: b.feedbackHtml,
    },
  ],
};
