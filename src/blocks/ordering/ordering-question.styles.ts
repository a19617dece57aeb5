/** How <ordering-question> looks: the question card's frame, steps as numbered rows with their moves. */
import { css } from "lit";
import {
  baseStyles,
  buttonStyles,
  contentStyles,
  iconStyles,
  visuallyHiddenStyles,
} from "../../kit/styles.js";
import { blockStyles, cardStyles } from "../block-styles.js";

export const orderingQuestionStyles = [
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
    }
    .right-order ol {
      padding-left: 1.4rem;
    }
    @media (max-width: 30rem) {
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
      .moves {
        display: none;
      }
    }
  `,
];
