/** How <completion-record> looks, kept beside the element so its file holds behaviour only (Shoelace style). */
import { css } from "lit";

export const completionRecordStyles = css`
  :host {
    display: none;
  }
  /* One printed page: compact type, the details as a two-column list, reflections kept whole. */
  @media print {
    :host {
      display: block;
      color: #000;
      font-size: 10.5pt;
      line-height: 1.4;
    }
  }
  h1 {
    font-size: 18pt;
    margin: 0;
  }
  .course-title {
    font-size: 13pt;
    font-weight: 700;
    margin: var(--space-1) 0 var(--space-4);
    padding-bottom: var(--space-3);
    border-bottom: 2px solid #000;
  }
  .blank {
    min-width: 18rem;
    min-height: 1.4em;
    border-bottom: 1px solid #000;
  }
  .record-id {
    font-family: ui-monospace, "Cascadia Mono", Menlo, Consolas, monospace;
    letter-spacing: 0.05em;
  }
  a {
    color: #000;
  }
  .url,
  .printed {
    display: block;
    font-size: 9pt;
    color: #333;
    overflow-wrap: anywhere;
  }
  h2 {
    font-size: 14pt;
    margin: 1.25rem 0 var(--space-2);
  }
  h3 {
    font-size: 11pt;
    margin: var(--space-3) 0 var(--space-1);
  }
  dl {
    display: grid;
    /* Labels on one line where they fit; on a narrow page a long one ("Local child protection
       procedures") wraps instead of pushing the page sideways. */
    grid-template-columns: fit-content(45%) 1fr;
    gap: var(--space-1) var(--space-4);
    margin: 0;
  }
  dt {
    font-weight: 700;
  }
  dd {
    margin: 0;
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  th,
  td {
    border-bottom: 1px solid #555;
    padding: 0.3rem var(--space-2) 0.3rem 0;
    text-align: left;
    vertical-align: top;
  }
  tbody th {
    font-weight: 400;
  }
  .objective {
    display: block;
    font-size: 9.5pt;
    color: #333;
  }
  td {
    white-space: nowrap;
  }
  .reflection {
    break-inside: avoid;
  }
  .answer {
    white-space: pre-wrap;
    margin: 0;
    border-left: 3px solid #555;
    padding-left: 0.6rem;
  }
  .empty {
    font-style: italic;
  }
  .source,
  .endorsement {
    margin-top: var(--space-5);
    font-size: 9.5pt;
    color: #333;
  }
  .endorsement {
    margin-top: var(--space-2);
  }
`;
