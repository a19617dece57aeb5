/**
 * @summary The course shell: title and version, module menu with each module's state, progress,
 * save status, previous/next, "take a break", support, and the current module page.
 *
 * Reads a CourseSession and re-renders when it changes; moves focus to the new page's heading on
 * every page change so keyboard and screen-reader users land on the content.
 */
import { css, html, LitElement, nothing } from "lit";
// Course HTML is sanitized at build time (src/course/markdown.ts); learner text never goes here.
import { unsafeHTML as unsafeContent } from "lit/directives/unsafe-html.js";
import type { Course, Module } from "../course/model.js";
import { moduleState, progressMeasure } from "../progress/progress.js";
import type { CourseSession } from "./session.js";
import { baseStyles, contentStyles } from "./shared-styles.js";
import { strings } from "./strings.js";
import "./module-page.js";

export class CoursePlayer extends LitElement {
  static override properties = {
    session: { attribute: false },
    current: { state: true },
    menuOpen: { state: true },
    onBreak: { state: true },
  };

  declare session: CourseSession;
  declare current: string;
  declare menuOpen: boolean;
  declare onBreak: boolean;
  private unsubscribe?: () => void;
  private focusHeading = false;

  constructor() {
    super();
    this.menuOpen = false;
    this.onBreak = false;
  }

  private get course(): Course {
    return this.session.course;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.unsubscribe = this.session.subscribe(() => this.requestUpdate());
    const start = this.session.progress.location ?? this.course.modules[0].id;
    this.go(start, false);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
  }

  private go(moduleId: string, focus = true): void {
    this.current = moduleId;
    this.menuOpen = false;
    this.focusHeading = focus;
    this.session.open(moduleId);
    if (focus) window.scrollTo({ top: 0 });
  }

  protected override updated(): void {
    if (this.focusHeading) {
      this.focusHeading = false;
      const page = this.renderRoot.querySelector("module-page");
      page?.updateComplete.then(() => page.focusHeading());
    }
  }

  private takeBreak(): void {
    this.session.finish();
    this.onBreak = true;
  }

  override render() {
    if (this.onBreak) {
      return html`<main class="break" tabindex="-1">
        <h1>${this.course.title}</h1>
        <p role="status">${strings.takeBreakDone}</p>
      </main>`;
    }
    const modules = this.course.modules;
    const index = modules.findIndex((m) => m.id === this.current);
    const module = modules[index];
    const prev = modules[index - 1];
    const next = modules[index + 1];
    const percent = Math.round(progressMeasure(this.course, this.session.progress) * 100);
    return html`
      <a class="skip" href="#main" @click=${this.skip}>${strings.skipToContent}</a>
      <header>
        <div class="titles">
          <p class="course-title">${this.course.title}</p>
          <p class="version">${strings.version(this.course.version)}</p>
        </div>
        <p class="save save-${this.session.saveState}" role="status">
          ${strings.saveState[this.session.saveState]}
        </p>
        <div class="progress">
          <label for="progress">${strings.progressLabel}</label>
          <progress id="progress" max="100" .value=${percent}></progress>
          <span>${strings.progressText(percent)}</span>
        </div>
        <div class="actions">
          <button
            class="secondary menu-toggle"
            aria-expanded=${this.menuOpen ? "true" : "false"}
            aria-controls="menu"
            @click=${() => {
              this.menuOpen = !this.menuOpen;
            }}
          >
            ${this.menuOpen ? strings.closeMenu : strings.menuButton}
          </button>
          <button class="secondary" @click=${this.takeBreak}>${strings.takeBreak}</button>
        </div>
      </header>
      <div class="layout">
        <nav id="menu" aria-label=${strings.courseMenu} class=${this.menuOpen ? "open" : ""}>
          <ol>
            ${modules.map((m, i) => this.renderMenuItem(m, i))}
          </ol>
        </nav>
        <main id="main" tabindex="-1">
          <p class="position">${strings.moduleOf(index + 1, modules.length)}</p>
          <module-page .module=${module} .session=${this.session}></module-page>
          <div class="pager">
            ${
              prev
                ? html`<button class="secondary" @click=${() => this.go(prev.id)}>
                  ${strings.previousModule(prev.title)}
                </button>`
                : nothing
            }
            ${
              next
                ? html`<button @click=${() => this.go(next.id)}>${strings.nextModule(next.title)}</button>`
                : nothing
            }
          </div>
        </main>
      </div>
      <footer>
        <details>
          <summary>${strings.support}</summary>
          <div class="content">${unsafeContent(this.course.supportHtml)}</div>
        </details>
        <p>
          ${this.course.title} · ${strings.version(this.course.version)} · ${this.course.source.title}
        </p>
      </footer>
    `;
  }

