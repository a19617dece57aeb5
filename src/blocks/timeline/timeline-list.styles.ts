/** How <timeline-list> looks, kept beside the element so its file holds behaviour only (Shoelace style). */
import { css } from "lit";
import { baseStyles, contentStyles } from "../../kit/styles.js";

export const timelineListStyles = [
  baseStyles,
  contentStyles,
  css`
    :host {
      margin: var(--space-5) 0;
      max-width: var(--measure);
    }
    h3 {
      font-size: var(--step-1);
      margin: 0 0 var(--space-2);
    }
    .key {
      margin: 0 0 var(--space-4);
      color: var(--muted);
      font-size: var(--step--1);
    }
    ol {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    li {
      position: relative;
      display: flex;
      gap: var(--space-3);
      padding: 0 0 var(--space-4);
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
      gap: var(--space-1) 0.6rem;
      align-items: baseline;
    }
    .tag {
      font-size: var(--step--1);
      border: 1px solid var(--accent);
      color: var(--accent);
      border-radius: 1rem;
      padding: 0 var(--space-2);
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
