/** Renders a steps block; its element is fetched from the package the first time a page shows one. */
import { html } from "lit";
import { type RunKind, showsOnly } from "../run-kind.js";
import type { StepsBlock } from "./model.js";

export const steps: RunKind<StepsBlock> = {
  ...showsOnly,
  render: (b) => {
    void import("./step-through.js");
    return html`<step-through .block=${b}></step-through>`;
  },
};
