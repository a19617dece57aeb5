/** Styles shared by the player's and the blocks' elements: focus, links, buttons, rendered course content, built on the design tokens (src/player/tokens.css). */
import { css } from "lit";

export const baseStyles = css`
  /* page.css does not reach into shadow roots. */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :host {
    display: block;
  }
  [hidden] {
    display: none !important;
  }
  :focus-visible {
    outline: 3px solid var(--focus);
    outline-offset: 2px;
  }
  a {
    color: var(--accent);
    text-underline-offset: 2px;
  }
`;

/** Inline SVG icons (they draw with the text's colour): only in the elements that show icons. */
export const iconStyles = css`
  .icon {
    flex: none;
    width: 1.25em;
    height: 1.25em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2.5;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
`;

/** Text for screen readers only: only in the elements that use it. */
export const visuallyHiddenStyles = css`
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
`;

/**
 * One button look everywhere: primary filled, secondary outlined, the same size and shape. Only
 * in the elements that have buttons: each element's styles are repeated in every copy of it that
 * the build prerenders, so they carry only what they use.
 */
export const buttonStyles = css`
  button,
  .button {
    font: inherit;
    font-weight: 600;
    line-height: var(--leading-tight);
    min-height: 44px;
    min-width: 44px;
    padding: var(--space-2) var(--space-5);
    border-radius: var(--radius);
    /* A border of its own only in forced colours, where the fill is the page's colour. */
    border: 2px solid var(--button-border, var(--button-bg));
    background: var(--button-bg);
    color: var(--button-fg);
    cursor: pointer;
    text-decoration: none;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--space-2);
    text-align: center;
  }
  button:hover,
  .button:hover {
    text-decoration: underline;
    text-underline-offset: 3px;
  }
  button.secondary,
  .button.secondary {
    background: var(--paper);
    color: var(--accent);
    border-color: currentColor;
  }
  button.quiet {
    background: transparent;
    border-color: transparent;
    color: var(--accent);
  }
  button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
`;

/** Typography for sanitized course HTML. */
export const contentStyles = css`
  .content h2 {
    font-size: var(--step-2);
    margin: var(--space-6) 0 var(--space-3);
    line-height: var(--leading-tight);
    max-width: var(--measure);
  }
  .content h3 {
    font-size: var(--step-1);
    margin: var(--space-5) 0 var(--space-2);
    line-height: var(--leading-tight);
  }
  .content p,
  .content li {
    max-width: var(--measure);
  }
  .content p {
    margin: 0 0 var(--space-4);
  }
  .content blockquote {
    margin: var(--space-5) 0;
    padding: var(--space-3) var(--space-5);
    border-left: 4px solid var(--accent);
    background: var(--accent-soft);
    border-radius: 0 var(--radius) var(--radius) 0;
  }
  .content img {
    max-width: 100%;
    height: auto;
  }
  .content table {
    border-collapse: collapse;
    display: block;
    overflow-x: auto;
    max-width: 100%;
  }
  .content th,
  .content td {
    border: 1px solid var(--border);
    padding: var(--space-2) var(--space-3);
    text-align: left;
    vertical-align: top;
  }
`;

/** The page heading (h1): it takes focus on each page change, visibly only from the keyboard. */
export const pageHeadingStyles = css`
  h1 {
    font-size: var(--step-4);
    line-height: var(--leading-tight);
    letter-spacing: -0.01em;
    margin: var(--space-1) 0 var(--space-5);
    max-width: var(--measure);
  }
  h1:focus {
    outline: none;
  }
  h1:focus-visible {
    outline: 3px solid var(--focus);
  }
  @media (max-width: 30rem) {
    h1 {
      font-size: var(--step-3);
    }
  }
`;
