/**
 * `npm run preview`: builds the course (unless --no-build) and opens the LMS simulator, which
 * launches the packages as an LMS would and shows what the LMS receives, and can replace a
 * package with its new version while keeping the learner's data (rehearsing an update).
 *
 *   npm run preview -- [--course course] [--out dist] [--port 4173] [--no-build]
 */
import { readdirSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { BuildFailure, buildCourse } from "../src/compiler/build.js";
import { type Simulator, startSimulator } from "../src/tools/lms-simulator/server.js";

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

let packages: string[] = [];
try {
  packages = readdirSync(out).filter((f) => /-scorm(12|2004)\.zip$/.test(f));
} catch {
  // Reported below.
}
/** The build command for this course and output folder, as the author would type it. */
const buildCommand = (() => {
  const args = [
    values.course !== "course" ? `--course ${values.course}` : "",
    values.out !== "dist" ? `--out ${values.out}` : "",
  ].filter(Boolean);
  return args.length ? `npm run build -- ${args.join(" ")}` : "npm run build";
})();
if (packages.length === 0) {
  console.error(
    `No SCORM packages in ${out}: build the course first (${buildCommand}; npm run build -- --course <dir> for another course folder).`,
  );
  process.exit(1);
}

let sim: Simulator;
try {
  sim = await startSimulator(out, Number(values.port));
} catch (e) {
  const code = (e as NodeJS.ErrnoException).code;
  console.error(
    code === "EADDRINUSE"
      ? `Port ${values.port} is in use: is the simulator already running? Stop it with Ctrl+C in its terminal, or use another port: npm run preview -- --port ${Number(values.port) + 1}${values.course !== "course" ? ` --course ${values.course}` : ""}`
      : String(e),
  );
  process.exit(1);
}
console.log(`LMS simulator: ${sim.url}/  (Ctrl+C to stop)`);
console.log(`Packages from ${out}:\n${packages.map((p) => `  ${p}`).join("\n")}`);
console.log(
  `To rehearse an update: work part-way through a package, raise "version", run ${buildCommand} in another terminal, reload the page, then use "Rehearse an update".`,
);
