/** How <record-name-field> looks: a label, a hint and a full-width text field. */
import { css } from "lit";
import { baseStyles } from "../kit/styles.js";

export const recordNameFieldStyles = [
  baseStyles,
  css`
    :host {
      margin: var(--space-4) 0;
    }
    label {
      display: block;
      font-weight: 700;
    }
    .hint {
      margin: var(--space-1) 0 var(--space-2);
      color: var(--muted);
      font-size: var(--step--1);
    }
    input {
      font: inherit;
      width: 100%;
      max-width: 24rem;
      min-height: 44px;
      padding: var(--space-2) var(--space-3);
      border: 1px solid var(--border);
      border-radius: var(--radius);
      background: var(--paper);
      color: var(--fg);
    }
    @media print {
      :host {
        display: none;
      }
    }
  `,
];
