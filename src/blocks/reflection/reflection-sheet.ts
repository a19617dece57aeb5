/**
 * @summary The course's reflection prompts, each a labelled text box bounded to the prompt's
 * length with a visible "N of M characters" counter, saved with the learner's progress.
 *
 * Saves a moment after the learner stops typing and at once when they leave a box or the window,
 * so a reflection survives the window closing without writing to the LMS on every keystroke.
 * Learner text is only ever bound as text, never as HTML.
 */
import { html, LitElement, nothing } from "lit";
import { live } from "lit/directives/live.js";
import { sessionOf } from "../../kit/session.js";
import type { ReflectionPrompt } from "./model.js";
import { reflectionSheetStyles } from "./reflection-sheet.styles.js";
import { reflectionStrings } from "./strings.js";

/** How long after the last keystroke a reflection is saved. */
const SAVE_DELAY_MS = 600;
/**
 * Characters left at which screen readers are told how much room remains: near the limit only,
 * since announcing the count on every keystroke would drown out what the learner is writing.
 */
const WARN_AT = [50, 10, 0] as const;

export class ReflectionSheet extends LitElement {
  static override properties = {
    prompts: { attribute: false },
    drafts: { state: true },
    announcement: { state: true },
  };

  get session() {
    return sessionOf(this);
  }
  declare prompts: ReflectionPrompt[];
  /** What is in each box now, by prompt id (ahead of what is saved while the learner types). */
  declare drafts: Record<string, string>;
  declare announcement: string;
  /** Set while what the learner typed is in progress but not yet sent to the LMS. */
  private saveTimer?: ReturnType<typeof setTimeout>;
  /** The last warning step reached per prompt, so each step is announced once. */
  private readonly warned = new Map<string, number>();

  constructor() {
    super();
    this.prompts = [];
    this.drafts = {};
    this.announcement = "";
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener("visibilitychange", this.saveWhenHidden);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener("visibilitychange", this.saveWhenHidden);
    // The learner moved to another page mid-sentence: keep what they wrote.
    this.saveNow();
  }

  /** The learner switched away or is closing the window: don't wait for the delay. */
  private readonly saveWhenHidden = () => {
    if (document.visibilityState === "hidden") this.saveNow();
  };

  private textOf(p: ReflectionPrompt): string {
    return this.drafts[p.id] ?? this.session.progress.reflections[p.id] ?? "";
  }

  /**
   * Every keystroke goes into progress at once, so the words are there whenever the session
   * ends (even if the window closes mid-sentence); the LMS is written to once typing pauses.
   */
  private onInput(p: ReflectionPrompt, text: string): void {
    this.drafts = { ...this.drafts, [p.id]: text };
    this.session.reflect(p.id, text, false);
    this.warnNearLimit(p, text.length);
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => this.saveNow(), SAVE_DELAY_MS);
  }

  /** Sends what the learner has written to the LMS, if anything is waiting. */
  private saveNow(): void {
    if (this.saveTimer === undefined) return;
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    this.session.save();
  }

  private warnNearLimit(p: ReflectionPrompt, length: number): void {
    const left = p.maxLength - length;
    const step = WARN_AT.filter((n) => left <= n).length - 1;
    const last = this.warned.get(p.id) ?? -1;
    if (step > last) this.announcement = reflectionStrings.charactersLeft(Math.max(0, left));
    this.warned.set(p.id, step);
  }

  override render() {
    return html`<p class="note">${reflectionStrings.reflectionSaved}</p>
      ${this.prompts.map((p) => {
        const text = this.textOf(p);
        const id = `reflection-${p.id}`;
        return html`<div class="prompt">
          <label for=${id}>${p.text}</label>
          <textarea
            id=${id}
            rows="5"
            maxlength=${p.maxLength}
            ?readonly=${this.session.reviewing}
            aria-describedby="${id}-count"
            .value=${live(text)}
            @input=${(e: Event) => this.onInput(p, (e.target as HTMLTextAreaElement).value)}
            @change=${this.saveNow}
            @blur=${this.saveNow}
          ></textarea>
          <p class="count" id="${id}-count">${reflectionStrings.characters(text.length, p.maxLength)}</p>
        </div>`;
      })}
      <p class="visually-hidden" aria-live="polite">${this.announcement || nothing}</p>`;
  }

  static override styles = reflectionSheetStyles;
}

customElements.define("reflection-sheet", ReflectionSheet);

declare global {
  interface HTMLElementTagNameMap {
    "reflection-sheet": ReflectionSheet;
  }
}
