/**
 * @summary One module: its title (the page's h1), a content warning where the module asks for
 * one, and its blocks: rendered content, questions, the timeline, reflection and results. A
 * module with results or reflections also offers to print the record of learning (the shell
 * shows the record in place of the page when printed).
 */
import { css, html, LitElement, nothing } from "lit";
// Course HTML is sanitized at build time (src/course/markdown.ts); learner text never goes here.
import { unsafeHTML } from "lit/directives/unsafe-html.js";
import { useGlossary } from "../blocks/glossary/definitions.js";
import { renderBlock } from "../blocks/render.js";
import type { Block, Module } from "../course/model.js";
import type { CourseSession } from "./session.js";
import { baseStyles, contentStyles, pageHeadingStyles } from "./shared-styles.js";
import { strings } from "./strings.js";

/**
 * Whether the learner has accepted the content warning in this visit. Once is enough: asking
 * before every case module would only repeat the distress it is meant to prepare for. A learner
 * coming back later sees it again before the first case module.
 */
let warningAccepted = false;

/**
 * Where the learner is offered their record of learning: after the module's last results or
 * reflection block (so after they have written their reflections), or -1 for none.
 */
export function recordActionsAfter(blocks: readonly Block[]): number {
  for (let i = blocks.length - 1; i >= 0; i--) {
    if (blocks[i].kind === "results" || blocks[i].kind === "reflection") return i;
  }
  return -1;
}

export class ModulePage extends LitElement {
  static override properties = {
    module: { attribute: false },
    session: { attribute: false },
  };

  declare module: Module;
  declare session: CourseSession;

  /** Moves focus to the page heading (after a page change). */
  focusHeading(): void {
    (this.renderRoot.querySelector("h1") as HTMLElement | null)?.focus();
  }

  override render() {
    const m = this.module;
    if (!m) return nothing;
    useGlossary(this.session.course.glossary);
    const gated = m.contentWarning && !warningAccepted;
    const lastRecordBlock = gated ? -1 : recordActionsAfter(m.blocks);
    return html`
      <h1 tabindex="-1">${m.title}</h1>
      ${
        gated
          ? this.renderWarning()
          : m.blocks.map((b, i) => [
              renderBlock(b, this.session),
              i === lastRecordBlock ? this.renderRecordActions() : nothing,
            ])
      }
    `;
  }

  private renderWarning() {
    return html`<section class="warning" aria-labelledby="cw-title">
      <h2 id="cw-title">${strings.contentWarningTitle}</h2>
      <div class="content">${unsafeHTML(this.session.course.contentWarningHtml)}</div>
      <button
        @click=${() => {
          warningAccepted = true;
          this.requestUpdate();
          this.updateComplete.then(() => this.focusHeading());
        }}
      >
        ${strings.contentWarningContinue}
      </button>
    </section>`;
  }

  private renderRecordActions() {
    return html`<section class="record-actions" aria-labelledby="record-actions-title">
      <h2 id="record-actions-title">${strings.recordActionsTitle}</h2>
      <p>${strings.recordActionsExplain}</p>
      <button class="print" @click=${() => window.print()}>${strings.print}</button>
    </section>`;
  }

  static override styles = [
    baseStyles,
    pageHeadingStyles,
    contentStyles,
    css`
      .warning {
        background: var(--warn-bg);
        color: var(--warn-fg);
        border-radius: var(--radius);
        padding: 1rem 1.25rem;
        max-width: var(--measure);
      }
      .warning h2 {
        margin-top: 0;
      }
      .record-actions {
        border: 1px solid var(--border);
        border-radius: var(--radius);
        background: var(--surface);
        padding: 1rem 1.25rem;
        margin: 1.5rem 0;
        max-width: var(--measure);
      }
      .record-actions h2 {
        font-size: 1.2rem;
        margin: 0 0 0.5rem;
      }
      @media (max-width: 30rem) {
        h1 {
          font-size: 1.45rem;
        }
      }
      @media print {
        .record-actions,
        .warning button {
          display: none;
        }
      }
    `,
  ];
}

customElements.define("module-page", ModulePage);

declare global {
  interface HTMLElementTagNameMap {
    "module-page": ModulePage;
  }
}
