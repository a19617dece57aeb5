/**
 * @summary The final assessment: one drawn item at a time (the situation, the question, native
 * radios in a fieldset with a legend), saved as the learner goes with no feedback, then every
 * answer with the best one, why, and a link back to the lesson. A learner who did not pass may
 * start a new attempt, which draws other variants. Focus moves to each new question's heading, then
 * to the feedback's, so a screen reader user hears where they are; nothing is timed.
 */
import { html, LitElement, nothing, svg } from "lit";
// Course HTML is sanitized at build time (src/loading/markdown.ts); learner text never goes here.
import { unsafeHTML } from "lit/directives/unsafe-html.js";
import { SessionController } from "../../kit/session-controller.js";
import { blockStrings } from "../../kit/strings.js";
import { assessmentStyles } from "./assessment-block.styles.js";
import type { AssessmentBlock } from "./model.js";
import { attemptOf, type Drawn, drawOf, itemAnswerable } from "./rules.js";
import { assessmentStrings as words } from "./strings.js";

export class AssessmentElement extends LitElement {
  static override styles = assessmentStyles;
  static override properties = {
    block: { attribute: false },
    chosen: { state: true },
    message: { state: true },
  };

  declare block: AssessmentBlock;
  /** The option the learner has picked on the item on screen, before saving it. */
  declare chosen: string;
  declare message: string;
  protected readonly sessionSync = new SessionController(this);
  get session() {
    return this.sessionSync.session;
  }
  private shownAt = performance.now();
  /** The item on screen, so a new one starts with nothing chosen. */
  private shownId = "";

  constructor() {
    super();
    this.chosen = "";
    this.message = "";
  }

  /** A new item on screen starts with nothing chosen, and its time from now. */
  override willUpdate(): void {
    if (!this.block || !this.session) return;
    const next = this.drawn.find((d) => this.answerTo(d) === undefined);
    const id = next?.item.id ?? "";
    if (id !== this.shownId) {
      this.shownId = id;
      this.chosen = "";
      this.message = "";
      this.shownAt = performance.now();
    }
  }

  private get drawn(): Drawn[] {
    return drawOf(this.block, attemptOf(this.block, this.session.progress));
  }

  private answerTo(d: Drawn) {
    return this.session.progress.answers[d.item.id];
  }

  /** Brings the assessment into view with focus on where the learner is in it, when it holds `id`. */
  focusItem(id: string): boolean {
    if (!this.block?.points.some((p) => p.variants.some((v) => v.id === id))) return false;
    this.scrollIntoView({ block: "start" });
    (this.renderRoot.querySelector<HTMLElement>("h3") ?? this).focus();
    return true;
  }

  private save(e: Event, d: Drawn): void {
    e.preventDefault();
    if (!this.chosen) {
      this.message = words.chooseFirst;
      return;
    }
    this.session.check(
      itemAnswerable(d.point, d.item),
      [this.chosen],
      performance.now() - this.shownAt,
    );
    this.message = "";
    this.focusHeading();
  }

  private again(): void {
    this.session.retake();
    this.focusHeading();
  }

  private focusHeading(): void {
    this.updateComplete.then(() => {
      this.renderRoot.querySelector<HTMLElement>("h3")?.focus();
    });
  }

  override render() {
    const b = this.block;
    if (!b || !this.session) return nothing;
    const drawn = this.drawn;
    const next = drawn.findIndex((d) => this.answerTo(d) === undefined);
    if (next < 0) return this.renderFeedback(drawn);
    if (this.session.reviewing) return html`<p class="card">${words.notSubmitted}</p>`;
    return this.renderItem(drawn, next);
  }

