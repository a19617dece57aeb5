/**
 * What an element that asks something keeps between the learner's session and its screen: when
 * the item was shown (the latency the LMS gets), whether the learner is changing an answer after
 * "Try again", and which saved answer is on screen, so a saved answer is shown again when it
 * appears (resume) or goes (a retake cleared it) and never while the learner is changing it.
 * Kept by every AnswerElement (answer-element.ts): the question card, the ordering question, the sort.
 */
import type { Answer } from "./progress.js";

export class AnswerState {
  shownAt = performance.now();
  /** The learner pressed "Try again" and is changing their answer. */
  editing = false;
  private shownAttempts = -1;

  /** Another block in the element: start again. */
  reset(): void {
    this.shownAt = performance.now();
    this.editing = false;
    this.shownAttempts = -1;
  }

  /** True once for each saved answer new to the screen (or its going), unless the learner is editing. */
  changed(answer: Answer | undefined): boolean {
    const attempts = answer?.attempts ?? 0;
    if (attempts === this.shownAttempts || this.editing) return false;
    this.shownAttempts = attempts;
    return true;
  }

  /** The answer is checked: how long since the item was shown, and no longer editing. */
  checked(): number {
    this.editing = false;
    return performance.now() - this.shownAt;
  }

  /** "Try again": editing, timed from now. */
  retry(): void {
    this.editing = true;
    this.shownAt = performance.now();
  }
}
