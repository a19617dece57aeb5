/**
 * Renders a branching scenario; its element is fetched from the package the first time a page
 * shows one (Lit keeps the properties set before the element is defined).
 */
import { html } from "lit";
import type { BranchingBlock } from "./model.js";

export const renderBranching = (b: BranchingBlock) => {
  // The module loader keeps it: only the first call fetches anything.
  void import("./branching-scenario.js");
  return html`<branching-scenario .block=${b}></branching-scenario>`;
};
