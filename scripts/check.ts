/** `npm run check [course-dir]`: checks a course folder and prints every problem as file:line: message. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { filesLeftOut } from "../src/course/checks/folder.js";
import { guessabilityWarnings, locateQuestions } from "../src/course/checks/guessability.js";
import { checkPublished } from "../src/course/checks/published.js";
import {
  estimateWarning,
  readingTime,
  readingTimeLine,
} from "../src/course/checks/reading-time.js";
import { checkCourse, type LoadedCourse } from "../src/course/loader.js";
import { type CourseProblem, displayPath, formatProblem } from "../src/course/problems.js";
import { RECORD_FOLDER } from "../src/course/record.js";
import { courseSummary } from "../src/course/summary.js";
import { checkSavedStateFits, savedStateLine } from "./course-rules.js";

/** What learners of the published versions lose or meet in this one (removed items, rewordings). */
let publishedNotes: string[] = [];

/** Warnings: things an author should weigh, which do not stop the build. */
function warningsFor(loaded: LoadedCourse): CourseProblem[] {
  const modules = join(loaded.dir, "modules");
  const sources = readdirSync(modules)
    .filter((f) => f.endsWith(".md"))
    .sort()
    .map((f) => ({
      file: displayPath(join(modules, f)),
      text: readFileSync(join(modules, f), "utf8"),
    }));
  const warnings = guessabilityWarnings(locateQuestions(loaded.course, sources));
  publishedNotes = checkPublished(loaded.course, loaded.dir, sources, displayPath).notes;
  const yamlPath = join(loaded.dir, "course.yaml");
  const estimate = estimateWarning(loaded.course.estimatedMinutes, readingTime(loaded.course));
  if (estimate) {
    const line = readFileSync(yamlPath, "utf8")
      .split("\n")
      .findIndex((l) => l.startsWith("estimated_minutes"));
    warnings.push({ file: displayPath(yamlPath), line: line + 1, message: estimate });
  }
  return warnings;
}

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
const warnings = warningsFor(course);
for (const w of warnings)
  console.log(`${formatProblem({ ...w, message: `warning: ${w.message}` })}`);
if (warnings.length > 0)
  console.log(
    `${warnings.length} warning${warnings.length === 1 ? "" : "s"} (they do not stop the build).\n`,
  );
if (publishedNotes.length > 0) {
  console.log(
    `Since the last published version (${RECORD_FOLDER}/):\n${publishedNotes.map((n) => `  - ${n}`).join("\n")}\n`,
  );
}
console.log(
  `${dir}: "${course.course.title}" version ${course.course.version} is ready to build: ${courseSummary(course.course)}.`,
);
console.log(savedStateLine(course));
console.log(readingTimeLine(readingTime(course.course)));
