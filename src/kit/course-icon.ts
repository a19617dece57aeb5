/**
 * A module's icon (the bundled set, drawn at build time: src/compiler/course/icons.ts), as the
 * cover's tiles and a lesson's banner show it. Always decorative: the module's title beside it
 * says what it is, so it is hidden from screen readers. Drawn with the text's colour
 * (currentColor), so it follows the brand, dark mode and forced colours with the words.
 */
import { css, html, nothing } from "lit";
// The markup is the build's own, made from geometric elements and number-like attributes only.
import { unsafeSVG } from "lit/directives/unsafe-svg.js";
import type { ModuleIcon } from "../course/model.js";

export function courseIcon(icon: ModuleIcon | undefined) {
  if (!icon) return nothing;
  return html`<svg class="course-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${unsafeSVG(icon.svg)}</svg>`;
}

export const courseIconStyles = css`
  .course-icon {
    flex: none;
    width: 1.5rem;
    height: 1.5rem;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
`;
