/** How <glossary-term> and the definition it opens look, kept beside the element (Shoelace style). */
import { css } from "lit";
import { baseStyles } from "../../kit/styles.js";

export const glossaryTermStyles = [
  baseStyles,
  css`
    :host {
      display: inline;
    }
    button {
      /* A term reads as part of the sentence: text, with a dotted underline and a hint of colour. */
      display: inline;
      min-height: 0;
      min-width: 0;
      padding: 0.35em 0;
      margin: -0.35em 0;
      border: 0;
      background: none;
      color: var(--accent);
      font: inherit;
      text-decoration: underline dotted;
      text-underline-offset: 0.2em;
      border-radius: var(--radius);
      cursor: pointer;
    }
    button:hover {
      text-decoration: underline;
    }
  `,
];

export const glossaryDefinitionStyles = [
  baseStyles,
  css`
    :host {
      margin: 0.4rem 0;
      padding: var(--space-2) var(--space-3);
      border-left: 4px solid var(--accent);
      background: var(--surface);
      color: var(--fg);
      font-style: normal;
      font-weight: 400;
    }
  `,
];
