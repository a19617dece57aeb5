/**
 * @summary The course menu: every module in order with its state (not started, in progress,
 * done) and the learner's current position.
 *
 * @event player-navigate - The learner chose a module; detail `{ moduleId }`.
 */
import { html, LitElement, nothing, svg } from "lit";
import { pageCountOf } from "../blocks/page/rules.js";
import { taskOf } from "../blocks/rules.js";
import type { Module } from "../course/model.js";
import { requestNavigation } from "../kit/navigate-event.js";
import { SessionController } from "../kit/session-controller.js";
import { type ModuleState, moduleState } from "../progress/progress.js";
import { moduleMenuStyles } from "./module-menu.styles.js";
import type { CourseSession } from "./session.js";
import { strings } from "./strings.js";

/** State icons; the state is also written out, so colour and shape are never the only cue. */
const ICONS: Record<ModuleState, ReturnType<typeof svg>> = {
  "not-started": svg`<circle cx="12" cy="12" r="8" />`,
  "in-progress": svg`<circle cx="12" cy="12" r="8" /><path class="fill" d="M12 4a8 8 0 0 1 0 16z" />`,
  done: svg`<circle class="fill" cx="12" cy="12" r="9" /><path class="tick" d="M7.5 12.5l3 3 6-6.5" />`,
};

export class ModuleMenu extends LitElement {
  static override properties = {
    current: { attribute: false },
    page: { attribute: false },
  };

  /** The id of the module on screen. */
  declare current: string;
  /** The page of it on screen, 1-based. */
  declare page: number;
  protected readonly sessionSync = new SessionController<CourseSession>(this);
  get session() {
    return this.sessionSync.session;
  }

  override render() {
    const modules = this.session.course.modules;
    return html`<nav aria-label=${strings.courseMenu}>
      <ol>
        ${modules.map((m, i) => this.renderItem(m, i))}
      </ol>
    </nav>`;
  }

  private renderItem(m: Module, i: number) {
    // Before the learner's state is known (the build's first screen) the menu claims none.
    const state = this.session.finding ? undefined : moduleState(m, this.session.progress);
    const here = m.id === this.current;
    const open =
      state && state !== "not-started"
        ? m.blocks.filter((b) => taskOf(b, this.session.progress) === "to-do").length
        : 0;
    const pages = pageCountOf(m);
    const details = state
      ? [
          strings.moduleState[state],
          ...(open > 0 ? [strings.toAnswer(open)] : []),
          ...(here ? [strings.currentModule] : []),
          ...(here && pages > 1 ? [strings.pageOfInList(this.page ?? 1, pages)] : []),
        ]
      : [];
    // Title and state are separate lines on screen; read out, they need a pause between them.
    const name = [`${i + 1}. ${m.title}`, ...details];
    return html`<li>
      <a
        href="#${m.id}"
        aria-label=${name.join(", ")}
        aria-current=${here ? "page" : nothing}
        class=${state ? `state-${state}` : nothing}
        @click=${(e: Event) => {
          e.preventDefault();
          requestNavigation(this, m.id);
        }}
      >
        <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          ${state ? ICONS[state] : nothing}
        </svg>
        <span class="text">
          <span class="title">${i + 1}. ${m.title}</span>
          <span class="state">${details.join(", ") || "\u00a0"}</span>
        </span>
      </a>
    </li>`;
  }

  static override styles = moduleMenuStyles;
}

customElements.define("module-menu", ModuleMenu);

declare global {
  interface HTMLElementTagNameMap {
    "module-menu": ModuleMenu;
  }
}
