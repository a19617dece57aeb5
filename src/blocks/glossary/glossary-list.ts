/**
 * @summary The glossary page: every term of the course with its definition, as a description
 * list in alphabetical order under its own heading.
 */
import { html, LitElement, nothing } from "lit";
// Course HTML is sanitized at build time (src/loading/markdown.ts); learner text never goes here.
import { unsafeHTML } from "lit/directives/unsafe-html.js";
import { sessionOf } from "../../kit/session.js";
import { glossaryListStyles } from "./glossary-list.styles.js";
import { glossaryStrings } from "./strings.js";

export class GlossaryList extends LitElement {
  override render() {
    // The course's terms, from the session the player provides.
    const terms = sessionOf(this)?.course.glossary;
    if (!terms?.length) return nothing;
    const sorted = [...terms].sort((a, b) => a.term.localeCompare(b.term));
    return html`<section aria-labelledby="glossary-title">
      <h2 id="glossary-title">${glossaryStrings.title}</h2>
      <p>${glossaryStrings.intro}</p>
      <dl>
        ${sorted.map((t) => html`<dt id="term-${t.id}">${t.term}</dt><dd>${unsafeHTML(t.html)}</dd>`)}
      </dl>
    </section>`;
  }

  static override styles = glossaryListStyles;
}

customElements.define("glossary-list", GlossaryList);

declare global {
  interface HTMLElementTagNameMap {
    "glossary-list": GlossaryList;
  }
}
