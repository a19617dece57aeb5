/**
 * Styles several block elements share (choices in a fieldset, the verdict with its icon, labels,
 * disclosures), held once so each element adds only what is its own and the player stays small.
 */
import { css } from "lit";

export const blockStyles = css`
  .verdict {
    display: flex;
    align-items: center;
    gap: 0.4rem;
    font-weight: 700;
    font-size: var(--step-1);
    margin-top: 0;
  }
  .icon {
    width: 1.3rem;
    height: 1.3rem;
    stroke-width: 3;
  }
  .label {
    font-weight: 700;
    margin: var(--space-2) 0 var(--space-1);
  }
  fieldset {
    border: none;
    margin: 0;
    padding: 0;
  }
  legend {
    padding: 0;
    margin-bottom: var(--space-2);
  }
  .option {
    display: flex;
    align-items: flex-start;
    gap: 0.6rem;
    padding: 0.4rem 0;
  }
  .option input {
    width: 1.4rem;
    height: 1.4rem;
    margin: 0.15rem 0 0;
    flex: none;
  }
  .option label {
    flex: 1;
  }
  .choice {
    margin: var(--space-3) 0 var(--space-1);
  }
  .choice .label {
    margin: 0;
  }
  .message:empty {
    display: none;
  }
  .message {
    color: var(--bad);
    font-weight: 700;
  }
  summary {
    cursor: pointer;
    padding: 0.7rem 0;
    color: var(--accent);
    font-weight: 700;
  }
`;

/**
 * The frame of a question-like block (the question card, the ordering question): the card and
 * its result, the verdict's colour, the small-caps label, the stem and hint, tags, the scenario
 * panel, held once so each adds only what is its own.
 */
export const cardStyles = css`
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
  .scenario {
    background: var(--accent-soft);
    border-radius: var(--radius);
    padding: var(--space-3) var(--space-4);
    margin-bottom: var(--space-4);
  }
  .scenario .label {
    margin-top: 0;
  }
  @media print {
    .card,
    .result {
      box-shadow: none;
    }
  }
  @media (max-width: 30rem) {
    .card,
    .result {
      padding: var(--space-4) var(--space-3);
    }
  }
`;
