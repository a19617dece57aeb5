/** How <cover-tiles> looks: compact tiles, two columns where they fit, one on a phone. */
import { css } from "lit";
import { courseIconStyles } from "../../kit/course-icon.js";
import { baseStyles, buttonStyles } from "../../kit/styles.js";

export const coverTilesStyles = [
  baseStyles,
  buttonStyles,
  courseIconStyles,
  css`
    .cover {
      max-width: var(--measure);
      margin: var(--space-5) 0;
    }
    h2 {
      font-size: var(--step-2);
      line-height: var(--leading-tight);
      margin: 0 0 var(--space-3);
    }
    .continue {
      margin: 0 0 var(--space-4);
      max-width: 100%;
    }
    ul {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      /* One column on a phone (and at 400 % zoom), two where a tile keeps 16rem. */
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 16rem), 1fr));
      gap: var(--space-2);
    }
    li {
      display: flex;
    }
    .tile {
      flex: 1;
      display: flex;
      align-items: center;
      gap: var(--space-3);
      min-height: 44px;
      padding: var(--space-2) var(--space-3);
      background: var(--paper);
      color: var(--fg);
      border: 1px solid var(--hairline);
      border-radius: var(--radius);
      text-decoration: none;
    }
    .tile:hover {
      border-color: var(--accent);
    }
    .tile:hover .title {
      text-decoration: underline;
    }
    /* The icon in the brand colour: checked against white, which the tile is. */
    .mark {
      display: flex;
      color: var(--accent);
    }
    .text {
      display: flex;
      flex-direction: column;
      min-width: 0;
    }
    .title {
      font-weight: 600;
      line-height: var(--leading-tight);
      overflow-wrap: anywhere;
    }
    .meta {
      font-size: var(--step--1);
      color: var(--muted);
    }
    /* The state moves to a line of its own whole, never split ("In progress, 4 of 5 pages"). */
    .state {
      white-space: nowrap;
    }
    .state-done .state {
      color: var(--ok);
      font-weight: 600;
    }
    .state-in-progress .state {
      font-weight: 600;
    }
  `,
];
