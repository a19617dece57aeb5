/**
 * @summary A section break's Continue button: pressed, it asks the page to show the next section
 * (a `section-continue` event, which module-page answers by drawing that section and taking this
 * button away), then moves focus to the start of the new section (its leading heading, else the
 * section itself) and brings it to the top of the screen: smoothly, or at once for a learner who
 * asks for less motion. The page's code stays small: this runs only where a page has a break.
 * Named by the author's label (say what comes next) or "Continue". It announces nothing itself:
 * the focus move says it.
 */
import { html, LitElement, nothing } from "lit";
import { continueButtonStyles } from "./continue-button.styles.js";
import { SECTION_CONTINUE_EVENT } from "./event.js";
import type { ContinueBlock } from "./model.js";
import { continueStrings } from "./strings.js";

export class ContinueButton extends LitElement {
  static override properties = { block: { attribute: false } };
  declare block: ContinueBlock;

  private readonly go = async () => {
    // The page this button is drawn in: it draws the next section as its last one on screen.
    const page = (this.getRootNode() as ShadowRoot).host as LitElement;
    this.dispatchEvent(new CustomEvent(SECTION_CONTINUE_EVENT, { bubbles: true, composed: true }));
    await page.updateComplete;
    const section = [...page.renderRoot.querySelectorAll<HTMLElement>(".section")].pop();
    if (!section) return;
    (leadingHeading(section) ?? section).focus({ preventScroll: true });
    const still = matchMedia("(prefers-reduced-motion: reduce)").matches;
    section.scrollIntoView({ block: "start", behavior: still ? "auto" : "smooth" });
  };

  override render() {
    const b = this.block;
    if (!b) return nothing;
    return html`<div class="divider">
      <button
        type="button"
        @click=${this.go}
      >
        ${b.label ?? continueStrings.continue}
      </button>
    </div>`;
  }

  static override styles = continueButtonStyles;
}

/** A heading that opens a section (its first element, in the page's own text), when it takes focus. */
function leadingHeading(section: HTMLElement): HTMLElement | undefined {
  let el = section.firstElementChild;
  while (el && !/^H[1-6]$/.test(el.tagName)) el = el.firstElementChild;
  return el instanceof HTMLElement && el.hasAttribute("tabindex") ? el : undefined;
}

customElements.define("continue-button", ContinueButton);

declare global {
  interface HTMLElementTagNameMap {
    "continue-button": ContinueButton;
  }
}
