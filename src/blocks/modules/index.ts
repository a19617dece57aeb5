/** Renders the cover's module tiles; their element is fetched the first time a page shows them. */
import { html } from "lit";
import { type RunKind, showsOnly } from "../run-kind.js";
import type { ModulesBlock } from "./model.js";

const renderModules = (b: ModulesBlock) => {
  void import("./module-tiles.js");
  return html`<module-tiles .block=${b}></module-tiles>`;
};

export const modules: RunKind<ModulesBlock> = {
  ...showsOnly,
  render: renderModules,
};
