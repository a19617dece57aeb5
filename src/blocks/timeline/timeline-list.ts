/**
 * @summary A case timeline as an ordered list of real text: when, what happened, and whether it
 * was a decision point for professionals. The line and markers are drawing only, hidden from
 * assistive technology; "Decision point" is written out so it is never told by shape alone.
 */
import { html, LitElement, svg } from "lit";
// Course HTML is sanitized at build time (src/loading/markdown.ts); learner text never goes here.
import { unsafeHTML } from "lit/directives/unsafe-html.js";
import type { TimelineEvent } from "./model.js";
import { timelineStrings } from "./strings.js";
import { timelineListStyles } from "./timeline-list.styles.js";

let nextId = 0;

export class TimelineList extends LitElement {
  static override properties = {
    heading: { attribute: false },
    events: { attribute: false },
  };

  /** The timeline's title from the course (plain text). */
  declare heading: string;
  declare events: TimelineEvent[];
  private readonly headingId = `timeline-${nextId++}`;

  constructor() {
    super();
    this.heading = "";
    this.events = [];
  }

  override render() {
    const hasDecisions = this.events.some((e) => e.decision);
    return html`<section aria-labelledby=${this.headingId}>
      <h3 id=${this.headingId}>${this.heading}</h3>
      ${hasDecisions ? html`<p class="key">${timelineStrings.timelineKey}</p>` : ""}
      <ol>
        ${this.events.map(
          (e) => html`<li class=${e.decision ? "decision" : ""}>
            <svg class="marker" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
              ${
                e.decision
                  ? svg`<path d="M10 1.5l8.5 8.5-8.5 8.5-8.5-8.5z" />`
                  : svg`<circle cx="10" cy="10" r="5.5" />`
              }
            </svg>
            <div class="event">
              <p class="when">
                <span>${e.when}</span>
                ${e.decision ? html`<span class="tag">${timelineStrings.decisionPoint}</span>` : ""}
              </p>
              <div class="what content">${unsafeHTML(e.html)}</div>
            </div>
          </li>`,
        )}
      </ol>
    </section>`;
  }

  static override styles = timelineListStyles;
}

customElements.define("timeline-list", TimelineList);

declare global {
  interface HTMLElementTagNameMap {
    "timeline-list": TimelineList;
  }
}
