/** Renders tabs; its element is fetched from the package the first time a page shows one. */
import { html } from "lit";
import { type RunKind, showsOnly } from "../run-kind.js";
import type { TabsBlock } from "./model.js";

export const tabs: RunKind<TabsBlock> = {
  ...showsOnly,
  render: (b) => {
    // The module loader keeps it: only the first call fetches anything.
    void import("./tab-set.js");
    return html`<tab-set .block=${b}></tab-set>`;
  },
};
