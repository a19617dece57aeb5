/**
 * The team session's styles: a shared screen read from the back of a room, so large type
 * (about 26 px at 1024 px wide, more on a wider screen), short lines, strong contrast from the
 * design tokens (light, dark and forced colours follow the page's), and nothing that moves.
 */
import { css } from "lit";

const base = css`
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :host {
    display: block;
    font-size: clamp(1.375rem, 1rem + 1.2vw, 2rem);
    line-height: 1.45;
    color: var(--fg);
  }
  :host([hidden]) {
    display: none;
  }
  button,
  .leave {
    font: inherit;
    font-size: 0.9em;
    min-height: 2.75rem;
    padding: 0.3em 0.8em;
    border-radius: var(--radius, 6px);
    border: 2px solid var(--button-border, var(--fg));
    background: var(--button-bg, var(--paper));
    color: var(--button-fg, var(--fg));
    cursor: pointer;
  }
  button.primary {
    background: var(--accent);
    color: var(--accent-fg);
    border-color: var(--accent);
    font-weight: 700;
  }
  button:disabled {
    opacity: 0.45;
    cursor: default;
  }
  button.small {
    font-size: 0.7em;
  }
  :focus-visible,
  [tabindex="-1"]:focus {
    outline: 4px solid var(--focus, #1d4e89);
    outline-offset: 3px;
  }
  [tabindex="-1"]:focus:not(:focus-visible) {
    outline: none;
  }
  /* A heading that takes the focus is scrolled into view below the sticky bar, not under it. */
  [tabindex="-1"] {
    scroll-margin-top: 8rem;
  }
  a {
    color: var(--accent);
  }
`;

export const teamScreenStyles = [
  base,
  css`
    .bar {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.4em 1.2em;
      padding: 0.5em 1em;
      font-size: 0.75em;
      background: var(--surface, var(--paper));
      border-bottom: 2px solid var(--hairline);
    }
    /* The step and its timer stay in sight while the team reads down a long step; on a small
       or zoomed screen the bar scrolls away instead of taking the screen. */
    @media (min-width: 40rem) and (min-height: 30rem) {
      .bar {
        position: sticky;
        top: 0;
        z-index: 1;
      }
    }
    .bar p {
      margin: 0;
    }
    .course {
      flex: 1 1 14em;
      font-weight: 700;
    }
    .position {
      font-weight: 700;
    }
    .timer {
      display: flex;
      align-items: center;
      gap: 0.5em;
      font-variant-numeric: tabular-nums;
    }
    .timer [role="timer"] {
      font-size: 1.25em;
      font-weight: 700;
    }
    .leave {
      display: inline-flex;
      align-items: center;
      text-decoration: underline;
    }
    main {
      max-width: 44em;
      margin: 0 auto;
      padding: 0.75em 1em 2em;
    }
    h1 {
      font-size: 1.6em;
      line-height: 1.2;
      margin: 0.4em 0 0.5em;
    }
    h2 {
      font-size: 1.15em;
      margin: 1.1em 0 0.3em;
    }
    .plan,
    .muted,
    .keys {
      color: var(--muted);
      font-size: 0.8em;
    }
    .notice,
    .scene,
    .found,
    .good {
      border-left: 6px solid var(--accent);
      padding: 0.1em 0 0.1em 0.8em;
    }
    .good {
      border-left-color: var(--ok);
    }
    .question {
      font-weight: 700;
      font-size: 1.1em;
    }
    .options {
      list-style: none;
      padding: 0;
    }
    .options li {
      display: flex;
      gap: 0.6em;
      align-items: baseline;
      padding: 0.35em 0.5em;
      border: 2px solid var(--hairline);
      border-radius: var(--radius, 6px);
      margin-bottom: 0.4em;
    }
    .options li.best {
      border-color: var(--ok);
      background: var(--ok-bg);
    }
    .id {
      font-weight: 700;
      min-width: 1.5em;
    }
    .tag {
      margin-left: auto;
      white-space: nowrap;
    }
    .content :first-child {
      margin-top: 0;
    }
    .plans {
      list-style: none;
      padding: 0;
    }
    .plans li {
      margin-bottom: 1em;
    }
    .plans span {
      display: block;
      font-size: 0.8em;
      color: var(--muted);
    }
    .steps {
      display: flex;
      justify-content: space-between;
      gap: 1em;
      margin-top: 1.5em;
      padding-top: 0.75em;
      border-top: 2px solid var(--hairline);
    }
    .activity {
      font-size: 1.2em;
    }
  `,
];

export const teamSheetStyles = [
  base,
  css`
    label,
    legend {
      display: block;
      font-weight: 700;
      margin: 0.9em 0 0.2em;
    }
    select,
    input[type="number"],
    textarea {
      font: inherit;
      font-size: 0.9em;
      width: 100%;
      max-width: 100%;
      padding: 0.25em 0.4em;
      border: 2px solid var(--border, var(--fg));
      border-radius: var(--radius, 6px);
      background: var(--paper);
      color: var(--fg);
    }
    input[type="number"] {
      width: 6em;
    }
    fieldset {
      border: 2px solid var(--hairline);
      border-radius: var(--radius, 6px);
      margin: 1em 0 0;
      padding: 0 0.75em 0.75em;
    }
    label.check {
      font-weight: 400;
      display: flex;
      gap: 0.5em;
      align-items: baseline;
      margin: 0.3em 0;
    }
    label.check input {
      font: inherit;
      width: 1em;
      height: 1em;
      flex: none;
    }
    .hint,
    .note {
      font-size: 0.85em;
    }
    .error {
      color: var(--bad);
      font-weight: 700;
    }
  `,
];
