/** The question's pure rules: whether a choice is right, and what the question asks of the learner. */
import type { Progress } from "../../progress/progress.js";
import type { BlockRules } from "../rules.js";
import type { Question, QuestionBlock } from "./model.js";

export function isCorrect(question: Question, choice: readonly string[]): boolean {
  const chosen = new Set(choice);
  return question.options.every((o) => o.correct === chosen.has(o.id));
}

export const questionRules: BlockRules<QuestionBlock> = {
  choices: (b) => [b.question],
  task: (b, progress: Progress) => (progress.answers[b.question.id] ? "done" : "to-do"),
};
