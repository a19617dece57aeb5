/** The question's pure rules: whether a choice is right, and what the question asks of the learner. */
import type { Progress } from "../../kit/progress.js";
import type { BlockRules } from "../rules.js";
import type { Question, QuestionBlock } from "./model.js";

/** What the rule reads of a question: its options and which are right. */
export interface RightOptions {
  readonly options: ReadonlyArray<{ readonly id: string; readonly correct: boolean }>;
}

/**
 * Whether a choice is the right answer: every right option chosen and no other; order and repeats
 * do not matter. One rule for the player, the LMS record and the training leads' report, which
 * passes its scored items (a question, or a decision of a branching scenario) as they are.
 */
export function isCorrect(question: RightOptions, choice: readonly string[]): boolean {
  const chosen = new Set(choice);
  return question.options.every((o) => o.correct === chosen.has(o.id));
}

export const questionRules: BlockRules<QuestionBlock> = {
  choices: (b) => [b.question],
  task: (b, progress: Progress) => (progress.answers[b.question.id] ? "done" : "to-do"),
};

/**
 * A right option's feedback, shown to a learner who did not choose it. Authors write that feedback
 * to someone who did ("Yes. The briefing calls it…"); opening a wrong-answer panel with "Yes." reads
 * as if the learner had been right, so the affirmation goes and the next word takes its capital.
 */
export function feedbackForMissedOption(html: string): string {
  return html.replace(
    /^(\s*(?:<p>)?\s*)(?:yes|correct|right|that's right|that is right)\s*[.!,:;—-]+\s*(\S)/i,
    (_all, open: string, first: string) => open + first.toUpperCase(),
  );
}

/** What a question is called above it: a scored scenario decision, a scored knowledge check, or practice. */
export function questionKindOf(question: Question): "scenario" | "knowledge-check" | "practice" {
  if (!question.scored) return "practice";
  return question.scenarioHtml ? "scenario" : "knowledge-check";
}
