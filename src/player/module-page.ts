/**
 * @summary One page of a module: the module's title (the page's h1), the page's own title from
 * page 2 on, a content warning where the module asks for one, and the page's blocks: rendered
 * content, questions, the timeline, reflection and results. Printed, it shows every page of the
 * module. A module with results or reflections also offers to print the record of learning (the
 * shell shows the record in place of the page when printed).
 */
import { html, LitElement, nothing, type PropertyValues } from "lit";
// Course HTML is sanitized at build time (src/loading/markdown.ts); learner text never goes here.
import { unsafeHTML } from "lit/directives/unsafe-html.js";
import {
  SECTION_CONTINUE_EVENT,
  type Section,
  sectionHolding,
  sectionsOf,
  sectionsShown,
} from "../blocks/continue/rules.js";
import { useGlossary } from "../blocks/glossary/definitions.js";
import type { Page } from "../blocks/page/model.js";
import { pagesOf } from "../blocks/page/rules.js";
import { renderBlock } from "../blocks/rules.js";
import type { Block, Module } from "../course/model.js";
import { sessionOf } from "../kit/session.js";
import { followCourseLink } from "./course-links.js";
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

/** A block element that takes an item it holds into view and focus (question card, ordering question). */
interface Focusable {
  focusItem?: (id: string) => boolean;
}

export class ModulePage extends LitElement {
  static override properties = {
    module: { attribute: false },
    page: { attribute: false },
    reached: { attribute: false },
    printing: { state: true },
    shown: { state: true },
  };

  declare module: Module;
  /** The player's session, by context (the page re-renders with the shell, not on every save). */
  get session() {
    return sessionOf(this) as CourseSession;
  }
  /** The page on screen, 1-based. */
  declare page: number;
  /**
   * The page was reached before this visit to it (a returning learner, Previous, a link back):
   * all its sections show at once, since the learner has been through it (the saved state keeps
   * pages reached, not sections). Set by the shell before it opens the page.
   */
  declare reached: boolean;
  /** While the browser prints, every page of the module is shown, every section of each. */
  declare printing: boolean;
  /** How many sections of the page on screen the learner has opened (Continue); from 1. */
  declare shown: number;
  private readonly printQuery = typeof matchMedia === "function" ? matchMedia("print") : undefined;
  private readonly onPrintChange = () => {
    this.printing = this.printQuery?.matches ?? false;
  };
  private readonly beforePrint = () => {
    this.printing = true;
  };
  private readonly afterPrint = () => {
    this.printing = this.printQuery?.matches ?? false;
  };

  constructor() {
    super();
    this.page = 1;
    this.reached = false;
    this.printing = false;
    this.shown = 1;
    // Links in the text and feedback to another module move within the course.
    this.addEventListener("click", (e) => followCourseLink(e, this));
    this.addEventListener(SECTION_CONTINUE_EVENT, () => this.continueSection());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Another page begins at its first section.
    const old = changed.get("module") as Module | undefined;
    if ((changed.has("module") && old?.id !== this.module?.id) || changed.has("page"))
      this.shown = 1;
  }

  /** The sections of the page on screen, and how many of them show. */
  private sections(): { sections: Section[]; visible: number } {
    const pages = pagesOf(this.module);
    const current = Math.min(Math.max(1, this.page), pages.length);
    const sections = sectionsOf(pages[current - 1].blocks);
    const all = this.reached || this.printing || !!this.session?.reviewing;
    return { sections, visible: sectionsShown(sections.length, this.shown, all) };
  }

