/** How <course-player> looks: the header bar, the menu beside a centred reading column, notices, pager and footer. */
import { css } from "lit";
import { baseStyles, buttonStyles, contentStyles, iconStyles } from "../kit/styles.js";
import { noticeStyles } from "./notice.styles.js";

export const coursePlayerStyles = [
  baseStyles,
  iconStyles,
  buttonStyles,
  contentStyles,
  noticeStyles,
  css`
    :host {
      min-height: 100vh;
      display: flex;
      flex-direction: column;
      background: var(--bg);
    }
    .skip {
      position: absolute;
      left: var(--space-2);
      top: -4rem;
      background: var(--paper);
      padding: var(--space-2) var(--space-4);
      z-index: 10;
    }
    .skip:focus {
      top: var(--space-2);
    }
    /* The prerendered page may paint while its header is half-parsed: its parts wait, unseen, for
       the last one, so the title does not jump when the buttons arrive beside it. */
    header:not(:has(> .end)) > * {
      visibility: hidden;
    }
    header > .end {
      display: none;
    }
    header {
      position: relative;
      display: flex;
      align-items: center;
      gap: var(--space-2) var(--space-5);
      padding: var(--space-3) var(--space-5);
      background: var(--paper);
      border-bottom: 1px solid var(--hairline);
      box-shadow: var(--shadow);
    }
    header p {
      margin: 0;
    }
    .logo {
      flex: none;
      display: block;
      height: 2.5rem;
      width: auto;
      max-width: 10rem;
      object-fit: contain;
    }
    .titles {
      flex: 1 1 auto;
      min-width: 0;
      display: flex;
      align-items: baseline;
      flex-wrap: wrap;
      gap: 0 var(--space-3);
    }
    .course-title {
      font-weight: 700;
      font-size: var(--step-0);
      line-height: var(--leading-tight);
    }
    .version,
    .position {
      color: var(--muted);
      font-size: var(--step--1);
    }
    .status {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--space-1) var(--space-4);
      flex: 0 1 auto;
      min-width: 0;
    }
    .progress {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--space-1) var(--space-2);
      font-size: var(--step--1);
    }
    .progress label {
      color: var(--muted);
    }
    progress {
      width: 7rem;
      max-width: 100%;
      height: 0.5rem;
      accent-color: var(--accent);
    }
    .actions {
      display: flex;
      flex: none;
      gap: var(--space-2);
    }
    .actions button {
      padding-inline: var(--space-3);
    }
    .leaving .buttons {
      display: flex;
      flex-wrap: wrap;
      gap: var(--space-2);
    }
    /* The leaving notice too (it is a notice). */
    main > .notice {
      width: auto;
      margin-top: var(--space-5);
    }
    /* Fixed, so it moves nothing when it comes and goes; nothing shows while it is empty. */
    .fetching {
      position: fixed;
      right: var(--space-3);
      bottom: var(--space-3);
      margin: 0;
      padding: var(--space-2) var(--space-3);
      border: 1px solid var(--border);
      border-radius: var(--radius);
      background: var(--surface);
    }
    .fetching:empty {
      padding: 0;
      border: 0;
    }
    .layout {
      display: flex;
      flex: 1;
    }
    module-menu {
      flex: 0 0 17rem;
      background: var(--paper);
      border-right: 1px solid var(--hairline);
      padding: var(--space-5) var(--space-3);
    }
    .menu-toggle {
      display: none;
    }
    /* The reading column: centred in the space beside the menu, headings held to its width. */
    main {
      flex: 1;
      min-width: 0;
      padding: var(--space-6) var(--space-5) var(--space-7);
    }
    main > * {
      max-width: var(--measure);
      margin-inline: auto;
    }
    main > .position {
      margin: 0 auto var(--space-2);
      text-transform: uppercase;
      letter-spacing: 0.06em;
      font-weight: 600;
    }
    .pager {
      display: grid;
      grid-template-columns: 1fr 1fr;
      gap: var(--space-3);
      margin-top: var(--space-7);
      padding-top: var(--space-5);
      border-top: 1px solid var(--hairline);
    }
    /* Previous left, Next right, on one line at the same height. */
    .pager button {
      width: 100%;
      min-height: 3.25rem;
    }
    .pager .prev {
      grid-column: 1;
      justify-content: flex-start;
      text-align: left;
    }
    .pager .next {
      grid-column: 2;
      justify-content: flex-end;
      text-align: right;
    }
    footer {
      border-top: 1px solid var(--hairline);
      padding: var(--space-4) var(--space-5);
      font-size: var(--step--1);
      color: var(--muted);
      background: var(--paper);
    }
    footer > * {
      max-width: var(--measure);
      margin-inline: auto;
    }
    footer p {
      margin-block: var(--space-1);
    }
    footer details {
      color: var(--fg);
      font-size: var(--step-0);
    }
    summary {
      cursor: pointer;
      font-weight: 700;
      padding: var(--space-2) 0;
      min-height: 44px;
      color: var(--accent);
    }
    @media (max-width: 64rem) {
      .progress label {
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip: rect(0 0 0 0);
        white-space: nowrap;
      }
    }
    /* Phones and 400 % zoom: one line (title, save state, progress, icon buttons, menu); a save
       state other than "saved" takes a second line of words; the bar is the header's edge. */
    @media (max-width: 48rem) {
      header {
        flex-wrap: wrap;
        gap: var(--space-2);
        padding: var(--space-2) var(--space-2) calc(var(--space-2) + 4px);
      }
      /* Never narrower than its longest word, so no word is split ("Learnin g"). */
      .titles {
        display: block;
        flex: 1 1 0;
        min-width: min-content;
      }
      .logo {
        height: 2rem;
        max-width: 5rem;
      }
      /* Two short lines at most: the full title is in the footer and the window title. */
      .course-title {
        font-size: var(--step--1);
        display: -webkit-box;
        -webkit-box-orient: vertical;
        -webkit-line-clamp: 2;
        overflow: hidden;
      }
      .version {
        display: none;
      }
      .status {
        flex: none;
      }
      .warn .status {
        order: 1;
        flex: 1 1 100%;
        flex-wrap: nowrap;
      }
      .progress {
        display: contents;
      }
      progress {
        position: absolute;
        left: 0;
        bottom: 0;
        width: 100%;
        height: 4px;
      }
      .long {
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip: rect(0 0 0 0);
        white-space: nowrap;
      }
      .actions {
        gap: var(--space-1);
      }
      .actions button {
        padding-inline: var(--space-2);
      }
      .menu-toggle {
        display: inline-flex;
      }
      .layout {
        display: block;
      }
      module-menu {
        display: none;
        border-right: none;
        border-bottom: 1px solid var(--hairline);
        padding: var(--space-3);
      }
      module-menu.open {
        display: block;
      }
      main {
        padding: var(--space-4) var(--space-3) var(--space-6);
      }
      footer {
        padding: var(--space-3);
      }
    }
    /* Under 360 px the progress number keeps its place in a calm header: Menu, like Support and
       Take a break beside it, is its icon there (its name stays for screen readers). */
    @media (max-width: 22.4rem) {
      .menu-toggle span {
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip: rect(0 0 0 0);
        white-space: nowrap;
      }
    }
    @media (max-width: 30rem) {
      .pager {
        grid-template-columns: 1fr;
      }
      .pager .prev,
      .pager .next {
        grid-column: 1;
        justify-content: center;
        text-align: center;
      }
    }
    @media print {
      :host {
        background: none;
      }
      .skip,
      header,
      module-menu,
      .position,
      .pager,
      footer {
        display: none;
      }
      main {
        padding: 0;
      }
      .prints-record {
        display: none;
      }
    }
  `,
];
