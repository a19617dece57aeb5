/** Renders a prose block: the author's Markdown, rendered and sanitized at build time. */
import { html } from "lit";
// Course HTML is sanitized at build time (src/loading/markdown.ts); learner text never goes here.
import { unsafeHTML } from "lit/directives/unsafe-html.js";
import { type RunKind, showsOnly } from "../run-kind.js";
import type { ProseBlock } from "./model.js";

const renderProse = (b: ProseBlock) => html`<div class="content">${unsafeHTML(b.html)}</div>`;

export const prose: RunKind<ProseBlock> = {
  ...showsOnly,
  render: renderProse,
};
