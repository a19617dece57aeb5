/** How <step-through> looks, kept beside the element so its file holds behaviour only (Shoelace style). */
import { css } from "lit";
import { baseStyles, buttonStyles, contentStyles } from "../../kit/styles.js";

export const stepThroughStyles = [
  baseStyles,
  buttonStyles,
  contentStyles,
  css`
    :host {
      margin: var(--space-5) 0;
      max-width: var(--measure);
    }
    section > h3 {
      font-size: var(--step-1);
      line-height: var(--leading-tight);
      margin: 0 0 var(--space-3);
    }
    ol {
      list-style: none;
      margin: var(--space-3) 0 0;
      padding: 0;
    }
    li {
      border: 1px solid var(--border);
      border-left: 6px solid var(--accent);
      border-radius: var(--radius);
      padding: var(--space-3) var(--space-4) var(--space-1);
      margin: 0 0 var(--space-3);
    }
    li h3,
    li h4 {
      font-size: var(--step-1);
      line-height: var(--leading-tight);
      margin: 0 0 var(--space-2);
    }
    li h3:focus,
    li h4:focus {
      outline: none;
    }
    li h3:focus-visible,
    li h4:focus-visible {
      outline: 3px solid var(--focus);
      outline-offset: 2px;
    }
    .position {
      display: block;
      font-size: var(--step--1);
      font-weight: 700;
      color: var(--accent);
    }
    .moves {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      gap: var(--space-3);
    }
    @media screen {
      .one .away {
        display: none;
      }
    }
    @media (prefers-reduced-motion: no-preference) {
      .one .shown {
        animation: step-in 0.2s ease-out;
      }
      @keyframes step-in {
        from {
          opacity: 0;
          transform: translateY(0.5rem);
        }
      }
    }
    @media print {
      .toggle,
      .moves {
        display: none;
      }
      li {
        break-inside: avoid;
      }
    }
  `,
];
