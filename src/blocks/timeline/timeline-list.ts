/**
 * @summary A case timeline as an ordered list of real text: when, what happened, and whether it
 * was a decision point for professionals. The line and markers are drawing only, hidden from
 * assistive technology; "Decision point" is written out so it is never told by shape alone.
 */
import { css, html, LitElement, svg } from "lit";
// Course HTML is sanitized at build time (src/course/markdown.ts); learner text never goes here.
import { unsafeHTML } from "lit/directives/unsafe-html.js";
import type { TimelineEvent } from "../../course/model.js";
import { baseStyles, contentStyles } from "../../player/shared-styles.js";
import { strings } from "../../player/strings.js";
import type { TimelineBlock } from "./model.js";

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
      ${hasDecisions ? html`<p class="key">${strings.timelineKey}</p>` : ""}
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
                ${e.decision ? html`<span class="tag">${strings.decisionPoint}</span>` : ""}
              </p>
              <div class="what content">${unsafeHTML(e.html)}</div>
            </div>
          </li>`,
        )}
      </ol>
    </section>`;
  }

  static override styles = [
    baseStyles,
    contentStyles,
    css`
      :host {
        margin: 1.5rem 0;
        max-width: var(--measure);
      }
      h3 {
        font-size: 1.1rem;
        margin: 0 0 0.5rem;
      }
      .key {
        margin: 0 0 1rem;
        color: var(--muted);
        font-size: 0.95rem;
      }
      ol {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      li {
        position: relative;
        display: flex;
        gap: 0.75rem;
        padding: 0 0 1rem;
      }
      /* The line from each event's marker to the next one, drawn behind the markers. */
      li:not(:last-child)::before {
        content: "";
        position: absolute;
        left: calc(1rem - 1px);
        top: 0.85rem;
        bottom: -0.85rem;
        border-left: 2px solid var(--border);
      }
      .marker {
        position: relative;
        flex: none;
        width: 2rem;
        height: 1.5rem;
        margin-top: 0.1rem;
        fill: var(--bg);
        stroke: var(--border);
        stroke-width: 2;
      }
      .decision .marker {
        fill: var(--accent);
        stroke: var(--accent);
      }
      .event {
        min-width: 0;
        flex: 1;
      }
      .when {
        margin: 0;
        font-weight: 700;
        display: flex;
        flex-wrap: wrap;
        gap: 0.25rem 0.6rem;
        align-items: baseline;
      }
      .tag {
        font-size: 0.85rem;
        border: 1px solid var(--accent);
        color: var(--accent);
        border-radius: 1rem;
        padding: 0 0.5rem;
      }
      .decision .event {
        border-left: 4px solid var(--accent);
        padding-left: 0.6rem;
      }
      .what {
        margin-top: 0.15rem;
      }
      @media print {
        li {
          break-inside: avoid;
        }
      }
    `,
  ];
}

customElements.define("timeline-list", TimelineList);

declare global {
  interface HTMLElementTagNameMap {
    "timeline-list": TimelineList;
  }
}

/** The registry's renderer for a timeline block. */
export const renderTimeline = (b: TimelineBlock) =>
  html`<timeline-list .heading=${b.title} .events=${b.events}></timeline-list>`;