  private renderItem(drawn: readonly Drawn[], k: number) {
    const d = drawn[k];
    const { item } = d;
    const last = k === drawn.length - 1;
    return html`
      <p>${words.intro(drawn.length)}</p>
      <form class="card" @submit=${(e: Event) => this.save(e, d)} aria-labelledby="pos-${b(item.id)}">
        <h3 id="pos-${b(item.id)}" tabindex="-1">${words.position(k + 1, drawn.length)}</h3>
        <progress class="meter" max=${drawn.length} value=${k} aria-hidden="true"></progress>
        <div class="scenario content">
          <p class="label">${blockStrings.scenario}</p>
          ${unsafeHTML(item.scenarioHtml)}
        </div>
        <fieldset>
          <legend>
            <span class="stem content">${unsafeHTML(item.stemHtml)}</span>
            <span class="hint">${blockStrings.chooseOne}</span>
          </legend>
          ${item.options.map(
            (o) => html`<div class="option">
              <input
                type="radio"
                id="${item.id}-${o.id}"
                name=${item.id}
                value=${o.id}
                .checked=${this.chosen === o.id}
                @change=${() => {
                  this.chosen = o.id;
                  this.message = "";
                }}
              />
              <label for="${item.id}-${o.id}">${unsafeHTML(o.html)}</label>
            </div>`,
          )}
        </fieldset>
        <p class="message" role="alert">${this.message || nothing}</p>
        <button type="submit">${last ? words.submit : words.saveAndGoOn}</button>
      </form>
    `;
  }

  private renderFeedback(drawn: readonly Drawn[]) {
    const right = drawn.filter((d) => this.isBest(d)).length;
    const { soFar } = this.session.result();
    return html`
      <section aria-labelledby="fb-${b(this.block.id)}">
        <h3 id="fb-${b(this.block.id)}" tabindex="-1">${words.feedbackTitle}</h3>
        <p>${words.bestOf(right, drawn.length)}</p>
        <ol class="answers">
          ${drawn.map((d, k) => this.renderAnswer(d, k, drawn.length))}
        </ol>
        ${
          soFar === "failed" && !this.session.reviewing
            ? html`<div class="again card">
              <p class="label">${words.tryAgainTitle}</p>
              <p>${words.tryAgainText}</p>
              <button type="button" @click=${this.again}>${words.tryAgain}</button>
            </div>`
            : nothing
        }
      </section>
    `;
  }

  private isBest(d: Drawn): boolean {
    const a = this.answerTo(d);
    return a !== undefined && d.item.options.some((o) => o.correct && a.choice.includes(o.id));
  }

  private renderAnswer(d: Drawn, k: number, n: number) {
    const { item, point } = d;
    const choice = this.answerTo(d)?.choice ?? [];
    const picked = item.options.find((o) => choice.includes(o.id));
    const best = item.options.find((o) => o.correct);
    const ok = this.isBest(d);
    return html`<li>
      <article class="result ${ok ? "right" : "wrong"}" aria-labelledby="q-${b(item.id)}">
        <p class="label" id="q-${b(item.id)}">${words.position(k + 1, n)}</p>
        <div class="content">${unsafeHTML(item.scenarioHtml)}</div>
        <div class="stem content">${unsafeHTML(item.stemHtml)}</div>
        <p class="verdict">
          <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            ${ok ? svg`<path d="M4 12.5l5 5L20 6.5" />` : svg`<path d="M6 6l12 12M18 6L6 18" />`}
          </svg>
          ${ok ? words.best : words.notBest}
        </p>
        ${picked ? this.renderPicked(words.yourAnswer, picked) : nothing}
        ${!ok && best ? this.renderPicked(words.bestAnswer, best) : nothing}
        ${
          point.lessonHtml
            ? html`<p class="lesson">${words.readAgain} ${unsafeHTML(point.lessonHtml)}</p>`
            : nothing
        }
      </article>
    </li>`;
  }

  private renderPicked(
    label: string,
    o: AssessmentBlock["points"][number]["variants"][number]["options"][number],
  ) {
    return html`<div class="picked">
      <p class="label">${label}</p>
      <p>${unsafeHTML(o.html)}</p>
      <p class="label">${words.why}</p>
      <div class="content">${unsafeHTML(o.feedbackHtml)}</div>
    </div>`;
  }
}

/** An id made safe for an attribute that names another (ids are already lowercase and hyphens). */
function b(id: string): string {
  return `as-${id}`;
}

customElements.get("assessment-block") ??
  customElements.define("assessment-block", AssessmentElement);
