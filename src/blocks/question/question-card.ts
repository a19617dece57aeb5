/**
 * @summary A question: native radios or checkboxes in a fieldset with a legend, "check answer",
 * feedback for each chosen option (and the consequence, for scenarios) announced to screen
 * readers, retries as the course allows, and the answered state restored on resume. Once the
 * answer is final the learner can open why every option is or is not right. Options show in the
 * author's order, or in a fixed order per learner when the question is shuffled.
 */
import { html, nothing, svg } from "lit";
// Course HTML is sanitized at build time (src/loading/markdown.ts); learner text never goes here.
import { unsafeHTML } from "lit/directives/unsafe-html.js";
import { AnswerElement } from "../../kit/answer-element.js";
import { blockStrings as strings } from "../../kit/strings.js";
import type { Question } from "./model.js";
import { optionOrder } from "./order.js";
import { questionCardStyles } from "./question-card.styles.js";
import { answerableOf, feedbackForMissedOption, isCorrect, questionKindOf } from "./rules.js";
import { questionStrings } from "./strings.js";

const QUESTION_LABELS = {
  scenario: strings.scenarioQuestion,
  "knowledge-check": strings.knowledgeCheck,
  practice: strings.practiceQuestion,
} as const;

export class QuestionCard extends AnswerElement {
  static override properties = {
    question: { attribute: false },
    selected: { state: true },
    message: { state: true },
  };

  declare question: Question;
  declare selected: string[];
  declare message: string;

  constructor() {
    super();
    this.selected = [];
    this.message = "";
  }

  /** Seeds a shuffled question's order: the learner as the LMS names them, else the course. */
  private get learnerSeed(): string {
    return this.session.learnerName ?? this.session.course.id;
  }

