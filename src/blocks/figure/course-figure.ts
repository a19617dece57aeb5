/**
 * @summary A figure: the course's image with its text alternative (or none, when the author said
 * it is decorative), an optional caption, and an optional long description the learner opens
 * below it. Images load from the package itself.
 */
import { html, LitElement, nothing } from "lit";
// Course HTML is sanitized at build time (src/loading/markdown.ts); learner text never goes here.
import { unsafeHTML } from "lit/directives/unsafe-html.js";
import { courseFigureStyles } from "./course-figure.styles.js";
import type { FigureBlock } from "./model.js";
import { figureStrings } from "./strings.js";

export class CourseFigure extends LitElement {
  static override properties = { block: { attribute: false } };
  declare block: FigureBlock;

  override render() {
    const b = this.block;
    if (!b) return nothing;
    return html`<figure>
      <img src=${b.src} alt=${b.alt} loading="lazy" />
      ${b.captionHtml ? html`<figcaption>${unsafeHTML(b.captionHtml)}</figcaption>` : nothing}
      ${
        b.longDescriptionHtml
          ? html`<details>
            <summary>${figureStrings.longDescription}</summary>
            <div class="content">${unsafeHTML(b.longDescriptionHtml)}</div>
          </details>`
          : nothing
      }
    </figure>`;
  }

  static override styles = courseFigureStyles;
}

customElements.define("course-figure", CourseFigure);

declare global {
  interface HTMLElementTagNameMap {
    "course-figure": CourseFigure;
  }
}
