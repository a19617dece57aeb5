/** Renders the cover's module tiles; their element is fetched the first time a page shows them. */
import { html } from "lit";
import { type RunKind, showsOnly } from "../run-kind.js";
import type { ModulesBlock } from "./model.js";

const renderModules = (b: ModulesBlock) => {
  void import("./cover-tiles.js");
  return html`<cover-tiles .block=${b}></cover-tiles>`;
};

export const modules: RunKind<ModulesBlock> = {
  ...showsOnly,
  render: renderModules,
};
