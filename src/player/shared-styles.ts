/** Styles shared by the player's elements: buttons, focus, rendered course content. */
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
  button,
  .button {
    font: inherit;
    min-height: 44px;
    min-width: 44px;
    padding: 0.5rem 1rem;
    border-radius: var(--radius);
    border: 2px solid var(--accent);
    background: var(--accent);
    color: var(--accent-fg);
    cursor: pointer;
    text-decoration: none;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.4rem;
  }
  button.secondary,
  .button.secondary {
    background: transparent;
    color: var(--accent);
  }
  button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  a {
    color: var(--accent);
  }
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

/** Typography for sanitized course HTML. */
export const contentStyles = css`
  .content h2 {
    font-size: 1.3rem;
    margin: 1.8rem 0 0.6rem;
    line-height: 1.3;
  }
  .content h3 {
    font-size: 1.1rem;
    margin: 1.4rem 0 0.5rem;
  }
  .content p,
  .content li {
    max-width: var(--measure);
  }
  .content blockquote {
    margin: 1rem 0;
    padding: 0.5rem 1rem;
    border-left: 4px solid var(--accent);
    background: var(--surface);
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
    padding: 0.4rem 0.6rem;
    text-align: left;
    vertical-align: top;
  }
`;

/** The page heading (h1): it takes focus on each page change, visibly only from the keyboard. */
export const pageHeadingStyles = css`
  h1 {
    font-size: 1.75rem;
    line-height: 1.25;
    margin: 0.25rem 0 1rem;
  }
  h1:focus {
    outline: none;
  }
  h1:focus-visible {
    outline: 3px solid var(--focus);
  }
`;
