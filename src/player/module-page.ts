/**
 * @summary One module: its title (the page's h1), a content warning where the module asks for
 * one, and its blocks: rendered content, questions, the timeline, reflection and results.
 */
import { css, html, LitElement, nothing } from "lit";
// Course HTML is sanitized at build time (src/course/markdown.ts); learner text never goes here.
import { unsafeHTML } from "lit/directives/unsafe-html.js";
import type { Block, Module } from "../course/model.js";
import type { CourseSession } from "./session.js";
import { baseStyles, contentStyles } from "./shared-styles.js";
import { strings } from "./strings.js";
import "./question-card.js";

/**
 * Whether the learner has accepted the content warning in this visit. Once is enough: asking
 * before every case module would only repeat the distress it is meant to prepare for. A learner
 * coming back later sees it again before the first case module.
 */
let warningAccepted = false;

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
    const gated = m.contentWarning && !warningAccepted;
    return html`
      <h1 tabindex="-1">${m.title}</h1>
      ${gated ? this.renderWarning() : m.blocks.map((b) => this.renderBlock(b))}
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

  private renderBlock(b: Block) {
    switch (b.kind) {
      case "html":
        return html`<div class="content">${unsafeHTML(b.html)}</div>`;
      case "question":
        return html`<question-card .question=${b.question} .session=${this.session}></question-card>`;
      default:
        return nothing;
    }
  }

  static override styles = [
    baseStyles,
    contentStyles,
    css`
      h1 {
        font-size: 1.75rem;
        line-height: 1.25;
        margin: 0.25rem 0 1rem;
      }
      h1:focus {
        outline: none;
      }
      h1:focus-visible {
        outline: 3px solid var(--focus);
      }
      .warning {
        background: var(--warn-bg);
        color: var(--warn-fg);
        border-radius: var(--radius);
        padding: 1rem 1.25rem;
      }
      .warning h2 {
        margin-top: 0;
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
