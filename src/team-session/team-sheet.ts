/**
 * @summary The feedback sheet as a form, the team session's last step: the team's agency and
 * size, what it discussed, the changes it will make (the course's key messages, and its own),
 * and what it needs from the partnership. "Save" downloads a small JSON file (feedback.ts) made
 * in this page: no request, nothing stored in the browser. `npm run report -- --feedback` reads
 * a folder of them.
 */
import { html, LitElement, nothing } from "lit";
import type { TeamSessionData } from "./data.js";
import {
  AGENCIES,
  type AgencyId,
  FEEDBACK_FORMAT,
  FEEDBACK_FORMAT_VERSION,
  feedbackFileName,
  TEXT_LIMIT,
  type TeamFeedback,
} from "./feedback.js";
import { strings } from "./strings.js";
import { teamSheetStyles } from "./team-screen.styles.js";

/** Today in the computer's own calendar, as YYYY-MM-DD. */
function today(): string {
  const now = new Date();
  const two = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}

export class TeamSheet extends LitElement {
  static override properties = {
    missing: { state: true },
    savedAs: { state: true },
  };

  data!: TeamSessionData;
  plan = 45;
  declare missing: boolean;
  declare savedAs: string | undefined;

  constructor() {
    super();
    this.missing = false;
  }

  private field<T extends HTMLElement>(id: string): T {
    return this.renderRoot.querySelector(`#${id}`) as T;
  }

  /** The sheet as the form holds it now. */
  sheet(): TeamFeedback | undefined {
    const agency = this.field<HTMLSelectElement>("agency").value as AgencyId | "";
    if (!agency) return undefined;
    const size = this.field<HTMLInputElement>("size").valueAsNumber;
    const text = (id: string) => this.field<HTMLTextAreaElement>(id).value.trim();
    const ticked = new Set(
      [...this.renderRoot.querySelectorAll<HTMLInputElement>("input[name=change]:checked")].map(
        (c) => c.value,
      ),
    );
    const date = today();
    return {
      format: FEEDBACK_FORMAT,
      formatVersion: FEEDBACK_FORMAT_VERSION,
      course: { id: this.data.course.id, version: this.data.course.version },
      plan: this.plan,
      date,
      agency,
      teamSize: Number.isInteger(size) && size > 0 ? size : null,
      discussed: text("discussed"),
      changes: this.data.changes.filter((c) => ticked.has(c.id)),
      otherChange: text("other"),
      needs: text("needs"),
    };
  }

  private save(e: Event): void {
    e.preventDefault();
    const sheet = this.sheet();
    this.missing = sheet === undefined;
    if (!sheet) {
      this.field<HTMLSelectElement>("agency").focus();
      return;
    }
    // Made and downloaded in this page: a Blob and a link with `download`, never a request.
    const name = feedbackFileName(sheet.course, sheet.date);
    const url = URL.createObjectURL(
      new Blob([`${JSON.stringify(sheet, null, 2)}\n`], { type: "application/json" }),
    );
    const link = document.createElement("a");
    link.href = url;
    link.download = name;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    this.savedAs = name;
  }

  override render() {
    const d = this.data;
    const area = (id: string, label: string) =>
      html`<label for=${id}>${label}</label>
        <textarea id=${id} rows="3" maxlength=${TEXT_LIMIT}></textarea>`;
    return html`<form @submit=${this.save} novalidate>
      <p>${strings.sheetIntro(d.partnership)}</p>
      <p class="note" id="no-names"><strong>${strings.noNames}</strong></p>
      <label for="agency">${strings.agency}</label>
      <select
        id="agency"
        aria-invalid=${this.missing ? "true" : "false"}
        aria-describedby=${this.missing ? "agency-missing" : nothing}
        @change=${() => {
          this.missing = false;
        }}
      >
        <option value="">${strings.agencyChoose}</option>
        ${AGENCIES.map((a) => html`<option value=${a.id}>${a.label}</option>`)}
      </select>
      ${this.missing ? html`<p class="error" id="agency-missing">${strings.agencyMissing}</p>` : nothing}
      <label for="size">${strings.teamSize}</label>
      <input id="size" type="number" min="1" max="999" step="1" inputmode="numeric" />
      ${area("discussed", strings.discussed)}
      <fieldset>
        <legend>${strings.changes}</legend>
        <p class="hint">${strings.changesHint}</p>
        ${d.changes.map(
          (c) =>
            html`<label class="check"
              ><input type="checkbox" name="change" value=${c.id} /> ${c.text}</label
            >`,
        )}
        ${area("other", strings.otherChange)}
      </fieldset>
      ${area("needs", strings.needs)}
      <p><button class="primary" type="submit">${strings.save}</button></p>
      <p role="status">${this.savedAs ? strings.saved(this.savedAs) : ""}</p>
    </form>`;
  }

  static override styles = teamSheetStyles;
}

customElements.define("team-sheet", TeamSheet);

declare global {
  interface HTMLElementTagNameMap {
    "team-sheet": TeamSheet;
  }
}
