/**
 * @summary The calm screen a learner sees after "take a break": whether their progress is saved,
 * how to leave (the LMS's own exit in a frame; closing the window otherwise), a way back to the
 * course, and where to find support. Progress is committed by then; the session stays open
 * until the learner really leaves.
 *
 * @event player-return - The learner chose "Return to the course".
 */
import { html, LitElement } from "lit";
// Course HTML is sanitized at build time (src/loading/markdown.ts); learner text never goes here.
import { unsafeHTML } from "lit/directives/unsafe-html.js";
import { RETURN_EVENT } from "../kit/navigate-event.js";
import { SessionController } from "../kit/session-controller.js";
import { breakStrings } from "./break.strings.js";
import { breakScreenStyles } from "./break-screen.styles.js";
import { launchPlaceOf } from "./launch-place.js";
import type { CourseSession } from "./session.js";
import { strings } from "./strings.js";

export class BreakScreen extends LitElement {
  static override properties = {};

  protected readonly sessionSync = new SessionController<CourseSession>(this);
  get session() {
    return this.sessionSync.session;
  }

  /** Moves focus to the heading, so the learner hears that their progress is saved. */
  focusHeading(): void {
    (this.renderRoot.querySelector("h1") as HTMLElement | null)?.focus();
  }

  /** The window says where the learner is: the course sets it back when they return. */
  override firstUpdated(): void {
    document.title = breakStrings.breakPageTitle(this.session.course.title);
  }

  private returnToCourse(): void {
    this.dispatchEvent(new Event(RETURN_EVENT, { bubbles: true, composed: true }));
  }

  override render() {
    const state = this.session.saveState;
    const leave =
      launchPlaceOf(window) === "frame"
        ? breakStrings.takeBreakInFrame
        : breakStrings.takeBreakDone;
    const [title, text] =
      state === "unsaved"
        ? [breakStrings.takeBreakUnsavedTitle, breakStrings.takeBreakUnsaved]
        : state === "memory"
          ? [breakStrings.takeBreakMemoryTitle, breakStrings.takeBreakMemory]
          : state === "review"
            ? [breakStrings.takeBreakReviewTitle, leave]
            : state === "local"
              ? [breakStrings.takeBreakTitle, breakStrings.takeBreakLocal]
              : [breakStrings.takeBreakTitle, leave];
    return html`<main>
      <p class="course">${this.session.course.title}</p>
      <h1 tabindex="-1">${title}</h1>
      <p>${text}</p>
      <p>
        <button @click=${this.returnToCourse}>${breakStrings.returnToCourse}</button>
      </p>
      <section aria-labelledby="support-title">
        <h2 id="support-title">${strings.support}</h2>
        <div class="content">${unsafeHTML(this.session.course.supportHtml)}</div>
      </section>
    </main>`;
  }

  static override styles = breakScreenStyles;
}

customElements.define("break-screen", BreakScreen);

declare global {
  interface HTMLElementTagNameMap {
    "break-screen": BreakScreen;
  }
}
