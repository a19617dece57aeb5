/**
 * @summary A process shown one step at a time: each step a heading ("Step 2 of 4" and its title)
 * and its text, in an ordered list; "Previous step" and "Next step" below the step, and "Show all
 * steps" above it. Every step is in the page: before scripts have run (the prerendered page),
 * when the learner asks for them all, and in print; one at a time only once the element runs.
 *
 * Focus: Previous and Next put focus on the new step's heading (tabindex -1), which says its place
 * and its title, so a screen reader announces "Step 3 of 4, …" once and reads on into the step
 * from there, and a keyboard learner Tabs through the step's links to the buttons again. A polite
 * live region with focus left on the button would have said the position but left the reading
 * point above the step's text. Nothing moves on screen for a learner who asks for reduced motion.
 */
import { html, LitElement, nothing } from "lit";
// Course HTML is sanitized at build time (src/loading/markdown.ts); learner text never goes here.
import { unsafeHTML } from "lit/directives/unsafe-html.js";
import type { StepsBlock } from "./model.js";
import { stepThroughStyles } from "./step-through.styles.js";
import { stepsStrings as words } from "./strings.js";

export class StepThrough extends LitElement {
  static override properties = {
    block: { attribute: false },
    current: { state: true },
    all: { state: true },
    running: { state: true },
  };
  declare block: StepsBlock;
  /** The step on screen, 0-based. */
  declare current: number;
  /** The learner asked to see every step at once. */
  declare all: boolean;
  /**
   * False for the first render, so a prerendered page (and one whose scripts never run) shows
   * every step and no buttons that would do nothing; the element's first update turns it on.
   */
  declare running: boolean;

  constructor() {
    super();
    this.current = 0;
    this.all = false;
    this.running = false;
  }

  override firstUpdated(): void {
    this.running = true;
  }

  /** Shows step `n` and puts focus on its heading once it is drawn. */
  private async go(n: number) {
    const last = (this.block?.steps.length ?? 1) - 1;
    this.current = Math.max(0, Math.min(last, n));
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#${this.block.id}-step-${this.current}`)?.focus();
  }

  override render() {
    const b = this.block;
    if (!b) return nothing;
    const one = this.running && !this.all;
    const count = b.steps.length;
    const level = b.title ? 4 : 3;
    const titleId = `${b.id}-title`;
    return html`<section
      aria-labelledby=${b.title ? titleId : nothing}
      aria-label=${b.title ? nothing : words.untitled}
    >
      ${b.title ? html`<h3 id=${titleId}>${b.title}</h3>` : nothing}
      ${
        this.running
          ? html`<button
              type="button"
              class="secondary toggle"
              @click=${() => {
                this.all = !this.all;
              }}
            >
              ${this.all ? words.showOne : words.showAll}
            </button>`
          : nothing
      }
      <ol class=${one ? "one" : "all"}>
        ${b.steps.map((s, i) => {
          const away = one && i !== this.current;
          const heading = html`<span class="position">${words.position(i + 1, count)}</span>
            <span class="step-title">${s.title}</span>`;
          const id = `${b.id}-step-${i}`;
          return html`<li class=${away ? "away" : i === this.current && one ? "shown" : ""}>
            ${
              level === 3
                ? html`<h3 id=${id} tabindex="-1">${heading}</h3>`
                : html`<h4 id=${id} tabindex="-1">${heading}</h4>`
            }
            <div class="content">${unsafeHTML(s.html)}</div>
          </li>`;
        })}
      </ol>
      ${
        one
          ? html`<div class="moves">
              <button
                type="button"
                class="secondary"
                ?disabled=${this.current === 0}
                @click=${() => this.go(this.current - 1)}
              >
                ${words.previous}
              </button>
              <button
                type="button"
                ?disabled=${this.current === count - 1}
                @click=${() => this.go(this.current + 1)}
              >
                ${words.next}
              </button>
            </div>`
          : nothing
      }
    </section>`;
  }

  static override styles = stepThroughStyles;
}

customElements.define("step-through", StepThrough);

declare global {
  interface HTMLElementTagNameMap {
    "step-through": StepThrough;
  }
}
