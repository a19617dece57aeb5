/** Renders a reveal; its element is fetched from the package the first time a page shows one. */
import { html } from "lit";
import { type RunKind, showsOnly } from "../run-kind.js";
import type { RevealBlock } from "./model.js";

const renderReveal = (b: RevealBlock) => {
  // The module loader keeps it: only the first call fetches anything.
  void import("./reveal-panel.js");
  return html`<reveal-panel .block=${b}></reveal-panel>`;
};

export const reveal: RunKind<RevealBlock> = {
  ...showsOnly,
  render: renderReveal,
};
