/** The build-time definition of the final assessment. */
import { type FencedBuildKind, wordsIn } from "../build-kind.js";
import { loadAssessment } from "./load.js";
import type { AssessmentBlock } from "./model.js";
import { drawOf } from "./rules.js";

export const assessment: FencedBuildKind<AssessmentBlock> = {
  load: loadAssessment,
  outline: (b) => ({
    ...b,
    // The lesson links stay: the results list the lessons to revisit before this page loads.
    points: b.points.map((p) => ({
      ...p,
      variants: p.variants.map((v) => ({
        ...v,
        scenarioHtml: "",
        stemHtml: "",
        options: v.options.map((o) => ({ ...o, html: "", feedbackHtml: "" })),
      })),
    })),
  }),
  // One attempt's draw, read once, and the feedback on it: each item weighed like a question.
  reading: (b) => {
    const drawn = drawOf(b, 0);
    return {
      words: drawn.reduce(
        (n, { item }) =>
          n +
          wordsIn(item.scenarioHtml) +
          wordsIn(item.stemHtml) +
          item.options.reduce((m, o) => m + wordsIn(o.html), 0) +
          item.options.filter((o) => o.correct).reduce((m, o) => m + wordsIn(o.feedbackHtml), 0),
        0,
      ),
      questions: drawn.length,
    };
  },
  baselineHtml: (b) =>
    drawOf(b, 0)
      .map(
        ({ item }) =>
          `${item.scenarioHtml}${item.stemHtml}<ul>${item.options.map((o) => `<li>${o.html}</li>`).join("")}</ul>`,
      )
      .join(""),
  itemTexts: (b) =>
    b.points.flatMap((p) =>
      p.variants.map((v) => ({
        id: v.id,
        kind: "assessment item",
        recordKind: "single",
        point: p.id,
        scenarioHtml: v.scenarioHtml,
        promptHtml: v.stemHtml,
        promptText: v.stemText,
        options: v.options.map((o) => ({
          id: o.id,
          html: o.html,
          correct: o.correct,
          feedbackHtml: o.feedbackHtml,
        })),
      })),
    ),
};
