/**
 * @summary Tabs, as the ARIA tabs pattern has them: a `tablist` of `tab` buttons (named by their
 * labels, "tab 2 of 4" to a screen reader) and one `tabpanel` shown, labelled by its tab. Only the
 * selected tab is in the Tab order; arrows, Home and End move between tabs and show the one
 * moved to (automatic activation: a panel is short course text, already in the page). Nothing
 * is saved. On a narrow screen the tabs stack; printing shows every panel under its label.
 */
import { html, LitElement, nothing } from "lit";
// Course HTML is sanitized at build time (src/loading/markdown.ts); learner text never goes here.
import { unsafeHTML } from "lit/directives/unsafe-html.js";
import type { TabsBlock } from "./model.js";
import { tabAfterKey } from "./rules.js";
import { tabSetStyles } from "./tab-set.styles.js";

export class TabSet extends LitElement {
  static override properties = { block: { attribute: false }, selected: { state: true } };
  declare block: TabsBlock;
  declare selected: number;

  constructor() {
    super();
    this.selected = 0;
  }

  private show(index: number, focus: boolean) {
    this.selected = index;
    if (focus) this.renderRoot.querySelector<HTMLElement>(`#tab-${index}`)?.focus();
  }

  private readonly onKey = (e: KeyboardEvent) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    // From the tab that has focus: the shown one, unless a script or an assistive technology
    // moved focus to another.
    const tab = (e.target as HTMLElement).closest<HTMLElement>('[role="tab"]');
    if (!tab) return;
    const next = tabAfterKey(e.key, Number(tab.dataset.index), this.block.tabs.length);
    if (next === undefined) return;
    e.preventDefault();
    this.show(next, true);
  };

  override render() {
    const b = this.block;
    if (!b) return nothing;
    const at = Math.min(this.selected, b.tabs.length - 1);
    return html`${b.title ? html`<h3 id="title">${b.title}</h3>` : nothing}
      <div
        role="tablist"
        aria-labelledby=${b.title ? "title" : nothing}
        @keydown=${this.onKey}
      >
        ${b.tabs.map(
          (t, i) => html`<button
            type="button"
            role="tab"
            id=${`tab-${i}`}
            data-index=${i}
            aria-controls=${`panel-${i}`}
            aria-selected=${i === at ? "true" : "false"}
            tabindex=${i === at ? 0 : -1}
            @click=${() => this.show(i, false)}
          >
            ${t.label}
          </button>`,
        )}
      </div>
      ${b.tabs.map(
        (t, i) => html`<div
          class="panel content"
          role="tabpanel"
          id=${`panel-${i}`}
          aria-labelledby=${`tab-${i}`}
          tabindex="0"
          ?hidden=${i !== at}
        >
          <p class="print-label" aria-hidden="true">${t.label}</p>
          ${unsafeHTML(t.html)}
        </div>`,
      )}`;
  }

  static override styles = tabSetStyles;
}

customElements.define("tab-set", TabSet);

declare global {
  interface HTMLElementTagNameMap {
    "tab-set": TabSet;
  }
}
