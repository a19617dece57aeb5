/**
 * Rehearsing an update in the preview, as board staff do before uploading: a learner part-way
 * through version 1.0.0, the package replaced with 1.1.0 through the simulator's own control,
 * and the learner continuing in 1.1.0 with the answers that still apply.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { questionsOf } from "../../src/blocks/question/rules.js";
import { loadCourse } from "../../src/compiler/course/loader.js";
import { answer, heading, openModule, optionInput, questionCard, rightChoice } from "./learner.js";
import { WCAG_TAGS } from "./learner-steps.js";
import { closeCourse, launch, lmsData, savedData } from "./simulator.js";

const v1 = loadCourse("tests/fixtures/republish-v1").course;
const OLD = "republish-demo-1.0.0-scorm2004.zip";
const NEW = "republish-demo-1.1.0-scorm2004.zip";

test("the simulator replaces a package with its new version and keeps the learner's data", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  const frame = await launch(page, OLD);
  const questions = v1.modules.find((m) => m.id === "questions");
  if (!questions) throw new Error("the fixture has no questions module");
  await openModule(frame, questions);
  const keep = questionsOf(v1).find((q) => q.id === "q-keep");
  if (!keep) throw new Error("the fixture has no q-keep");
  await answer(frame, keep, rightChoice(keep));
  await closeCourse(page);
  expect(await savedData(page, OLD)).toBeDefined();

  // What staff do: the package on screen is the old one; choose the new one and replace.
  await expect(page.locator("#pkg")).toHaveValue(OLD);
  const form = await new AxeBuilder({ page }).include("#launch-form").withTags(WCAG_TAGS).analyze();
  expect(form.violations).toEqual([]);
  await page.getByLabel("Replace the package above with").selectOption(NEW);
  // Before replacing, staff read what the new package drops and adds for learners.
  const report = page.locator("#update-report");
  await expect(report.locator("p")).toHaveText(
    "What replacing 1.0.0 with 1.1.0 does to learners' records (2 ids):",
  );
  await expect(report.locator("li")).toHaveText([
    `q-remove: "q-remove" (a single-choice question of the theme "basics" in 1.0.0) is no longer in the course. Learners who answered it lose that answer from their saved state when they resume; their score and the theme "basics" are worked out again from the items still in the course (a learner who already completed or passed keeps that result); the LMS's own history of the answer stays in its reports.`,
    `q-new: "q-new" is new in 1.1.0. Learners answer it when they reach it; a learner who had already completed or passed keeps that result.`,
  ]);
  await page.getByRole("button", { name: "Replace, keeping the learner's data" }).click();

  await expect(page.locator("#launch-status")).toHaveText(
    `Replaced ${OLD} with ${NEW} in the same activity, keeping the learner's data, and relaunched it where they left off.`,
  );
  await expect(page.locator("#pkg")).toHaveValue(NEW);
  const next = page.frameLocator("#course");
  await expect(heading(next)).toHaveText("Questions");
  await expect(optionInput(next, "q-keep", rightChoice(keep)[0])).toBeChecked();
  await expect(questionCard(next, "q-new")).toBeVisible();
  // One activity, as in the LMS: the learner's data now belongs to the new package only.
  expect(await savedData(page, OLD)).toBeUndefined();
  const lms = await lmsData(page);
  expect(lms.entry).toBe("resume");
});

test("the rehearsal refuses to replace a package with one of another course, and the learner's data stays", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  const frame = await launch(page, OLD);
  const questions = v1.modules.find((m) => m.id === "questions");
  if (!questions) throw new Error("the fixture has no questions module");
  await openModule(frame, questions);
  await closeCourse(page);
  const saved = await savedData(page, OLD);
  expect(saved).toBeDefined();

  const other = "tiny-course-1.0.0-scorm2004.zip";
  await page.getByLabel("Replace the package above with").selectOption(other);
  const refusal = `${other} is another course (manifest identifier "tiny-course-manifest", not "republish-demo-manifest"): an LMS takes it as a different package, so the learner's data would not follow them. Upload it as a new activity instead.`;
  await expect(page.locator("#update-report")).toHaveText(`Refused: ${refusal}`);
  await page.getByRole("button", { name: "Replace, keeping the learner's data" }).click();
  await expect(page.locator("#launch-status")).toHaveText(`Not replaced: ${refusal}`);
  await expect(page.locator("#pkg")).toHaveValue(OLD);
  expect(await savedData(page, OLD)).toEqual(saved);
  expect(await savedData(page, other)).toBeUndefined();
});
