/**
 * Renders a results block with the player's results panel. Only the closing page of a course
 * shows one, so the panel is fetched from the package the first time a page does.
 */
import { html } from "lit";
import type { CourseSession } from "../../player/session.js";

export const renderResults = (_b: unknown, session: CourseSession) => {
  // The module loader keeps it: only the first call fetches anything.
  void import("../../player/results-panel.js");
  return html`<results-panel .session=${session}></results-panel>`;
};
