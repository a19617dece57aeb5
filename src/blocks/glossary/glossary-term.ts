/**
 * @summary A term marked in the course text: a button (keyboard, screen reader, touch; never hover
 * only) that opens the term's definition right after it in the text, and closes it again with a
 * second press or Escape. The definitions come from the course's glossary (definitions.ts).
 */
import { css, html, LitElement } from "lit";
// Course HTML is sanitized at build time (src/course/markdown.ts); learner text never goes here.
import { unsafeHTML } from "lit/directives/unsafe-html.js";
import { baseStyles } from "../../player/shared-styles.js";
import { definitions } from "./definitions.js";
import { glossaryStrings } from "./strings.js";

let nextId = 0;

export class GlossaryTermElement extends LitElement {
  static override properties = { term: {}, open: { state: true } };
  declare term: string;
  declare open: boolean;
  private readonly definitionId = `term-definition-${nextId++}`;

  constructor() {
    super();
    this.term = "";
    this.open = false;
  }

  private toggle(): void {
    this.open = !this.open;
  }

  private keydown(e: KeyboardEvent): void {
    if (e.key === "Escape" && this.open) {
      e.stopPropagation();
      this.open = false;
    }
  }

  override render() {
    const found = definitions.get(this.term);
    // A term the page has no definition for reads as plain text rather than a dead button.
    if (!found) return html`<slot></slot>`;
    return html`<button
        type="button"
        aria-expanded=${this.open ? "true" : "false"}
        aria-controls=${this.definitionId}
        @click=${this.toggle}
        @keydown=${this.keydown}
      ><slot></slot></button><span
        class="definition"
        id=${this.definitionId}
        role="note"
        aria-label=${glossaryStrings.definitionOf(found.term)}
        ?hidden=${!this.open}
      >${unsafeHTML(found.html)}</span>`;
  }

  static override styles = [
    baseStyles,
    css`
      :host {
        display: inline;
      }
      button {
        /* A term reads as part of the sentence: text, with a dotted underline and a hint of colour. */
        display: inline;
        min-height: 0;
        min-width: 0;
        padding: 0.35em 0;
        margin: -0.35em 0;
        border: 0;
        background: none;
        color: var(--accent);
        font: inherit;
        text-decoration: underline dotted;
        text-underline-offset: 0.2em;
        cursor: pointer;
      }
      .definition {
        display: block;
        margin: 0.4rem 0;
        padding: 0.5rem 0.75rem;
        border-left: 4px solid var(--accent);
        background: var(--surface);
        color: var(--fg);
        font-style: normal;
      }
      .definition[hidden] {
        display: none;
      }
    `,
  ];
}

customElements.define("glossary-term", GlossaryTermElement);

declare global {
  interface HTMLElementTagNameMap {
    "glossary-term": GlossaryTermElement;
  }
}
