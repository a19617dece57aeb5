/**
 * Guessability warnings: patterns in a course's questions that let a learner pass by test-taking
 * tricks instead of by knowing the subject (the longest option is right, right answers sit in one
 * position, every select-all question has the same number of right options, "all/none of the
 * above", and the passive option that is never right).
 */
import type { Question } from "../../../blocks/question/model.js";
import { questionsOf } from "../../../blocks/question/rules.js";
import type { Course } from "../../../course/model.js";
import type { CourseProblem } from "../../../loading/problems.js";
import { textOf } from "../../answer-key/scored-items.js";
import { locateItem } from "./locate.js";

/** A question with where the author wrote it, so a warning can name file:line. */
export interface LocatedQuestion {
  question: Question;
  file: string;
  line: number;
}

/**
 * How an option is recognised as passive: its text begins with one of these (after any leading
 * quote or bracket). Keep the list to openings that mean "do nothing (yet)"; course/README.md
 * lists them for authors.
 */
export const PASSIVE_OPENINGS = [
  "wait",
  "accept",
  "do nothing",
  "take no action",
  "take no further action",
  "no further action",
  "no action",
  "leave it",
  "leave the",
  "hold off",
  "say nothing",
  "keep watching",
  "monitor",
] as const;

/** Fewer questions than this and a pattern may be chance; the checker says nothing. */
const MIN_QUESTIONS = 3;

export function isPassive(html: string): boolean {
  return isPassiveText(textOf(html));
}

/** The same, for an option's plain text (the test-wise learner reads plain text). */
export function isPassiveText(plain: string): boolean {
  const text = plain.toLowerCase().replace(/^[^a-z]+/, "");
  return PASSIVE_OPENINGS.some(
    (p) => text === p || text.startsWith(`${p} `) || text.startsWith(`${p},`),
  );
}

const ABOVE = /\b(all|none|both|neither) of the above\b/i;

/** Questions with exactly one right answer (single-answer and scenario questions). */
function singleAnswer(q: Question): boolean {
  return q.kind !== "multiple" && q.options.filter((o) => o.correct).length === 1;
}

/** True when the right option is longer than every other option (by its plain text). */
export function rightIsLongest(q: Question): boolean {
  const lengths = q.options.map((o) => ({ correct: o.correct, n: textOf(o.html).length }));
  const right = lengths.find((l) => l.correct);
  return !!right && lengths.every((l) => l === right || l.n < right.n);
}

function at(l: LocatedQuestion, message: string): CourseProblem {
  return { file: l.file, line: l.line, message };
}

function list(items: LocatedQuestion[]): string {
  return items.map((l) => l.question.id).join(", ");
}

/** Every guessability warning for the course's questions, in the order a reader meets them. */
export function guessabilityWarnings(located: LocatedQuestion[]): CourseProblem[] {
  const warnings: CourseProblem[] = [];
  const singles = located.filter((l) => singleAnswer(l.question));

  // The longest option is right in more than a third of single-answer questions.
  const longest = singles.filter((l) => rightIsLongest(l.question));
  if (singles.length >= MIN_QUESTIONS && longest.length * 3 > singles.length) {
    for (const l of longest)
      warnings.push(
        at(
          l,
          `"${l.question.id}": the right answer is the longest option, as in ${longest.length} of ${singles.length} questions with one right answer (more than a third): learners can pick the longest and pass; make a wrong option as full, or the right one shorter`,
        ),
      );
  }

  // Right answers cluster in one position (only where the learner sees the author's order).
  const fixed = singles.filter((l) => !l.question.shuffle);
  if (fixed.length >= MIN_QUESTIONS + 1) {
    const byPosition = new Map<number, LocatedQuestion[]>();
    for (const l of fixed) {
      const p = l.question.options.findIndex((o) => o.correct);
      byPosition.set(p, [...(byPosition.get(p) ?? []), l]);
    }
    for (const [p, group] of byPosition) {
      if (group.length * 2 > fixed.length)
        warnings.push(
          at(
            group[0],
            `the right answer is option ${p + 1} in ${group.length} of ${fixed.length} questions with one right answer and options in a fixed order (${list(group)}): learners can guess by position; move some right answers, or add "shuffle: true"`,
          ),
        );
    }
  }

  // Every select-all question has the same number of right options.
  const multiples = located.filter((l) => l.question.kind === "multiple");
  const counts = new Set(multiples.map((l) => l.question.options.filter((o) => o.correct).length));
  if (multiples.length >= 2 && counts.size === 1) {
    const [n] = counts;
    warnings.push(
      at(
        multiples[0],
        `every "select all" question has exactly ${n} right option${n === 1 ? "" : "s"} (${list(multiples)}): learners who notice can pick ${n} without knowing; vary how many are right`,
      ),
    );
  }

  // "All of the above" / "none of the above".
  for (const l of located) {
    const o = l.question.options.find((x) => ABOVE.test(textOf(x.html)));
    if (o)
      warnings.push(
        at(
          l,
          `"${l.question.id}" option ${o.id} says "${ABOVE.exec(textOf(o.html))?.[0]}": it is often right (or a giveaway) and means nothing when options are shuffled; write each option as a choice of its own`,
        ),
      );
  }

  // The passive option is never right.
  const withPassive = located.filter((l) => l.question.options.some((o) => isPassive(o.html)));
  if (
    withPassive.length >= MIN_QUESTIONS &&
    withPassive.every((l) => l.question.options.every((o) => !isPassive(o.html) || !o.correct))
  ) {
    warnings.push(
      at(
        withPassive[0],
        `in all ${withPassive.length} questions with a passive option (${list(withPassive)}), the passive option is wrong: learners can pass them by rejecting "wait", "accept" or "do nothing"; where waiting or accepting is truly right, ask about that, or give each question more than one active option that is wrong`,
      ),
    );
  }
  return warnings;
}

/**
 * Where each question was written: the line `id: <question id>` in the module files. Ids are unique
 * in a course (the checker sees to it), so the first such line is the question's.
 */
export function locateQuestions(
  course: Course,
  sources: { file: string; text: string }[],
): LocatedQuestion[] {
  return questionsOf(course).map((question) => ({
    question,
    ...locateItem(question.id, sources),
  }));
}
