/**
 * The branching scenario as the compiled course holds it: a case told in scenes, where each
 * decision scene's options lead to named scenes (their consequences) and branches may rejoin.
 */

export interface DecisionOption {
  /** One character, unique within its scene (reported to the LMS as the response). */
  id: string;
  /** Inline HTML (sanitized). */
  html: string;
  /** The best choice at this decision: exactly one per decision. */
  best: boolean;
  /** Why this choice is or is not the best (sanitized HTML). */
  feedbackHtml: string;
  /** The scene this choice leads to. */
  next: string;
}

export interface Scene {
  /** Unique within its scenario; the decision's interaction id is `<scenario id>-<scene id>`. */
  id: string;
  /** What happens in this scene (sanitized HTML). */
  html: string;
  /** Decision scenes: the question put to the learner (sanitized HTML) and as plain text. */
  questionHtml?: string;
  questionText?: string;
  /** Decision scenes: the choices, each leading to a scene. Empty for other scenes. */
  options: DecisionOption[];
  /** A scene without a decision: the scene the story goes on to, or none when it ends here. */
  next?: string;
}

export interface BranchingBlock {
  kind: "branching";
  id: string;
  title: string;
  /** The theme (LMS objective) each decision is reported under. */
  theme: string;
  /** The first scene's id. */
  start: string;
  scenes: Scene[];
}

declare module "../../course/model.js" {
  interface BlockKinds {
    branching: BranchingBlock;
  }
}
