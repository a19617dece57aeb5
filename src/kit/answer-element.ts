/**
 * What every element that asks one thing and checks it shares (the question card, the ordering
 * question, the sort): the session, the answer saved for its item and the tries left, bringing the
 * item into view for the results' "still needed" links and "stay and answer", the verdict that
 * takes focus once an answer is checked, and "Try again". Each element adds what it asks and how.
 * Loaded only with those elements, never with the player.
 */
import { html, LitElement, nothing, svg } from "lit";
import { AnswerState } from "./answer-state.js";
import { SessionController } from "./session-controller.js";
import { blockStrings as strings } from "./strings.js";

export abstract class AnswerElement extends LitElement {
  protected readonly sessionSync = new SessionController(this);
  get session() {
    return this.sessionSync.session;
  }
  protected readonly state = new AnswerState();

  /** The id of the item the element asks, once it has one. */
  protected abstract get itemId(): string | undefined;
  /** Where a learner starts answering: the control Tab would reach first. */
  protected abstract firstControl(): HTMLElement | null;

  protected get answer() {
    return this.session.progress.answers[this.itemId ?? ""];
  }

  protected get attemptsLeft(): number {
    return this.session.course.settings.attemptsPerQuestion - (this.answer?.attempts ?? 0);
  }

  /**
   * Brings the item into view and puts focus on it, when it is `id` (the results' "still needed"
   * links, "stay and answer"): on its verdict once answered, else on its first control.
   */
  focusItem(id: string): boolean {
    if (this.itemId !== id) return false;
    const target =
      this.renderRoot.querySelector<HTMLElement>("section.result") ?? this.firstControl();
    this.scrollIntoView({ block: "start" });
    (target ?? this).focus();
    return true;
  }

  /** After a check: the verdict takes focus, as the "Check answer" button it replaces is gone. */
  protected focusVerdict(): void {
    this.requestUpdate();
    this.updateComplete.then(() => {
      this.renderRoot.querySelector<HTMLElement>(".result")?.focus();
    });
  }

  /** "Try again": the answer can be changed, and focus goes back to where answering starts. */
  protected retry(): void {
    this.state.retry();
    this.requestUpdate();
    this.updateComplete.then(() => {
      this.firstControl()?.focus();
    });
  }

  /**
   * The verdict, which takes focus when it appears: named by whether the answer is right and
   * described by `feedback`, then `after` (what only a final answer may show), then "Try again"
   * with the tries left while `canRetry`.
   */
  protected renderVerdict(right: boolean, feedback: unknown, after: unknown, canRetry: boolean) {
    const id = this.itemId;
    return html`<section
      class="result ${right ? "right" : "wrong"}"
      tabindex="-1"
      aria-labelledby="verdict-${id}"
      aria-describedby="feedback-${id}"
    >
      <p class="verdict" id="verdict-${id}">
        <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          ${right ? svg`<path d="M4 12.5l5 5L20 6.5" />` : svg`<path d="M6 6l12 12M18 6L6 18" />`}
        </svg>
        ${right ? strings.correct : strings.incorrect}
      </p>
      <div id="feedback-${id}">${feedback}</div>
      ${after}
      ${
        canRetry
          ? html`<button class="secondary" @click=${() => this.retry()}>
              ${strings.tryAgain} (${strings.triesLeft(this.attemptsLeft)})
            </button>`
          : nothing
      }
    </section>`;
  }
}
