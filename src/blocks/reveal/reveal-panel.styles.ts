/** How <reveal-panel> looks, kept beside the element so its file holds behaviour only (Shoelace style). */
import { css } from "lit";
import { baseStyles, contentStyles } from "../../kit/styles.js";
import { blockStyles } from "../block-styles.js";

export const revealPanelStyles = [
  baseStyles,
  contentStyles,
  blockStyles,
  css`
    :host {
      margin: var(--space-4) 0;
    }
    details {
      max-width: var(--measure);
      border: 1px solid var(--border);
      border-radius: var(--radius);
      padding: 0 var(--space-4);
    }
    details[open] summary {
      border-bottom: 1px solid var(--border);
    }
    @media print {
      summary {
        color: inherit;
      }
    }
  `,
];