  /**
   * Continue: the next section shows and the button goes. The button (loaded with it) then moves
   * focus to the new section's start and brings it to the top of the screen.
   */
  private continueSection(): void {
    this.shown = this.sections().visible + 1;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.printQuery?.addEventListener("change", this.onPrintChange);
    window.addEventListener("beforeprint", this.beforePrint);
    window.addEventListener("afterprint", this.afterPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.printQuery?.removeEventListener("change", this.onPrintChange);
    window.removeEventListener("beforeprint", this.beforePrint);
    window.removeEventListener("afterprint", this.afterPrint);
  }

  /** Moves focus to the page's heading (after a page change): its own title, or the module's. */
  focusHeading(): void {
    const heading =
      this.renderRoot.querySelector<HTMLElement>(".page-title") ??
      this.renderRoot.querySelector<HTMLElement>("h1");
    heading?.focus();
  }

  /**
   * Brings a question (or scenario decision) into view and focuses it: its feedback when it has
   * been answered, else its first choice. A heading a link points to is focused itself. False
   * when the page holds neither.
   */
  focusBlock(id: string): boolean {
    if (this.focusShown(id)) return true;
    // In a section not shown yet ("Stay and answer", a results link): shown first, with every
    // section before it, then focused once its elements have drawn.
    const { sections, visible } = this.sections();
    const at = sectionHolding(sections, id);
    if (at < visible) return false;
    this.shown = at + 1;
    this.drawn().then(() => {
      if (!this.focusShown(id)) this.focusHeading();
    });
    return true;
  }

  /** Settles once the page has drawn and the elements on it have loaded and drawn. */
  private async drawn(): Promise<void> {
    await this.updateComplete;
    const waiting = [...this.renderRoot.querySelectorAll(":not(:defined)")];
    await Promise.all(waiting.map((el) => customElements.whenDefined(el.localName)));
    await new Promise(requestAnimationFrame);
  }

  /** focusBlock among what shows now. */
  private focusShown(id: string): boolean {
    // An element that holds answerables says itself where an item's focus goes (`focusItem`).
    for (const el of this.renderRoot.querySelectorAll<HTMLElement & Focusable>("*")) {
      if (typeof el.focusItem === "function" && el.focusItem(id)) return true;
    }
    // A heading a link leads to: its id is its anchor, and it takes focus (tabindex -1), both
    // given at build time. Focus brings it into view.
    const heading = this.renderRoot.querySelector<HTMLElement>(`[id="${id}"]`);
    heading?.focus();
    return !!heading;
  }

  override render() {
    const m = this.module;
    if (!m) return nothing;
    useGlossary(this.session.course.glossary);
    const gated = m.contentWarning && !warningAccepted;
    const pages = pagesOf(m);
    const current = Math.min(Math.max(1, this.page), pages.length);
    const last = pages[pages.length - 1].blocks;
    const recordBlock = gated ? undefined : last[recordActionsAfter(last)];
    return html`
      <h1 tabindex="-1">${m.title}</h1>
      ${
        gated
          ? this.renderWarning()
          : pages.map((p, n) =>
              n + 1 === current || this.printing
                ? html`<section class="page" aria-labelledby=${n > 0 && p.title ? `page-${n + 1}` : nothing}>
                    ${
                      n > 0 && p.title
                        ? html`<h2 class="page-title" id="page-${n + 1}" tabindex="-1">${p.title}</h2>`
                        : nothing
                    }
                    ${n === 0 && m.why ? renderBanner(m) : nothing}
                    ${this.renderSections(p.blocks, n + 1 === current, recordBlock)}
                  </section>`
                : nothing,
            )
      }
    `;
  }

  /**
   * A page's sections: those shown (all of them when printing or on a page reached before), then
   * the button that opens the next. A hidden section is never drawn. Each section after the first
   * takes focus when it opens.
   */
  private renderSections(blocks: Page["blocks"], onScreen: boolean, recordBlock?: Block) {
    const sections = sectionsOf(blocks);
    const visible = onScreen ? this.sections().visible : sections.length;
    const next = sections[visible]?.opener;
    return html`${sections.slice(0, visible).map(
      (s, i) =>
        html`<div class="section" data-section=${i} tabindex=${i > 0 ? "-1" : nothing}>
          ${s.blocks.map((b) => [
            renderBlock(b),
            b === recordBlock ? this.renderRecordActions() : nothing,
          ])}
        </div>`,
    )}${next ? renderBlock(next) : nothing}`;
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
      ${this.session.learnerName ? nothing : html`<record-name-field></record-name-field>`}
      <button class="print" @click=${() => window.print()}>${strings.print}</button>
    </section>`;
  }

  static override styles = modulePageStyles;
}

/** A module with a `why` line opens with its banner (fetched with the first page that has one). */
function renderBanner(m: Module) {
  void import("./lesson-banner.js");
  return html`<lesson-banner .icon=${m.icon} .why=${m.why}></lesson-banner>`;
}

customElements.define("module-page", ModulePage);

declare global {
  interface HTMLElementTagNameMap {
    "module-page": ModulePage;
  }
}
