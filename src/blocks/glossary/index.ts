/** Renders the glossary page; its element is fetched from the package the first time a page shows it. */
import { html } from "lit";
import { type RunKind, showsOnly } from "../run-kind.js";
import type { GlossaryBlock } from "./model.js";

const renderGlossary = () => {
  // The module loader keeps it: only the first call fetches anything.
  void import("./glossary-list.js");
  return html`<glossary-list></glossary-list>`;
};

export const glossary: RunKind<GlossaryBlock> = {
  ...showsOnly,
  render: renderGlossary,
};
