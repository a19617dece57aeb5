/**
 * @summary A term marked in the course text: a button (keyboard, screen reader, touch; never hover
 * only) that opens the term's definition, and closes it again with a second press or Escape. The
 * definition opens as a block of its own after the paragraph or list item the term is in, never
 * inside the sentence: the text and the list keep their shape, and a screen reader reads the
 * sentence whole, then the definition. The definitions come from the course's glossary
 * (the session's course, provided by the player around the term).
 */
import { html, LitElement } from "lit";
// Course HTML is sanitized at build time (src/loading/markdown.ts); learner text never goes here.
import { unsafeHTML } from "lit/directives/unsafe-html.js";
import { sessionOf } from "../../kit/session.js";
import { glossaryDefinitionStyles, glossaryTermStyles } from "./glossary-term.styles.js";
import type { GlossaryTerm } from "./model.js";
import { glossaryStrings } from "./strings.js";

/** Text blocks a definition goes after; a list item or cell takes it as its own last block. */
const AFTER = "p, h2, h3, h4, h5, h6";
const INSIDE = "li, dd, dt, td, th, blockquote, figcaption";

/** The definition of a term from the course of the player `host` is in. */
const definitionOf = (host: EventTarget, id: string) =>
  sessionOf(host)?.course.glossary?.find((t) => t.id === id);

export class GlossaryTermElement extends LitElement {
  static override properties = { term: {}, open: { state: true } };
  declare term: string;
  declare open: boolean;
  /** The open definition, where it was put in the text around the term. */
  private shown?: GlossaryDefinitionElement;

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

  override updated(): void {
    const found = definitionOf(this, this.term);
    if (this.open && found && !this.shown) this.show(found);
    if (!this.open && this.shown) this.hide();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.hide();
  }

  /** After the paragraph (or heading) the term is in; else at the end of its list item or cell. */
  private show(found: GlossaryTerm): void {
    const shown = document.createElement("glossary-definition");
    shown.definition = found;
    const block = this.closest(`${AFTER}, ${INSIDE}`);
    if (!block) this.after(shown);
    else if (block.matches(AFTER)) block.after(shown);
    else {
      // Before a list nested in the item, so the definition stays with the item's own words.
      const nested = [...block.children].find((c) => c.matches("ul, ol"));
      block.insertBefore(shown, nested ?? null);
    }
    this.shown = shown;
  }

  private hide(): void {
    this.shown?.remove();
    this.shown = undefined;
  }

  override render() {
    // A term the page has no definition for reads as plain text rather than a dead button.
    if (!definitionOf(this, this.term)) return html`<slot></slot>`;
    return html`<button
      type="button"
      aria-expanded=${this.open ? "true" : "false"}
      @click=${this.toggle}
      @keydown=${this.keydown}
    ><slot></slot></button>`;
  }

  static override styles = glossaryTermStyles;
}

/** A term's definition, opened by its term: a note named by the term. */
export class GlossaryDefinitionElement extends LitElement {
  static override properties = { definition: { attribute: false } };
  declare definition: GlossaryTerm;

  override connectedCallback(): void {
    super.connectedCallback();
    this.setAttribute("role", "note");
  }

  override willUpdate(): void {
    this.setAttribute("aria-label", glossaryStrings.definitionOf(this.definition.term));
  }

  override render() {
    return html`${unsafeHTML(this.definition.html)}`;
  }

  static override styles = glossaryDefinitionStyles;
}

customElements.define("glossary-term", GlossaryTermElement);
customElements.define("glossary-definition", GlossaryDefinitionElement);

declare global {
  interface HTMLElementTagNameMap {
    "glossary-term": GlossaryTermElement;
    "glossary-definition": GlossaryDefinitionElement;
  }
}
