/**
 * Republishing, as a learner meets it: part-way through version N in the LMS, the board uploads
 * N+1 (a question added, one removed, one reworded); the learner comes back to N+1 at their place
 * with the answers that still apply.
 */
import { readdirSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { loadCourse } from "../../src/course/loader.js";
import { questionsOf } from "../../src/course/model.js";
import { answer, heading, openModule, optionInput, questionCard, rightChoice } from "./learner.js";
import {
  closeCourse,
  launch,
  lmsData,
  relaunch,
  resumeData,
  type ScormVersion,
  savedData,
} from "./simulator.js";

const v1 = loadCourse("tests/fixtures/republish-v1").course;
const v2 = loadCourse("tests/fixtures/republish-v2").course;

function packageFor(version: string, format: ScormVersion): string {
  const name = `republish-demo-${version}-${format}.zip`;
  expect(readdirSync(process.env.TEST_DIST as string)).toContain(name);
  return name;
}

for (const format of ["scorm12", "scorm2004"] as const) {
  test(`${format}: a learner part-way through version 1.0.0 resumes in 1.1.0 with their other answers`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    const old = packageFor(v1.version, format);
    const frame = await launch(page, old);
    const questions = v1.modules.find((m) => m.id === "questions");
    if (!questions) throw new Error("the fixture has no questions module");
    await openModule(frame, questions);
    for (const q of questionsOf(v1)) await answer(frame, q, rightChoice(q));
    await closeCourse(page);
    const saved = await savedData(page, old);
    expect(saved).toBeDefined();

    // The LMS replaced the package in the same activity: same identity, the learner's data kept.
    const next = await relaunch(page, packageFor(v2.version, format), {
      saved: await resumeData(page, format, saved ?? {}),
    });
    await expect(heading(next)).toHaveText("Questions");
    const byId = new Map(questionsOf(v2).map((q) => [q.id, q]));
    for (const id of ["q-keep", "q-reword"]) {
      const q = byId.get(id);
      if (!q) throw new Error(id);
      await expect(optionInput(next, id, rightChoice(q)[0])).toBeChecked();
      await expect(questionCard(next, id).locator(".result")).toBeVisible();
    }
    // The reworded question shows its new words with the learner's answer kept.
    await expect(questionCard(next, "q-reword")).toContainText("Which of these animals barks?");
    // The removed question is gone; the new one waits to be answered.
    await expect(questionCard(next, "q-remove")).toHaveCount(0);
    const added = byId.get("q-new");
    if (!added) throw new Error("q-new");
    await expect(optionInput(next, "q-new", "a")).toBeEnabled();
    await answer(next, added, rightChoice(added));
    const end = v2.modules.at(-1);
    if (!end) throw new Error("the fixture has no last module");
    await openModule(next, end);

    // With every question right and every module opened in 1.1.0, the learner passes (the
    // verdict comes with completion, in both SCORM versions), and the new answer reaches the
    // LMS as an interaction of its own.
    const lms = await lmsData(page);
    expect(format === "scorm12" ? lms.core.lesson_status : lms.success_status).toBe("passed");
    const ids = Object.values(lms.interactions as Record<string, { id?: string }>).map((i) => i.id);
    expect(ids).toContain("q-new");
  });
}
