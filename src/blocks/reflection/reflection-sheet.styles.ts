/** How <reflection-sheet> looks, kept beside the element so its file holds behaviour only (Shoelace style). */
import { css } from "lit";
import { baseStyles, visuallyHiddenStyles } from "../../kit/styles.js";

export const reflectionSheetStyles = [
  baseStyles,
  visuallyHiddenStyles,
  css`
    :host {
      margin: var(--space-5) 0;
      max-width: var(--measure);
    }
    .note {
      color: var(--muted);
      font-size: var(--step--1);
    }
    .prompt {
      margin: 1.25rem 0;
    }
    label {
      display: block;
      font-weight: 700;
      margin-bottom: 0.35rem;
    }
    textarea {
      display: block;
      width: 100%;
      font: inherit;
      padding: var(--space-2);
      border: 2px solid var(--border);
      border-radius: var(--radius);
      background: var(--bg);
      color: var(--fg);
      resize: vertical;
    }
    .count {
      margin: var(--space-1) 0 0;
      font-size: var(--step--1);
      color: var(--muted);
    }
    @media print {
      :host {
        display: none;
      }
    }
  `,
];
