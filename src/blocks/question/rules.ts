/** The question's pure rules: the answerable it is, and whether a choice is right. */
import type { Course } from "../../course/model.js";
import { type Answerable, isRight } from "../../kit/response.js";
import type { Question } from "./model.js";

/**
 * A question (or a scenario decision, which is one) as the saved state and the LMS see it: a
 * choice among its options, right when every right option and no other is chosen.
 */
export function answerableOf(question: Question): Answerable {
  return {
    id: question.id,
    theme: question.theme,
    scored: question.scored,
    weighting: question.weighting,
    stemText: question.stemText,
    type: "choice",
    parts: question.options.map((o) => o.id),
    correct: question.options.filter((o) => o.correct).map((o) => o.id),
    multiple: question.kind === "multiple",
  };
}

/** Whether a choice is the right answer: the kit's one rule for a choice (order and repeats do not matter). */
export function isCorrect(question: Question, choice: readonly string[]): boolean {
  return isRight(answerableOf(question), choice);
}

/** Every question block's question, in course order. */
export function questionsOf(course: Course): Question[] {
  return course.modules.flatMap((m) =>
    m.blocks.flatMap((b) => (b.kind === "question" ? [b.question] : [])),
  );
}

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
