/**
 * @summary The course shell: title and version, save status, progress (bar and words), the
 * module menu, the notices above the page ("welcome back" on return, no LMS, review mode, the
 * LMS's pass mark: <player-notices>, its own file), previous/next, "take a break", support, and
 * the current module page.
 *
 * Re-renders when the session changes; moves focus to the new page's heading on every page
 * change so keyboard and screen-reader users land on the content. Every other element asks for
 * a page change with a `player-navigate` event; only the shell moves.
 *
 * Longer than the 400 lines a file is kept to, for a reason: it is the one element that owns
 * where the learner is (module, page, menu, leaving with questions open, a module's content on
 * its way) and where focus goes after each move; split, those moves would share that state across
 * files. What it only shows is already elsewhere: the menu, the page, the save status, the
 * notices, the break screen and the record of learning are elements of their own.
 */
import { html, LitElement, nothing, svg } from "lit";
// Course HTML is sanitized at build time (src/loading/markdown.ts); learner text never goes here.
import { unsafeHTML as unsafeContent } from "lit/directives/unsafe-html.js";
import type { Course } from "../course/model.js";
import { provideContext } from "../kit/context.js";
import {
  NAVIGATE_EVENT,
  type NavigateDetail,
  type NavigateEvent,
  RETURN_EVENT,
} from "../kit/navigate-event.js";
import { sessionContext } from "../kit/session.js";
import { SessionController } from "../kit/session-controller.js";
import { progressMeasure } from "../progress/progress.js";
import { coursePlayerStyles } from "./course-player.styles.js";
import type { CourseSession } from "./session.js";
import { strings } from "./strings.js";
import "./module-menu.js";
import { pageCountOf, pageOfBlock, pageReached, pagesOf } from "../blocks/page/rules.js";
import { kindOf, taskOf } from "../blocks/rules.js";
import type { Module } from "../course/model.js";
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
    page: { state: true },
    leaving: { state: true },
    menuOpen: { state: true },
    supportOpen: { state: true },
    onBreak: { state: true },
    firstScreen: { state: true },
    fetching: { state: true },
  };

  declare session: CourseSession;
  /** The id of the module on screen. */
  declare current: string;
  /** The page of it on screen, 1-based. */
  declare page: number;
  /** The page on screen was reached before this visit to it (module-page shows all its sections). */
  private reached = false;
  /**
   * Next (or a link in the text) was pressed with questions on the page still open: the learner
   * is asked first; `to` is where "Go on anyway" leads.
   */
  declare leaving: { open: number; to: NavigateDetail } | null;
  /** The module menu, on narrow screens where it folds away. */
  declare menuOpen: boolean;
  declare supportOpen: boolean;
  declare onBreak: boolean;
  /**
   * The screen the player opened on, until the learner moves on: a returning learner is told
   * where they are, and a learner whose progress no LMS is saving is told so, there only.
   */
  declare firstScreen: boolean;
  /** A module whose content is on its way (or failed to come) after the learner asked for it. */
  declare fetching: { moduleId: string; failed: boolean; retry?: () => void } | null;
  protected readonly sessionSync = new SessionController(this);
  /** What should take focus after the next render. */
  private focusAfterRender:
    | "heading"
    | "break"
    | "support"
    | "menu-toggle"
    | "leaving"
    | { block: string }
    | null = null;

  constructor() {
    super();
    // Every element inside the shell asks it for the session; in place before any child renders.
    provideContext(this, sessionContext, () => this.session);
    this.menuOpen = false;
    this.supportOpen = false;
    this.onBreak = false;
    this.firstScreen = false;
    this.page = 1;
    this.leaving = null;
    this.fetching = null;
    this.addEventListener(NAVIGATE_EVENT, (e: NavigateEvent) => {
      const { moduleId, page, target, ask } = e.detail;
      // A link in the text names its page; the results name only the question.
      const to = {
        moduleId,
        page: page ?? (target ? this.pageHolding(moduleId, target) : 1),
        target,
      };
      if (ask) this.leaveTo(to);
      else this.go(to.moduleId, to.page, target);
    });
    this.addEventListener(RETURN_EVENT, () => this.returnFromBreak());
    this.addEventListener("keydown", (e) => this.menuKeydown(e));
  }

  private get course(): Course {
    return this.session.course;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The build's prerendered shell is upgraded before it has a session: it begins on its first
    // update instead, once main.ts has given it one and let it hydrate.
    if (this.session) this.begin();
  }

  protected override willUpdate(): void {
    if (this.current === undefined) this.begin();
  }

  /** Continue where the learner left off, on the same page; a first visit starts at the start. */
  private begin(): void {
    const place = this.session.place;
    this.firstScreen = true;
    this.show(place.moduleId, place.page, false);
  }

  /**
   * The learner moves to a page: it is opened, bookmarked, and its heading takes focus (or the
   * question asked for, when there is one).
   */
  private go(moduleId: string, page = 1, target?: string): void {
    if (this.onBreak || !this.course.modules.some((m) => m.id === moduleId)) return;
    // A jump from the menu folds it at once, even while the module is still on its way.
    if (this.menuOpen) this.closeMenu(this.menuHasFocus());
    // A module not fetched yet: the page on screen stays while a status says it is coming.
    if (!this.session.content.has(moduleId)) {
      this.fetching = { moduleId, failed: false };
      this.session.content.load(moduleId).then(
        () => {
          if (this.fetching?.moduleId !== moduleId) return;
          this.fetching = null;
          this.go(moduleId, page, target);
        },
        () => {
          if (this.fetching?.moduleId === moduleId) {
            this.fetching = {
              moduleId,
              failed: true,
              retry: () => this.go(moduleId, page, target),
            };
          }
        },
      );
      return;
    }
    this.fetching = null;
    this.firstScreen = false;
    this.leaving = null;
    this.show(moduleId, page, true, target);
  }

  private show(moduleId: string, page: number, focus: boolean, target?: string): void {
    const module = this.course.modules.find((m) => m.id === moduleId);
    if (!module) return;
    this.current = moduleId;
    this.page = Math.min(Math.max(1, page), pageCountOf(module));
    this.menuOpen = false;
    // Asked before opening it counts it as reached: a page reached before shows every section.
    this.reached = pageReached(this.session.progress, moduleId, this.page);
    this.session.open(moduleId, this.page);
    document.title = strings.pageTitle(module.title, this.course.title);
    if (focus) {
      this.focusAfterRender = target ? { block: target } : "heading";
      window.scrollTo({ top: 0 });
      this.requestUpdate();
    }
  }

  /** The page of a module that holds a question or decision (the first page when none does). */
  private pageHolding(moduleId: string, id: string): number {
    const module = this.course.modules.find((m) => m.id === moduleId);
    if (!module) return 1;
    return pageOfBlock(module, (b) =>
      kindOf(b)
        .answerables(b)
        .some((q) => q.id === id),
    );
  }

  /**
   * The module as the learner should read it. Where this browser keeps nothing, the course's
   * promise that learners come back to where they left off is not true: it is said the way
   * strings.ts gives instead, in every block's text.
   */
  private asShown(module: Module): Module {
    if (this.session.saveState !== "memory") return module;
    const blocks = module.blocks.map((b) =>
      "html" in b ? { ...b, html: b.html.replace(strings.resumePromise, strings.resumeLost) } : b,
    );
    return { ...module, blocks } as Module;
  }

  /** The page before or after the one on screen, across modules; undefined at either end. */
  private neighbour(step: -1 | 1): { module: Module; page: number } | undefined {
    const modules = this.course.modules;
    const index = modules.findIndex((m) => m.id === this.current);
    const module = modules[index];
    const page = this.page + step;
    if (page >= 1 && page <= pageCountOf(module)) return { module, page };
    const other = modules[index + step];
    if (!other) return undefined;
    return { module: other, page: step === 1 ? 1 : pageCountOf(other) };
  }

  /** What the learner reads on a Previous/Next button for a page. */
  private labelOf(to: { module: Module; page: number }): string {
    if (to.module.id !== this.current) return to.module.title;
    return (
      pagesOf(to.module)[to.page - 1]?.title ?? strings.pageOf(to.page, pageCountOf(to.module))
    );
  }

  /**
   * Next, or a link in the text, from a page with questions still to answer: the learner is asked
   * first, so a question is not passed by accident. They may go on; the menu still shows what is
   * left.
   */
  private leaveTo(to: NavigateDetail): void {
    const module = this.course.modules.find((m) => m.id === this.current);
    const page = module ? pagesOf(module)[this.page - 1] : undefined;
    const open = this.session.reviewing
      ? 0
      : (page?.blocks ?? []).filter((b) => taskOf(b, this.session.progress) === "to-do").length;
    if (open > 0 && this.leaving === null) {
      this.leaving = { open, to };
      this.focusAfterRender = "leaving";
      return;
    }
    this.go(to.moduleId, to.page, to.target);
  }

  /** "Stay and answer": back to the first question still open on this page. */
  private stay(): void {
    this.leaving = null;
    const module = this.course.modules.find((m) => m.id === this.current);
    const page = module ? pagesOf(module)[this.page - 1] : undefined;
    const first = page?.blocks.find((b) => taskOf(b, this.session.progress) === "to-do");
    const id = first ? kindOf(first).answerables(first)[0]?.id : undefined;
    const modulePage = this.renderRoot.querySelector("module-page");
    if (id && modulePage?.focusBlock(id)) return;
    modulePage?.focusHeading();
  }

  protected override updated(): void {
    const target = this.focusAfterRender;
    this.focusAfterRender = null;
    if (target === "heading") {
      const page = this.renderRoot.querySelector("module-page");
      page?.updateComplete.then(() => page.focusHeading());
    } else if (typeof target === "object" && target !== null) {
      // The page's own elements render after it: wait a frame for the question to be there.
      const page = this.renderRoot.querySelector("module-page");
      page?.updateComplete.then(() =>
        requestAnimationFrame(() => {
          if (!page.focusBlock(target.block)) page.focusHeading();
        }),
      );
    } else if (target === "leaving") {
      this.renderRoot.querySelector<HTMLElement>("#leaving-title")?.focus();
    } else if (target === "break") {
      // The break screen is its own file, fetched the first time a learner takes a break.
      const screen = this.renderRoot.querySelector("break-screen");
      customElements
        .whenDefined("break-screen")
        .then(() => screen?.updateComplete)
        .then(() => screen?.focusHeading());
    } else if (target === "support") {
      this.renderRoot.querySelector<HTMLElement>("footer summary")?.focus();
    } else if (target === "menu-toggle") {
      this.menuToggle?.focus();
    }
  }

  private takeBreak(): void {
    this.session.pause();
    // The break screen, fetched the first time, names the window itself.
    this.onBreak = true;
    this.focusAfterRender = "break";
  }

  /** Back from the break screen to the page the learner left, its heading focused. */
  private returnFromBreak(): void {
    this.onBreak = false;
    this.show(this.current, this.page, true);
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

  /**
   * Escape folds the menu away from anywhere in the shell (a part that uses Escape itself, such as
   * an open definition, keeps it by calling preventDefault).
   */
  private menuKeydown(e: KeyboardEvent): void {
    if (e.key === "Escape" && this.menuOpen && !e.defaultPrevented) {
      this.closeMenu(this.menuHasFocus());
    }
  }

  /** Folds the menu; focus goes back to its button when it was in the menu, so it is not lost. */
  private closeMenu(refocus: boolean): void {
    this.menuOpen = false;
    if (refocus) this.focusAfterRender = "menu-toggle";
  }

  private get menuToggle(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(".menu-toggle");
  }

  private menuHasFocus(): boolean {
    return this.renderRoot.querySelector("module-menu")?.matches(":focus-within") ?? false;
  }

  private skip(e: Event): void {
    e.preventDefault();
    this.renderRoot.querySelector("module-page")?.focusHeading();
  }

  override render() {
    if (this.onBreak) {
      void import("./break-screen.js");
      return html`<break-screen></break-screen>`;
    }
    const modules = this.course.modules;
    const index = modules.findIndex((m) => m.id === this.current);
    const module = modules[index];
    const pages = pagesOf(module);
    const prev = this.neighbour(-1);
    const next = this.neighbour(1);
    const percent = Math.round(progressMeasure(this.course, this.session.progress) * 100);
    // The build's first screen claims no progress: it is drawn before the learner's is known.
    const finding = this.session.finding;
    // The page offering the record of learning prints as that record.
    const printsRecord =
      this.page === pages.length && recordActionsAfter(pages[pages.length - 1].blocks) >= 0;
    // The LMS's pass mark differs from the one the welcome page states: said on the first module.
    const passMark = index === 0 && this.session.passMarkFromLms;
    return html`
      <a class="skip" href="#main" @click=${this.skip}>${strings.skipToContent}</a>
      <header class=${this.session.saveState === "saved" ? "" : "warn"}>
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
          <save-status></save-status>
          <div class="progress">
            <label for="progress">${strings.progressLabel}</label>
            <progress id="progress" max="100" value=${finding ? nothing : percent}></progress>
            <span class="percent"
              >${
                finding
                  ? "\u00a0"
                  : html`${strings.progressPercent(percent)}<span class="long"> ${strings.progressDone}</span>`
              }</span
            >
          </div>
        </div>
        <div class="actions">
          <button class="quiet" @click=${this.showSupport}>
            ${icon(ICON_SUPPORT)}<span class="long">${strings.support}</span>
          </button>
          <button class="quiet" @click=${this.takeBreak}>
            ${icon(ICON_BREAK)}<span class="long">${strings.takeBreak}</span>
          </button>
          <button
            class="secondary menu-toggle"
            aria-expanded=${this.menuOpen ? "true" : "false"}
            aria-controls="menu"
            @click=${this.toggleMenu}
          >
            ${icon(this.menuOpen ? ICON_CLOSE : ICON_MENU)}<span>${strings.menuButton}</span>
          </button>
        </div>
        <i class="end"></i>
      </header>
      ${
        (this.firstScreen && (this.session.resumed || this.session.lmsMissing)) ||
        this.session.reviewing ||
        passMark
          ? this.renderNotices(module, passMark)
          : nothing
      }
      <div class=${printsRecord ? "layout prints-record" : "layout"}>
        <module-menu
          id="menu"
          class=${this.menuOpen ? "open" : ""}
          .current=${this.current}
          .page=${this.page}
        ></module-menu>
        <main id="main">
          <p class="position">
            ${strings.moduleOf(index + 1, modules.length)}${
              pages.length > 1 ? html` · ${strings.pageOf(this.page, pages.length)}` : nothing
            }
          </p>
          <module-page .module=${this.asShown(module)} .page=${this.page} .reached=${this.reached}></module-page>
          ${this.leaving ? this.renderLeaving(this.leaving) : nothing}
          ${this.renderFetching()}
          <nav class="pager" aria-label=${strings.pagerLabel}>
            ${
              prev
                ? html`<button class="secondary prev" @click=${() => this.go(prev.module.id, prev.page)}>
                  ${strings.previousModule(this.labelOf(prev))}
                </button>`
                : nothing
            }
            ${
              next
                ? html`<button class="next" @click=${() => this.leaveTo({ moduleId: next.module.id, page: next.page })}>
                  ${strings.nextModule(this.labelOf(next))}
                </button>`
                : nothing
            }
          </nav>
        </main>
      </div>
      ${printsRecord ? this.renderRecord() : nothing}
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

  /**
   * A module on its way: said politely in a status that is always there (so it is announced);
   * if it cannot be fetched, said at once with a way to try again.
   */
  private renderFetching() {
    const f = this.fetching;
    const title = this.course.modules.find((m) => m.id === f?.moduleId)?.title ?? "";
    // `nothing`, never "": text hydrated from an empty string is written into the closing
    // marker comment on its first update (a Lit hydration quirk), so it would never show.
    return html`<p class="fetching" role="status">${f && !f.failed ? strings.fetchingModule(title) : nothing}</p>
      ${
        f?.failed
          ? html`<div class="notice" role="alert">
              <p>${strings.fetchFailed(title)}</p>
              <button @click=${f.retry}>${strings.tryAgain}</button>
            </div>`
          : nothing
      }`;
  }

  /** Asked on Next (or a link) with questions open on this page: stay and answer, or go on anyway. */
  private renderLeaving({ open, to }: { open: number; to: NavigateDetail }) {
    return html`<section class="notice leaving" aria-labelledby="leaving-title">
      <p class="notice-title" id="leaving-title" tabindex="-1">${strings.leavingTitle(open)}</p>
      <p>${strings.leaving}</p>
      <div class="buttons">
        <button @click=${this.stay}>${strings.leavingStay}</button>
        <button class="secondary" @click=${() => this.go(to.moduleId, to.page, to.target)}>
          ${strings.leavingGo}
        </button>
      </div>
    </section>`;
  }

  /** The record of learning, printed in place of its page; its own file, fetched when shown. */
  private renderRecord() {
    void import("./completion-record.js");
    return html`<completion-record></completion-record>`;
  }

  /**
   * The notices above the page (no LMS, review or browse mode, the LMS's pass mark, welcome back),
   * in that order: each shows only on the first screen or to few learners, so they are a file of
   * their own, words and all, fetched when one shows (main.ts fetches it before the first screen).
   */
  private renderNotices(module: Module, passMark: boolean) {
    void import("./player-notices.js");
    return html`<player-notices
      .first=${this.firstScreen}
      .module=${module}
      .passMark=${passMark}
    ></player-notices>`;
  }

  static override styles = coursePlayerStyles;
}

customElements.define("course-player", CoursePlayer);

declare global {
  interface HTMLElementTagNameMap {
    "course-player": CoursePlayer;
  }
}
