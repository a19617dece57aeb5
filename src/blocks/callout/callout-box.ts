/**
 * @summary A callout: a key point, a practice tip or "in this case", each told apart by its
 * written name, its icon and its border (solid bar, dashed frame, double rule), never by colour
 * alone. A complementary landmark named by its heading.
 */
import { css, html, LitElement, nothing, svg } from "lit";
// Course HTML is sanitized at build time (src/course/markdown.ts); learner text never goes here.
import { unsafeHTML } from "lit/directives/unsafe-html.js";
import { baseStyles, contentStyles } from "../../player/shared-styles.js";
import type { CalloutBlock, CalloutTone } from "./model.js";
import { calloutToneNames } from "./strings.js";

let nextId = 0;

const ICONS: Record<CalloutTone, ReturnType<typeof svg>> = {
  // An exclamation mark in a circle, a lightbulb, a folder: drawing only, the name says it.
  "key-point": svg`<circle cx="12" cy="12" r="9" /><path d="M12 7v6M12 16.5v.5" />`,
  "practice-tip": svg`<path d="M9 18h6M10 21h4M12 3a6 6 0 0 0-4 10.5c.7.7 1 1.5 1 2.5h6c0-1 .3-1.8 1-2.5A6 6 0 0 0 12 3z" />`,
  "in-this-case": svg`<path d="M3 7h7l2 2h9v10H3z" />`,
};

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
        <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${ICONS[b.tone]}</svg>
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
        display: flex;
        align-items: center;
        gap: 0.4rem;
        font-weight: 700;
        margin: 0 0 0.4rem;
      }
      .tone {
        text-transform: uppercase;
        letter-spacing: 0.04em;
      }
      .icon {
        flex: none;
        width: 1.4rem;
        height: 1.4rem;
        fill: none;
        stroke: currentColor;
        stroke-width: 2;
        stroke-linecap: round;
        stroke-linejoin: round;
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

/** The registry's renderer for a callout. */
export const renderCallout = (b: CalloutBlock) => html`<callout-box .block=${b}></callout-box>`;
