/**
 * @summary A branching scenario: the case told scene by scene down the path the learner's choices
 * make. Each decision is a native radio group in a fieldset; once made, the choice and its
 * feedback stay in the story and its verdict takes focus, so a screen reader reads the verdict and
 * then the feedback. The scenes it leads to wait for the learner's "Next scene", whose press puts
 * focus on the next scene's heading. The path is restored on resume (whole, nothing held back). At
 * the end the case's ending (chosen by how many best choices the path made) is its last card, the
 * tally says how many, and the learner reviews each decision with the best choice and where it
 * would have led. "Walk the case again" replays it from the start with choices kept in the element
 * alone (practice: no `session.check`, so neither the saved state nor the LMS hears of it), with
 * the same focus moves, its own tally and ending, and a way back to the recorded walk.
 */
import { html, LitElement, nothing, svg } from "lit";
// Course HTML is sanitized at build time (src/loading/markdown.ts); learner text never goes here.
import { unsafeHTML } from "lit/directives/unsafe-html.js";
import type { Answer } from "../../kit/progress.js";
import { SessionController } from "../../kit/session-controller.js";
import { answerableOf } from "../question/rules.js";
import { branchingScenarioStyles } from "./branching-scenario.styles.js";
import { endingOf, tallyOf } from "./endings.js";
import type { BranchingBlock, DecisionOption, Scene } from "./model.js";
import { decisionId, decisionOf, type PathStep, pathOf, type ScenarioPath } from "./rules.js";
import { branchingStrings as strings } from "./strings.js";

export class BranchingScenario extends LitElement {
  static override properties = {
    block: { attribute: false },
    selected: { state: true },
    message: { state: true },
    held: { state: true },
    practice: { state: true },
  };

  declare block: BranchingBlock;
  declare selected: string;
  declare message: string;
  /**
   * The step whose decision was just made, while the scenes it leads to wait for "Next scene";
   * -1 when nothing is held back. Only this visit: a learner coming back sees the whole path.
   */
  declare held: number;
  /**
   * While the learner walks the case again: the choices of this practice walk, by decision id,
   * kept here only. Undefined on the recorded walk.
   */
  declare practice: Record<string, Answer> | undefined;
  protected readonly sessionSync = new SessionController(this);
  get session() {
    return this.sessionSync.session;
  }
  /** When the waiting decision was first shown, for the interaction's latency. */
  private shownAt = performance.now();

  constructor() {
    super();
    this.selected = "";
    this.message = "";
    this.held = -1;
  }

  private decide(e: Event, scene: Scene): void {
    e.preventDefault();
    if (!this.selected) {
      this.message = strings.chooseFirst;
      return;
    }
    const steps = this.pathNow().steps.length;
    if (this.practice) {
      // Practice: the choice stays in the element; the session, the save and the LMS never see it.
      const id = decisionId(this.block, scene);
      this.practice = { ...this.practice, [id]: { choice: [this.selected], attempts: 1 } };
    } else {
      this.session.check(
        answerableOf(decisionOf(this.block, scene)),
        [this.selected],
        performance.now() - this.shownAt,
      );
    }
    this.selected = "";
    this.message = "";
    this.shownAt = performance.now();
    this.held = steps;
    // The form the learner was in is gone: the verdict on their choice takes focus, and is read.
    this.focusAfterUpdate(`#verdict-${steps}`);
  }

  /** "Next scene": the scenes the decision led to appear, and the first one's heading takes focus. */
  private goOn(): void {
    const next = this.held + 1;
    this.held = -1;
    this.focusAfterUpdate(`#scene-${next}-title`);
  }

  /** "Walk the case again": a practice walk from the first scene, its title taking focus. */
  private walkAgain(): void {
    this.practice = {};
    this.resetWalk();
    this.focusAfterUpdate(`#${this.block.id}-practice-title`);
  }

  /** Back to the recorded walk, with focus on the button that left it. */
  private backToRecorded(): void {
    this.practice = undefined;
    this.resetWalk();
    this.focusAfterUpdate(`#${this.block.id}-again`);
  }

  private resetWalk(): void {
    this.held = -1;
    this.selected = "";
    this.message = "";
  }

  /** The path on screen: the practice walk's while there is one, else the learner's record. */
  private pathNow(): ScenarioPath {
    return pathOf(this.block, this.practice ? { answers: this.practice } : this.session.progress);
  }

  private focusAfterUpdate(selector: string): void {
    this.updateComplete.then(() => {
      (this.renderRoot.querySelector(selector) as HTMLElement | null)?.focus();
    });
  }

  override render() {
    const b = this.block;
    if (!b || !this.session) return nothing;
    const path = this.pathNow();
    const holding = this.held >= 0 && this.held < path.steps.length;
    const steps = holding ? path.steps.slice(0, this.held + 1) : path.steps;
    const ended = path.ended && !holding;
    const ending = ended ? endingOf(b, path) : undefined;
    return html`<section class="branching" aria-labelledby="${b.id}-title">
      <p class="label">${strings.label}</p>
      <h2 id="${b.id}-title">${b.title}</h2>
      <p class="intro">${strings.intro}</p>
      ${
        this.practice
          ? html`<div class="practice">
            <h3 id="${b.id}-practice-title" tabindex="-1">${strings.practiceTitle}</h3>
            <p>${strings.practiceNote}</p>
          </div>`
          : nothing
      }
      <ol class="path">
        ${steps.map((step, i) => this.renderStep(step, i))}
        ${path.waiting && !holding ? this.renderDecision(path.waiting, path.steps.length) : nothing}
        ${
          ending
            ? html`<li class="ending">
              <h3 class="ending-title">${strings.ending(ending.title)}</h3>
              <div class="content">${unsafeHTML(ending.html)}</div>
            </li>`
            : nothing
        }
      </ol>
      ${ended ? this.renderReview(path) : nothing}
    </section>`;
  }

