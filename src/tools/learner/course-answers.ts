/**
 * What a scripted learner knows without the browser: the courses as the build compiles them,
 * which answers are right or wrong, and every word the player shows. Shared by the browser tests
 * (tests/e2e/learner.ts) and `npm run shots`, so that neither reaches into the other.
 */

import type { Question } from "../../blocks/question/model.js";
import { questionsOf } from "../../blocks/question/rules.js";
import { resultsStrings } from "../../blocks/results/strings.js";
import { loadCourse } from "../../compiler/course/loader.js";
import type { Course, Module } from "../../course/model.js";
import { breakStrings } from "../../player/break.strings.js";
import { noticeStrings } from "../../player/player-notices.strings.js";
import { recordStrings } from "../../player/record.strings.js";
import { strings as playerStrings } from "../../player/strings.js";

/** How a learner answers: every question right, every one wrong, or a choice per question. */
export type Answering = "right" | "wrong" | ((question: Question) => readonly string[]);

const COURSE_DIRS: Record<string, string> = {
  "family-m": "course",
  "tiny-course": "tests/fixtures/tiny-course",
  "every-block": "tests/fixtures/every-block",
  "paged-course": "tests/fixtures/paged-course",
  "assessment-course": "tests/fixtures/assessment-course",
};
const compiled = new Map<string, Course>();

/** A course as the build compiles it: the source of every right answer. */
export function courseOf(id: string): Course {
  let course = compiled.get(id);
  if (!course) {
    course = loadCourse(COURSE_DIRS[id]).course;
    compiled.set(id, course);
  }
  return course;
}

/** The real Family M course as the build compiles it. */
export function familyM(): Course {
  return courseOf("family-m");
}

/** The right answer: every correct option, in option order. */
export function rightChoice(question: Question): string[] {
  return question.options.filter((o) => o.correct).map((o) => o.id);
}

/** A wrong answer: the first option that is not correct (on its own it is wrong for any kind). */
export function wrongChoice(question: Question): string[] {
  const wrong = question.options.find((o) => !o.correct);
  if (!wrong) throw new Error(`question ${question.id} has no wrong option`);
  return [wrong.id];
}

export function choiceFor(question: Question, how: Answering): readonly string[] {
  if (how === "right") return rightChoice(question);
  if (how === "wrong") return wrongChoice(question);
  return how(question);
}

/** The questions of one module, in page order. */
export function questionsIn(module: Module): Question[] {
  return module.blocks.flatMap((b) => (b.kind === "question" ? [b.question] : []));
}

export function moduleOf(course: Course, id: string): Module {
  const module = course.modules.find((m) => m.id === id);
  if (!module) throw new Error(`no module ${id} in ${course.id}`);
  return module;
}

/**
 * Every word the player shows, those of the elements fetched only when shown (in their own
 * files) included.
 */
const strings = {
  ...playerStrings,
  ...breakStrings,
  ...noticeStrings,
  ...recordStrings,
  ...resultsStrings,
};

export { questionsOf, strings };
