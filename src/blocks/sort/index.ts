/**
 * The run-time definition of the sort: one matching answer, done once checked; its element is
 * fetched from the package the first time a page shows one.
 */
import { html } from "lit";
import type { RunKind } from "../run-kind.js";
import type { SortBlock } from "./model.js";
import { sortAnswerable } from "./rules.js";

export const sort: RunKind<SortBlock> = {
  answerables: (b) => [sortAnswerable(b)],
  task: (b, progress) => (progress.answers[b.id] ? "done" : "to-do"),
  render: (b) => {
    void import("./sort-question.js");
    return html`<sort-question .block=${b}></sort-question>`;
  },
};
