/**
 * The ordering question as the compiled course holds it: steps the learner puts in the order they
 * would take them, written by the author in the right order. Reported as a SCORM `sequencing`
 * interaction: the learner's order is the answer.
 */

export interface OrderingStep {
  /** One character, unique within its question; the same in every LMS. */
  id: string;
  /** Inline HTML (sanitized). */
  html: string;
  /** Plain text, for what a screen reader is told when the step moves. */
  text: string;
  /** Why the step comes where it does (sanitized HTML), shown once the answer is final. */
  feedbackHtml?: string;
}

export interface OrderingBlock {
  kind: "ordering";
  id: string;
  theme: string;
  /** Counts towards the score; an unscored one is practice. */
  scored: boolean;
  weighting: number;
  /** Optional scene-setting shown above the question (sanitized HTML). */
  scenarioHtml?: string;
  /** What to put in order (sanitized HTML). */
  stemHtml: string;
  /** Plain-text stem, the interaction's description. */
  stemText: string;
  /** Every step, in the right order. */
  steps: OrderingStep[];
  /** Why this order (sanitized HTML), shown with the verdict. */
  feedbackHtml: string;
}

declare module "../../course/model.js" {
  interface BlockKinds {
    ordering: OrderingBlock;
  }
}
