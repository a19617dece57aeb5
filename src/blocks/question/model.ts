/** The question block as the compiled course holds it: single, multiple and scenario questions. */

export interface Option {
  /** One character, unique within its question. */
  id: string;
  /** Inline HTML (sanitized). */
  html: string;
  correct: boolean;
  /** Why this option is or is not the right call (sanitized HTML). */
  feedbackHtml: string;
  /** Scenario questions: what happens next if this choice is made (sanitized HTML). */
  consequenceHtml?: string;
}

export type QuestionKind = "single" | "multiple" | "scenario";

export interface Question {
  id: string;
  kind: QuestionKind;
  theme: string;
  /** Counts towards the score; unscored questions are knowledge checks with feedback only. */
  scored: boolean;
  weighting: number;
  /** Optional scene-setting shown above the question (sanitized HTML). */
  scenarioHtml?: string;
  /** The question itself (sanitized HTML). */
  stemHtml: string;
  /** Plain-text stem, used as the SCORM 2004 interaction description. */
  stemText: string;
  options: Option[];
  /** Show the options in an order of their own for each learner (ids never change). */
  shuffle?: boolean;
}

export interface QuestionBlock {
  kind: "question";
  question: Question;
}

declare module "../../course/model.js" {
  interface BlockKinds {
    question: QuestionBlock;
  }
}
