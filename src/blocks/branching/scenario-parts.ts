/**
 * The parts of <branching-scenario> that only show what the path holds (no state of their own):
 * the role badge, the verdict, the folded story so far, the ending card with its tally and row of
 * marks, and the review of each decision. The element (branching-scenario.ts) keeps the walk.
 */
import { html, nothing, svg } from "lit";
// Course HTML is sanitized at build time (src/loading/markdown.ts); learner text never goes here.
import { unsafeHTML } from "lit/directives/unsafe-html.js";
import { endingOf, tallyOf } from "./endings.js";
import type { BranchingBlock, DecisionOption, Scene } from "./model.js";
import type { PathStep, ScenarioPath } from "./rules.js";
import { branchingStrings as strings } from "./strings.js";

/** A person's outline, beside the role: the words say it, the picture only marks the badge. */
const PERSON = svg`<circle cx="12" cy="8" r="4" /><path d="M4 21c0-4.4 3.6-7 8-7s8 2.6 8 7" />`;

/**
 * Who the learner is at this decision, in words ("You are: Social worker") right after the
 * scene's heading, so a screen reader meets it before the scene's text, as the eye does.
 */
export function roleBadge(scene: Scene) {
  if (!scene.role) return nothing;
  return html`<p class="role">
    <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${PERSON}</svg>
    <span class="role-label">${strings.youAre}</span>
    <span class="role-name">${scene.role}</span>
  </p>`;
}

/** A tick or a cross on a disc: the verdict's shape, beside its words and colour. */
export function verdictIcon(best: boolean, extra = "") {
  return html`<svg class="icon mark ${extra}" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
    <circle cx="12" cy="12" r="10" class="disc" />
    ${
      best
        ? svg`<path d="M7 12.5l3.5 3.5L17 9" class="on-disc" />`
        : svg`<path d="M8.5 8.5l7 7M15.5 8.5l-7 7" class="on-disc" />`
    }
  </svg>`;
}

/** The verdict as a line of text (the story so far, the review): never a focus target. */
export function verdictLine(best: boolean) {
  return html`<p class="verdict-line ${best ? "best" : "other"}">
    ${verdictIcon(best)} ${best ? strings.best : strings.notBest}
  </p>`;
}

/**
 * The scenes already walked, folded: the learner may reread them, and the screen holds one
 * scene. Closed, none of it is in the accessibility tree, so no verdict in it is read again.
 */
export function storySoFar(steps: PathStep[]) {
  if (steps.length === 0) return nothing;
  return html`<details class="story">
    <summary>${strings.storySoFar(steps.length)}</summary>
    <ol class="past">
      ${steps.map(
        ({ scene, chosen }, i) => html`<li>
          <h3 class="past-title">${strings.scene(i + 1)}</h3>
          ${roleBadge(scene)}
          <div class="content">${unsafeHTML(scene.html)}</div>
          ${
            chosen
              ? html`<div class="content asked">${unsafeHTML(scene.questionHtml ?? "")}</div>
                <p class="choice"><span class="label">${strings.yourChoice}:</span> ${unsafeHTML(chosen.html)}</p>
                ${verdictLine(chosen.best)}`
              : nothing
          }
        </li>`,
      )}
    </ol>
  </details>`;
}

/**
 * The case's last card: the ending the path earned (or "End of the case" for a case without
 * endings), the last scene's text, the tally in words and as a row of marks, one per decision.
 */
export function endingCard(block: BranchingBlock, path: ScenarioPath, step: PathStep) {
  const ending = endingOf(block, path);
  const { best, decisions } = tallyOf(path);
  const made = path.steps.filter((s) => s.chosen);
  return html`<div class="ending-card">
    ${ending ? html`<p class="end label">${strings.end}</p>` : nothing}
    <h3 class="ending-title" id="now-title" tabindex="-1">
      ${ending ? strings.ending(ending.title) : strings.end}
    </h3>
    <div class="scene content">${unsafeHTML(step.scene.html)}</div>
    ${ending ? html`<div class="content ending-text">${unsafeHTML(ending.html)}</div>` : nothing}
    <p class="tally">${strings.tally(best, decisions)}</p>
    <ol class="marks" aria-label=${strings.marksLabel}>
      ${made.map(
        (s, i) => html`<li class=${s.chosen?.best ? "best" : "other"}>
          ${verdictIcon(s.chosen?.best ?? false)}
          <span class="visually-hidden">${strings.mark(i + 1, s.chosen?.best ?? false)}</span>
        </li>`,
      )}
    </ol>
  </div>`;
}

/**
 * Each decision on the path with the best choice and the scene it would have led to, folded
 * under "Review your decisions".
 */
export function review(block: BranchingBlock, path: ScenarioPath) {
  const scenes = new Map(block.scenes.map((s) => [s.id, s]));
  const decisions = path.steps.filter((s) => s.chosen);
  return html`<details class="review">
    <summary>${strings.reviewTitle}</summary>
    <ol>
      ${decisions.map(({ scene, chosen }) => {
        const best = scene.options.find((o) => o.best) as DecisionOption;
        const led = scenes.get(best.next);
        return html`<li>
          ${roleBadge(scene)}
          <div class="content">${unsafeHTML(scene.questionHtml ?? "")}</div>
          <p class="choice"><span class="label">${strings.yourChoice}:</span> ${unsafeHTML(chosen?.html ?? "")}</p>
          ${verdictLine(chosen?.best ?? false)}
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
  </details>`;
}
