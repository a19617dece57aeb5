/**
 * `npm run mark-published [course-dir]`: records the course's version as published, after it
 * was uploaded to the LMS, in `<course-dir>/published/<version>.json`; from then on the checker
 * holds every later version to it (see course/README.md, "Publishing a new version").
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { checkCourse } from "../src/compiler/course/loader.js";
import {
  RECORD_FOLDER,
  recordFileName,
  recordOf,
  recordText,
  writeRecord,
} from "../src/compiler/course/record.js";
import { formatProblem } from "../src/loading/problems.js";

const dir = process.argv.slice(2).find((a) => !a.startsWith("-")) ?? "course";
const { course, problems } = checkCourse(dir);
if (!course || problems.length > 0) {
  for (const p of problems) console.error(formatProblem(p));
  console.error(
    `\n${dir} has problems: fix them (npm run check) before marking a version published.`,
  );
  process.exit(1);
}
const record = recordOf(course.course);
const path = join(dir, RECORD_FOLDER, recordFileName(record.version));
if (existsSync(path) && readFileSync(path, "utf8") === recordText(record)) {
  console.log(`Version ${record.version} is already recorded as published in ${path}.`);
} else {
  writeRecord(dir, record);
  console.log(
    `Recorded version ${record.version} of "${record.course}" as published in ${path}: commit it with the course. From now on the check refuses a change to what learners of ${record.version} answered unless it comes with new ids and a higher version.`,
  );
}
