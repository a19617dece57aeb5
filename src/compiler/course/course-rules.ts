/** Build-time rules that need the whole compiled course (beyond what the loader checks per file). */
import { join } from "node:path";
import { type CourseProblem, displayPath } from "../../loading/problems.js";
import { SUSPEND_DATA_LIMIT, worstCaseSnapshot } from "../../progress/snapshot.js";
import type { LoadedCourse } from "./loader.js";

/** One line for authors: how much of SCORM 1.2's saved-state room the course can use at most. */
export function savedStateLine(loaded: LoadedCourse): string {
  const size = worstCaseSnapshot(loaded.course).length;
  return `worst-case saved progress: ${size} of ${SUSPEND_DATA_LIMIT} characters (SCORM 1.2's limit)`;
}

/** The worst-case saved state must fit SCORM 1.2's suspend_data, or learners would lose progress. */
export function checkSavedStateFits(loaded: LoadedCourse): CourseProblem[] {
  const size = worstCaseSnapshot(loaded.course).length;
  if (size <= SUSPEND_DATA_LIMIT) return [];
  return [
    {
      file: displayPath(join(loaded.dir, "course.yaml")),
      line: 1,
      message: `a learner's saved progress could reach ${size} characters, more than the ${SUSPEND_DATA_LIMIT} every LMS accepts: lower some reflection "max_length" values or split the course`,
    },
  ];
}
