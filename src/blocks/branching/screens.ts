/**
 * The walked case as a player shows it: one screen at a time along the learner's path. Each step
 * of the path is a screen (a decision made shows its consequence; a scene without a decision
 * waits for "Next scene"), the waiting decision is the screen after them, and an ended path's
 * last scene is shown with its ending. Kept out of rules.ts, which the player's start bundle
 * holds: only the element (loaded the first time a page shows a case) and tests read this.
 */
import type { Scene } from "./model.js";
import type { PathStep, ScenarioPath } from "./rules.js";

export type Screen =
  /** The waiting decision: its scene and the options. */
  | { kind: "decision"; index: number; scene: Scene }
  /** A decision made: its scene, and the card with the verdict and feedback. */
  | { kind: "consequence"; index: number; step: PathStep }
  /** A scene without a decision, on the way to the next. */
  | { kind: "scene"; index: number; step: PathStep }
  /** The path's last scene (it ends the case), with the ending, the tally and the review. */
  | { kind: "end"; index: number; step: PathStep };

/**
 * Where a learner lands when the case is shown without a walk under way (a page opened, a course
 * resumed): the ending once the path has ended; else the scene just after their last decision
 * (the consequence scene they had reached, or the decision that waits); at the start, the first.
 */
export function landingOf(path: ScenarioPath): number {
  if (path.ended) return path.steps.length - 1;
  let last = -1;
  path.steps.forEach((s, i) => {
    if (s.chosen) last = i;
  });
  return Math.min(last + 1, path.steps.length);
}

/**
 * The screen at `index` of the path (clamped to the path as it is now: a record cleared by a
 * retake shortens it), or undefined for a path that stops short of both a decision and an end
 * (a course that was never checked).
 */
export function screenAt(path: ScenarioPath, index: number): Screen | undefined {
  const last = path.ended ? path.steps.length - 1 : path.steps.length;
  const i = Math.max(0, Math.min(index, last));
  const step = path.steps[i];
  if (path.ended && i === path.steps.length - 1) return { kind: "end", index: i, step };
  if (step)
    return step.chosen
      ? { kind: "consequence", index: i, step }
      : { kind: "scene", index: i, step };
  return path.waiting ? { kind: "decision", index: i, scene: path.waiting } : undefined;
}