  private renderMenuItem(m: Module, i: number) {
    const state = moduleState(m, this.session.progress);
    const isCurrent = m.id === this.current;
    return html`<li>
      <a
        href="#${m.id}"
        aria-current=${isCurrent ? "page" : "false"}
        class="state-${state}"
        @click=${(e: Event) => {
          e.preventDefault();
          this.go(m.id);
        }}
        >${i + 1}. ${m.title}
        <span class="state">(${strings.moduleState[state]})</span></a
      >
    </li>`;
  }

  private skip(e: Event): void {
    e.preventDefault();
    (this.renderRoot.querySelector("#main") as HTMLElement | null)?.focus();
  }

  static override styles = [
    baseStyles,
    contentStyles,
    css`
      :host {
        min-height: 100vh;
        display: flex;
        flex-direction: column;
      }
      .skip {
        position: absolute;
        left: 0.5rem;
        top: -4rem;
        background: var(--bg);
        padding: 0.5rem 1rem;
        z-index: 10;
      }
      .skip:focus {
        top: 0.5rem;
      }
      header {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem 1.5rem;
        align-items: center;
        padding: 0.75rem 1rem;
        border-bottom: 1px solid var(--border);
        background: var(--surface);
      }
      header p {
        margin: 0;
      }
      .course-title {
        font-weight: 700;
      }
      .version,
      .position {
        color: var(--muted);
        font-size: 0.9rem;
        margin: 0;
      }
      .save {
        font-size: 0.9rem;
      }
      .save-unsaved {
        color: var(--bad);
        font-weight: 700;
      }
      .progress {
        display: flex;
        align-items: center;
        gap: 0.5rem;
        font-size: 0.9rem;
      }
      .actions {
        display: flex;
        gap: 0.5rem;
        margin-left: auto;
      }
      .layout {
        display: flex;
        flex: 1;
      }
      nav {
        flex: 0 0 16rem;
        border-right: 1px solid var(--border);
        padding: 1rem;
      }
      nav ol {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      nav a {
        display: block;
        padding: 0.5rem;
        border-radius: var(--radius);
      }
      nav a[aria-current="page"] {
        background: var(--accent);
        color: var(--accent-fg);
        font-weight: 700;
      }
      .state {
        font-size: 0.85rem;
      }
      .menu-toggle {
        display: none;
      }
      main {
        flex: 1;
        min-width: 0;
        padding: 1rem 1.25rem 2rem;
      }
      main:focus {
        outline: none;
      }
      .pager {
        display: flex;
        flex-wrap: wrap;
        justify-content: space-between;
        gap: 0.75rem;
        margin-top: 2rem;
      }
      footer {
        border-top: 1px solid var(--border);
        padding: 0.75rem 1rem;
        font-size: 0.9rem;
        color: var(--muted);
      }
      @media (max-width: 48rem) {
        .menu-toggle {
          display: inline-flex;
        }
        .layout {
          display: block;
        }
        nav {
          display: none;
          border-right: none;
          border-bottom: 1px solid var(--border);
        }
        nav.open {
          display: block;
        }
      }
    `,
  ];
}

customElements.define("course-player", CoursePlayer);

declare global {
  interface HTMLElementTagNameMap {
    "course-player": CoursePlayer;
  }
}
