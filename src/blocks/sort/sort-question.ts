/**
 * @summary A sort into groups: each card is a fieldset named by the card, holding a native radio
 * for each group, so arrow keys, a switch and touch choose the same way and a screen reader hears
 * "card, group, 1 of 2". Nothing moves by dragging. "Check answer" asks for every card first;
 * before a retry the verdict says only how many cards are in their right group; once the answer
 * is final every card says in words whether it is right and where it belongs, with why, and
 * what the sort shows follows. The saved groups are shown again on resume.
 */
import { html, nothing } from "lit";
// Course HTML is sanitized at build time (src/loading/markdown.ts); learner text never goes here.
import { unsafeHTML } from "lit/directives/unsafe-html.js";
import { AnswerElement } from "../../kit/answer-element.js";
import { blockStrings as strings } from "../../kit/strings.js";
import type { SortBlock, SortCard } from "./model.js";
import { rightlyPlaced } from "./placed.js";
import { sortAnswerable } from "./rules.js";
import { sortQuestionStyles } from "./sort-question.styles.js";
import { sortStrings as words } from "./strings.js";

export class SortQuestion extends AnswerElement {
  static override properties = {
    block: { attribute: false },
    placed: { state: true },
    message: { state: true },
  };

  declare block: SortBlock;
  /** The group id the learner chose for each card id, so far. */
  declare placed: Record<string, string>;
  /** Said when "Check answer" is pressed before every card has a group. */
  declare message: string;

  constructor() {
    super();
    this.placed = {};
    this.message = "";
  }

  protected get itemId() {
    return this.block?.id;
  }

  private get item() {
    return sortAnswerable(this.block);
  }

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has("block")) {
      this.state.reset();
      this.message = "";
    }
    // The saved groups when they appear (resume) or go (a retake cleared them); else none chosen.
    if (this.state.changed(this.answer)) {
      const saved = this.answer?.choice ?? [];
      this.placed = Object.fromEntries(
        this.block.cards.flatMap((c, i) => (saved[i] ? [[c.id, saved[i]]] : [])),
      );
    }
  }

  private groupText(id: string): string {
    return this.block.groups.find((g) => g.id === id)?.text ?? id;
  }

  private choose(card: string, group: string): void {
    this.placed = { ...this.placed, [card]: group };
    this.message = "";
  }

  private check(e: Event): void {
    e.preventDefault();
    const open = this.block.cards.filter((c) => !this.placed[c.id]);
    if (open.length > 0) {
      this.message = words.placeEveryCard(open.length);
      this.renderRoot.querySelector<HTMLElement>(`[data-card="${open[0].id}"] input`)?.focus();
      return;
    }
    const response = this.block.cards.map((c) => this.placed[c.id]);
    this.session.check(this.item, response, this.state.checked());
    this.message = "";
    this.focusVerdict();
  }

  /** Where Tab would land in the first card: its chosen group, or its first. */
  protected firstControl(): HTMLElement | null {
    const first = this.renderRoot.querySelector(".sort-card");
    return (
      first?.querySelector<HTMLElement>("input:checked") ??
      first?.querySelector<HTMLElement>("input") ??
      null
    );
  }

  override render() {
    const b = this.block;
    if (!b) return nothing;
    const a = this.answer;
    const showResult = a !== undefined && !this.state.editing;
    const locked = showResult || !this.session.canAnswer(this.item);
    const final = showResult && this.isFinal(a.choice);
    const attemptsAllowed = this.session.course.settings.attemptsPerQuestion;
    return html`
      <form class="card" @submit=${this.check} aria-labelledby="stem-${b.id}">
        <p class="label">${words.label(b.scored)}</p>
        <div class="stem content" id="stem-${b.id}">${unsafeHTML(b.stemHtml)}</div>
        <p class="hint">
          ${words.hint} ${attemptsAllowed > 1 ? strings.attemptsAllowed(attemptsAllowed) : nothing}
        </p>
        <ul class="cards" aria-label=${words.cardsLabel}>
          ${b.cards.map((c) => this.renderCard(c, locked, final))}
        </ul>
        <p class="message" role="alert">${this.message || nothing}</p>
        ${locked ? nothing : html`<button type="submit">${strings.checkAnswer}</button>`}
      </form>
      ${showResult ? this.renderResult(a.choice, final) : nothing}
    `;
  }

  private renderCard(c: SortCard, locked: boolean, final: boolean) {
    const b = this.block;
    const chosen = this.placed[c.id];
    const right = chosen === c.group;
    const mark = final ? (right ? "is-right" : "is-wrong") : "";
    const name = `sort-${b.id}-${c.id}`;
    return html`<li class="sort-card ${mark}" data-card=${c.id}>
      <fieldset>
        <legend class="text">${unsafeHTML(c.html)}</legend>
        ${
          locked
            ? html`<p class="placed">
                ${strings.yourAnswer}: <strong>${this.groupText(chosen ?? "")}</strong>
              </p>`
            : html`<div class="groups">
                ${b.groups.map(
                  (g) => html`<label class="group">
                    <input
                      type="radio"
                      name=${name}
                      value=${g.id}
                      .checked=${chosen === g.id}
                      @change=${() => this.choose(c.id, g.id)}
                    />
                    <span>${unsafeHTML(g.html)}</span>
                  </label>`,
                )}
              </div>`
        }
        ${
          final
            ? html`<p class="tag">
                ${right ? words.right(this.groupText(c.group)) : words.notRight(this.groupText(c.group))}
              </p>
              ${c.feedbackHtml ? html`<div class="content why">${unsafeHTML(c.feedbackHtml)}</div>` : nothing}`
            : nothing
        }
      </fieldset>
    </li>`;
  }

  /** Right, or no tries left: the answer is final and where each card belongs may be shown. */
  private isFinal(response: readonly string[]): boolean {
    return (
      rightlyPlaced(this.block, response) === this.block.cards.length ||
      !this.session.canAnswer(this.item)
    );
  }

  /** The verdict on a sort: how many cards are in their group, and once final what it shows. */
  private renderResult(response: readonly string[], final: boolean) {
    const b = this.block;
    const n = rightlyPlaced(b, response);
    const right = n === b.cards.length;
    return this.renderVerdict(
      right,
      html`${right ? nothing : html`<p>${words.rightlyPlaced(n, b.cards.length)}</p>`}
      ${
        final
          ? html`<p class="label">${words.whatItShows}</p>
            <div class="content">${unsafeHTML(b.feedbackHtml)}</div>`
          : nothing
      }`,
      nothing,
      !final,
    );
  }

  static override styles = sortQuestionStyles;
}

customElements.define("sort-question", SortQuestion);

declare global {
  interface HTMLElementTagNameMap {
    "sort-question": SortQuestion;
  }
}
