/** How <module-page> looks, kept beside the element so its file holds behaviour only (Shoelace style). */
import { css } from "lit";
import { baseStyles, buttonStyles, contentStyles, pageHeadingStyles } from "../kit/styles.js";

export const modulePageStyles = [
  baseStyles,
  buttonStyles,
  pageHeadingStyles,
  contentStyles,
  css`
    /* From page 2 on, the page's own title leads; it takes focus on a page change. */
    .page-title {
      font-size: var(--step-3);
      line-height: var(--leading-tight);
      margin: 0 0 var(--space-4);
      max-width: var(--measure);
    }
    .page-title:focus {
      outline: none;
    }
    .page-title:focus-visible {
      outline: 3px solid var(--focus);
    }
    /* A page's opening paragraph leads the eye, a step larger than the text after it. */
    h1 + .page > .section:first-child > .content:first-child > p:first-child {
      font-size: var(--step-1);
    }
    /* A section the learner opened (Continue) sits under a quiet rule where its button was. */
    .section + .section::before {
      content: "";
      display: block;
      max-width: var(--measure);
      border-top: 1px solid var(--border);
      margin: var(--space-6) 0 var(--space-2);
    }
    /* Opened, it scrolls to the top of the screen with its rule in sight. */
    .section {
      scroll-margin-top: var(--space-3);
    }
    /* It takes focus when it opens and has no heading of its own to take it. */
    .section:focus {
      outline: none;
    }
    .section:focus-visible {
      outline: 3px solid var(--focus);
      outline-offset: 4px;
    }
    .warning {
      background: var(--warn-bg);
      color: var(--warn-fg);
      border-radius: var(--radius);
      padding: var(--space-4) 1.25rem;
      max-width: var(--measure);
    }
    .warning h2 {
      margin-top: 0;
    }
    .record-actions {
      border: 1px solid var(--border);
      border-radius: var(--radius);
      background: var(--surface);
      padding: var(--space-4) 1.25rem;
      margin: var(--space-5) 0;
      max-width: var(--measure);
    }
    .record-actions h2 {
      font-size: var(--step-1);
      margin: 0 0 var(--space-2);
    }
    @media (max-width: 30rem) {
      h1 {
        font-size: var(--step-2);
      }
    }
    @media print {
      .record-actions,
      .warning button {
        display: none;
      }
    }
  `,
];
