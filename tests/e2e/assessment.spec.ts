/**
 * The final assessment in real Chromium, in both packages: a learner who read the course answers
 * each drawn situation by keyboard, sees no feedback until the last, then every answer with the
 * best one and why, and passes; the LMS gets one interaction per item, named by its variant. A
 * learner who did not read fails, is offered a new attempt, and gets other variants; half-way
 * through it they leave, come back to the same draw where they left off, and pass. axe-clean at
 * 1280 and 320 px.
 */
import { expect, test } from "@playwright/test";
import { assessmentStrings as words } from "../../src/blocks/assessment/strings.js";
import {
  answerModule,
  assessmentOn,
  assessmentsIn,
  itemOnScreen,
  moduleOf,
  openModule,
  takeAssessment,
} from "./learner.js";
import {
  courseFrameOf,
  courseOf,
  expectFocused,
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  sizeFrame,
  start,
} from "./learner-steps.js";
import {
  closeCourse,
  FORMATS,
  relaunch,
  type ScormVersion,
  tracking,
  watchErrors,
} from "./simulator.js";

const course = courseOf("assessment-course");
const learn = moduleOf(course, "learn");
const module = moduleOf(course, "assessment");
const [block] = assessmentsIn(module);
const bank = block.points.flatMap((p) => p.variants);
const bestOf = (id: string) => bank.find((v) => v.id === id)?.options.find((o) => o.correct)?.id;

for (const version of ["scorm12", "scorm2004"] as ScormVersion[]) {
  test(`${version}: a learner who read the course passes the assessment, with feedback only after the last answer`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const errors = watchErrors(page);
    const { view } = await start(page, "assessment-course", version);
    await openModule(view, learn);
    await answerModule(view, learn, "right");
    await openModule(view, module);
    const el = assessmentOn(view);

    // Nothing chosen: the learner is told, and nothing is saved.
    await expect(el.getByRole("heading", { name: words.position(1, 4) })).toBeVisible();
    await el.getByRole("button", { name: words.saveAndGoOn }).click();
    await expect(el.getByRole("alert")).toHaveText(words.chooseFirst);

    // Each item by keyboard; focus goes to the next item's heading, and no verdict is shown.
    const first = await itemOnScreen(view, block);
    if (!first) throw new Error("no item on screen");
    await el.locator(`input[name="${first.id}"][value="${bestOf(first.id)}"]`).press("Space");
    await el.getByRole("button", { name: words.saveAndGoOn }).press("Enter");
    await expectFocused(el.getByRole("heading", { name: words.position(2, 4) }));
    await expect(el.getByText(words.best)).toHaveCount(0);
    const rest = await takeAssessment(view, module, block, "right");
    const answered = [first.id, ...rest];
    expect(answered).toHaveLength(4);

    // Then the feedback, focused: every answer the best, each with why and its lesson.
    await expectFocused(el.getByRole("heading", { name: words.feedbackTitle }));
    await expect(el.getByText(words.bestOf(4, 4))).toBeVisible();
    await expect(el.locator("article.result.right")).toHaveCount(4);
    await expect(el.getByRole("link", { name: "Reading the sky" }).first()).toBeVisible();
    await expect(el.getByRole("button", { name: words.tryAgain })).toHaveCount(0);
    for (const width of [320, 1280]) {
      await sizeFrame(page, width, 800);
      await expectNoHorizontalScroll(
        courseFrameOf(page),
        `the assessment's feedback at ${width} px`,
      );
      await expectNoAxeViolations(page, `the assessment's feedback at ${width} px`);
    }

    // The LMS: one interaction per drawn item, named by its variant, each right; a pass.
    const t = await tracking(page, version);
    const bankIds = new Set(bank.map((v) => v.id));
    const recorded = t.interactions.filter((i) => bankIds.has(i.id ?? ""));
    expect(recorded.map((i) => [i.id, i.type, i.result])).toEqual(
      answered.map((id) => [id, "choice", FORMATS[version].results.correct]),
    );
    expect(Number(t.score.raw)).toBe(100);
    expect(t.success).toBe("passed");
    expect(errors).toEqual([]);
  });
}

test("a learner who did not read fails, and a new attempt draws other variants; half-way through it they leave and come back to the same draw", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const errors = watchErrors(page);
  const launched = await start(page, "assessment-course", "scorm2004");
  let view = launched.view;
  await openModule(view, learn);
  await answerModule(view, learn, "wrong");
  await openModule(view, module);
  const firstTry = await takeAssessment(view, module, block, "wrong");
  const el = assessmentOn(view);
  await expect(el.getByText(words.bestOf(0, 4))).toBeVisible();
  // Each answer says it was not the best, and shows the best one with why.
  await expect(el.locator("article.result.wrong")).toHaveCount(4);
  await expect(el.getByText(words.bestAnswer, { exact: true })).toHaveCount(4);
  expect((await tracking(page, "scorm2004")).success).toBe("failed");

  // A new attempt: focus on its first item, which is another variant of the points drawn again.
  await el.getByRole("button", { name: words.tryAgain }).click();
  await expectFocused(el.getByRole("heading", { name: words.position(1, 4) }));
  const pointOf = (id: string) => block.points.find((p) => p.variants.some((v) => v.id === id));
  const item = await itemOnScreen(view, block);
  if (!item) throw new Error("no item on screen");
  const before = firstTry.find((id) => pointOf(id) === pointOf(item.id));
  if (before && (pointOf(item.id)?.variants.length ?? 0) > 1) expect(item.id).not.toBe(before);

  // Two answered, then the learner leaves.
  for (let k = 0; k < 2; k++) {
    const now = await itemOnScreen(view, block);
    if (!now) throw new Error("no item on screen");
    await el.locator(`input[name="${now.id}"][value="${bestOf(now.id)}"]`).check();
    await el.getByRole("button", { name: words.saveAndGoOn }).click();
  }
  const third = await itemOnScreen(view, block);
  await closeCourse(page);

  // Back: the same draw, at the third item, and the rest of it passes.
  view = await relaunch(page, launched.pkg, { resume: true });
  await openModule(view, module);
  await expect(
    assessmentOn(view).getByRole("heading", { name: words.position(3, 4) }),
  ).toBeVisible();
  expect((await itemOnScreen(view, block))?.id).toBe(third?.id);
  const last = await takeAssessment(view, module, block, "right");
  expect(last).toHaveLength(2);

  const secondTry = [...(await tracking(page, "scorm2004")).interactions]
    .map((i) => i.id ?? "")
    .filter((id) => bank.some((v) => v.id === id) && !firstTry.includes(id));
  // Every point drawn in both attempts that has two variants got the other one.
  const again = new Set(secondTry.map((id) => pointOf(id)));
  for (const id of firstTry) {
    const p = pointOf(id);
    if (p && again.has(p) && p.variants.length > 1)
      expect(secondTry.filter((x) => pointOf(x) === p)).not.toContain(id);
  }
  expect(secondTry.length).toBeGreaterThanOrEqual(3);
  const t = await tracking(page, "scorm2004");
  expect(t.success).toBe("passed");
  expect(errors).toEqual([]);
});
