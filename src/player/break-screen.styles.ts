/** How <break-screen> looks, kept beside the element so its file holds behaviour only (Shoelace style). */
import { css } from "lit";
import { baseStyles, buttonStyles, contentStyles, pageHeadingStyles } from "../kit/styles.js";

export const breakScreenStyles = [
  baseStyles,
  buttonStyles,
  pageHeadingStyles,
  contentStyles,
  css`
    /* A calm card in the middle of the page: nothing else competes with the way back. */
    main {
      max-width: var(--measure);
      margin: var(--space-7) auto;
      padding: var(--space-6);
      background: var(--paper);
      border: 1px solid var(--hairline);
      border-radius: var(--radius-lg);
      box-shadow: var(--shadow);
    }
    @media (max-width: 48rem) {
      main {
        margin: 0;
        padding: var(--space-5) var(--space-4);
        border: none;
        border-radius: 0;
        box-shadow: none;
      }
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
