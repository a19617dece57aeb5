/** How <results-panel> looks, kept beside the element so its file holds behaviour only (Shoelace style). */
import { css } from "lit";
import { baseStyles, buttonStyles } from "../../kit/styles.js";

export const resultsPanelStyles = [
  baseStyles,
  buttonStyles,
  css`
    .missed {
      margin: var(--space-1) 0 var(--space-2);
      padding-left: 1.25rem;
    }
    .topic {
      color: var(--muted);
    }
    :host {
      margin: var(--space-5) 0;
      max-width: var(--measure);
    }
    .results {
      border: 1px solid var(--border);
      border-left-width: 6px;
      border-radius: var(--radius);
      padding: var(--space-4) 1.25rem;
    }
    .outcome-passed {
      border-left-color: var(--ok);
    }
    .outcome-failed {
      border-left-color: var(--bad);
    }
    .verdict {
      font-size: var(--step-1);
      font-weight: 700;
      margin-top: 0;
    }
    h3 {
      font-size: var(--step-1);
      margin: var(--space-5) 0 var(--space-2);
    }
    table {
      border-collapse: collapse;
      width: 100%;
      margin-top: var(--space-4);
    }
    caption {
      text-align: left;
      font-weight: 700;
      padding-bottom: 0.4rem;
    }
    th,
    td {
      border-bottom: 1px solid var(--border);
      padding: 0.4rem var(--space-2) 0.4rem 0;
      text-align: left;
      vertical-align: top;
    }
    td {
      white-space: nowrap;
      text-align: right;
    }
    td.words {
      white-space: normal;
    }
    .pending {
      margin-top: 0;
      font-weight: 700;
    }
    @media (max-width: 30rem) {
      .results {
        padding: var(--space-3);
      }
    }
    thead th:last-child {
      text-align: right;
    }
    tbody th {
      font-weight: 400;
    }
    .confirm {
      display: flex;
      flex-wrap: wrap;
      gap: var(--space-2);
      align-items: center;
      border: 2px solid var(--border);
      border-radius: var(--radius);
      padding: var(--space-3);
    }
    .confirm-title {
      flex-basis: 100%;
      margin: 0;
      font-weight: 700;
    }
    .revisit li {
      margin: var(--space-1) 0;
    }
    @media print {
      :host {
        display: none;
      }
    }
  `,
];
