/**
 * The final assessment as the compiled course holds it: a bank of decision points, each with
 * parallel variants (the same judgement in another situation). Each attempt draws, per theme, some
 * of the theme's points and one variant of each; a retake draws the next variants. The learner
 * answers every drawn item before any feedback is shown; each answer is a SCORM `choice`
 * interaction whose id names the variant.
 */

export interface AssessmentOption {
  /** One character, unique within its item; the same in every LMS. */
  id: string;
  /** Inline HTML (sanitized). */
  html: string;
  correct: boolean;
  /** Why this option is or is not the best next step (sanitized HTML), shown after submitting. */
  feedbackHtml: string;
}

/** One variant of a decision point: an item the learner may be given. */
export interface AssessmentItem {
  /** Course-wide unique, never reused: the interaction id. */
  id: string;
  /** The situation (sanitized HTML). */
  scenarioHtml: string;
  /** What is asked (sanitized HTML). */
  stemHtml: string;
  /** Plain-text stem, the interaction's description. */
  stemText: string;
  options: AssessmentOption[];
}

/** A decision the assessment tests, in as many parallel variants as the author wrote. */
export interface DecisionPoint {
  id: string;
  theme: string;
  /** Where the lesson teaches it: a link (sanitized inline HTML), shown with the feedback. */
  lessonHtml?: string;
  variants: AssessmentItem[];
}

export interface AssessmentBlock {
  kind: "assessment";
  id: string;
  /** Decision points drawn per theme and attempt (every point of a theme with fewer). */
  perTheme: number;
  points: DecisionPoint[];
}

declare module "../../course/model.js" {
  interface BlockKinds {
    assessment: AssessmentBlock;
  }
}
