/**
 * Option order for questions the author asks to shuffle: a fixed order per learner and question,
 * so a learner who comes back sees the options where they left them, while option ids (and so the
 * saved state and LMS reports) never change. Pure: the same seed gives the same order everywhere.
 */
import { shuffled } from "../../kit/seeded.js";
import type { Option, Question } from "./model.js";

/**
 * The options in the order this learner sees them: the author's order unless the question is
 * shuffled, else a Fisher–Yates shuffle seeded by the learner and the question.
 */
export function optionOrder(question: Question, learner: string): Option[] {
  if (!question.shuffle) return [...question.options];
  return shuffled(question.options, `${learner}\u0000${question.id}`);
}
