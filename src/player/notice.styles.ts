/**
 * The notice card above the page (and in it): shared by <course-player> (leaving a page with
 * questions open, a module that could not be fetched) and <player-notices> (no LMS, review or
 * browse mode, the LMS's pass mark, welcome back), which the player fetches only when one shows.
 */
import { css } from "lit";

export const noticeStyles = css`
  .notice {
    max-width: var(--measure);
    margin: var(--space-5) auto 0;
    width: calc(100% - 2 * var(--space-5));
    padding: var(--space-4) var(--space-5);
    border: 1px solid var(--hairline);
    border-left: 6px solid var(--accent);
    border-radius: var(--radius);
    background: var(--paper);
    box-shadow: var(--shadow);
  }
  .notice-title {
    font-size: var(--step-1);
    font-weight: 700;
    margin: 0;
  }
  .notice p {
    margin: var(--space-1) 0 var(--space-2);
  }
  @media (max-width: 48rem) {
    .notice {
      width: calc(100% - 2 * var(--space-3));
      margin-top: var(--space-3);
      padding: var(--space-3) var(--space-4);
    }
  }
  @media print {
    .notice {
      display: none;
    }
  }
`;
