/**
 * `npm run build [-- --course <dir>] [-- --out <dir>]`: checks the course, makes one web build,
 * and writes the SCORM 1.2, SCORM 2004 and web zips and the answer key page. Nothing is written
 * to the output folder unless every step succeeds.
 */
import { statSync } from "node:fs";
import { relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { BuildFailure, buildCourse } from "../src/compiler/build.js";
import { savedStateLine } from "../src/compiler/course/course-rules.js";
import { loadCourse } from "../src/compiler/course/loader.js";

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      course: { type: "string", default: "course" },
      out: { type: "string", default: "dist" },
    },
  });
  const courseDir = values.course as string;
  const outDir = resolve(values.out as string);
  try {
    const { zips, answerKey } = await buildCourse(courseDir, outDir);
    for (const z of [...zips, answerKey])
      console.log(`wrote ${relative(process.cwd(), z)} (${statSync(z).size} bytes)`);
    console.log(savedStateLine(loadCourse(courseDir)));
  } catch (e) {
    console.error(e instanceof BuildFailure ? e.message : e);
    process.exitCode = 1;
  }
}

await main();
