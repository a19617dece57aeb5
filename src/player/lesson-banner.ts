/**
 * @summary A lesson's banner, at the top of its first page under the title: the module's icon
 * (decorative) and its one line on why it matters, in the brand colour. Fetched the first time a
 * page shows one, so it costs the player's start nothing.
 */
import { html, LitElement, nothing } from "lit";
// Course HTML is sanitized at build time (src/loading/markdown.ts); learner text never goes here.
import { unsafeHTML } from "lit/directives/unsafe-html.js";
import type { ModuleIcon } from "../course/model.js";
import { courseIcon } from "../kit/course-icon.js";
import { bannerStrings } from "./banner.strings.js";
import { lessonBannerStyles } from "./lesson-banner.styles.js";

export class LessonBanner extends LitElement {
  static override properties = {
    icon: { attribute: false },
    why: { attribute: false },
  };

  declare icon: ModuleIcon | undefined;
  /** Sanitized inline HTML. */
  declare why: string | undefined;

  override render() {
    if (!this.why) return nothing;
    return html`<div class="banner">
      ${courseIcon(this.icon)}
      <p><span class="label">${bannerStrings.why}</span> <span class="why">${unsafeHTML(this.why)}</span></p>
    </div>`;
  }

  static override styles = lessonBannerStyles;
}

customElements.define("lesson-banner", LessonBanner);

declare global {
  interface HTMLElementTagNameMap {
    "lesson-banner": LessonBanner;
  }
}
