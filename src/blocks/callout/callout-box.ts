/**
 * @summary A callout: a key point, a practice tip or "in this case", each told apart by its
 * written name and its border (solid bar, dashed frame, double rule), never by colour alone. A
 * complementary landmark named by its heading.
 */
import { html, LitElement, nothing } from "lit";
// Course HTML is sanitized at build time (src/loading/markdown.ts); learner text never goes here.
import { unsafeHTML } from "lit/directives/unsafe-html.js";
import { calloutBoxStyles } from "./callout-box.styles.js";
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

  static override styles = calloutBoxStyles;
}

customElements.define("callout-box", CalloutBox);

declare global {
  interface HTMLElementTagNameMap {
    "callout-box": CalloutBox;
  }
}