  private renderScene(scene: Scene, index: number) {
    return html`<h3 class="scene-title" id="scene-${index}-title" tabindex="-1">${strings.scene(index + 1)}</h3>
      <div class="scene content">${unsafeHTML(scene.html)}</div>`;
  }

  private renderStep(step: PathStep, index: number) {
    const { scene, chosen } = step;
    return html`<li>
      ${this.renderScene(scene, index)}
      ${
        chosen
          ? html`<div class="made ${chosen.best ? "best" : "other"}">
        <div class="content">${unsafeHTML(scene.questionHtml ?? "")}</div>
        <p class="choice"><span class="label">${strings.yourChoice}:</span> ${unsafeHTML(chosen.html)}</p>
        ${this.renderVerdict(chosen.best, `verdict-${index}`)}
        <div class="content">${unsafeHTML(chosen.feedbackHtml)}</div>
        ${
          index === this.held
            ? html`<button type="button" class="next-scene" @click=${this.goOn}>${strings.nextScene}</button>`
            : nothing
        }
      </div>`
          : nothing
      }
    </li>`;
  }

  /** With an id, the verdict can take focus (the one on a decision just made). */
  private renderVerdict(best: boolean, id?: string) {
    return html`<p class="verdict" id=${id ?? nothing} tabindex=${id ? "-1" : nothing}>
      <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        ${best ? svg`<path d="M4 12.5l5 5L20 6.5" />` : svg`<path d="M12 7v6M12 17v.5" />`}
      </svg>
      ${best ? strings.best : strings.notBest}
    </p>`;
  }

  private renderDecision(scene: Scene, index: number) {
    const name = `${this.block.id}-${scene.id}`;
    return html`<li>
      ${this.renderScene(scene, index)}
      <form class="decision" @submit=${(e: Event) => this.decide(e, scene)}>
        <fieldset ?disabled=${this.locked()}>
          <legend class="content">${unsafeHTML(scene.questionHtml ?? "")}</legend>
          ${scene.options.map(
            (o) => html`<div class="option">
              <input
                type="radio"
                id="${name}-${o.id}"
                name=${name}
                value=${o.id}
                .checked=${this.selected === o.id}
                @change=${() => {
                  this.selected = o.id;
                  this.message = "";
                }}
              />
              <label for="${name}-${o.id}">${unsafeHTML(o.html)}</label>
            </div>`,
          )}
        </fieldset>
        <p class="message" role="alert">${this.message || nothing}</p>
        <button type="submit" ?disabled=${this.locked()}>${strings.decide}</button>
      </form>
    </li>`;
  }

  /** A learner reviewing the course cannot change the record; a practice walk records nothing. */
  private locked(): boolean {
    return !this.practice && this.session.reviewing;
  }

  /**
   * The end: the tally, each decision on the path with the best choice and the scene it would
   * have led to, and the way into (or back out of) a practice walk.
   */
  private renderReview(path: ScenarioPath) {
    const scenes = new Map(this.block.scenes.map((s) => [s.id, s]));
    const decisions = path.steps.filter((s) => s.chosen);
    const { best, decisions: made } = tallyOf(path);
    return html`<section class="review" aria-labelledby="${this.block.id}-review">
      <p class="end"><strong>${strings.end}</strong></p>
      <p class="tally">${strings.tally(best, made)}</p>
      <h3 id="${this.block.id}-review">${strings.reviewTitle}</h3>
      <ol>
        ${decisions.map(({ scene, chosen }) => {
          const best = scene.options.find((o) => o.best) as DecisionOption;
          const led = scenes.get(best.next);
          return html`<li>
            <div class="content">${unsafeHTML(scene.questionHtml ?? "")}</div>
            <p class="choice"><span class="label">${strings.yourChoice}:</span> ${unsafeHTML(chosen?.html ?? "")}</p>
            ${this.renderVerdict(chosen?.best ?? false)}
            ${
              chosen?.best
                ? nothing
                : html`<p class="choice"><span class="label">${strings.bestWas}:</span> ${unsafeHTML(best.html)}</p>
                  ${
                    led
                      ? html`<details>
                        <summary>${strings.wouldLeadTo}</summary>
                        <div class="content">${unsafeHTML(led.html)}</div>
                      </details>`
                      : nothing
                  }`
            }
            <details>
              <summary>${strings.whyEach}</summary>
              <ul class="why">
                ${scene.options.map(
                  (o) => html`<li>
                    <p class="choice">${unsafeHTML(o.html)} — <strong>${o.best ? strings.best : strings.notBest}</strong></p>
                    <div class="content">${unsafeHTML(o.feedbackHtml)}</div>
                  </li>`,
                )}
              </ul>
            </details>
          </li>`;
        })}
      </ol>
      ${
        this.practice
          ? html`<button type="button" class="again" @click=${this.backToRecorded}>${strings.backToRecorded}</button>`
          : html`<button type="button" class="again" id="${this.block.id}-again" @click=${this.walkAgain}>${strings.walkAgain}</button>`
      }
    </section>`;
  }

  static override styles = branchingScenarioStyles;
}

customElements.define("branching-scenario", BranchingScenario);

declare global {
  interface HTMLElementTagNameMap {
    "branching-scenario": BranchingScenario;
  }
}
