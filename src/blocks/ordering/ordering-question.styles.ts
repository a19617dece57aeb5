/** How <ordering-question> looks: the question card's frame, steps as numbered rows with their moves. */
import { css } from "lit";
import {
  baseStyles,
  buttonStyles,
  contentStyles,
  iconStyles,
  visuallyHiddenStyles,
} from "../../kit/styles.js";
import { blockStyles } from "../block-styles.js";

export const orderingQuestionStyles = [
  baseStyles,
  visuallyHiddenStyles,
  iconStyles,
  buttonStyles,
  contentStyles,
  blockStyles,
  css`
    :host {
      display: block;
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
    .label {
      color: var(--accent);
      font-size: var(--step--1);
      text-transform: uppercase;
      letter-spacing: 0.06em;
    }
    .result .label {
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
    .steps {
      list-style: none;
      padding: 0;
      margin: var(--space-3) 0 0;
    }
    .step {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--space-2) var(--space-3);
      padding: var(--space-3) var(--space-4);
      border: 1px solid var(--border);
      border-radius: var(--radius);
      background: var(--paper);
    }
    .step + .step {
      margin-top: var(--space-2);
    }
    .step.is-right {
      border: 2px solid var(--ok);
      background: var(--ok-bg);
    }
    .step.is-wrong {
      border: 2px solid var(--bad);
      background: var(--bad-bg);
    }
    .place {
      flex: none;
      min-width: 2rem;
      font-weight: 700;
      font-size: var(--step-1);
      color: var(--accent);
      text-align: center;
    }
    .text {
      flex: 1 1 12rem;
    }
    .text p {
      margin: 0;
    }
    .moves {
      display: flex;
      gap: var(--space-2);
      margin-left: auto;
    }
    /* Two compact buttons: the arrow always, the word where there is room for it. */
    .moves button {
      padding: var(--space-1) var(--space-3);
    }
    .moves button[aria-disabled="true"] {
      opacity: 0.6;
      cursor: not-allowed;
    }
    .tag {
      display: inline-block;
      margin-left: var(--space-2);
      font-size: var(--step--1);
      font-weight: 700;
      padding: 0 var(--space-2);
      border: 1px solid currentColor;
      border-radius: 999px;
    }
    button[type="submit"] {
      margin-top: var(--space-4);
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
    .right-order ol {
      padding-left: 1.4rem;
    }
    @media (max-width: 30rem) {
      .card,
      .result {
        padding: var(--space-4) var(--space-3);
      }
      .step {
        padding: var(--space-2) var(--space-3);
      }
      .moves span {
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip: rect(0 0 0 0);
        white-space: nowrap;
      }
    }
    @media (forced-colors: active) {
      .step.is-right,
      .step.is-wrong {
        border-color: CanvasText;
      }
    }
    @media print {
      .card,
      .result {
        box-shadow: none;
      }
      .moves {
        display: none;
      }
    }
  `,
];
