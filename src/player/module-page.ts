/**
 * @summary One module: its title (the page's h1), a content warning where the module asks for
 * one, and its blocks: rendered content, questions, the timeline, reflection and results. A
 * module with results or reflections also offers to print the record of learning (the shell
 * shows the record in place of the page when printed).
 */
import { html, LitElement, nothing } from "lit";
// Course HTML is sanitized at build time (src/course/markdown.ts); learner text never goes here.
import { unsafeHTML } from "lit/directives/unsafe-html.js";
import { useGlossary } from "../blocks/glossary/definitions.js";
import { renderBlock } from "../blocks/render.js";
import type { Block, Module } from "../course/model.js";
import { modulePageStyles } from "./module-page.styles.js";
import type { CourseSession } from "./session.js";
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
    // Fetched with the record, on the page that offers it.
    void import("./record-name-field.js");
    return html`<section class="record-actions" aria-labelledby="record-actions-title">
      <h2 id="record-actions-title">${strings.recordActionsTitle}</h2>
      <p>${strings.recordActionsExplain}</p>
      ${this.session.learnerName ? nothing : html`<record-name-field .session=${this.session}></record-name-field>`}
      <button class="print" @click=${() => window.print()}>${strings.print}</button>
    </section>`;
  }

  static override styles = modulePageStyles;
}

customElements.define("module-page", ModulePage);

declare global {
  interface HTMLElementTagNameMap {
    "module-page": ModulePage;
  }
}