  protected get itemId() {
    return this.question?.id;
  }

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has("question")) {
      // A card may be reused for another question (the next page's): nothing of the last stays.
      this.state.reset();
      this.message = "";
    }
    // Show the saved answer when it appears (resume) or goes (the learner is trying again).
    if (this.state.changed(this.answer)) this.selected = this.answer?.choice ?? [];
  }

  private choose(id: string, checked: boolean): void {
    if (this.question.kind === "multiple") {
      this.selected = checked
        ? [...this.selected.filter((x) => x !== id), id]
        : this.selected.filter((x) => x !== id);
    } else if (checked) {
      this.selected = [id];
    }
    this.message = "";
  }

  private check(e: Event): void {
    e.preventDefault();
    if (this.selected.length === 0) {
      this.message = strings.chooseFirst;
      return;
    }
    this.session.check(answerableOf(this.question), this.selected, this.state.checked());
    this.focusVerdict();
  }

  protected firstControl() {
    return this.renderRoot.querySelector<HTMLElement>("input:enabled");
  }

  override render() {
    const q = this.question;
    const a = this.answer;
    const showResult = a !== undefined && !this.state.editing;
    const locked = showResult || !this.session.canAnswer(answerableOf(q));
    const type = q.kind === "multiple" ? "checkbox" : "radio";
    const attemptsAllowed = this.session.course.settings.attemptsPerQuestion;
    return html`
      <form class="card" @submit=${this.check}>
        ${
          q.scenarioHtml
            ? html`<div class="scenario content">
              <p class="label">${strings.scenario}</p>
              ${unsafeHTML(q.scenarioHtml)}
            </div>`
            : nothing
        }
        <fieldset ?disabled=${locked}>
          <legend>
            <span class="label">${QUESTION_LABELS[questionKindOf(q)]}</span>
            <span class="stem content">${unsafeHTML(q.stemHtml)}</span>
            <span class="hint">
              ${q.kind === "multiple" ? strings.chooseAll : strings.chooseOne}
              ${attemptsAllowed > 1 ? strings.attemptsAllowed(attemptsAllowed) : nothing}
            </span>
          </legend>
          ${optionOrder(q, this.learnerSeed).map((o) => {
            const mark = showResult ? this.markOf(o.id, o.correct, a.choice) : null;
            return html`<div class="option ${mark?.classes ?? ""}">
              <input
                type=${type}
                id="${q.id}-${o.id}"
                name=${q.id}
                value=${o.id}
                class=${mark ? "visually-hidden" : ""}
                .checked=${this.selected.includes(o.id)}
                @change=${(e: Event) => this.choose(o.id, (e.target as HTMLInputElement).checked)}
              />
              ${
                mark
                  ? html`<svg class="icon mark" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                      ${mark.icon}
                    </svg>`
                  : nothing
              }
              <label for="${q.id}-${o.id}">
                ${unsafeHTML(o.html)}
                ${mark?.tags.length ? html`<span class="tags">${mark.tags.map((t) => html`<span class="tag">${t}</span>`)}</span>` : nothing}
              </label>
            </div>`;
          })}
        </fieldset>
        <p class="message" role="alert">${this.message || nothing}</p>
        ${
          showResult
            ? nothing
            : html`<button type="submit" ?disabled=${locked}>${strings.checkAnswer}</button>`
        }
      </form>
      ${showResult ? this.renderResult(a.choice) : nothing}
    `;
  }

  /**
   * How an option shows once answered: the learner's choice and (when the answer is final, or
   * right) the right options, each said in words as well as by colour and icon. Before a retry the
   * right answer stays hidden, so only "Your answer" is marked.
   */
  private markOf(optionId: string, correct: boolean, choice: readonly string[]) {
    const chosen = choice.includes(optionId);
    const final =
      isCorrect(this.question, choice) || !this.session.canAnswer(answerableOf(this.question));
    const showRight = correct && final;
    const tags = [
      ...(chosen ? [strings.yourAnswer] : []),
      ...(showRight ? [strings.rightAnswer] : []),
    ];
    const classes = [
      chosen ? "chosen" : "",
      showRight ? "is-right" : "",
      chosen && !correct ? "is-wrong" : "",
    ].join(" ");
    const icon = showRight
      ? svg`<circle cx="12" cy="12" r="10" class="disc" /><path d="M7 12.5l3.5 3.5L17 9" class="on-disc" />`
      : chosen && final
        ? svg`<circle cx="12" cy="12" r="10" class="disc" /><path d="M8.5 8.5l7 7M15.5 8.5l-7 7" class="on-disc" />`
        : chosen
          ? svg`<circle cx="12" cy="12" r="9" /><circle cx="12" cy="12" r="4.5" class="dot" />`
          : svg`<circle cx="12" cy="12" r="9" />`;
    return { tags, classes, icon };
  }

  /**
   * The verdict on a choice: the feedback of each option chosen (and what happens next, in a
   * scenario), and once final the right options missed and why each option is or is not right.
   */
  private renderResult(choice: string[]) {
    const q = this.question;
    const right = isCorrect(q, choice);
    const canRetry = !right && this.session.canAnswer(answerableOf(q));
    const chosen = q.options.filter((o) => choice.includes(o.id));
    const missed = q.options.filter((o) => o.correct && !choice.includes(o.id));
    return this.renderVerdict(
      right,
      html`${chosen.map(
        (o) => html`<div class="feedback">
          <p class="choice"><span class="label">${strings.yourChoice}:</span> ${unsafeHTML(o.html)}</p>
          ${
            o.consequenceHtml
              ? html`<p class="label">${strings.whatHappensNext}</p>
                <div class="content">${unsafeHTML(o.consequenceHtml)}</div>
                <p class="label">${strings.feedback}</p>`
              : nothing
          }
          <div class="content">${unsafeHTML(o.feedbackHtml)}</div>
        </div>`,
      )}
      ${
        !right && !canRetry
          ? missed.map(
              (o) => html`<div class="feedback">
              <p class="choice"><span class="label">${strings.rightAnswer}:</span> ${unsafeHTML(o.html)}</p>
              <div class="content">${unsafeHTML(feedbackForMissedOption(o.feedbackHtml))}</div>
            </div>`,
            )
          : nothing
      }`,
      canRetry ? nothing : this.renderEveryOption(),
      canRetry,
    );
  }

  /**
   * Why each option is or is not right, in the order the learner saw them. Only once the answer is
   * final: before a retry it would give the answer away.
   */
  private renderEveryOption() {
    const q = this.question;
    return html`<details class="every-option">
      <summary>${questionStrings.whyEach}</summary>
      <ul>
        ${optionOrder(q, this.learnerSeed).map(
          (o) => html`<li>
            <p class="choice">${unsafeHTML(o.html)} — <strong>${o.correct ? questionStrings.right : questionStrings.notRight}</strong></p>
            <div class="content">${unsafeHTML(o.feedbackHtml)}</div>
          </li>`,
        )}
      </ul>
    </details>`;
  }

  static override styles = questionCardStyles;
}

customElements.define("question-card", QuestionCard);

declare global {
  interface HTMLElementTagNameMap {
    "question-card": QuestionCard;
  }
}
