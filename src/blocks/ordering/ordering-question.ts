/**
 * @summary An ordering question: the steps in a numbered list, each with "Move up" and "Move down"
 * buttons (named by the move, described by the step, so a screen reader hears both), a polite
 * announcement of where a moved step now is, then "check answer". Before a retry the verdict says
 * only how many steps are in place; once the answer is final every step says whether it is in its
 * right place or where it belongs, and the right order follows with why. The saved order is shown
 * again on resume. Nothing moves by dragging, so keyboard, switch and touch work the same way.
 */
import { html, nothing, svg } from "lit";
// Course HTML is sanitized at build time (src/loading/markdown.ts); learner text never goes here.
import { unsafeHTML } from "lit/directives/unsafe-html.js";
import { AnswerElement } from "../../kit/answer-element.js";
import { blockStrings as strings } from "../../kit/strings.js";
import type { OrderingBlock, OrderingStep } from "./model.js";
import { orderingQuestionStyles } from "./ordering-question.styles.js";
import { inPlace, moved, orderingAnswerable, startOrder } from "./rules.js";
import { orderingStrings as words } from "./strings.js";

export class OrderingQuestion extends AnswerElement {
  static override properties = {
    block: { attribute: false },
    order: { state: true },
    said: { state: true },
  };

  declare block: OrderingBlock;
  /** The step ids in the order the learner has them now. */
  declare order: string[];
  /** What the live region says after a move. */
  declare said: string;

  constructor() {
    super();
    this.order = [];
    this.said = "";
  }

  protected get itemId() {
    return this.block?.id;
  }

  private get item() {
    return orderingAnswerable(this.block);
  }

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has("block")) {
      this.state.reset();
      this.said = "";
    }
    // The saved order when it appears (resume) or goes (a retake cleared it); else the start.
    if (this.state.changed(this.answer)) this.order = this.answer?.choice ?? startOrder(this.block);
  }

  private step(id: string): OrderingStep {
    return this.block.steps.find((s) => s.id === id) ?? this.block.steps[0];
  }

  private move(id: string, by: -1 | 1): void {
    const from = this.order.indexOf(id);
    const to = from + by;
    const text = this.step(id).text;
    if (to < 0 || to >= this.order.length) {
      this.said = by < 0 ? words.atTop(text) : words.atBottom(text);
      return;
    }
    this.order = moved(this.order, id, by);
    this.said = words.movedTo(text, to + 1, this.order.length);
    // Focus stays with the step and the button pressed, so moving it again is one more press.
    this.updateComplete.then(() => {
      const button = this.renderRoot.querySelector<HTMLElement>(
        `[data-step="${id}"] .${by < 0 ? "up" : "down"}`,
      );
      button?.focus();
    });
  }

  private check(e: Event): void {
    e.preventDefault();
    this.session.check(this.item, this.order, this.state.checked());
    this.said = "";
    this.focusVerdict();
  }

  protected firstControl() {
    return this.renderRoot.querySelector<HTMLElement>(".moves button");
  }

  override render() {
    const b = this.block;
    if (!b) return nothing;
    const a = this.answer;
    const showResult = a !== undefined && !this.state.editing;
    const locked = showResult || !this.session.canAnswer(this.item);
    const final = showResult && this.isFinal(a.choice);
    const attemptsAllowed = this.session.course.settings.attemptsPerQuestion;
    const total = this.order.length;
    return html`
      <form class="card" @submit=${this.check} aria-labelledby="stem-${b.id}">
        ${
          b.scenarioHtml
            ? html`<div class="scenario content">
              <p class="label">${strings.scenario}</p>
              ${unsafeHTML(b.scenarioHtml)}
            </div>`
            : nothing
        }
        <p class="label">${words.label(b.scored)}</p>
        <div class="stem content" id="stem-${b.id}">${unsafeHTML(b.stemHtml)}</div>
        <p class="hint">
          ${words.hint} ${attemptsAllowed > 1 ? strings.attemptsAllowed(attemptsAllowed) : nothing}
        </p>
        <ol class="steps" aria-label=${words.stepsLabel}>
          ${this.order.map((id, i) => {
            const s = this.step(id);
            const right = b.steps[i].id === id;
            const mark = final ? (right ? "is-right" : "is-wrong") : "";
            return html`<li class="step ${mark}" data-step=${id}>
              <span class="place" aria-hidden="true">${i + 1}</span>
              <span class="text" id="step-${b.id}-${id}">
                ${unsafeHTML(s.html)}
                ${
                  final
                    ? html`<span class="tag">${
                        right
                          ? words.rightPlace
                          : words.belongsAt(b.steps.findIndex((x) => x.id === id) + 1)
                      }</span>`
                    : nothing
                }
              </span>
              ${
                locked
                  ? nothing
                  : html`<span class="moves">
                    <button
                      type="button"
                      class="secondary up"
                      aria-describedby="step-${b.id}-${id}"
                      aria-disabled=${i === 0 ? "true" : "false"}
                      @click=${() => this.move(id, -1)}
                    >
                      ${arrow(-1)}<span>${words.moveUp}</span>
                    </button>
                    <button
                      type="button"
                      class="secondary down"
                      aria-describedby="step-${b.id}-${id}"
                      aria-disabled=${i === total - 1 ? "true" : "false"}
                      @click=${() => this.move(id, 1)}
                    >
                      ${arrow(1)}<span>${words.moveDown}</span>
                    </button>
                  </span>`
              }
            </li>`;
          })}
        </ol>
        <p class="visually-hidden" role="status">${this.said || nothing}</p>
        ${locked ? nothing : html`<button type="submit">${strings.checkAnswer}</button>`}
      </form>
      ${showResult ? this.renderResult(a.choice, final) : nothing}
    `;
  }

  /** Right, or no tries left: the answer is final and the right order may be shown. */
  private isFinal(order: readonly string[]): boolean {
    return (
      inPlace(this.block, order) === this.block.steps.length || !this.session.canAnswer(this.item)
    );
  }

  /** The verdict on an order: how many steps are in place, and once final why and the right order. */
  private renderResult(order: readonly string[], final: boolean) {
    const b = this.block;
    const right = inPlace(b, order) === b.steps.length;
    return this.renderVerdict(
      right,
      html`${right ? nothing : html`<p>${words.inPlace(inPlace(b, order), b.steps.length)}</p>`}
      ${
        final
          ? html`<p class="label">${words.whyThisOrder}</p>
            <div class="content">${unsafeHTML(b.feedbackHtml)}</div>`
          : nothing
      }`,
      final ? this.renderRightOrder() : nothing,
      !final,
    );
  }

  /** The right order, each step with why it comes there where the author says. */
  private renderRightOrder() {
    return html`<details class="right-order">
      <summary>${words.rightOrder}</summary>
      <ol>
        ${this.block.steps.map(
          (s) => html`<li>
            <p>${unsafeHTML(s.html)}</p>
            ${s.feedbackHtml ? html`<div class="content">${unsafeHTML(s.feedbackHtml)}</div>` : nothing}
          </li>`,
        )}
      </ol>
    </details>`;
  }

  static override styles = orderingQuestionStyles;
}

/** An arrow up or down, drawn: no icon font, no request. */
function arrow(by: -1 | 1) {
  return html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
    ${by < 0 ? svg`<path d="M12 19V5M6 11l6-6 6 6" />` : svg`<path d="M12 5v14M6 13l6 6 6-6" />`}
  </svg>`;
}

customElements.define("ordering-question", OrderingQuestion);

declare global {
  interface HTMLElementTagNameMap {
    "ordering-question": OrderingQuestion;
  }
}
