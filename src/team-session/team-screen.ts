/**
 * @summary The team session on a shared screen: the plan chosen first, then one step at a time
 * in large type (the content warning and support, the case summary, each decision of the walked
 * case with its options and what the review found shown on demand, the key messages, the
 * feedback sheet), a timer per step, and keys for the person leading it. Nothing is scored and
 * nothing is stored: the steps, the timers and the sheet live in this page until it is left.
 */
import { html, LitElement, nothing } from "lit";
// The session's HTML was compiled and sanitized at build time (src/loading/markdown.ts); what a
// team types is never inserted as HTML.
import { unsafeHTML } from "lit/directives/unsafe-html.js";
import type { SessionStep, TeamSessionData } from "./data.js";
import { strings } from "./strings.js";
import { teamScreenStyles } from "./team-screen.styles.js";
import "./team-sheet.js";
import { timerText } from "./timer.js";

/** The course's own page: leaving the session opens it afresh, without `#team`. */
const COURSE_PAGE = "index.html";

/** Where a key press means typing, not moving through the session. */
const TYPING = new Set(["INPUT", "SELECT", "TEXTAREA"]);
/** Where Space already means "press this". */
const PRESSABLE = new Set(["BUTTON", "A", "SUMMARY", "INPUT", "SELECT", "TEXTAREA"]);

export class TeamScreen extends LitElement {
  static override properties = {
    plan: { state: true },
    at: { state: true },
    shown: { state: true },
    ticks: { state: true },
    paused: { state: true },
  };

  data!: TeamSessionData;
  /** The plan chosen (its minutes), none until the team starts. */
  declare plan: string | undefined;
  /** The step shown, from 0. */
  declare at: number;
  /** How many of the step's hidden parts are shown (a decision has two). */
  declare shown: number;
  /** Seconds each step has been shown so far: going back to a step takes its timer up again. */
  declare ticks: number[];
  declare paused: boolean;

  private timer: ReturnType<typeof setInterval> | undefined;
  /** The step changed: its heading takes the focus once drawn (the first screen's too). */
  private moved = true;

  constructor() {
    super();
    this.at = 0;
    this.shown = 0;
    this.ticks = [];
    this.paused = false;
  }

  private get steps(): SessionStep[] {
    return this.plan ? (this.data.plans[this.plan] ?? []) : [];
  }

