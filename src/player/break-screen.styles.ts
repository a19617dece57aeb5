/** How <break-screen> looks, kept beside the element so its file holds behaviour only (Shoelace style). */
import { css } from "lit";
import { baseStyles, contentStyles, pageHeadingStyles } from "./shared-styles.js";

export const breakScreenStyles = [
  baseStyles,
  pageHeadingStyles,
  contentStyles,
  css`
    main {
      max-width: var(--measure);
      margin: 0 auto;
      padding: var(--space-6) 1.25rem;
    }
    .course {
      color: var(--muted);
      margin: 0;
    }
    h2 {
      font-size: var(--step-2);
      margin: var(--space-6) 0 var(--space-2);
    }
  `,
];
