/**
 * The run-time definition of the question kind: its rules and its element. The element is a file
 * of its own, like every kind's, fetched the first time a page shows one; the rules, which Node
 * reads too, load no element. Questions are on most pages, so the player also fetches the card
 * while the browser is idle after it starts (main.ts), and a first screen that shows one loads
 * it with the player (the build lists it in the page: src/compiler/player-build/prerender.ts).
 */
import { html } from "lit";
import type { RunKind } from "../run-kind.js";
import type { QuestionBlock } from "./model.js";
import { answerableOf } from "./rules.js";

export const question: RunKind<QuestionBlock> = {
  answerables: (b) => [answerableOf(b.question)],
  task: (b, progress) => (progress.answers[b.question.id] ? "done" : "to-do"),
  render: (b) => {
    // The module loader keeps it: only the first call fetches anything.
    void import("./question-card.js");
    return html`<question-card .question=${b.question}></question-card>`;
  },
};
