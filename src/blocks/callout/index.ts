/** Renders a callout; its element is fetched from the package the first time a page shows one. */
import { html } from "lit";
import { type RunKind, showsOnly } from "../run-kind.js";
import type { CalloutBlock } from "./model.js";

const renderCallout = (b: CalloutBlock) => {
  // The module loader keeps it: only the first call fetches anything.
  void import("./callout-box.js");
  return html`<callout-box .block=${b}></callout-box>`;
};

export const callout: RunKind<CalloutBlock> = {
  ...showsOnly,
  render: renderCallout,
};
