/**
 * Modules in pages (tests/fixtures/paged-course: a module of three pages with a question on the
 * second): the learner moves page by page, is asked before leaving a question open, comes back
 * to the page they were on, prints every page, and is taken from the results to a missed question.
 */
import { expect, test } from "@playwright/test";
import { courseOf, heading, strings } from "./learner.js";
import { expectFocused, start } from "./learner-steps.js";
import { closeCourse, relaunch, tracking, versionOfPackage } from "./simulator.js";

test.use({ viewport: { width: 1280, height: 900 } });

const course = courseOf("paged-course");
const [first, second] = course.modules;

function pageTitle(view: Parameters<typeof heading>[0]) {
  return view.locator("module-page .page-title");
}

test("a learner reads page by page, and is asked before leaving a question unanswered", async ({
  page,
}) => {
  const { view } = await start(page, "paged-course", "scorm2004");
  await expect(view.getByText(`${strings.moduleOf(1, 2)} · ${strings.pageOf(1, 3)}`)).toBeVisible();
  const next = view.locator("nav.pager button.next");
  await expect(next).toHaveText(strings.nextModule("The middle"));
  await next.click();
  await expect(pageTitle(view)).toHaveText("The middle");
  await expectFocused(pageTitle(view));
  // The menu says where the learner is and what is left; "page" goes on the list in lower case.
  const here = view.locator(`module-menu a[href="#${first.id}"]`);
  await expect(here).toHaveAccessibleName(
    `1. ${first.title}, ${strings.moduleState["in-progress"]}, ${strings.toAnswer(1)}, ${strings.currentModule}, page 2 of 3`,
  );
  await expect(here.locator(".state")).toHaveText(
    `${strings.moduleState["in-progress"]}, ${strings.toAnswer(1)}, ${strings.currentModule}, page 2 of 3`,
  );

  // Next with the question open: asked first, and "Answer now" goes to the question.
  await next.click();
  await expect(pageTitle(view)).toHaveText("The middle");
  await expectFocused(view.getByText(strings.leavingTitle(1)));
  await view.getByRole("button", { name: strings.leavingStay }).click();
  await expectFocused(view.locator('input[name="q-middle"][value="a"]'));
  await view.locator('input[name="q-middle"][value="a"]').check();
  await view.getByRole("button", { name: strings.checkAnswer }).click();

  // Answered: Next goes straight on, and the module is done once its last page is reached.
  await next.click();
  await expect(pageTitle(view)).toHaveText("The end of the module");
  await expect(view.getByText(strings.leavingTitle(1))).toHaveCount(0);
  await expect(view.locator(`module-menu a[href="#${first.id}"]`)).toContainText(
    strings.moduleState.done,
  );
  await expect(next).toHaveText(strings.nextModule(second.title));
  await view.locator("nav.pager button.prev").click();
  await expect(pageTitle(view)).toHaveText("The middle");
});

for (const version of ["scorm12", "scorm2004"] as const) {
  test(`${version}: a learner who leaves on page 2 comes back to page 2`, async ({ page }) => {
    const { view, pkg } = await start(page, "paged-course", version);
    await view.locator("nav.pager button.next").click();
    await expect(pageTitle(view)).toHaveText("The middle");
    await expect
      .poll(async () => (await tracking(page, versionOfPackage(pkg))).location)
      .toBe(`${first.id}.2`);
    await closeCourse(page);
    const back = await relaunch(page, pkg, { resume: true });
    await expect(pageTitle(back)).toHaveText("The middle");
    await expect(back.getByText(strings.welcomeBack(first.title))).toBeVisible();
  });
}

test("printing a module prints every page of it", async ({ page }) => {
  const { view } = await start(page, "paged-course", "scorm12");
  await expect(view.getByText("The third page closes the module.")).toHaveCount(0);
  await page.emulateMedia({ media: "print" });
  await expect(view.getByText("This is the first page of the first module.")).toBeVisible();
  await expect(view.getByText("The second page asks a question before you go on.")).toBeVisible();
  await expect(view.getByText("The third page closes the module.")).toBeVisible();
  await page.emulateMedia({ media: "screen" });
  await expect(view.getByText("The third page closes the module.")).toHaveCount(0);
});

test("from the results, a missed question is one link away, on its own page", async ({ page }) => {
  const { view } = await start(page, "paged-course", "scorm12");
  const next = view.locator("nav.pager button.next");
  await next.click();
  await view.locator('input[name="q-middle"][value="b"]').check();
  await view.getByRole("button", { name: strings.checkAnswer }).click();
  await next.click();
  await next.click();
  await expect(heading(view)).toHaveText(second.title);
  await view.locator('input[name="q-sky"][value="a"]').check();
  await view.getByRole("button", { name: strings.checkAnswer }).click();
  const results = view.locator("results-panel");
  await expect(results).toContainText(strings.resultsPassed);
  // 1 of 2 right is the pass mark (50 %); the wrong one is listed, by its topic and words.
  const link = results.getByRole("link", { name: "Which page is this?" });
  await expect(results).toContainText("The basics:");
  await link.click();
  await expect(pageTitle(view)).toHaveText("The middle");
  await expectFocused(view.locator("question-card .result"));
});
