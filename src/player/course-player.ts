/**
 * @summary The course shell: title and version, save status, progress (bar and words), the
 * module menu, "welcome back" on return, previous/next, "take a break", support, and the
 * current module page.
 *
 * Re-renders when the session changes; moves focus to the new page's heading on every page
 * change so keyboard and screen-reader users land on the content. Every other element asks for
 * a page change with a `player-navigate` event; only the shell moves.
 */
import { html, LitElement, nothing, svg } from "lit";
// Course HTML is sanitized at build time (src/course/markdown.ts); learner text never goes here.
import { unsafeHTML as unsafeContent } from "lit/directives/unsafe-html.js";
import type { Course } from "../course/model.js";
import { progressMeasure } from "../progress/progress.js";
import { RETURN_EVENT } from "./break-screen.js";
import { coursePlayerStyles } from "./course-player.styles.js";
import { NAVIGATE_EVENT, type NavigateEvent } from "./navigate-event.js";
import type { CourseSession } from "./session.js";
import { SessionController } from "./session-controller.js";
import { strings } from "./strings.js";
import "./module-menu.js";
import { recordActionsAfter } from "./module-page.js";
import "./save-status.js";

/** Header icons (inline, no request); each button also says what it does in words. */
const ICON_MENU = svg`<path d="M4 6h16M4 12h16M4 18h16" />`;
const ICON_CLOSE = svg`<path d="M6 6l12 12M18 6L6 18" />`;
const ICON_SUPPORT = svg`<circle cx="12" cy="12" r="9" /><path d="M9.5 9.5a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .8-1 1.5v.4M12 16.8v.2" />`;
const ICON_BREAK = svg`<circle cx="12" cy="12" r="9" /><path d="M10 9v6M14 9v6" />`;
const icon = (shape: ReturnType<typeof svg>) =>
  html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${shape}</svg>`;

export class CoursePlayer extends LitElement {
  static override properties = {
    session: { attribute: false },
    current: { state: true },
    menuOpen: { state: true },
    supportOpen: { state: true },
    onBreak: { state: true },
    welcomeBack: { state: true },
    noLmsNotice: { state: true },
  };

  declare session: CourseSession;
  /** The id of the module on screen. */
  declare current: string;
  /** The module menu, on narrow screens where it folds away. */
  declare menuOpen: boolean;
  declare supportOpen: boolean;
  declare onBreak: boolean;
  /** A returning learner is told where they are until they move on. */
  declare welcomeBack: boolean;
  /** Shown on the first page only: the learner is told once that no LMS is saving progress. */
  declare noLmsNotice: boolean;
  protected readonly sessionSync = new SessionController(this);
  /** What should take focus after the next render. */
  private focusAfterRender: "heading" | "break" | "support" | "menu-toggle" | null = null;

  constructor() {
    super();
    this.menuOpen = false;
    this.supportOpen = false;
    this.onBreak = false;
    this.welcomeBack = false;
    this.noLmsNotice = false;
    this.addEventListener(NAVIGATE_EVENT, (e: NavigateEvent) => this.go(e.detail.moduleId));
    this.addEventListener(RETURN_EVENT, () => this.returnFromBreak());
  }

  private get course(): Course {
    return this.session.course;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Continue where the learner left off; a first visit starts at the first module.
    const bookmark = this.session.progress.location;
    const start = this.course.modules.some((m) => m.id === bookmark)
      ? (bookmark as string)
      : this.course.modules[0].id;
    // A learner reviewing a finished attempt is told that instead.
    this.welcomeBack = this.session.resumed && !this.session.reviewing;
    this.noLmsNotice = this.session.lmsMissing;
    this.show(start, false);
  }

  /** The learner moves to a module: it is opened, bookmarked, and its heading takes focus. */
  private go(moduleId: string): void {
    if (this.onBreak || !this.course.modules.some((m) => m.id === moduleId)) return;
    this.welcomeBack = false;
    this.noLmsNotice = false;
    this.show(moduleId, true);
  }

  private show(moduleId: string, focus: boolean): void {
    this.current = moduleId;
    this.menuOpen = false;
    this.session.open(moduleId);
    const module = this.course.modules.find((m) => m.id === moduleId);
    if (module) document.title = strings.pageTitle(module.title, this.course.title);
    if (focus) {
      this.focusAfterRender = "heading";
      window.scrollTo({ top: 0 });
      this.requestUpdate();
    }
  }

  protected override updated(): void {
    const target = this.focusAfterRender;
    this.focusAfterRender = null;
    if (target === "heading") {
      const page = this.renderRoot.querySelector("module-page");
      page?.updateComplete.then(() => page.focusHeading());
    } else if (target === "break") {
      const screen = this.renderRoot.querySelector("break-screen");
      screen?.updateComplete.then(() => screen.focusHeading());
    } else if (target === "support") {
      this.renderRoot.querySelector<HTMLElement>("footer summary")?.focus();
    } else if (target === "menu-toggle") {
      this.renderRoot.querySelector<HTMLElement>(".menu-toggle")?.focus();
    }
  }

  private takeBreak(): void {
    this.session.pause();
    this.onBreak = true;
    document.title = strings.breakPageTitle(this.course.title);
    this.focusAfterRender = "break";
  }

  /** Back from the break screen to the page the learner left, its heading focused. */
  private returnFromBreak(): void {
    this.onBreak = false;
    this.show(this.current, true);
  }

  private showSupport(): void {
    this.supportOpen = true;
    this.focusAfterRender = "support";
    // Support may be open already: render anyway so focus still moves to it.
    this.requestUpdate();
  }

  /** From the support list back to the page the learner was reading, its heading focused. */
  private backFromSupport(): void {
    this.focusAfterRender = "heading";
    window.scrollTo({ top: 0 });
    this.requestUpdate();
  }

  private toggleMenu(): void {
    this.menuOpen = !this.menuOpen;
  }

  /** Escape folds the menu away again and puts focus back on its button. */
  private menuKeydown(e: KeyboardEvent): void {
    if (e.key === "Escape" && this.menuOpen) {
      this.menuOpen = false;
      this.focusAfterRender = "menu-toggle";
    }
  }

  private skip(e: Event): void {
    e.preventDefault();
    this.renderRoot.querySelector("module-page")?.focusHeading();
  }

  override render() {
    if (this.onBreak) return html`<break-screen .session=${this.session}></break-screen>`;
    const modules = this.course.modules;
    const index = modules.findIndex((m) => m.id === this.current);
    const module = modules[index];
    const prev = modules[index - 1];
    const next = modules[index + 1];
    const percent = Math.round(progressMeasure(this.course, this.session.progress) * 100);
    // A page offering the record of learning prints as that record.
    const printsRecord = recordActionsAfter(module.blocks) >= 0;
    // Only the closing page has the record: it is fetched from the package when one is shown.
    if (printsRecord) void import("./completion-record.js");
    return html`
      <a class="skip" href="#main" @click=${this.skip}>${strings.skipToContent}</a>
      <header class=${this.menuOpen ? "open" : ""}>
        ${
          this.course.branding?.logo
            ? html`<img class="logo" src=${this.course.branding.logo.src} alt=${this.course.branding.logo.alt} />`
            : nothing
        }
        <div class="titles">
          <p class="course-title">${this.course.title}</p>
          <p class="version">${strings.version(this.course.version)}</p>
        </div>
        <div class="status">
          <save-status .session=${this.session}></save-status>
          <div class="progress">
            <label for="progress">${strings.progressLabel}</label>
            <progress id="progress" max="100" .value=${percent}></progress>
            <span class="percent">${strings.progressText(percent)}</span>
          </div>
        </div>
        <div class="actions">
          <button class="quiet" @click=${this.showSupport}>
            ${icon(ICON_SUPPORT)}<span class="button-text">${strings.support}</span>
          </button>
          <button class="quiet" @click=${this.takeBreak}>
            ${icon(ICON_BREAK)}<span class="button-text">${strings.takeBreak}</span>
          </button>
          <button
            class="secondary menu-toggle"
            aria-expanded=${this.menuOpen ? "true" : "false"}
            aria-controls="menu"
            @click=${this.toggleMenu}
          >
            ${icon(this.menuOpen ? ICON_CLOSE : ICON_MENU)}
            ${this.menuOpen ? strings.closeMenu : strings.menuButton}
          </button>
        </div>
      </header>
      ${
        this.noLmsNotice
          ? html`<section class="notice" aria-labelledby="no-lms-title">
              <p class="notice-title" id="no-lms-title">${strings.noLmsTitle}</p>
              <p>${this.session.saveState === "memory" ? strings.noLmsMemory : strings.noLms}</p>
            </section>`
          : nothing
      }
      ${this.session.reviewing ? this.renderReview() : nothing}
      ${index === 0 && this.session.passMarkFromLms ? this.renderPassMark() : nothing}
      ${this.welcomeBack ? this.renderWelcomeBack(index) : nothing}
      <div class=${printsRecord ? "layout prints-record" : "layout"}>
        <module-menu
          id="menu"
          class=${this.menuOpen ? "open" : ""}
          .session=${this.session}
          .current=${this.current}
          @keydown=${this.menuKeydown}
        ></module-menu>
        <main id="main">
          <p class="position">${strings.moduleOf(index + 1, modules.length)}</p>
          <module-page .module=${module} .session=${this.session}></module-page>
          <nav class="pager" aria-label=${strings.pagerLabel}>
            ${
              prev
                ? html`<button class="secondary prev" @click=${() => this.go(prev.id)}>
                  ${strings.previousModule(prev.title)}
                </button>`
                : nothing
            }
            ${
              next
                ? html`<button class="next" @click=${() => this.go(next.id)}>
                  ${strings.nextModule(next.title)}
                </button>`
                : nothing
            }
          </nav>
        </main>
      </div>
      ${printsRecord ? html`<completion-record .session=${this.session}></completion-record>` : nothing}
      <footer>
        <details
          ?open=${this.supportOpen}
          @toggle=${(e: Event) => {
            this.supportOpen = (e.target as HTMLDetailsElement).open;
          }}
        >
          <summary>${strings.support}</summary>
          <div class="content">${unsafeContent(this.course.supportHtml)}</div>
          <button class="secondary" @click=${this.backFromSupport}>
            ${strings.backFromSupport}
          </button>
        </details>
        <p>${this.course.title} · ${strings.version(this.course.version)}</p>
        <p>${this.course.source.title}</p>
      </footer>
    `;
  }

  private renderReview() {
    return html`<section class="notice" aria-labelledby="review-title">
      <p class="notice-title" id="review-title">${strings.reviewTitle}</p>
      <p>${strings.review}</p>
    </section>`;
  }

  /** The LMS's pass mark differs from the one the welcome page states: say which counts. */
  private renderPassMark() {
    return html`<section class="notice" aria-labelledby="pass-mark-title">
      <p class="notice-title" id="pass-mark-title">${strings.passMarkTitle}</p>
      <p>${strings.passMarkFromLms(this.session.passMark, this.course.settings.passMark)}</p>
    </section>`;
  }

  private renderWelcomeBack(index: number) {
    const module = this.course.modules[index];
    return html`<section class="welcome-back" aria-labelledby="welcome-back-title">
      <p class="notice-title" id="welcome-back-title">${strings.welcomeBackTitle}</p>
      <p>${strings.welcomeBack(module.title)}</p>
      ${
        index > 0
          ? html`<button class="secondary" @click=${() => this.go(this.course.modules[0].id)}>
            ${strings.goToStart}
          </button>`
          : nothing
      }
    </section>`;
  }

  static override styles = coursePlayerStyles;
}

customElements.define("course-player", CoursePlayer);

declare global {
  interface HTMLElementTagNameMap {
    "course-player": CoursePlayer;
  }
}
