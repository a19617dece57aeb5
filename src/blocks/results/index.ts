/**
 * Renders a results block with the results panel. Only the closing page of a course shows one,
 * so the panel is fetched from the package the first time a page does.
 */
import { html } from "lit";
import { type RunKind, showsOnly } from "../run-kind.js";
import type { ResultsBlock } from "./model.js";

const renderResults = () => {
  // The module loader keeps it: only the first call fetches anything.
  void import("./results-panel.js");
  return html`<results-panel></results-panel>`;
};

export const results: RunKind<ResultsBlock> = {
  ...showsOnly,
  render: renderResults,
};
