/**
 * @summary A term marked in the course text: a button (keyboard, screen reader, touch; never hover
 * only) that opens the term's definition right after it in the text, and closes it again with a
 * second press or Escape. The definitions come from the course's glossary (definitions.ts).
 */
import { html, LitElement } from "lit";
// Course HTML is sanitized at build time (src/course/markdown.ts); learner text never goes here.
import { unsafeHTML } from "lit/directives/unsafe-html.js";
import { definitions } from "./definitions.js";
import { glossaryTermStyles } from "./glossary-term.styles.js";
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

  static override styles = glossaryTermStyles;
}

customElements.define("glossary-term", GlossaryTermElement);

declare global {
  interface HTMLElementTagNameMap {
    "glossary-term": GlossaryTermElement;
  }
}
