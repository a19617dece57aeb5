/** Renders a figure; its element is fetched from the package the first time a page shows one. */
import { html } from "lit";
import type { FigureBlock } from "./model.js";

export const renderFigure = (b: FigureBlock) => {
  // The module loader keeps it: only the first call fetches anything.
  void import("./course-figure.js");
  return html`<course-figure .block=${b}></course-figure>`;
};
