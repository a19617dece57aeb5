/** How <tab-set> looks, kept beside the element so its file holds behaviour only (Shoelace style). */
import { css } from "lit";
import { baseStyles, contentStyles } from "../../kit/styles.js";

export const tabSetStyles = [
  baseStyles,
  contentStyles,
  css`
    :host {
      margin: var(--space-5) 0;
      max-width: var(--measure);
    }
    h3 {
      font-size: var(--step-1);
      margin: 0 0 var(--space-2);
    }
    [role="tablist"] {
      display: flex;
      flex-wrap: wrap;
      gap: var(--space-1);
      border-bottom: 1px solid var(--border);
    }
    [role="tab"] {
      font: inherit;
      min-height: 44px;
      padding: var(--space-2) var(--space-3);
      /* 2 px: an edge a forced-colours theme still shows at any position on the pixel grid. */
      border: 2px solid var(--border);
      border-bottom: none;
      border-radius: var(--radius) var(--radius) 0 0;
      background: var(--surface);
      color: var(--fg);
      cursor: pointer;
      text-align: start;
    }
    [role="tab"]:hover {
      text-decoration: underline;
      text-underline-offset: 3px;
    }
    /* The shown tab is told apart by weight and a thick bar, not by colour alone. */
    [role="tab"][aria-selected="true"] {
      font-weight: 700;
      background: var(--paper);
      color: var(--accent);
      box-shadow: inset 0 -4px 0 var(--accent);
    }
    .panel {
      padding: var(--space-3) var(--space-4);
      border: 1px solid var(--border);
      border-top: none;
      border-radius: 0 0 var(--radius) var(--radius);
    }
    .panel > :nth-child(2) {
      margin-top: 0;
    }
    .panel > :last-child {
      margin-bottom: 0;
    }
    .print-label {
      display: none;
    }
    /* Stacked on a narrow screen: each tab a full-width row, the bar on its start side. */
    @media (max-width: 30rem) {
      [role="tablist"] {
        flex-direction: column;
        border-bottom: none;
      }
      [role="tab"] {
        width: 100%;
        border-bottom: 2px solid var(--border);
        border-radius: var(--radius);
      }
      [role="tab"][aria-selected="true"] {
        box-shadow: inset 4px 0 0 var(--accent);
      }
      .panel {
        margin-top: var(--space-2);
        border-top: 1px solid var(--border);
        border-radius: var(--radius);
      }
    }
    /* Box shadows are dropped in forced colours: the shown tab takes the system's highlight. */
    @media (forced-colors: active) {
      [role="tab"][aria-selected="true"] {
        forced-color-adjust: none;
        background: Highlight;
        color: HighlightText;
        border-color: Highlight;
      }
    }
    /* Printed, every panel shows under its label, and the tabs, which do nothing on paper, go. */
    @media print {
      [role="tablist"] {
        display: none;
      }
      .panel,
      .panel[hidden] {
        display: block !important;
        border: none;
        padding: 0;
      }
      .print-label {
        display: block;
        font-weight: 700;
        margin: var(--space-3) 0 var(--space-1);
      }
    }
  `,
];
