/**
 * @summary A question: native radios or checkboxes in a fieldset with a legend, "check answer",
 * feedback for each chosen option (and the consequence, for scenarios) announced to screen
 * readers, retries as the course allows, and the answered state restored on resume. Once the
 * answer is final the learner can open why every option is or is not right. Options show in the
 * author's order, or in a fixed order per learner when the question is shuffled.
 */
import { html, LitElement, nothing, svg } from "lit";
// Course HTML is sanitized at build time (src/loading/markdown.ts); learner text never goes here.
import { unsafeHTML } from "lit/directives/unsafe-html.js";
import { SessionController } from "../../kit/session-controller.js";
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

export class QuestionCard extends LitElement {
  static override properties = {
    question: { attribute: false },
    selected: { state: true },
    message: { state: true },
  };

  declare question: Question;
  declare selected: string[];
  declare message: string;
  protected readonly sessionSync = new SessionController(this);
  get session() {
    return this.sessionSync.session;
  }
  /** When the learner first saw this question, for the interaction's latency. */
  private shownAt = performance.now();
  private editing = false;
  /** The saved answer's attempt count last shown, to notice answers restored or cleared. */
  private shownAttempts = -1;

  constructor() {
    super();
    this.selected = [];
    this.message = "";
  }

  /** Seeds a shuffled question's order: the learner as the LMS names them, else the course. */
  private get learnerSeed(): string {
    return this.session.learnerName ?? this.session.course.id;
  }

  private get answer() {
    return this.session.progress.answers[this.question.id];
  }

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has("question")) {
      // A card may be reused for another question (the next page's): nothing of the last stays.
      this.shownAt = performance.now();
      this.editing = false;
      this.shownAttempts = -1;
      this.message = "";
    }
    // Show the saved answer when it appears (resume) or goes (the learner is trying again).
    const attempts = this.answer?.attempts ?? 0;
    if (attempts !== this.shownAttempts && !this.editing) {
      this.selected = this.answer?.choice ?? [];
      this.shownAttempts = attempts;
    }
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
    this.session.check(
      answerableOf(this.question),
      this.selected,
      performance.now() - this.shownAt,
    );
    this.editing = false;
    this.requestUpdate();
    this.updateComplete.then(() => {
      (this.renderRoot.querySelector(".result") as HTMLElement | null)?.focus();
    });
  }

  /**
   * Brings this question into view and puts focus on it, when it is `id` (the results' "still
   * needed" links, "stay and answer"): on its feedback once answered, else on its first choice.
   */
  focusItem(id: string): boolean {
    if (this.question?.id !== id) return false;
    const root = this.renderRoot;
    const target =
      root.querySelector<HTMLElement>("section.result") ??
      root.querySelector<HTMLElement>("input:enabled");
    this.scrollIntoView({ block: "start" });
    (target ?? this).focus();
    return true;
  }

  private retry(): void {
    this.editing = true;
    this.shownAt = performance.now();
    this.requestUpdate();
    this.updateComplete.then(() => {
      (this.renderRoot.querySelector("input") as HTMLElement | null)?.focus();
    });
  }

  override render() {
    const q = this.question;
    const a = this.answer;
    const showResult = a !== undefined && !this.editing;
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
   * The feedback takes focus when it appears (the "check answer" button it replaces is gone), and
   * is named by its verdict and described by the feedback, so a screen reader reads both.
   */
  private renderResult(choice: string[]) {
    const q = this.question;
    const right = isCorrect(q, choice);
    const canRetry = !right && this.session.canAnswer(answerableOf(q));
    const chosen = q.options.filter((o) => choice.includes(o.id));
    const missed = q.options.filter((o) => o.correct && !choice.includes(o.id));
    const attemptsLeft =
      this.session.course.settings.attemptsPerQuestion - (this.answer?.attempts ?? 0);
    return html`<section
      class="result ${right ? "right" : "wrong"}"
      tabindex="-1"
      aria-labelledby="verdict-${q.id}"
      aria-describedby="feedback-${q.id}"
    >
      <p class="verdict" id="verdict-${q.id}">
        <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          ${right ? svg`<path d="M4 12.5l5 5L20 6.5" />` : svg`<path d="M6 6l12 12M18 6L6 18" />`}
        </svg>
        ${right ? strings.correct : strings.incorrect}
      </p>
      <div id="feedback-${q.id}">
        ${chosen.map(
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
        }
      </div>
      ${canRetry ? nothing : this.renderEveryOption()}
      ${
        canRetry
          ? html`<button class="secondary" @click=${this.retry}>
              ${strings.tryAgain} (${strings.triesLeft(attemptsLeft)})
            </button>`
          : nothing
      }
    </section>`;
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
