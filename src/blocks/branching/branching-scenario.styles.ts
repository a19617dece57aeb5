/** How <branching-scenario> looks, kept beside the element so its file holds behaviour only (Shoelace style). */
import { css } from "lit";
import { baseStyles, buttonStyles, contentStyles, iconStyles } from "../../kit/styles.js";
import { blockStyles } from "../block-styles.js";

export const branchingScenarioStyles = [
  baseStyles,
  iconStyles,
  buttonStyles,
  contentStyles,
  blockStyles,
  css`
    :host {
      margin: var(--space-5) 0;
    }
    .branching {
      border: 1px solid var(--border);
      border-radius: var(--radius);
      padding: var(--space-4);
      max-width: var(--measure);
    }
    h2 {
      font-size: var(--step-2);
      margin: 0 0 var(--space-2);
    }
    .intro {
      color: var(--muted);
    }
    .path {
      list-style: none;
      padding: 0;
    }
    .path > li {
      border-left: 4px solid var(--accent);
      padding-left: var(--space-3);
      margin: var(--space-4) 0;
    }
    .scene-title {
      font-size: var(--step-0);
      color: var(--muted);
      margin: 0;
    }
    .next-scene {
      margin-top: var(--space-3);
    }
    .made {
      background: var(--surface);
      padding: var(--space-2) var(--space-3);
    }
    legend {
      font-weight: 700;
    }
    .review > ol > li + li {
      border-top: 1px solid var(--border);
    }
    .path > li.ending {
      border-left-width: 8px;
    }
    .ending-title {
      font-size: var(--step-1);
      margin: 0;
    }
    .tally {
      font-weight: 700;
    }
    .practice {
      background: var(--surface);
      padding: var(--space-2) var(--space-3);
      margin: var(--space-3) 0;
    }
    .practice h3 {
      font-size: var(--step-0);
      margin: 0;
    }
    .again {
      margin-top: var(--space-3);
    }
  `,
];
