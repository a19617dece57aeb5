/**
 * The run-time definition of the ordering question: one sequencing answer, done once checked; its
 * element is fetched from the package the first time a page shows one.
 */
import { html } from "lit";
import type { RunKind } from "../run-kind.js";
import type { OrderingBlock } from "./model.js";
import { orderingAnswerable } from "./rules.js";

export const ordering: RunKind<OrderingBlock> = {
  answerables: (b) => [orderingAnswerable(b)],
  task: (b, progress) => (progress.answers[b.id] ? "done" : "to-do"),
  render: (b) => {
    // The module loader keeps it: only the first call fetches anything.
    void import("./ordering-question.js");
    return html`<ordering-question .block=${b}></ordering-question>`;
  },
};
