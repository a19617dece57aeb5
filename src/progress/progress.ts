/**
 * A learner's progress through a course and the rules that read it: answers, module states,
 * score, completion and success. Pure functions of the course and the learner's actions, so every
 * LMS gets the same answer and the rules are tested without a browser.
 */
import { pageCountOf, pagesSeenOf } from "../blocks/page/rules.js";
import {
  countedOf,
  kindOf,
  type ModuleState,
  moduleState,
  pagesReached,
  taskOf,
} from "../blocks/rules.js";
import type { Course } from "../course/model.js";
import type { Answer, Completion, Progress, Score, Success, ThemeScore } from "../kit/progress.js";
import { type Answerable, isRight, keptResponse } from "../kit/response.js";

export type { Answer, Completion, Progress, Score, Success, ThemeScore };
/** The module state rules live with the blocks, so a block (the cover's tiles) reads the same. */
export { type ModuleState, moduleState, pagesReached, pagesSeenOf };

/** A bookmark read back: the module and the page (1-based). */
export interface Place {
  moduleId: string;
  page: number;
}

/** The bookmark for a page: the module id alone for page 1, `<id>.<page>` after it. */
export function locationOf(place: Place): string {
  return place.page > 1 ? `${place.moduleId}.${place.page}` : place.moduleId;
}

/** A bookmark as a place, or undefined when it names no module of the course. */
export function placeOf(course: Course, location: string | null | undefined): Place | undefined {
  const m = /^([a-z][a-z0-9-]*)(?:\.(\d+))?$/.exec(location ?? "");
  const module = m && course.modules.find((x) => x.id === m[1]);
  if (!m || !module) return undefined;
  // A page the course no longer has (a republished module got shorter) is its last page.
  const page = Math.min(Math.max(1, Number(m[2] ?? 1)), pageCountOf(module));
  return { moduleId: module.id, page };
}

export function emptyProgress(): Progress {
  return {
    location: null,
    visited: [],
    pagesSeen: {},
    answers: {},
    reflections: {},
    timeSpentMs: 0,
  };
}

/** Opening a page of a module: it becomes the bookmark, and the page counts as reached. */
export function visit(progress: Progress, moduleId: string, page = 1): Progress {
  const visited = progress.visited.includes(moduleId)
    ? progress.visited
    : [...progress.visited, moduleId];
  // Pages past 31 share the last bit: no module is that long, and the set must stay a number.
  const bit = 1 << Math.min(Math.max(page, 1) - 1, 30);
  const seen = pagesSeenOf(progress, moduleId) | bit;
  return {
    ...progress,
    location: locationOf({ moduleId, page }),
    visited,
    pagesSeen: { ...progress.pagesSeen, [moduleId]: seen },
  };
}

/**
 * Stamps the moment the course first became complete; later changes never move it (a learner
 * who comes back to review completed on the first date).
 */
export function stampCompletion(course: Course, progress: Progress, now: number): Progress {
  if (progress.completedAt !== undefined) return progress;
  return completionOf(course, progress) === "completed"
    ? { ...progress, completedAt: now }
    : progress;
}

/** Adds time spent in the course (never negative, never more than a day at once). */
export function spend(progress: Progress, ms: number): Progress {
  const add = Math.min(Math.max(0, Math.round(ms)), 86_400_000);
  return add === 0 ? progress : { ...progress, timeSpentMs: progress.timeSpentMs + add };
}

/** Whether the learner may still check this item (attempts left and not already right). */
export function canAnswer(course: Course, progress: Progress, item: Answerable): boolean {
  const a = progress.answers[item.id];
  if (!a) return true;
  if (isRight(item, a.choice)) return false;
  return a.attempts < course.settings.attemptsPerQuestion;
}

/**
 * Checking an answer. A choice is kept in option order, so reports read the same every time; a
 * sequence in the learner's order, which is the answer.
 */
export function answer(
  progress: Progress,
  item: Answerable,
  response: readonly string[],
): Progress {
  const attempts = (progress.answers[item.id]?.attempts ?? 0) + 1;
  return {
    ...progress,
    answers: { ...progress.answers, [item.id]: { choice: keptResponse(item, response), attempts } },
  };
}

export function reflect(
  progress: Progress,
  promptId: string,
  text: string,
  maxLength: number,
): Progress {
  return {
    ...progress,
    reflections: { ...progress.reflections, [promptId]: cleanReflection(text, maxLength) },
  };
}

/**
 * Learner text as it will be saved: no control characters but line breaks, at most maxLength
 * UTF-16 units, and never half of a surrogate pair.
 */
export function cleanReflection(text: string, maxLength: number): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
  let s = text.replace(/\r\n?/g, "\n").replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, "");
  if (s.length > maxLength) {
    s = s.slice(0, maxLength);
    if (/[\ud800-\udbff]$/.test(s)) s = s.slice(0, -1);
  }
  return s;
}

