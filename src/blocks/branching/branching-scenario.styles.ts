/** How <branching-scenario> looks, kept beside the element so its file holds behaviour only (Shoelace style). */
import { css } from "lit";
import {
  baseStyles,
  buttonStyles,
  contentStyles,
  iconStyles,
  visuallyHiddenStyles,
} from "../../kit/styles.js";
import { blockStyles } from "../block-styles.js";

export const branchingScenarioStyles = [
  baseStyles,
  visuallyHiddenStyles,
  iconStyles,
  buttonStyles,
  contentStyles,
  blockStyles,
  css`
    :host {
      margin: var(--space-5) 0;
    }
    .branching {
      border: 1px solid var(--hairline);
      border-radius: var(--radius-lg);
      padding: var(--space-5);
      max-width: var(--measure);
      background: var(--paper);
      box-shadow: var(--shadow);
    }
    .branching > .label {
      color: var(--accent);
      font-size: var(--step--1);
      text-transform: uppercase;
      letter-spacing: 0.06em;
      margin-top: 0;
    }
    h2 {
      font-size: var(--step-2);
      margin: 0 0 var(--space-2);
    }
    .intro {
      color: var(--muted);
    }
    /* The scenes already walked: folded, one line until opened. */
    .story {
      border: 1px solid var(--border);
      border-radius: var(--radius);
      padding: 0 var(--space-3);
      margin: var(--space-4) 0;
    }
    .past {
      padding-left: 0;
      list-style: none;
    }
    .past > li + li {
      border-top: 1px solid var(--hairline);
      padding-top: var(--space-2);
    }
    .past-title {
      font-size: var(--step-0);
      color: var(--muted);
      margin: var(--space-2) 0;
    }
    /* The scene on show fills the player. */
    .stage {
      margin-top: var(--space-4);
    }
    .scene-title {
      font-size: var(--step-0);
      color: var(--muted);
      text-transform: uppercase;
      letter-spacing: 0.06em;
      margin: 0 0 var(--space-2);
    }
    .scene {
      font-size: var(--step-1);
      line-height: 1.5;
    }
    /* The role badge: words in a framed pill, so it reads without colour (and in forced colours). */
    .role {
      display: inline-flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0 var(--space-2);
      margin: 0 0 var(--space-3);
      padding: var(--space-1) var(--space-3);
      border: 2px solid var(--accent);
      border-radius: 999px;
      background: var(--accent-soft);
      color: var(--fg);
    }
    .role .icon {
      color: var(--accent);
    }
    .role-name {
      font-weight: 700;
    }
    .stem {
      font-size: var(--step-1);
      font-weight: 700;
      line-height: 1.4;
      width: 100%;
    }
    .stem p,
    .option-text p {
      margin: 0;
    }
    .asked {
      color: var(--muted);
      font-weight: 600;
    }
    /* Options as cards the width of the player; the whole card is the target. */
    .option {
      align-items: center;
      gap: var(--space-3);
      min-height: 3rem;
      padding: var(--space-3) var(--space-4);
      border: 1px solid var(--border);
      border-radius: var(--radius);
      background: var(--paper);
      cursor: pointer;
    }
    .option + .option {
      margin-top: var(--space-2);
    }
    .option input {
      accent-color: var(--accent);
      margin: 0;
    }
    .option:hover {
      border-color: var(--accent);
    }
    .option:has(input:checked) {
      border-color: var(--accent);
      box-shadow: inset 0 0 0 2px var(--accent);
      background: var(--accent-soft);
      font-weight: 600;
    }
    /* The radio keeps its own focus ring; the card around it shows where focus is too. */
    .option:has(input:focus-visible) {
      border-color: var(--focus);
    }
    fieldset:disabled .option {
      cursor: default;
    }
    button[type="submit"],
    .next-scene,
    .again {
      margin-top: var(--space-4);
    }
    /* The consequence of the choice, its own card. */
    .consequence {
      margin-top: var(--space-3);
      padding: var(--space-4);
      border: 1px solid var(--hairline);
      border-left: 6px solid var(--ok);
      border-radius: var(--radius);
      background: var(--ok-bg);
    }
    .consequence.other {
      border-left: 6px double var(--bad);
      background: var(--bad-bg);
    }
    .verdict {
      margin: 0;
    }
    .best .verdict,
    .best > .mark,
    .verdict-line.best {
      color: var(--ok);
    }
    .other .verdict,
    .other > .mark,
    .verdict-line.other {
      color: var(--bad);
    }
    .mark {
      width: 1.5rem;
      height: 1.5rem;
      stroke-width: 2.5;
    }
    .mark .disc {
      fill: currentColor;
      stroke: none;
    }
    .mark .on-disc {
      stroke: var(--paper);
    }
    .consequence .mark .on-disc {
      stroke: var(--ok-bg);
    }
    .consequence.other .mark .on-disc {
      stroke: var(--bad-bg);
    }
    .verdict-line {
      display: flex;
      align-items: center;
      gap: var(--space-2);
      font-weight: 700;
      margin: var(--space-1) 0 var(--space-3);
    }
    /* The ending: the case's final card. */
    .ending-card {
      border: 2px solid var(--accent);
      border-radius: var(--radius-lg);
      padding: var(--space-4) var(--space-5);
      background: var(--accent-soft);
    }
    .ending-card .end {
      margin-top: 0;
      color: var(--accent);
      font-size: var(--step--1);
      text-transform: uppercase;
      letter-spacing: 0.06em;
    }
    .ending-title {
      font-size: var(--step-2);
      margin: 0 0 var(--space-3);
    }
    .ending-card .scene {
      font-size: var(--step-0);
      color: var(--muted);
    }
    .tally {
      font-weight: 700;
      font-size: var(--step-1);
      margin-bottom: var(--space-2);
    }
    .marks {
      display: flex;
      flex-wrap: wrap;
      gap: var(--space-2);
      list-style: none;
      padding: 0;
      margin: 0;
    }
    .marks .mark {
      width: 2rem;
      height: 2rem;
    }
    .marks .on-disc {
      stroke: var(--accent-soft);
    }
    .review {
      margin-top: var(--space-4);
    }
    .review > ol {
      padding-left: 1.2rem;
    }
    .review > ol > li + li {
      border-top: 1px solid var(--hairline);
    }
    .practice {
      background: var(--surface);
      border-left: 4px solid var(--accent);
      padding: var(--space-2) var(--space-3);
      margin: var(--space-3) 0;
    }
    .practice h3 {
      font-size: var(--step-0);
      margin: 0;
    }
    /* A gentle entrance for each scene and consequence, only for those who have not asked for less. */
    @media (prefers-reduced-motion: no-preference) {
      .stage,
      .consequence {
        animation: scene-in 0.24s ease-out;
      }
      /* A slide, not a fade: text is at full contrast from the first frame. */
      @keyframes scene-in {
        from {
          transform: translateY(0.75rem);
        }
      }
    }
    /* Forced colours drop fills and shadows: the chosen card keeps a thick Highlight frame. */
    @media (forced-colors: active) {
      .option:has(input:checked) {
        border: 3px solid Highlight;
      }
      .mark .on-disc,
      .consequence .mark .on-disc,
      .marks .on-disc {
        stroke: Canvas;
      }
    }
    @media (max-width: 30rem) {
      .branching {
        padding: var(--space-4) var(--space-3);
      }
      .option {
        padding: var(--space-2) var(--space-3);
      }
      .ending-card {
        padding: var(--space-3);
      }
      /* Eight decisions' marks still fit one line at 320 px. */
      .marks {
        gap: var(--space-1);
      }
      .marks .mark {
        width: 1.75rem;
        height: 1.75rem;
      }
    }
  `,
];
