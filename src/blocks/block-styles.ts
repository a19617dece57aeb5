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
