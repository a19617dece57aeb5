/** How <question-card> looks, kept beside the element so its file holds behaviour only (Shoelace style). */
import { css } from "lit";
import {
  baseStyles,
  buttonStyles,
  contentStyles,
  iconStyles,
  visuallyHiddenStyles,
} from "../../kit/styles.js";
import { blockStyles, cardStyles } from "../block-styles.js";

export const questionCardStyles = [
  baseStyles,
  visuallyHiddenStyles,
  iconStyles,
  buttonStyles,
  contentStyles,
  blockStyles,
  cardStyles,
  css`
    :host {
      margin: var(--space-6) 0;
    }
    legend {
      width: 100%;
    }
    legend > span {
      display: block;
    }
    /* Options are rows the width of the card; the whole row is the target. */
    .option {
      position: relative;
      align-items: center;
      padding: var(--space-3) var(--space-4);
      border: 1px solid var(--border);
      border-radius: var(--radius);
      background: var(--paper);
    }
    .option + .option {
      margin-top: var(--space-2);
    }
    .option label {
      cursor: pointer;
    }
    .option label p {
      margin: 0;
    }
    .option:not(.chosen):has(input:checked) {
      border-color: var(--accent);
      box-shadow: inset 0 0 0 1px var(--accent);
    }
    .option input {
      accent-color: var(--accent);
      margin: 0;
    }
    /* Answered: full contrast, the learner's choice and the right option said in words. */
    fieldset:disabled .option label {
      cursor: default;
    }
    .option.is-right {
      border: 2px solid var(--ok);
      background: var(--ok-bg);
      box-shadow: none;
    }
    .option.is-wrong {
      border: 2px solid var(--bad);
      background: var(--bad-bg);
      box-shadow: none;
    }
    .mark {
      width: 1.5rem;
      height: 1.5rem;
      stroke-width: 2;
    }
    .mark .disc {
      fill: currentColor;
      stroke: none;
    }
    .mark .on-disc {
      stroke: var(--paper);
      stroke-width: 2.5;
    }
    .mark .dot {
      fill: currentColor;
      stroke: none;
    }
    .is-right .mark {
      color: var(--ok);
    }
    .is-wrong .mark {
      color: var(--bad);
    }
    .tags {
      display: flex;
      flex-wrap: wrap;
      gap: var(--space-1) var(--space-2);
      margin-top: var(--space-1);
    }
    @media (max-width: 30rem) {
      .option {
        padding: var(--space-2) var(--space-3);
      }
    }
    .every-option ul {
      padding-left: 1.2rem;
    }
    .feedback + .feedback {
      border-top: 1px solid var(--hairline);
      margin-top: var(--space-3);
    }
  `,
];
