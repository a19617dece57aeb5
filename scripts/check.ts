/** `npm run check [course-dir]`: checks a course folder and prints every problem as file:line: message. */
import { checkReport } from "../src/compiler/authoring/check-report.js";

const dir = process.argv.slice(2).find((a) => !a.startsWith("-")) ?? "course";
const report = checkReport(dir);
for (const line of report.err) console.error(line);
for (const line of report.out) console.log(line);
if (!report.ok) process.exit(1);
