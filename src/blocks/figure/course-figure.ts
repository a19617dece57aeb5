/**
 * @summary A figure: the course's image with its text alternative (or none, when the author said
 * it is decorative), an optional caption, and an optional long description the learner opens
 * below it. Images load from the package itself.
 */
import { css, html, LitElement, nothing } from "lit";
// Course HTML is sanitized at build time (src/course/markdown.ts); learner text never goes here.
import { unsafeHTML } from "lit/directives/unsafe-html.js";
import { baseStyles, contentStyles } from "../../player/shared-styles.js";
import { blockStyles } from "../block-styles.js";
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

  static override styles = [
    baseStyles,
    contentStyles,
    blockStyles,
    css`
      :host {
        margin: 1.25rem 0;
      }
      figure {
        margin: 0;
        max-width: var(--measure);
      }
      img {
        display: block;
        max-width: 100%;
        height: auto;
      }
      figcaption {
        color: var(--muted);
        margin-top: 0.4rem;
      }
    `,
  ];
}

customElements.define("course-figure", CourseFigure);

declare global {
  interface HTMLElementTagNameMap {
    "course-figure": CourseFigure;
  }
}
