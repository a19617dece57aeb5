/**
 * @summary A branching scenario as a scenario player: the case one scene at a time down the path
 * the learner's choices make, the scenes already walked folded into "The story so far". A decision
 * scene names the learner's role first ("You are: Social worker"), then its text, then a native
 * radio group of option cards in a fieldset. Once decided, the form gives way to the consequence
 * card, whose verdict heading takes focus (said once: no live region repeats it), then the
 * feedback; the scene the choice led to waits for "Next scene", whose press shows it alone and puts
 * focus on its heading. The path is restored on resume, folded, the learner landing on the scene
 * after their last decision. At the end the ending card names the ending the path earned, the
 * tally in words and as a row of marks, the review of each decision (folded) and "Walk the case
 * again": a practice walk from the start with choices kept in the element alone (no
 * `session.check`, so neither the saved state nor the LMS hears of it), with the same focus moves,
 * its own tally and ending, and a way back to the recorded walk. Scenes move in gently only for a
 * learner who has not asked for reduced motion.
 */
import { html, LitElement, nothing } from "lit";
import { keyed } from "lit/directives/keyed.js";
// Course HTML is sanitized at build time (src/loading/markdown.ts); learner text never goes here.
import { unsafeHTML } from "lit/directives/unsafe-html.js";
import type { Answer } from "../../kit/progress.js";
import { SessionController } from "../../kit/session-controller.js";
import { answerableOf } from "../question/rules.js";
import { branchingScenarioStyles } from "./branching-scenario.styles.js";
import type { BranchingBlock, Scene } from "./model.js";
import { decisionId, decisionOf, type PathStep, pathOf, type ScenarioPath } from "./rules.js";
import { endingCard, review, roleBadge, storySoFar, verdictIcon } from "./scenario-parts.js";
import { landingOf, type Screen, screenAt } from "./screens.js";
import { branchingStrings as strings } from "./strings.js";

export class BranchingScenario extends LitElement {
  static override properties = {
    block: { attribute: false },
    selected: { state: true },
    message: { state: true },
    at: { state: true },
    practice: { state: true },
  };

  declare block: BranchingBlock;
  declare selected: string;
  declare message: string;
  /**
   * The screen on show, as an index along the path (screens.ts); undefined until the learner
   * moves, so a page opened or a course resumed lands where landingOf says.
   */
  declare at: number | undefined;
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
  }

  private decide(e: Event, scene: Scene, index: number): void {
    e.preventDefault();
    if (!this.selected) {
      this.message = strings.chooseFirst;
      return;
    }
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
    this.at = index;
    // The form the learner was in is gone: the verdict heading takes focus, and is read once.
    this.focusAfterUpdate(`#verdict-${index}`);
  }

  /** "Next scene": the scene the path goes on to fills the player, its heading taking focus. */
  private goOn(index: number): void {
    this.at = index + 1;
    this.shownAt = performance.now();
    this.focusAfterUpdate("#now-title");
  }

  /** "Walk the case again": a practice walk from the first scene, its title taking focus. */
  private walkAgain(): void {
    this.practice = {};
    this.resetWalk();
    this.focusAfterUpdate(`#${this.block.id}-practice-title`);
  }

  /** Back to the recorded walk (its ending), with focus on the button that left it. */
  private backToRecorded(): void {
    this.practice = undefined;
    this.resetWalk();
    this.focusAfterUpdate(`#${this.block.id}-again`);
  }

  private resetWalk(): void {
    this.at = undefined;
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
    const screen = screenAt(path, this.at ?? landingOf(path));
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
      ${screen ? storySoFar(path.steps.slice(0, screen.index)) : nothing}
      ${
        screen
          ? // A new element per screen, so its entrance plays once each time the scene changes.
            keyed(
              `${this.practice ? "practice" : "record"}-${screen.index}`,
              html`<div class="stage">${this.renderScreen(screen, path)}</div>`,
            )
          : nothing
      }
    </section>`;
  }

  private renderScreen(screen: Screen, path: ScenarioPath) {
    if (screen.kind === "end") {
      return html`${endingCard(this.block, path, screen.step)} ${review(this.block, path)}
        ${
          this.practice
            ? html`<button type="button" class="again" @click=${this.backToRecorded}>${strings.backToRecorded}</button>`
            : html`<button type="button" class="again" id="${this.block.id}-again" @click=${this.walkAgain}>${strings.walkAgain}</button>`
        }`;
    }
    const scene = screen.kind === "decision" ? screen.scene : screen.step.scene;
    return html`<div class="scene-card">
      <h3 class="scene-title" id="now-title" tabindex="-1">${strings.scene(screen.index + 1)}</h3>
      ${roleBadge(scene)}
      <div class="scene content">${unsafeHTML(scene.html)}</div>
      ${
        screen.kind === "decision"
          ? this.renderDecision(scene, screen.index)
          : screen.kind === "consequence"
            ? this.renderConsequence(screen.step, screen.index)
            : this.nextButton(screen.index)
      }
    </div>`;
  }

  private nextButton(index: number) {
    return html`<button type="button" class="next-scene" @click=${() => this.goOn(index)}>
      ${strings.nextScene}
    </button>`;
  }

  /**
   * The consequence of the choice, as its own card: the verdict heading (words, a tick or a cross,
   * and colour), the choice, why, and "Next scene". A plain container, not a named region: a
   * region named by the verdict would have it said twice as focus lands on the heading.
   */
  private renderConsequence(step: PathStep, index: number) {
    const chosen = step.chosen;
    if (!chosen) return nothing;
    return html`<div class="content asked">${unsafeHTML(step.scene.questionHtml ?? "")}</div>
      <div class="consequence ${chosen.best ? "best" : "other"}">
        <h4 class="verdict" id="verdict-${index}" tabindex="-1">
          ${verdictIcon(chosen.best)} ${chosen.best ? strings.best : strings.notBest}
        </h4>
        <p class="choice"><span class="label">${strings.yourChoice}:</span> ${unsafeHTML(chosen.html)}</p>
        <div class="content feedback">${unsafeHTML(chosen.feedbackHtml)}</div>
        ${this.nextButton(index)}
      </div>`;
  }

  /** The options as cards: each a native radio inside its label, so the whole card is the target. */
  private renderDecision(scene: Scene, index: number) {
    const name = `${this.block.id}-${scene.id}`;
    return html`<form class="decision" @submit=${(e: Event) => this.decide(e, scene, index)}>
      <fieldset ?disabled=${this.locked()}>
        <legend class="stem content">${unsafeHTML(scene.questionHtml ?? "")}</legend>
        ${scene.options.map(
          (o) => html`<label class="option" for="${name}-${o.id}">
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
            <span class="option-text">${unsafeHTML(o.html)}</span>
          </label>`,
        )}
      </fieldset>
      <p class="message" role="alert">${this.message || nothing}</p>
      <button type="submit" ?disabled=${this.locked()}>${strings.decide}</button>
    </form>`;
  }

  /** A learner reviewing the course cannot change the record; a practice walk records nothing. */
  private locked(): boolean {
    return !this.practice && this.session.reviewing;
  }

  static override styles = branchingScenarioStyles;
}

customElements.define("branching-scenario", BranchingScenario);

declare global {
  interface HTMLElementTagNameMap {
    "branching-scenario": BranchingScenario;
  }
}
