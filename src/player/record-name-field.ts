/**
 * @summary The learner's name for their record of learning, asked for where no LMS gives one (the
 * web package). Kept in this browser only; the record shows it as text, never as HTML.
 *
 * @event record-name-change - The learner changed the name; the record re-renders from storage.
 */
import { html, LitElement } from "lit";
import { sessionOf } from "../kit/session.js";
import { recordStrings } from "./record.strings.js";
import { keepRecordName, readRecordName } from "./record-name.js";
import { recordNameFieldStyles } from "./record-name-field.styles.js";
import type { CourseSession } from "./session.js";

export const RECORD_NAME_EVENT = "record-name-change";

export class RecordNameField extends LitElement {
  static override properties = {};

  get session() {
    return sessionOf(this) as CourseSession;
  }

  private changed(e: Event): void {
    keepRecordName(this.session.course.id, (e.target as HTMLInputElement).value);
    this.dispatchEvent(new Event(RECORD_NAME_EVENT, { bubbles: true, composed: true }));
  }

  override render() {
    return html`<label for="record-name">${recordStrings.recordNameLabel}</label>
      <p class="hint" id="record-name-hint">${recordStrings.recordNameHint}</p>
      <input
        id="record-name"
        type="text"
        autocomplete="name"
        maxlength="80"
        aria-describedby="record-name-hint"
        .value=${readRecordName(this.session.course.id)}
        @change=${this.changed}
      />`;
  }

  static override styles = recordNameFieldStyles;
}

customElements.define("record-name-field", RecordNameField);

declare global {
  interface HTMLElementTagNameMap {
    "record-name-field": RecordNameField;
  }
}
