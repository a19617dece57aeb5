/**
 * @summary Whether the learner's progress is safe: saved, saving, not saved (the LMS is not
 * answering) or not connected to an LMS (saved in this browser only).
 *
 * The state is always visible; screen readers are told only when saving fails or recovers, so a
 * save after every answer does not interrupt what they are reading.
 */
import { html, LitElement, nothing, svg } from "lit";
import { SessionController } from "../kit/session-controller.js";
import type { SaveState } from "../lms/connection.js";
import { saveStatusStyles } from "./save-status.styles.js";
import type { CourseSession } from "./session.js";
import { strings } from "./strings.js";

/** Not saved, for either reason: a warning sign. */
const WARNING = svg`<path d="M12 3L2 21h20L12 3z" /><path d="M12 10v5M12 17.5v.5" />`;

/** Small icons so the state is not told by colour alone (the text says it too). */
const ICONS: Record<SaveState, ReturnType<typeof svg>> = {
  saved: svg`<path d="M4 12.5l5 5L20 6.5" />`,
  saving: svg`<circle cx="12" cy="12" r="8" stroke-dasharray="4 3" />`,
  unsaved: WARNING,
  local: svg`<rect x="3" y="5" width="18" height="12" rx="1" /><path d="M8 21h8M12 17v4" />`,
  memory: WARNING,
  review: svg`<path d="M2 12s3.5-6 10-6 10 6 10 6-3.5 6-10 6S2 12 2 12z" /><circle cx="12" cy="12" r="2.5" />`,
};

export class SaveStatus extends LitElement {
  static override properties = {
    announcement: { state: true },
  };

  declare announcement: string;
  private lastState?: SaveState;
  protected readonly sessionSync = new SessionController<CourseSession>(this);
  get session() {
    return this.sessionSync.session;
  }

  constructor() {
    super();
    this.announcement = "";
  }

  override willUpdate(): void {
    const state = this.session?.saveState;
    if (!state || state === this.lastState) return;
    // Failing, and recovering from a failure, are the only changes worth interrupting for.
    if (
      state === "unsaved" ||
      state === "memory" ||
      (this.lastState === "unsaved" && state === "saved")
    ) {
      this.announcement = strings.saveState[state];
    }
    this.lastState = state;
  }

  override render() {
    const state = this.session.saveState;
    return html`<p class="state state-${state}">
        <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          ${ICONS[state]}
        </svg>
        <span>${strings.saveState[state]}</span>
      </p>
      <p class="visually-hidden" role="status">${
        // Never "": text hydrated from an empty string would be written into Lit's closing
        // marker on its first update and never be heard (see docs/blocks.md).
        this.announcement || nothing
      }</p>`;
  }

  static override styles = saveStatusStyles;
}

customElements.define("save-status", SaveStatus);

declare global {
  interface HTMLElementTagNameMap {
    "save-status": SaveStatus;
  }
}
