/** Renders a results block with the player's results panel (which the course shell also uses). */
import { html } from "lit";
import type { CourseSession } from "../../player/session.js";
import "../../player/results-panel.js";

export const renderResults = (_b: unknown, session: CourseSession) =>
  html`<results-panel .session=${session}></results-panel>`;
