/** `npm run check [course-dir]`: checks a course folder and prints every problem as file:line: message. */
import { checkCourse } from "../src/course/loader.js";
import { formatProblem } from "../src/course/problems.js";
import { checkSavedStateFits, savedStateLine } from "./course-rules.js";

const dir = process.argv.slice(2).find((a) => !a.startsWith("-")) ?? "course";
const { course, problems } = checkCourse(dir);
if (course) problems.push(...checkSavedStateFits(course));
if (problems.length > 0) {
  for (const p of problems) console.error(formatProblem(p));
  console.error(
    `\n${problems.length} problem${problems.length === 1 ? "" : "s"} found in ${dir}: nothing was built.`,
  );
  process.exit(1);
}
console.log(
  `${dir}: the course "${course?.course.title}" version ${course?.course.version} is ready to build.`,
);
if (course) console.log(savedStateLine(course));
