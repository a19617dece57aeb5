/** The build-time definition of the question: its loader, outline, reading time and answer-key words. */
import { type FencedBuildKind, type ItemText, wordsIn } from "../build-kind.js";
import { loadQuestion } from "./load.js";
import type { Question, QuestionBlock } from "./model.js";

const KIND: Record<Question["kind"], string> = {
  single: "single choice",
  multiple: "multiple choice",
  scenario: "decision",
};

/** A question's words for the answer key; a decision of a walked case is written the same way. */
export function questionText(q: Question): ItemText {
  return {
    id: q.id,
    kind: KIND[q.kind],
    recordKind: q.kind,
    scenarioHtml: q.scenarioHtml,
    promptHtml: q.stemHtml,
    promptText: q.stemText,
    options: q.options.map((o) => ({
      id: o.id,
      html: o.html,
      correct: o.correct,
      feedbackHtml: o.feedbackHtml,
      consequenceHtml: o.consequenceHtml,
    })),
  };
}

export const question: FencedBuildKind<QuestionBlock> = {
  load: loadQuestion,
  outline: (b) => ({
    ...b,
    question: {
      ...b.question,
      scenarioHtml: undefined,
      stemHtml: "",
      options: b.question.options.map((o) => ({
        ...o,
        html: "",
        feedbackHtml: "",
        consequenceHtml: undefined,
      })),
    },
  }),
  reading: (b) => {
    const q = b.question;
    // The learner reads every option but, first, the feedback on one: the right answer's.
    const right = q.options.find((o) => o.correct);
    const words =
      wordsIn(q.scenarioHtml) +
      wordsIn(q.stemHtml) +
      q.options.reduce((n, o) => n + wordsIn(o.html), 0) +
      wordsIn(right?.feedbackHtml) +
      wordsIn(right?.consequenceHtml);
    return { words, questions: 1 };
  },
  baselineHtml: ({ question: q }) =>
    `${q.scenarioHtml ?? ""}${q.stemHtml}<ul>${q.options.map((o) => `<li>${o.html}</li>`).join("")}</ul>`,
  itemTexts: (b) => [questionText(b.question)],
};
