/**
 * Renders a section break's Continue button. module-page decides which sections show (it splits
 * the page itself, so a hidden section is never drawn, even before this element has loaded) and
 * renders this block only where the learner has not gone on yet; the element, fetched the first
 * time a page shows a break, is only the button.
 */
import { html } from "lit";
import { type RunKind, showsOnly } from "../run-kind.js";
import type { ContinueBlock } from "./model.js";

const renderContinue = (b: ContinueBlock) => {
  // The module loader keeps it: only the first call fetches anything.
  void import("./continue-button.js");
  return html`<continue-button .block=${b}></continue-button>`;
};

export const continueBreak: RunKind<ContinueBlock> = {
  ...showsOnly,
  render: renderContinue,
};
