/** How <save-status> looks, kept beside the element so its file holds behaviour only (Shoelace style). */
import { css } from "lit";
import { baseStyles, visuallyHiddenStyles } from "../kit/styles.js";

export const saveStatusStyles = [
  baseStyles,
  visuallyHiddenStyles,
  // Not iconStyles: .icon below sets all of it for the status icons.
  css`
    .state {
      display: flex;
      align-items: flex-start;
      gap: 0.35rem;
      margin: 0;
      font-size: var(--step--1);
    }
    /* The rest of the icon's look is iconStyles'. */
    .icon {
      width: 1.1rem;
      height: 1.1rem;
      margin-top: 0.15rem;
      stroke-width: 2.2;
    }
    .state-saved .icon {
      color: var(--ok);
    }
    .state-unsaved,
    .state-memory {
      color: var(--bad);
      font-weight: 700;
    }
    /* Phones and 400 % zoom: "saved" is its icon (the words stay for screen readers); any other state keeps its words. */
    @media (max-width: 48rem) {
      .state-saved span {
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip: rect(0 0 0 0);
        white-space: nowrap;
      }
      .state {
        align-items: center;
        min-height: 44px;
      }
      .icon {
        margin-top: 0;
        width: 1.4rem;
        height: 1.4rem;
      }
    }
  `,
];
