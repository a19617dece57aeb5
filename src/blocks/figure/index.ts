/** Renders a figure; its element is fetched from the package the first time a page shows one. */
import { html } from "lit";
import { type RunKind, showsOnly } from "../run-kind.js";
import type { FigureBlock } from "./model.js";

const renderFigure = (b: FigureBlock) => {
  // The module loader keeps it: only the first call fetches anything.
  void import("./course-figure.js");
  return html`<course-figure .block=${b}></course-figure>`;
};

export const figure: RunKind<FigureBlock> = {
  ...showsOnly,
  render: renderFigure,
};
