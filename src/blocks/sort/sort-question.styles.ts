/** How <sort-question> looks: the question card's frame, each card a row with its groups as large radio targets. */
import { css } from "lit";
import { baseStyles, buttonStyles, contentStyles, iconStyles } from "../../kit/styles.js";
import { blockStyles, cardStyles } from "../block-styles.js";

export const sortQuestionStyles = [
  baseStyles,
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
    .cards {
      list-style: none;
      padding: 0;
      margin: var(--space-3) 0 0;
    }
    .sort-card {
      padding: var(--space-3) var(--space-4);
      border: 1px solid var(--border);
      border-radius: var(--radius);
      background: var(--paper);
    }
    .sort-card + .sort-card {
      margin-top: var(--space-2);
    }
    .sort-card.is-right {
      border: 2px solid var(--ok);
      background: var(--ok-bg);
    }
    .sort-card.is-wrong {
      border: 2px solid var(--bad);
      background: var(--bad-bg);
    }
    .sort-card legend {
      font-weight: 700;
    }
    .groups {
      display: flex;
      flex-wrap: wrap;
      gap: var(--space-2);
    }
    /* Each group a target at least 44 px high, the whole label pressable. */
    .group {
      display: flex;
      align-items: center;
      gap: var(--space-2);
      flex: 1 1 12rem;
      min-height: 2.75rem;
      padding: var(--space-1) var(--space-3);
      border: 1px solid var(--border);
      border-radius: var(--radius);
      cursor: pointer;
    }
    .group input {
      width: 1.3rem;
      height: 1.3rem;
      margin: 0;
      flex: none;
    }
    .group:has(input:checked) {
      border: 2px solid var(--accent);
    }
    .group:has(input:focus-visible) {
      outline: 3px solid var(--focus);
      outline-offset: 2px;
    }
    .placed,
    .tag {
      margin: var(--space-1) 0 0;
    }
    .tag {
      font-weight: 700;
    }
    .why p {
      margin: var(--space-1) 0 0;
    }
    /* On paper every card and its groups show; there is nothing to press. */
    @media print {
      button[type="submit"] {
        display: none;
      }
    }
    @media (forced-colors: active) {
      .sort-card.is-right,
      .sort-card.is-wrong,
      .group:has(input:checked) {
        border-color: CanvasText;
      }
      .group:has(input:focus-visible) {
        outline-color: Highlight;
      }
    }
  `,
];
