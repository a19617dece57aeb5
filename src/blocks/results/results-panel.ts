/**
 * @summary The learner's result: score against the pass mark, passed or not, a breakdown by
 * theme, links back to the modules worth revisiting, and a way to try again when not passed.
 *
 * @event player-navigate - The learner chose a module to revisit, or started again; detail
 * `{ moduleId }`.
 */
import { html, LitElement, nothing } from "lit";
import { requestNavigation } from "../../kit/navigate-event.js";
import type { Score } from "../../kit/progress.js";
import { SessionController } from "../../kit/session-controller.js";
import { retakeWordingOf } from "../attempts.js";
import { kindOf } from "../rules.js";
import { resultsPanelStyles } from "./results-panel.styles.js";
import { type StillNeeded, stillNeededOf } from "./still-needed.js";
import { resultsStrings } from "./strings.js";
import {
  firstScoredModule,
  type ModuleToRevisit,
  modulesToRevisit,
  percentOf,
  sessionResult,
} from "./summary.js";

/** A question's text, cut at a word near 90 characters, as a link that says where it goes. */
function shortText(text: string): string {
  if (text.length <= 90) return text;
  const cut = text.slice(0, 90);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), 60))}…`;
}

export class ResultsPanel extends LitElement {
  static override properties = {
    confirming: { state: true },
  };

  /** "Try again" was pressed: the learner is asked to confirm before answers are cleared. */
  declare confirming: boolean;
  private focusAfterRender: "confirm" | "retake" | null = null;

  constructor() {
    super();
    this.confirming = false;
  }

  protected override updated(): void {
    const target = this.focusAfterRender;
    this.focusAfterRender = null;
    const selector = target === "confirm" ? ".confirm-title" : target === "retake" ? ".retake" : "";
    if (selector) this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  protected readonly sessionSync = new SessionController(this);
  get session() {
    return this.sessionSync.session;
  }

  override render() {
    const { course, progress } = this.session;
    const result = sessionResult(this.session);
    const { score, outcome, passMark } = result;
    const needed =
      result.complete && result.soFar !== "unknown" ? [] : stillNeededOf(course, progress);
    if (outcome === "no-questions") {
      return html`<section class="results">
        <p>${resultsStrings.resultsNoQuestions}</p>
        ${this.renderNeeded(needed)}
      </section>`;
    }
    const percent = Math.round(score.percent);
    const scoreText = (soFar: boolean) =>
      this.session.passMarkFromLms
        ? resultsStrings.resultsScoreLmsMark(percent, passMark, soFar)
        : resultsStrings.resultsScore(percent, passMark, soFar);
    return html`<section class="results outcome-${outcome}">
      ${
        outcome !== "unfinished"
          ? html`<p class="verdict">
                ${outcome === "passed" ? resultsStrings.resultsPassed : resultsStrings.resultsNotPassed}
              </p>
              <p>${scoreText(false)}</p>`
          : score.answered < score.questions
            ? html`<p class="pending">${resultsStrings.resultsUnanswered(score.answered, score.questions)}</p>`
            : html`<p class="pending">${resultsStrings.resultsNotFinished}</p>
                <p>${scoreText(true)}</p>`
      }
      ${result.heldPass && outcome !== "passed" ? html`<p>${resultsStrings.resultsHeldPass}</p>` : nothing}
      ${score.answered > 0 ? this.renderThemes(score) : nothing}
      ${this.renderNeeded(needed)}
      ${
        result.soFar !== "unknown"
          ? this.renderRevisit(
              resultsStrings.revisitTitle,
              resultsStrings.revisitWrong,
              modulesToRevisit(course, progress),
            )
          : nothing
      }
      ${result.soFar === "failed" && !this.session.reviewing ? this.renderRetake() : nothing}
    </section>`;
  }

  private renderThemes(score: Score) {
    const themes = this.session.course.themes;
    return html`<table>
      <caption>
        ${resultsStrings.resultsByTheme}
      </caption>
      <thead>
        <tr>
          <th scope="col">${resultsStrings.theme}</th>
          <th scope="col">${resultsStrings.score}</th>
        </tr>
      </thead>
      <tbody>
        ${score.byTheme.map((t) => {
          const theme = themes.find((x) => x.id === t.themeId);
          const percent = percentOf(t.earned, t.possible);
          return html`<tr>
            <th scope="row">${theme?.title ?? t.themeId}</th>
            ${
              percent === undefined
                ? html`<td class="words">${resultsStrings.themeNoQuestions}</td>`
                : t.answered < t.questions
                  ? html`<td class="words">${resultsStrings.themeNotAnswered}</td>`
                  : html`<td>${resultsStrings.themeScore(percent)}</td>`
            }
          </tr>`;
        })}
      </tbody>
    </table>`;
  }

  /**
   * What completion (and the result) still needs, module by module, each item a link to the page
   * that holds it: pages not reached, questions not answered, a case not walked to its end.
   */
  private renderNeeded(needed: StillNeeded[]) {
    if (needed.length === 0) return nothing;
    const go = (moduleId: string, page: number, target?: string) => (e: Event) => {
      e.preventDefault();
      requestNavigation(this, moduleId, target ? { page, target } : { page });
    };
    return html`<h3>${resultsStrings.neededTitle}</h3>
      <p>${resultsStrings.neededIntro}</p>
      <ul class="revisit needed">
        ${needed.map(({ module, pages, pageCount, questions, tasks }) => {
          const unopened = pages.length === pageCount;
          return html`<li>
            <a href="#${module.id}" @click=${go(module.id, unopened ? 1 : (pages[0] ?? 1))}
              >${module.title}</a
            >${unopened ? html` (${resultsStrings.neededNotOpened})` : nothing}
            ${
              unopened && questions.length + tasks.length === 0
                ? nothing
                : html`<ul class="missed">
                    ${unopened ? nothing : pages.map((page) => html`<li><a href="#${module.id}" @click=${go(module.id, page)}>${resultsStrings.neededPage(page, pageCount)}</a></li>`)}
                    ${questions.map(
                      ({ item, page }) => html`<li>
                        <span class="topic">${resultsStrings.neededQuestion}</span>
                        <a href="#${module.id}" @click=${go(module.id, page, item.id)}
                          >${shortText(item.stemText)}</a
                        >
                      </li>`,
                    )}
                    ${tasks.map(
                      ({ block, page, waiting, answered }) => html`<li>
                        <span class="topic">${answered ? resultsStrings.neededAssessment(answered.done, answered.of) : resultsStrings.neededCase}</span>
                        <a href="#${module.id}" @click=${go(module.id, page, waiting)}
                          >${"title" in block && block.title ? block.title : module.title}</a
                        >
                      </li>`,
                    )}
                  </ul>`
            }
          </li>`;
        })}
      </ul>`;
  }

  private renderRevisit(title: string, intro: string, modules: ModuleToRevisit[]) {
    if (modules.length === 0) return nothing;
    return html`<h3>${title}</h3>
      <p>${intro}</p>
      <ul class="revisit">
        ${modules.map(
          ({ module, questions, missed }) => html`<li>
            <a
              href="#${module.id}"
              @click=${(e: Event) => {
                e.preventDefault();
                requestNavigation(this, module.id);
              }}
              >${module.title}</a
            >
            (${resultsStrings.questionCount(questions)})
            <ul class="missed">
              ${missed.map(
                (q) => html`<li>
                  <span class="topic">${this.themeTitle(q.theme)}:</span>
                  <a
                    href="#${module.id}"
                    @click=${(e: Event) => {
                      e.preventDefault();
                      requestNavigation(this, module.id, q.target ? { target: q.target } : {});
                    }}
                    >${shortText(q.text)}</a
                  >
                </li>`,
              )}
            </ul>
          </li>`,
        )}
      </ul>`;
  }

  private themeTitle(id: string): string {
    return this.session.course.themes.find((t) => t.id === id)?.title ?? id;
  }

  private renderRetake() {
    const { course } = this.session;
    const items = this.session.toRetake();
    const n = items.length;
    if (n === 0) return nothing;
    const all = course.settings.retake === "all-questions";
    // A block with its own retake (the final assessment, drawn again) says what it does.
    const own = retakeWordingOf(course, items);
    return html`<h3>${resultsStrings.retakeTitle}</h3>
      <p>${own ?? resultsStrings.retakeExplain(n, all)}</p>
      ${
        this.confirming
          ? html`<div class="confirm" role="group" aria-labelledby="confirm-title">
              <p class="confirm-title" id="confirm-title" tabindex="-1">
                ${resultsStrings.retakeConfirmTitle(n)}
              </p>
              <button @click=${this.retake}>${resultsStrings.retakeConfirm}</button>
              <button class="secondary" @click=${this.cancelRetake}>${resultsStrings.retakeCancel}</button>
            </div>`
          : html`<button class="retake" @click=${this.askRetake}>${resultsStrings.retake}</button>`
      }`;
  }

  private askRetake(): void {
    this.confirming = true;
    this.focusAfterRender = "confirm";
  }

  private cancelRetake(): void {
    this.confirming = false;
    this.focusAfterRender = "retake";
  }

  /** Clears what is to be answered again and goes to the first module that asks it. */
  private retake(): void {
    const { course } = this.session;
    const first = this.session.toRetake()[0];
    this.confirming = false;
    this.session.retake();
    const module =
      course.modules.find((m) =>
        m.blocks.some((b) =>
          kindOf(b)
            .answerables(b)
            .some((a) => a.id === first?.id),
        ),
      ) ?? firstScoredModule(course);
    if (module) requestNavigation(this, module.id);
  }

  static override styles = resultsPanelStyles;
}

customElements.define("results-panel", ResultsPanel);

declare global {
  interface HTMLElementTagNameMap {
    "results-panel": ResultsPanel;
  }
}
