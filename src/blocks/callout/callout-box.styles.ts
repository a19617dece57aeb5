/** How <callout-box> looks, kept beside the element so its file holds behaviour only (Shoelace style). */
import { css } from "lit";
import { baseStyles, contentStyles } from "../../kit/styles.js";

export const calloutBoxStyles = [
  baseStyles,
  contentStyles,
  css`
    :host {
      margin: 1.25rem 0;
    }
    .callout {
      max-width: var(--measure);
      padding: var(--space-3) var(--space-4);
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
    /* Calm, not alarming: a soft panel with a quiet green bar, never the warning colours. */
    .wellbeing {
      background: var(--accent-soft);
      border-left: 8px solid var(--ok);
      border-radius: var(--radius-lg);
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
