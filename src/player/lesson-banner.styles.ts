/** How <lesson-banner> looks, kept beside the element so its file holds behaviour only. */
import { css } from "lit";
import { courseIconStyles } from "../kit/course-icon.js";
import { baseStyles } from "../kit/styles.js";

export const lessonBannerStyles = [
  baseStyles,
  courseIconStyles,
  css`
    /* On the page's own paper, not a tint: the brand colour is checked against white. */
    .banner {
      display: flex;
      align-items: flex-start;
      gap: var(--space-3);
      max-width: var(--measure);
      margin: 0 0 var(--space-5);
      padding: var(--space-3) var(--space-4);
      background: var(--paper);
      border: 1px solid var(--hairline);
      border-inline-start: 0.375rem solid var(--accent);
      border-radius: var(--radius);
    }
    .course-icon {
      width: 2.25rem;
      height: 2.25rem;
      color: var(--accent);
    }
    p {
      margin: 0;
    }
    .label {
      display: block;
      color: var(--accent);
      font-size: var(--step--1);
      font-weight: 700;
      letter-spacing: 0.02em;
      text-transform: uppercase;
    }
    .why {
      font-size: var(--step-1);
      line-height: var(--leading-tight, 1.3);
    }
    @media (max-width: 30rem) {
      .course-icon {
        width: 1.75rem;
        height: 1.75rem;
      }
      .why {
        font-size: var(--step-0);
      }
    }
  `,
];
