/**
 * The shell of the standalone pages written for training leads (answer key, report): one HTML
 * file that opens from disk, requests nothing and whose policy forbids it to.
 */
import { createHash } from "node:crypto";

/** Text to put in HTML: every learner- or file-supplied string goes through this. */
export function escapeHtml(s: string): string {
  return s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/** Styles both pages share: readable at 320 px, AA contrast, visible focus, clean print. */
const BASE_STYLE = `
:root { color-scheme: light; --ink: #1b1b1b; --muted: #4a4a4a; --line: #767676; --accent: #1d4e89; --warn: #8a1c1c; --mark: #fff1c2; }
* { box-sizing: border-box; }
body { margin: 0; font: 1rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: #fff; }
main { max-width: 60rem; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.6rem; line-height: 1.25; }
h2 { font-size: 1.3rem; margin-top: 2rem; border-bottom: 2px solid var(--accent); }
h3 { font-size: 1.1rem; }
a { color: var(--accent); }
:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; }
caption { text-align: left; font-weight: 600; padding: 0.25rem 0; overflow-wrap: anywhere; }
th, td { border: 1px solid var(--line); padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; overflow-wrap: break-word; }
th { background: #f0f0f0; }
td.n, th.n { text-align: right; }
@media (min-width: 40rem) { td.n, th.n { white-space: nowrap; } }
@media (max-width: 30rem) { main { padding: 0.5rem; } table { font-size: 0.9rem; } th, td { padding: 0.2rem 0.3rem; } }
.muted { color: var(--muted); }
.id { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 0.95em; }
.warning { border: 2px solid var(--warn); color: var(--warn); padding: 0.5rem 0.75rem; font-weight: 600; }
.table-wrap { overflow-x: auto; }
@media print {
  main { max-width: none; padding: 0; }
  .no-print { display: none !important; }
  article, figure, table { break-inside: avoid; }
  a { color: inherit; }
}
`;

export interface PageParts {
  lang: string;
  title: string;
  /** Extra CSS for this page. */
  style: string;
  body: string;
  /** An optional inline script (no eval, no request); its hash goes into the policy. */
  script?: string;
}

export function htmlPage(p: PageParts): string {
  const scriptSrc = p.script
    ? `'sha256-${createHash("sha256").update(p.script).digest("base64")}'`
    : "'none'";
  const policy = `default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src ${scriptSrc}; form-action 'none'; base-uri 'none'`;
  return `<!doctype html>
<html lang="${escapeHtml(p.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(p.title)}</title>
<style>${BASE_STYLE}${p.style}</style>
</head>
<body>
<main>
${p.body}
</main>${p.script ? `\n<script>${p.script}</script>` : ""}
</body>
</html>
`;
}
