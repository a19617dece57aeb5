/** How <question-card> looks, kept beside the element so its file holds behaviour only (Shoelace style). */
import { css } from "lit";
import {
  baseStyles,
  buttonStyles,
  contentStyles,
  iconStyles,
  visuallyHiddenStyles,
} from "../../kit/styles.js";
import { blockStyles } from "../block-styles.js";

export const questionCardStyles = [
  baseStyles,
  visuallyHiddenStyles,
  iconStyles,
  buttonStyles,
  contentStyles,
  blockStyles,
  css`
    :host {
      margin: var(--space-6) 0;
    }
    .card,
    .result {
      border: 1px solid var(--hairline);
      border-radius: var(--radius-lg);
      padding: var(--space-5);
      max-width: var(--measure);
      background: var(--paper);
      box-shadow: var(--shadow);
    }
    .result {
      margin-top: var(--space-3);
      border-left: 6px solid var(--ok);
    }
    .result.wrong {
      border-left-color: var(--bad);
    }
    .right .verdict {
      color: var(--ok);
    }
    .wrong .verdict {
      color: var(--bad);
    }
    legend {
      width: 100%;
    }
    legend > span {
      display: block;
    }
    .label {
      color: var(--accent);
      font-size: var(--step--1);
      text-transform: uppercase;
      letter-spacing: 0.06em;
    }
    .result .label,
    .feedback .label {
      color: inherit;
      text-transform: none;
      letter-spacing: 0;
      font-size: inherit;
    }
    .stem {
      font-size: var(--step-1);
      font-weight: 600;
      line-height: 1.4;
      margin: var(--space-2) 0;
    }
    .stem p {
      margin: 0;
    }
    .hint {
      color: var(--muted);
      font-size: var(--step--1);
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
    .tag {
      font-size: var(--step--1);
      font-weight: 700;
      padding: 0 var(--space-2);
      border: 1px solid currentColor;
      border-radius: 999px;
    }
    button[type="submit"] {
      margin-top: var(--space-4);
    }
    @media (max-width: 30rem) {
      .card,
      .result {
        padding: var(--space-4) var(--space-3);
      }
      .option {
        padding: var(--space-2) var(--space-3);
      }
    }
    .scenario {
      background: var(--accent-soft);
      border-radius: var(--radius);
      padding: var(--space-3) var(--space-4);
      margin-bottom: var(--space-4);
    }
    .scenario .label {
      margin-top: 0;
    }
    .every-option ul {
      padding-left: 1.2rem;
    }
    .feedback + .feedback {
      border-top: 1px solid var(--hairline);
      margin-top: var(--space-3);
    }
    @media print {
      .card,
      .result {
        box-shadow: none;
      }
    }
  `,
];
