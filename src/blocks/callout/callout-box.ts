/**
 * @summary A callout: a key point, a practice tip or "in this case", each told apart by its
 * written name and its border (solid bar, dashed frame, double rule), never by colour alone. A
 * complementary landmark named by its heading.
 */
import { css, html, LitElement, nothing } from "lit";
// Course HTML is sanitized at build time (src/course/markdown.ts); learner text never goes here.
import { unsafeHTML } from "lit/directives/unsafe-html.js";
import { baseStyles, contentStyles } from "../../player/shared-styles.js";
import type { CalloutBlock } from "./model.js";
import { calloutToneNames } from "./strings.js";

let nextId = 0;

export class CalloutBox extends LitElement {
  static override properties = { block: { attribute: false } };
  declare block: CalloutBlock;
  private readonly headingId = `callout-${nextId++}`;

  override render() {
    const b = this.block;
    if (!b) return nothing;
    const name = calloutToneNames[b.tone];
    return html`<aside class="callout ${b.tone}" aria-labelledby=${this.headingId}>
      <p class="heading" id=${this.headingId}>
        <span><span class="tone">${name}</span>${b.title ? `: ${b.title}` : nothing}</span>
      </p>
      <div class="content">${unsafeHTML(b.html)}</div>
    </aside>`;
  }

  static override styles = [
    baseStyles,
    contentStyles,
    css`
      :host {
        margin: 1.25rem 0;
      }
      .callout {
        max-width: var(--measure);
        padding: 0.75rem 1rem;
        border-radius: var(--radius);
        background: var(--surface);
      }
      .key-point {
        border-left: 8px solid var(--accent);
      }
      .practice-tip {
        border: 3px dashed var(--border);
      }
      .in-this-case {
        border-top: 6px double var(--fg);
        border-bottom: 6px double var(--fg);
        border-radius: 0;
      }
      .heading {
        font-weight: 700;
        margin: 0 0 0.4rem;
      }
      .tone {
        text-transform: uppercase;
        letter-spacing: 0.04em;
      }
      .content > :first-child {
        margin-top: 0;
      }
      .content > :last-child {
        margin-bottom: 0;
      }
    `,
  ];
}

customElements.define("callout-box", CalloutBox);

declare global {
  interface HTMLElementTagNameMap {
    "callout-box": CalloutBox;
  }
}
