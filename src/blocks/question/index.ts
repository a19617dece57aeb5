/**
 * The run-time definition of the question kind: its rules and its element. The element is the
 * player's one core element, which the player imports itself (module-page.ts): it is in the player
 * file, so questions on the first page hydrate without a second request, and the rules, which
 * Node reads too, load no element.
 */
import { html } from "lit";
import type { RunKind } from "../run-kind.js";
import type { QuestionBlock } from "./model.js";
import { answerableOf } from "./rules.js";

export const question: RunKind<QuestionBlock> = {
  answerables: (b) => [answerableOf(b.question)],
  task: (b, progress) => (progress.answers[b.question.id] ? "done" : "to-do"),
  render: (b) => html`<question-card .question=${b.question}></question-card>`,
};
