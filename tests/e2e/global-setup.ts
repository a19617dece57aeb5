/**
 * Builds the real course and a second, tiny course into build/test-dist with the same build
 * command users run, then serves them through the LMS simulator for every browser test.
 */
import { resolve } from "node:path";
import { buildCourse } from "../../scripts/build.js";
import { startSimulator } from "../../scripts/lms-simulator/server.js";

export default async function globalSetup(): Promise<() => Promise<void>> {
  const dist = resolve("build/test-dist");
  await buildCourse("course", dist, "build/test-web/course");
  await buildCourse("tests/fixtures/tiny-course", dist, "build/test-web/tiny");
  const sim = await startSimulator(dist);
  process.env.SIMULATOR_URL = sim.url;
  process.env.TEST_DIST = dist;
  return () => sim.close();
}
