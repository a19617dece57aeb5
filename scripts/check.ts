/** `npm run check [course-dir]`: checks a course folder and prints every problem as file:line: message. */
import { filesLeftOut } from "../src/course/checks/folder.js";
import { checkCourse } from "../src/course/loader.js";
import { formatProblem } from "../src/course/problems.js";
import { courseSummary } from "../src/course/summary.js";
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
if (!course) process.exit(1);
// Files the package leaves out are not mistakes (notes, the guide), but authors should know.
const leftOut = filesLeftOut(course.dir, course.media);
if (leftOut.length > 0) {
  console.log(
    `Not in the package (the build leaves these out):\n${leftOut.map((f) => `  ${f}`).join("\n")}`,
  );
}
console.log(
  `${dir}: "${course.course.title}" version ${course.course.version} is ready to build: ${courseSummary(course.course)}.`,
);
console.log(savedStateLine(course));
