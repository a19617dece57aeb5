/**
 * The run-time definition of the question kind: its rules and its element. The element is the
 * player's one core element: the player imports it itself (module-page.ts), so it is in the
 * player file and questions on the first page hydrate without a second request; the import here
 * only keeps rules code (which Node reads too) from loading an element.
 */
import { html } from "lit";
import type { RunKind } from "../run-kind.js";
import type { QuestionBlock } from "./model.js";
import { answerableOf } from "./rules.js";

export const question: RunKind<QuestionBlock> = {
  answerables: (b) => [answerableOf(b.question)],
  task: (b, progress) => (progress.answers[b.question.id] ? "done" : "to-do"),
  render: (b) => {
    void import("./question-card.js");
    return html`<question-card .question=${b.question}></question-card>`;
  },
};
