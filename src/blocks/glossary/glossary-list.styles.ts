/** How <glossary-list> looks, kept beside the element so its file holds behaviour only (Shoelace style). */
import { css } from "lit";
import { baseStyles } from "../../kit/styles.js";

export const glossaryListStyles = [
  baseStyles,
  css`
    section {
      max-width: var(--measure);
    }
    dt {
      font-weight: 700;
      margin-top: 0.9rem;
    }
    dd {
      margin: 0.2rem 0 0 var(--space-4);
    }
  `,
];
