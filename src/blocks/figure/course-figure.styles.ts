/** How <course-figure> looks, kept beside the element so its file holds behaviour only (Shoelace style). */
import { css } from "lit";
import { baseStyles, contentStyles } from "../../kit/styles.js";
import { blockStyles } from "../block-styles.js";

export const courseFigureStyles = [
  baseStyles,
  contentStyles,
  blockStyles,
  css`
    :host {
      margin: 1.25rem 0;
    }
    figure {
      margin: 0;
      max-width: var(--measure);
    }
    img {
      display: block;
      max-width: 100%;
      height: auto;
    }
    figcaption {
      color: var(--muted);
      margin-top: 0.4rem;
    }
  `,
];
