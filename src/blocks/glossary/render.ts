/** Renders the glossary page; its element is fetched from the package the first time a page shows it. */
import { html } from "lit";
import type { CourseSession } from "../../player/session.js";
import type { GlossaryBlock } from "./model.js";

export const renderGlossary = (_b: GlossaryBlock, session: CourseSession) => {
  // The module loader keeps it: only the first call fetches anything.
  void import("./glossary-list.js");
  return html`<glossary-list .terms=${session.course.glossary ?? []}></glossary-list>`;
};