/**
 * Every scored item that counts for this learner now (questions, ordering questions, this
 * attempt's draw of the final assessment…), in course order.
 */
export function scoredAnswerablesOf(course: Course, progress: Progress): Answerable[] {
  return course.modules.flatMap((m) => m.blocks.flatMap((b) => [...countedOf(b, progress)]));
}

/**
 * The scored items "try again" clears for a learner who did not pass: those answered wrongly, or
 * every one answered where the course says so (`retake: all-questions`); of a block with attempts
 * (the final assessment), every item answered as soon as one is wrong, as it is taken again whole.
 */
export function questionsToRetake(course: Course, progress: Progress): Answerable[] {
  const every = course.settings.retake === "all-questions";
  const answered = (q: Answerable) => progress.answers[q.id] !== undefined;
  const wrong = (q: Answerable) => answered(q) && !isRight(q, progress.answers[q.id].choice);
  return course.modules.flatMap((m) =>
    m.blocks.flatMap((b) => {
      const counted = countedOf(b, progress);
      if (kindOf(b).attempt) return every || counted.some(wrong) ? counted.filter(answered) : [];
      return counted.filter(every ? answered : wrong);
    }),
  );
}

/**
 * Try again: clears the answers questionsToRetake names and keeps everything else; a block with
 * attempts that has any takes its own retake (the next draw).
 */
export function retake(course: Course, progress: Progress): Progress {
  const clear = new Set(questionsToRetake(course, progress).map((q) => q.id));
  let next: Progress = { ...progress, answers: { ...progress.answers } };
  for (const b of course.modules.flatMap((m) => m.blocks)) {
    const attempt = kindOf(b).attempt;
    const counted = countedOf(b, progress);
    if (attempt && counted.some((q) => clear.has(q.id))) next = attempt.retake(b, next);
    else for (const q of counted) if (clear.has(q.id)) delete next.answers[q.id];
  }
  return next;
}

/** Whether the learner has reached every page of every module. */
export function allPagesReached(course: Course, progress: Progress): boolean {
  return course.modules.every((m) => pagesReached(m, progress) === pageCountOf(m));
}

export function scoreOf(course: Course, progress: Progress): Score {
  const byTheme = new Map<string, ThemeScore>(
    course.themes.map((t) => [
      t.id,
      { themeId: t.id, earned: 0, possible: 0, answered: 0, questions: 0 },
    ]),
  );
  let earned = 0;
  let possible = 0;
  let answered = 0;
  let questions = 0;
  for (const q of scoredAnswerablesOf(course, progress)) {
    const theme = byTheme.get(q.theme);
    const a = progress.answers[q.id];
    const gained = a && isRight(q, a.choice) ? q.weighting : 0;
    questions++;
    possible += q.weighting;
    earned += gained;
    if (a) answered++;
    if (theme) {
      theme.questions++;
      theme.possible += q.weighting;
      theme.earned += gained;
      if (a) theme.answered++;
    }
  }
  const ratio = possible === 0 ? 0 : earned / possible;
  return {
    earned,
    possible,
    percent: Math.round(ratio * 10000) / 100,
    scaled: Math.round(ratio * 10000) / 10000,
    answered,
    questions,
    byTheme: [...byTheme.values()],
  };
}

export function completionOf(course: Course, progress: Progress): Completion {
  if (!allPagesReached(course, progress)) return "incomplete";
  if (course.settings.completion === "all-questions" && !allTasksDone(course, progress)) {
    return "incomplete";
  }
  return "completed";
}

/**
 * Passed or failed once every scored question is answered; unknown before.
 * `passMark` (0–100) is the course's, or the LMS's mastery score when it supplies one.
 */
export function successOf(course: Course, progress: Progress, passMark: number): Success {
  const score = scoreOf(course, progress);
  if (score.questions === 0) return "unknown";
  if (score.answered < score.questions) return "unknown";
  return score.earned / score.possible >= passMark / 100 - 1e-9 ? "passed" : "failed";
}

/** Every block that asks something of the learner (questions, scenarios) has it done. */
export function allTasksDone(course: Course, progress: Progress): boolean {
  return course.modules.every((m) => m.blocks.every((b) => taskOf(b, progress) !== "to-do"));
}

/** The share of the course done, 0–1, for SCORM 2004's progress measure and the progress bar. */
export function progressMeasure(course: Course, progress: Progress): number {
  const tasks = course.modules.flatMap((m) => m.blocks.map((b) => taskOf(b, progress)));
  const pages = course.modules.reduce((n, m) => n + pageCountOf(m), 0);
  const steps = pages + tasks.filter((t) => t !== "none").length;
  if (steps === 0) return 1;
  const done =
    course.modules.reduce((n, m) => n + pagesReached(m, progress), 0) +
    tasks.filter((t) => t === "done").length;
  return Math.round((done / steps) * 100) / 100;
}
