/**
 * @summary A section break's Continue button: pressed, it asks the page to show the next section
 * (a `section-continue` event, which module-page answers by drawing that section, taking this
 * button away and moving focus to the start of the new section). Named by the author's label
 * (say what comes next) or "Continue". It announces nothing itself: the focus move says it.
 */
import { html, LitElement, nothing } from "lit";
import { continueButtonStyles } from "./continue-button.styles.js";
import { SECTION_CONTINUE_EVENT } from "./event.js";
import type { ContinueBlock } from "./model.js";
import { continueStrings } from "./strings.js";

export class ContinueButton extends LitElement {
  static override properties = { block: { attribute: false } };
  declare block: ContinueBlock;

  override render() {
    const b = this.block;
    if (!b) return nothing;
    return html`<div class="divider">
      <button
        type="button"
        @click=${() =>
          this.dispatchEvent(
            new CustomEvent(SECTION_CONTINUE_EVENT, { bubbles: true, composed: true }),
          )}
      >
        ${b.label ?? continueStrings.continue}
      </button>
    </div>`;
  }

  static override styles = continueButtonStyles;
}

customElements.define("continue-button", ContinueButton);

declare global {
  interface HTMLElementTagNameMap {
    "continue-button": ContinueButton;
  }
}
