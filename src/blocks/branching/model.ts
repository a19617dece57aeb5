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
  /**
   * Decision scenes: who the learner is at this decision ("Social worker"), plain text, shown as
   * the badge "You are: <role>" before the scene's text. Optional.
   */
  role?: string;
  /** Decision scenes: the question put to the learner (sanitized HTML) and as plain text. */
  questionHtml?: string;
  questionText?: string;
  /**
   * Decision scenes: the theme (LMS objective) this decision is reported under, the scene's own
   * `theme:` or else the scenario's.
   */
  theme?: string;
  /** Decision scenes: the choices, each leading to a scene. Empty for other scenes. */
  options: DecisionOption[];
  /** A scene without a decision: the scene the story goes on to, or none when it ends here. */
  next?: string;
}

/**
 * Where the case ends for a learner: a path that reaches a scene with no `next` goes on to the
 * ending whose `minBest` is the highest not above the number of best choices on the path.
 */
export interface Ending {
  /** Unique within its scenario, and no scene's id. */
  id: string;
  /** Plain text, shown as "Ending: <title>". */
  title: string;
  /** What became of the case (sanitized HTML). */
  html: string;
  /** The fewest best choices on a path that lead here; one ending has 0. */
  minBest: number;
}

export interface BranchingBlock {
  kind: "branching";
  id: string;
  title: string;
  /** The theme (LMS objective) of a decision that names none of its own. */
  theme: string;
  /**
   * Whether the decisions count towards the score (weighting 1 each, under their own themes).
   * The checker allows it only when every path from the start meets every decision. The loader
   * always says; absent reads as false.
   */
  scored?: boolean;
  /** The first scene's id. */
  start: string;
  scenes: Scene[];
  /**
   * The endings the learner's choices lead to, in the author's order; empty or absent: the case
   * just ends.
   */
  endings?: Ending[];
}

declare module "../../course/model.js" {
  interface BlockKinds {
    branching: BranchingBlock;
  }
}
