/**
 * @summary Content the learner opens on demand: a native `<details>`/`<summary>`, so keyboards and
 * screen readers get a disclosure button with its state for free. Printing opens it, so a printed
 * page never hides what the screen could show.
 */
import { html, LitElement, nothing } from "lit";
// Course HTML is sanitized at build time (src/loading/markdown.ts); learner text never goes here.
import { unsafeHTML } from "lit/directives/unsafe-html.js";
import type { RevealBlock } from "./model.js";
import { revealPanelStyles } from "./reveal-panel.styles.js";

export class RevealPanel extends LitElement {
  static override properties = { block: { attribute: false } };
  declare block: RevealBlock;
  /** Whether the learner had it open before printing, to leave it as they had it afterwards. */
  private openBeforePrint = false;

  private readonly beforePrint = () => {
    const details = this.renderRoot.querySelector("details");
    if (!details) return;
    this.openBeforePrint = details.open;
    details.open = true;
  };

  private readonly afterPrint = () => {
    const details = this.renderRoot.querySelector("details");
    if (details) details.open = this.openBeforePrint;
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener("beforeprint", this.beforePrint);
    window.addEventListener("afterprint", this.afterPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener("beforeprint", this.beforePrint);
    window.removeEventListener("afterprint", this.afterPrint);
  }

  override render() {
    const b = this.block;
    if (!b) return nothing;
    return html`<details>
      <summary>${b.summary}</summary>
      <div class="content">${unsafeHTML(b.html)}</div>
    </details>`;
  }

  static override styles = revealPanelStyles;
}

customElements.define("reveal-panel", RevealPanel);

declare global {
  interface HTMLElementTagNameMap {
    "reveal-panel": RevealPanel;
  }
}
