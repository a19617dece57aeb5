/**
 * The branching scenario's pure rules: each decision as a choice the LMS records, the path a
 * learner's choices trace through the scenes, and whether the case has reached an end.
 */
import type { Progress } from "../../kit/progress.js";
import type { Question } from "../question/model.js";
import type { BranchingBlock, DecisionOption, Scene } from "./model.js";

/** The interaction id of a decision: stable, and unique in the course (the checker sees to it). */
export function decisionId(block: BranchingBlock, scene: Scene): string {
  return `${block.id}-${scene.id}`;
}

/**
 * A decision scene as a single-choice question, so the saved state, the report and the LMS treat
 * it like any other choice: correct is the best option, reported under the decision's own theme.
 *
 * Decisions count towards the score only when the case says `scored: true`, and the checker
 * allows that only when every path from the start meets every decision scene. Otherwise two
 * learners on different paths would be scored on different numbers of items (one who took a
 * detour would have more to get right, or a decision never met would stay unanswered and the
 * course could never give a result), so their scores would not compare. Unscored, each decision
 * is still recorded (weighting 0) with its verdict.
 */
export function decisionOf(block: BranchingBlock, scene: Scene): Question {
  return {
    id: decisionId(block, scene),
    kind: "single",
    theme: scene.theme ?? block.theme,
    scored: block.scored === true,
    weighting: 1,
    stemHtml: scene.questionHtml ?? "",
    stemText: scene.questionText ?? "",
    options: scene.options.map((o) => ({
      id: o.id,
      html: o.html,
      correct: o.best,
      feedbackHtml: o.feedbackHtml,
    })),
  };
}

export function decisionsOf(block: BranchingBlock): Question[] {
  return block.scenes.filter((s) => s.options.length > 0).map((s) => decisionOf(block, s));
}

export interface PathStep {
  scene: Scene;
  /** At a decision scene the learner has made: the option they chose. */
  chosen?: DecisionOption;
}

export interface ScenarioPath {
  steps: PathStep[];
  /** The decision scene waiting for the learner's choice, if any. */
  waiting?: Scene;
  /** True once the path has reached a scene that ends the case. */
  ended: boolean;
}

/**
 * The scenes the learner's choices lead through, from the start: it stops at a decision not yet
 * made, or at an end. The checker refuses cycles, so the walk always stops; the bound guards
 * against a course that was never checked.
 */
export function pathOf(block: BranchingBlock, progress: Pick<Progress, "answers">): ScenarioPath {
  const scenes = new Map(block.scenes.map((s) => [s.id, s]));
  const steps: PathStep[] = [];
  let scene = scenes.get(block.start);
  while (scene && steps.length <= block.scenes.length) {
    if (scene.options.length > 0) {
      const answer = progress.answers[decisionId(block, scene)];
      const chosen = scene.options.find((o) => o.id === answer?.choice[0]);
      if (!chosen) return { steps, waiting: scene, ended: false };
      steps.push({ scene, chosen });
      scene = scenes.get(chosen.next);
    } else {
      steps.push({ scene });
      if (scene.next === undefined) return { steps, ended: true };
      scene = scenes.get(scene.next);
    }
  }
  return { steps, ended: false };
}
