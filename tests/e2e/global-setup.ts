/**
 * Builds the real course, a second tiny course, two versions of a republished course and the
 * every-block course into
 * build/test-dist with the same build function users run, then serves them through the LMS
 * simulator for every browser test.
 */
import { rmSync } from "node:fs";
import { resolve } from "node:path";
import { buildCourse } from "../../src/compiler/build.js";
import { startSimulator } from "../../src/tools/lms-simulator/server.js";

export default async function globalSetup(): Promise<() => Promise<void>> {
  const dist = resolve("build/test-dist");
  // Packages of an earlier version left by an earlier run would be found in place of today's.
  rmSync(dist, { recursive: true, force: true });
  await buildCourse("course", dist, "build/test-web/course");
  await buildCourse("tests/fixtures/tiny-course", dist, "build/test-web/tiny");
  await buildCourse("tests/fixtures/paged-course", dist, "build/test-web/paged");
  // Version N and N+1 of one course, for the republishing test.
  await buildCourse("tests/fixtures/republish-v1", dist, "build/test-web/republish-v1");
  await buildCourse("tests/fixtures/republish-v2", dist, "build/test-web/republish-v2");
  // Version N and N+1 where N+1 removes a question and replaces a theme's only one by a new id.
  await buildCourse("tests/fixtures/update-v1", dist, "build/test-web/update-v1");
  await buildCourse("tests/fixtures/update-v2", dist, "build/test-web/update-v2");
  // A first page that asks a question, for the prerender's browser tests.
  await buildCourse("tests/fixtures/question-first", dist, "build/test-web/question-first");
  // Every block kind, for the block registry's browser tests.
  await buildCourse("tests/fixtures/every-block", dist, "build/test-web/every-block");
  // A course scored by a final assessment drawn from a bank.
  await buildCourse("tests/fixtures/assessment-course", dist, "build/test-web/assessment");
  const sim = await startSimulator(dist);
  process.env.SIMULATOR_URL = sim.url;
  process.env.TEST_DIST = dist;
  return () => sim.close();
}
