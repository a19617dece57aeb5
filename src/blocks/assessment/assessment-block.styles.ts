/** How <assessment-block> looks: the question card's frame, one item at a time, then the feedback. */
import { css } from "lit";
import {
  baseStyles,
  buttonStyles,
  contentStyles,
  iconStyles,
  visuallyHiddenStyles,
} from "../../kit/styles.js";
import { blockStyles, cardStyles } from "../block-styles.js";

export const assessmentStyles = [
  baseStyles,
  visuallyHiddenStyles,
  iconStyles,
  buttonStyles,
  contentStyles,
  blockStyles,
  cardStyles,
  css`
    :host {
      display: block;
      margin: var(--space-6) 0;
    }
    h3 {
      font-size: var(--step-1);
      margin: 0 0 var(--space-2);
    }
    h3:focus {
      outline: none;
    }
    h3:focus-visible {
      outline: 3px solid var(--focus);
      outline-offset: 2px;
    }
    .meter {
      display: block;
      width: 100%;
      height: 0.5rem;
      margin-bottom: var(--space-4);
      accent-color: var(--accent);
    }
    .option {
      border: 1px solid var(--border);
      border-radius: var(--radius);
      padding: var(--space-3);
      margin-top: var(--space-2);
      background: var(--paper);
    }
    .option:has(input:checked) {
      border: 2px solid var(--accent);
    }
    .answers {
      list-style: none;
      padding: 0;
      margin: 0;
    }
    .answers > li + li {
      margin-top: var(--space-5);
    }
    .result {
      margin-top: 0;
    }
    .picked {
      margin: var(--space-3) 0 0;
      padding: var(--space-3);
      border-radius: var(--radius);
      border: 1px solid var(--border);
    }
    .picked .tag {
      margin-left: var(--space-2);
    }
    .lesson {
      margin-top: var(--space-3);
    }
    .again {
      margin-top: var(--space-5);
    }
    @media (forced-colors: active) {
      .option:has(input:checked) {
        border-color: Highlight;
      }
    }
  `,
];
