/**
 * `npm run preview`: builds the course (unless --no-build) and opens the LMS simulator, which
 * launches the packages as an LMS would and shows what the LMS receives.
 */
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { BuildFailure, buildCourse } from "./build.js";
import { startSimulator } from "./lms-simulator/server.js";

const { values } = parseArgs({
  options: {
    course: { type: "string", default: "course" },
    out: { type: "string", default: "dist" },
    port: { type: "string", default: "4173" },
    "no-build": { type: "boolean", default: false },
  },
});
const out = resolve(values.out as string);
if (!values["no-build"]) {
  try {
    await buildCourse(values.course as string, out);
  } catch (e) {
    console.error(e instanceof BuildFailure ? e.message : e);
    process.exit(1);
  }
}
const sim = await startSimulator(out, Number(values.port));
console.log(`LMS simulator: ${sim.url}/  (Ctrl+C to stop)`);
