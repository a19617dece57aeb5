/**
 * The run-time definition of the branching scenario: each decision is a choice the LMS records,
 * the case is done once the learner's path reaches an end, and its element is fetched from the
 * package the first time a page shows one (Lit keeps the properties set before it is defined).
 */
import { html } from "lit";
import { answerableOf } from "../question/rules.js";
import type { RunKind } from "../run-kind.js";
import type { BranchingBlock } from "./model.js";
import { decisionsOf, pathOf } from "./rules.js";

export const branching: RunKind<BranchingBlock> = {
  answerables: (b) => decisionsOf(b).map(answerableOf),
  task: (b, progress) => (pathOf(b, progress).ended ? "done" : "to-do"),
  render: (b) => {
    // The module loader keeps it: only the first call fetches anything.
    void import("./branching-scenario.js");
    return html`<branching-scenario .block=${b}></branching-scenario>`;
  },
};
