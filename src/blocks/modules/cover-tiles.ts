/**
 * @summary The cover's module tiles: a list of links, one per other module, each with its icon
 * (decorative), title, about how long it takes and the learner's state in words; above them, for a
 * learner with progress, "Continue where you left off". Each link asks the shell to open its
 * module (the navigate event), which puts focus on that module's heading.
 *
 * Drawn only in the browser: the build's first screen holds an empty place for it (no styles, no
 * tiles), so the first paint keeps its budget and claims no learner's state; the tiles come once
 * the element's code has, from the session the player gives it.
 */
import { adoptStyles, html, LitElement, nothing } from "lit";
import type { Module } from "../../course/model.js";
import { courseIcon } from "../../kit/course-icon.js";
import { requestNavigation } from "../../kit/navigate-event.js";
import { SessionController } from "../../kit/session-controller.js";
import { coverTilesStyles } from "./cover-tiles.styles.js";
import type { ModulesBlock } from "./model.js";
import { continueTo, type Tile, tilesOf } from "./rules.js";
import { modulesStrings as strings } from "./strings.js";

let nextId = 0;

export class CoverTiles extends LitElement {
  static override properties = {
    block: { attribute: false },
    live: { state: true },
  };

  declare block: ModulesBlock;
  /** False for the first render (the build's, or the one that takes it over), true after. */
  declare live: boolean;
  private readonly sessionSync = new SessionController(this);
  private readonly headingId = `tiles-${nextId++}`;

  constructor() {
    super();
    this.live = false;
  }

  get session() {
    return this.sessionSync.session;
  }

  /**
   * Styles adopted here rather than declared (`static styles`): declared ones would be written
   * into the build's first screen for an element that shows nothing there.
   */
  protected override createRenderRoot() {
    const root = super.createRenderRoot();
    if (root instanceof ShadowRoot) adoptStyles(root, coverTilesStyles);
    return root;
  }

  protected override firstUpdated(): void {
    // The first render matched the build's empty place; the tiles come now.
    this.live = true;
  }

  /** The module the cover is on: its tile is left out. */
  private here(): string | undefined {
    return this.session.course.modules.find((m) => m.blocks.includes(this.block))?.id;
  }

  override render() {
    if (!this.live || !this.block) return nothing;
    const { course, progress } = this.session;
    const here = this.here() ?? "";
    const next = continueTo(course, progress, here);
    return html`<section class="cover" aria-labelledby=${this.headingId}>
      <h2 id=${this.headingId}>${this.block.title ?? strings.title}</h2>
      ${
        next
          ? html`<button
              class="continue"
              @click=${() => requestNavigation(this, next.module.id, { page: next.page })}
            >
              ${strings.continue(next.module.title)}
            </button>`
          : nothing
      }
      <ul>
        ${tilesOf(course, progress, here).map((t) => this.renderTile(t))}
      </ul>
    </section>`;
  }

  private renderTile(t: Tile) {
    const m: Module = t.module;
    const state =
      t.state === "in-progress"
        ? `${strings.state[t.state]}, ${strings.pagesOf(t.reached, t.pages)}`
        : strings.state[t.state];
    const minutes = m.minutes ?? 1;
    // The visible words, with pauses between them when read out.
    const name = [m.title, strings.minutesSaid(minutes), state].join(", ");
    return html`<li>
      <a
        href="#${m.id}"
        class="tile state-${t.state}"
        aria-label=${name}
        @click=${(e: Event) => {
          e.preventDefault();
          requestNavigation(this, m.id);
        }}
      >
        ${m.icon ? html`<span class="mark">${courseIcon(m.icon)}</span>` : nothing}
        <span class="text">
          <span class="title">${m.title}</span>
          <span class="meta">${strings.minutes(minutes)} · <span class="state">${state}</span></span>
        </span>
      </a>
    </li>`;
  }
}

customElements.define("cover-tiles", CoverTiles);

declare global {
  interface HTMLElementTagNameMap {
    "cover-tiles": CoverTiles;
  }
}
