/** How <module-menu> looks, kept beside the element so its file holds behaviour only (Shoelace style). */
import { css } from "lit";
import { baseStyles } from "../kit/styles.js";

export const moduleMenuStyles = [
  baseStyles,
  // Not iconStyles: .icon below sets all of it for the menu's icons.
  css`
    /* Beside the page (wider than a phone), the menu stays in view as the page scrolls, with a
       scroll of its own when it is taller than the window; the padding keeps focus rings whole. */
    @media (min-width: 48.01rem) {
      nav {
        position: sticky;
        top: 0;
        max-height: 100vh;
        overflow-y: auto;
        padding: 0.4rem;
      }
    }
    ol {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    li + li {
      margin-top: var(--space-1);
    }
    a {
      display: flex;
      gap: var(--space-2);
      align-items: flex-start;
      padding: var(--space-2);
      border-radius: var(--radius);
      text-decoration: none;
      color: var(--fg);
      min-height: 44px;
    }
    a:hover .title {
      text-decoration: underline;
    }
    /* In forced colours, Highlight and HighlightText: no backplate behind its text (tokens.css). */
    a[aria-current="page"] {
      background: var(--selected, var(--accent));
      color: var(--accent-fg);
      font-weight: 700;
      forced-color-adjust: none;
    }
    .text {
      display: flex;
      flex-direction: column;
      min-width: 0;
    }
    .state {
      font-size: var(--step--1);
      font-weight: 400;
    }
    /* The rest of the icon's look is iconStyles'. */
    /* flex: none, or a long title that wraps squeezes its icon smaller than the others'. Unfilled
       with a stroke of the text's colour, or every state but "done" is the same black disc (SVG
       fills shapes black by default): the menu does not take iconStyles. */
    .icon {
      flex: none;
      width: 1.25rem;
      height: 1.25rem;
      margin-top: 0.15rem;
      fill: none;
      stroke: currentColor;
      stroke-width: 2;
    }
    .icon .fill {
      fill: currentColor;
      stroke: none;
    }
    .icon .tick {
      stroke: var(--bg);
      stroke-width: 2.5;
      stroke-linecap: round;
      stroke-linejoin: round;
    }
    a[aria-current="page"] .icon .tick {
      stroke: var(--selected, var(--accent));
    }
  `,
];
