/**
 * @summary The notices above the page, in this order: the course found no LMS (said on the first
 * page shown only), a finished attempt reopened for review or a visit that does not count
 * (browse mode, no credit), the LMS's pass mark where it differs from the course's (on the first
 * module), and "welcome back" to a returning learner until they move on. The player fetches this
 * element, words and all, only when one of them shows.
 */
import { html, LitElement, nothing } from "lit";
import type { Module } from "../course/model.js";
import { requestNavigation } from "../kit/navigate-event.js";
import { SessionController } from "../kit/session-controller.js";
import { noticeStrings as strings } from "./player-notices.strings.js";
import { playerNoticesStyles } from "./player-notices.styles.js";
import type { CourseSession } from "./session.js";

export class PlayerNotices extends LitElement {
  static override properties = {
    first: { attribute: false },
    module: { attribute: false },
    passMark: { attribute: false },
  };

  /** The screen the player opened on, until the learner moves on (see course-player.ts). */
  declare first: boolean;
  /** The module on screen. */
  declare module: Module;
  /** The LMS's pass mark counts, not the one the welcome page states. */
  declare passMark: boolean;
  protected readonly sessionSync = new SessionController<CourseSession>(this);

  constructor() {
    super();
    this.first = false;
    this.passMark = false;
  }

  override render() {
    const session = this.sessionSync.session;
    const review = session.start?.review === "review";
    const start = session.course.modules[0];
    return html`${
      // Said on the first screen only, as is "welcome back".
      this.first && session.lmsMissing
        ? html`<section class="notice" aria-labelledby="no-lms-title">
            <p class="notice-title" id="no-lms-title">${strings.noLmsTitle}</p>
            <p>${session.saveState === "memory" ? strings.noLmsMemory : strings.noLms}</p>
          </section>`
        : nothing
    }${
      // Review mode (a finished attempt reopened), or browse / no credit (a visit that does not count).
      session.reviewing
        ? html`<section class="notice" aria-labelledby="review-title">
            <p class="notice-title" id="review-title">
              ${review ? strings.reviewTitle : strings.browseTitle}
            </p>
            <p>${review ? strings.review : strings.browse}</p>
          </section>`
        : nothing
    }${
      this.passMark
        ? html`<section class="notice" aria-labelledby="pass-mark-title">
            <p class="notice-title" id="pass-mark-title">${strings.passMarkTitle}</p>
            <p>${strings.passMarkFromLms(session.passMark, session.course.settings.passMark)}</p>
          </section>`
        : nothing
    }${
      // A learner reviewing a finished attempt is told that instead.
      this.first && session.resumed && !session.reviewing
        ? html`<section class="notice" aria-labelledby="welcome-back-title">
            <p class="notice-title" id="welcome-back-title">${strings.welcomeBackTitle}</p>
            <p>${strings.welcomeBack(this.module.title)}</p>
            ${
              this.module !== start
                ? html`<button class="secondary" @click=${() => requestNavigation(this, start.id)}>
                  ${strings.goToStart}
                </button>`
                : nothing
            }
          </section>`
        : nothing
    }`;
  }

  static override styles = playerNoticesStyles;
}

customElements.define("player-notices", PlayerNotices);

declare global {
  interface HTMLElementTagNameMap {
    "player-notices": PlayerNotices;
  }
}
