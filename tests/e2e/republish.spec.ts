/**
 * Republishing, as a learner meets it: part-way through version N in the LMS, the board uploads
 * N+1 (a question added, one removed, one reworded); the learner comes back to N+1 at their place
 * with the answers that still apply.
 */
import { readdirSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { questionsOf } from "../../src/blocks/question/rules.js";
import { loadCourse } from "../../src/compiler/course/loader.js";
import { answer, heading, openModule, optionInput, questionCard, rightChoice } from "./learner.js";
import {
  closeCourse,
  launch,
  lmsData,
  relaunch,
  resumeData,
  type ScormVersion,
  savedData,
  tracking,
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

const u1 = loadCourse("tests/fixtures/update-v1").course;
const u2 = loadCourse("tests/fixtures/update-v2").course;

function questionOf(course: typeof u1, id: string) {
  const q = questionsOf(course).find((x) => x.id === id);
  if (!q) throw new Error(`${course.id} ${course.version} has no ${id}`);
  return q;
}

for (const format of ["scorm12", "scorm2004"] as const) {
  test(`${format}: a learner part-way through 1.0.0 resumes in 1.1.0, which removed one question and replaced another by a new id: answers to both are dropped, the LMS's history of them kept, and the theme is judged on its current question alone`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 1280, height: 900 });
    const old = `update-demo-1.0.0-${format}.zip`;
    const frame = await launch(page, old);
    const questions = u1.modules.find((m) => m.id === "questions");
    if (!questions) throw new Error("the fixture has no questions module");
    await openModule(frame, questions);
    // q-grass wrong, q-square right (the shapes theme's only question: passed, 100); q-sky open.
    await answer(frame, questionOf(u1, "q-grass"), ["a"]);
    await answer(frame, questionOf(u1, "q-square"), ["a"]);
    await closeCourse(page);
    const before = await tracking(page, format);
    const shapesBefore = before.objectives.find((o) => o.id === "shapes");
    expect(shapesBefore?.success).toBe("passed");
    expect(Number(shapesBefore?.raw)).toBe(100);
    const wrong = format === "scorm12" ? "wrong" : "incorrect";
    const history = before.interactions.map((i) => [i.id, i.result]);
    expect(history).toEqual([
      ["q-grass", wrong],
      ["q-square", "correct"],
    ]);

    const next = await relaunch(page, `update-demo-1.1.0-${format}.zip`, {
      saved: await resumeData(page, format, (await savedData(page, old)) ?? {}),
    });
    await expect(heading(next)).toHaveText("Questions");
    // Neither old question is shown; the current two wait to be answered.
    await expect(questionCard(next, "q-grass")).toHaveCount(0);
    await expect(questionCard(next, "q-square")).toHaveCount(0);
    for (const id of ["q-sky", "q-corners"]) {
      await expect(optionInput(next, id, "a")).toBeEnabled();
      await expect(questionCard(next, id).locator(".result")).toHaveCount(0);
    }
    // Written at this launch: the saved state no longer holds the dropped answers, the course
    // is incomplete, and the shapes theme is not judged (its old score taken away where the
    // standard has an empty score, 1.2; 2004 has none, so there it says "unknown").
    await expect
      .poll(async () => (await tracking(page, format)).suspendData)
      .not.toMatch(/q-grass|q-square/);
    const resumed = await tracking(page, format);
    expect(resumed.completion).toBe("incomplete");
    const shapes = resumed.objectives.find((o) => o.id === "shapes");
    if (format === "scorm12") {
      expect(shapes).toMatchObject({ success: "incomplete", raw: "" });
    } else {
      expect(shapes).toMatchObject({ success: "unknown", completion: "incomplete" });
    }
    expect(resumed.objectives.find((o) => o.id === "colours")?.completion).toBe("incomplete");
    // The LMS's history of the dropped answers stays as it was; nothing is re-sent for them.
    expect(resumed.interactions.map((i) => [i.id, i.result])).toEqual(history);

    // Answering the current questions judges the theme on them alone.
    await answer(next, questionOf(u2, "q-sky"), rightChoice(questionOf(u2, "q-sky")));
    await answer(next, questionOf(u2, "q-corners"), ["a"]);
    const end = u2.modules.at(-1);
    if (!end) throw new Error("the fixture has no last module");
    await openModule(next, end);
    const done = await tracking(page, format);
    expect(done.objectives.find((o) => o.id === "shapes")).toMatchObject({
      success: "failed",
      raw: "0",
    });
    expect(done.interactions.map((i) => [i.id, i.result])).toEqual([
      ...history,
      ["q-sky", "correct"],
      ["q-corners", wrong],
    ]);
  });
}