  private readonly onKey = (e: KeyboardEvent) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const target = e.composedPath()[0] as HTMLElement | undefined;
    const tag = target?.tagName ?? "";
    if (TYPING.has(tag) || target?.isContentEditable) return;
    if (e.key === "Escape") {
      e.preventDefault();
      location.assign(new URL(COURSE_PAGE, location.href).href);
      return;
    }
    if (!this.plan) return;
    if (e.key === "ArrowRight" || e.key === "PageDown") this.go(this.at + 1, e);
    else if (e.key === "ArrowLeft" || e.key === "PageUp") this.go(this.at - 1, e);
    else if (e.key === " " && !PRESSABLE.has(tag) && this.hiddenParts() > this.shown) {
      e.preventDefault();
      this.reveal();
    }
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener("keydown", this.onKey);
    this.timer = setInterval(() => {
      if (!this.plan || this.paused) return;
      const ticks = [...this.ticks];
      ticks[this.at] = (ticks[this.at] ?? 0) + 1;
      this.ticks = ticks;
    }, 1000);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener("keydown", this.onKey);
    clearInterval(this.timer);
  }

  private start(plan: string): void {
    this.plan = plan;
    this.at = 0;
    this.shown = 0;
    this.moved = true;
  }

  private go(to: number, e?: Event): void {
    if (to < 0 || to >= this.steps.length || to === this.at) return;
    e?.preventDefault();
    this.at = to;
    this.shown = 0;
    this.moved = true;
  }

  /** The parts of this step shown only on demand: a decision's options, then what good looks like. */
  private hiddenParts(): number {
    return this.steps[this.at]?.kind === "decision" ? 2 : 0;
  }

  private reveal(): void {
    this.shown += 1;
    // The part just shown is read next: its heading takes the focus, as the button has gone.
    this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>(`#part-${this.shown}`)?.focus(),
    );
  }

  override updated(): void {
    if (!this.moved) return;
    this.moved = false;
    this.renderRoot.querySelector<HTMLElement>("h1")?.focus();
    window.scrollTo(0, 0);
  }

  override render() {
    const d = this.data;
    if (!this.plan) return this.chooser();
    const steps = this.steps;
    const step = steps[this.at];
    const elapsed = this.ticks[this.at] ?? 0;
    return html`<header class="bar">
        <p class="course">${strings.title(d.course.title)}</p>
        <p class="position" id="position">${strings.position(this.at + 1, steps.length)}</p>
        <div class="timer">
          <span role="timer" aria-label=${strings.timerLabel}
            >${timerText(elapsed, step.seconds)}${this.paused ? ` ${strings.paused}` : ""}</span
          >
          <button
            class="small"
            aria-pressed=${this.paused ? "true" : "false"}
            @click=${() => {
              this.paused = !this.paused;
            }}
          >
            ${strings.pause}
          </button>
        </div>
        <a class="leave" href=${COURSE_PAGE}>${strings.leave}</a>
      </header>
      <main>
        ${this.stepView(step)}
        <!-- Kept while the team moves about, so nothing typed into the sheet is lost. -->
        <team-sheet
          ?hidden=${step.kind !== "sheet"}
          .data=${d}
          .plan=${Number(this.plan)}
        ></team-sheet>
        <nav class="steps" aria-label=${strings.position(this.at + 1, steps.length)}>
          <button ?disabled=${this.at === 0} @click=${() => this.go(this.at - 1)}>
            ${strings.previous}
          </button>
          <button ?disabled=${this.at === steps.length - 1} @click=${() => this.go(this.at + 1)}>
            ${strings.next}
          </button>
        </nav>
        <p class="keys">${strings.keysHelp}</p>
      </main>`;
  }

  private chooser() {
    const d = this.data;
    const decisionsIn = (plan: string) =>
      (d.plans[plan] ?? []).filter((s) => s.kind === "decision").length;
    return html`<main class="start">
      <h1 tabindex="-1">${strings.title(d.course.title)}</h1>
      <p>${strings.intro}</p>
      <h2>${strings.choosePlan}</h2>
      <ul class="plans">
        ${Object.keys(d.plans).map(
          (plan) =>
            html`<li>
              <button class="primary" @click=${() => this.start(plan)}>
                ${strings.startPlan(Number(plan))}
              </button>
              <span
                >${strings.planNote(
                  Number(plan),
                  d.plans[plan].length,
                  decisionsIn(plan),
                  d.decisions.length,
                )}</span
              >
            </li>`,
        )}
      </ul>
      <p class="keys">${strings.keysHelp}</p>
      <p><a class="leave" href=${COURSE_PAGE}>${strings.leave}</a></p>
    </main>`;
  }

  private planLine(step: SessionStep) {
    return step.activityHtml && step.kind !== "activity"
      ? html`<p class="plan"><strong>${strings.inPlan}</strong> ${unsafeHTML(step.activityHtml)}</p>`
      : nothing;
  }

  private stepView(step: SessionStep) {
    const d = this.data;
    switch (step.kind) {
      case "warning":
        return html`<h1 tabindex="-1" aria-describedby="position">${strings.warningTitle}</h1>
          ${this.planLine(step)}
          <div class="content notice">${unsafeHTML(d.contentWarningHtml)}</div>
          <h2>${strings.supportTitle}</h2>
          <div class="content">${unsafeHTML(d.supportHtml)}</div>`;
      case "summary":
        return html`<h1 tabindex="-1" aria-describedby="position">${strings.summaryTitle}</h1>
          ${this.planLine(step)}
          <div class="content summary">${unsafeHTML(d.summaryHtml)}</div>`;
      case "activity":
        return html`<h1 tabindex="-1" aria-describedby="position">${strings.activityTitle}</h1>
          <p class="activity">${unsafeHTML(step.activityHtml)}</p>`;
      case "points":
        return html`<h1 tabindex="-1" aria-describedby="position">${strings.pointsTitle}</h1>
          ${this.planLine(step)}
          ${d.keyPoints.map(
            (k) =>
              html`<h2>${k.title}</h2>
                <ul>
                  ${k.points.map((p) => html`<li>${unsafeHTML(p)}</li>`)}
                </ul>`,
          )}`;
      case "sheet":
        return html`<h1 tabindex="-1" aria-describedby="position">${strings.sheetTitle}</h1>
          ${this.planLine(step)}`;
      case "decision":
        return this.decisionView(step);
    }
  }

  private decisionView(step: Extract<SessionStep, { kind: "decision" }>) {
    const decisions = this.steps.filter((s) => s.kind === "decision");
    const n = decisions.indexOf(step) + 1;
    const d = this.data.decisions.find((x) => x.id === step.decision);
    if (!d) return nothing;
    const best = d.options.find((o) => o.best);
    return html`<h1 tabindex="-1" aria-describedby="position">${strings.decisionTitle(n, decisions.length)}</h1>
      ${this.planLine(step)}
      <p class="muted">${strings.caseOf(d.caseTitle)}</p>
      <div class="content scene">${unsafeHTML(d.sceneHtml)}</div>
      <p class="question">${unsafeHTML(d.questionHtml)}</p>
      <h2>${strings.askTitle}</h2>
      <ol class="ask">
        ${d.askHtml.map((q) => html`<li>${unsafeHTML(q)}</li>`)}
      </ol>
      ${
        this.shown >= 1
          ? html`<h2 id="part-1" tabindex="-1">${strings.optionsTitle}</h2>
            <ol class="options">
              ${d.options.map(
                (o) =>
                  html`<li class=${this.shown >= 2 && o.best ? "best" : ""}>
                    <span class="id">${o.id}</span>
                    <span>${unsafeHTML(o.html)}</span>
                    ${
                      this.shown >= 2 && o.best
                        ? html`<strong class="tag">${strings.best}</strong>`
                        : nothing
                    }
                  </li>`,
              )}
            </ol>`
          : html`<p><button class="primary" @click=${this.reveal}>${strings.showOptions}</button></p>`
      }
      ${
        this.shown >= 2
          ? html`<h2 id="part-2" tabindex="-1">
              ${d.reviewFoundHtml ? strings.foundTitle : strings.bestTitle}
            </h2>
            ${
              d.reviewFoundHtml
                ? html`<div class="content found">${unsafeHTML(d.reviewFoundHtml)}</div>
                  <h2>${strings.bestTitle}</h2>`
                : nothing
            }
            ${
              best
                ? html`<div class="content good">
                  <p><strong>${best.id}:</strong> ${unsafeHTML(best.html)}</p>
                  ${unsafeHTML(best.feedbackHtml)}
                </div>`
                : nothing
            }`
          : this.shown === 1
            ? html`<p><button class="primary" @click=${this.reveal}>${strings.showFound}</button></p>`
            : nothing
      }`;
  }

  static override styles = teamScreenStyles;
}

customElements.define("team-screen", TeamScreen);

declare global {
  interface HTMLElementTagNameMap {
    "team-screen": TeamScreen;
  }
}
