/** How <continue-button> looks, kept beside the element so its file holds behaviour only (Shoelace style). */
import { css } from "lit";
import { baseStyles, buttonStyles } from "../../kit/styles.js";

export const continueButtonStyles = [
  baseStyles,
  buttonStyles,
  css`
    :host {
      margin: var(--space-6) 0;
      max-width: var(--measure);
    }
    /* The divider: a rule either side of the button, which wraps under its words on a phone. */
    .divider {
      display: flex;
      align-items: center;
      gap: var(--space-3);
    }
    .divider::before,
    .divider::after {
      content: "";
      flex: 1 1 var(--space-5);
      border-top: 1px solid var(--border);
    }
    button {
      flex: 0 1 auto;
      max-width: 100%;
      overflow-wrap: anywhere;
    }
    @media print {
      :host {
        display: none;
      }
    }
  `,
];
