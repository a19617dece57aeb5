/**
 * Sections (```continue breaks) in the Family M course: a page shows its first section and a
 * Continue button; pressed by keyboard, the next section shows, the button goes and focus lands at
 * the new section's start; a page reached before shows every section; "Stay and answer" and a
 * link to a heading open the section that holds what they point to; printing prints every
 * section; axe finds nothing at 1280 and 320 px.
 */
import { expect, test } from "@playwright/test";
import { continueStrings } from "../../src/blocks/continue/strings.js";
import {
  acceptWarningIfShown,
  answer,
  courseOf,
  heading,
  moduleOf,
  openModule,
  optionInput,
  questionCard,
  questionsIn,
  rightChoice,
  strings,
  toPage,
} from "./learner.js";
import {
  courseFrameOf,
  expectFocused,
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  sizeFrame,
  start,
} from "./learner-steps.js";
import { closeCourse, relaunch } from "./simulator.js";

const course = courseOf("family-m");
const welcome = course.modules[0];
/** The welcome page's second section opens with this heading. */
const SECOND = "How the course works";

function continueButton(view: Parameters<typeof heading>[0]) {
  // The break's own button: the cover's "Continue where you left off" is another.
  return view.locator("module-page continue-button").getByRole("button");
}

function sectionHeading(view: Parameters<typeof heading>[0], name: string) {
  return view.locator("module-page").getByRole("heading", { name, exact: true });
}

test("Continue, by keyboard, shows the next section, takes the button away and puts focus at the section's start", async ({
  page,
}) => {
  const { view } = await start(page, "family-m", "scorm2004");
  await expect(heading(view)).toHaveText(welcome.title);
  // The first section only: what comes after the break is not on the page at all.
  await expect(sectionHeading(view, "Who this course is for")).toBeVisible();
  await expect(sectionHeading(view, SECOND)).toHaveCount(0);
  const button = continueButton(view);
  // Named by what it does, one button, in the page's own content (not the pager's Next).
  await expect(button).toHaveCount(1);
  await expect(button).toHaveAccessibleName(continueStrings.continue);
  for (const width of [1280, 320]) {
    await sizeFrame(page, width, 800);
    await expectNoHorizontalScroll(
      courseFrameOf(page),
      `a page with a section break at ${width} px`,
    );
    await expectNoAxeViolations(page, `a page with a section break at ${width} px`);
  }
  await sizeFrame(page, 1280, 800);

  await button.focus();
  await page.keyboard.press("Enter");
  const opened = sectionHeading(view, SECOND);
  await expect(opened).toBeVisible();
  await expectFocused(opened);
  await expect(continueButton(view)).toHaveCount(0);
  // The sections before stay; nothing is said twice: the focus move is the only announcement.
  await expect(sectionHeading(view, "Who this course is for")).toBeVisible();
  await expect(view.locator('module-page [role="status"], module-page [aria-live]')).toHaveCount(0);
  for (const width of [1280, 320]) {
    await sizeFrame(page, width, 800);
    await expectNoHorizontalScroll(courseFrameOf(page), `a section opened at ${width} px`);
    await expectNoAxeViolations(page, `a section opened at ${width} px`);
  }
});

test("with reduced motion, the opened section's start is at the top of the screen at once", async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: "reduce" });
  const { view } = await start(page, "family-m", "scorm2004");
  await sizeFrame(page, 1280, 800);
  await continueButton(view).press("Enter");
  const opened = sectionHeading(view, SECOND);
  await expectFocused(opened);
  // No scroll animation: the first look after focus lands finds the section already in place,
  // at the top of the frame but for its scroll margin.
  const [top, margin] = await view
    .locator('module-page .section[data-section="1"]')
    .evaluate((el) => [
      el.getBoundingClientRect().top,
      Number.parseFloat(getComputedStyle(el).scrollMarginTop),
    ]);
  expect(Math.abs(top - margin)).toBeLessThan(2);
});

test("a section without a heading of its own takes focus itself", async ({ page }) => {
  const { view } = await start(page, "family-m", "scorm12");
  const lesson3 = moduleOf(course, "lesson-3-respectful-uncertainty");
  await openModule(view, lesson3);
  await toPage(view, 2);
  // Page 2's second section opens with the sort, which checks the text above it.
  await expect(view.locator("sort-question")).toHaveCount(0);
  await continueButton(view).press("Enter");
  await expect(view.locator("sort-question")).toBeVisible();
  await expectFocused(view.locator('module-page .section[data-section="1"]'));
});

test("a page reached before shows every section: going back with Previous, and a returning learner", async ({
  page,
}) => {
  const { view, pkg } = await start(page, "family-m", "scorm2004");
  await expect(continueButton(view)).toHaveCount(1);
  // On to the next module without pressing Continue: Next is never behind the button.
  await view.locator("nav.pager button.next").click();
  await expect(heading(view)).toHaveText(course.modules[1].title);
  await view.locator("nav.pager button.prev").click();
  await expect(heading(view)).toHaveText(welcome.title);
  await expect(sectionHeading(view, SECOND)).toBeVisible();
  await expect(continueButton(view)).toHaveCount(0);

  await closeCourse(page);
  const back = await relaunch(page, pkg, { resume: true });
  await expect(heading(back)).toHaveText(welcome.title);
  await expect(sectionHeading(back, SECOND)).toBeVisible();
  await expect(continueButton(back)).toHaveCount(0);
});

test('"Stay and answer" opens the section that holds the question still open', async ({ page }) => {
  const { view } = await start(page, "family-m", "scorm2004");
  const lesson3 = moduleOf(course, "lesson-3-respectful-uncertainty");
  const [q1, q2, q3] = questionsIn(lesson3);
  await openModule(view, lesson3);
  await toPage(view, 3);
  await answer(view, q1, rightChoice(q1));
  await answer(view, q2, rightChoice(q2));
  // The third question is in the page's second section, not shown yet.
  await expect(optionInput(view, q3.id, q3.options[0].id)).toHaveCount(0);
  await view.locator("nav.pager button.next").click();
  await expectFocused(view.getByText(strings.leavingTitle(1)));
  await view.getByRole("button", { name: strings.leavingStay }).click();
  // Its section opens and focus goes to its first choice.
  await expectFocused(questionCard(view, q3.id).locator("input").first());
  await expect(continueButton(view)).toHaveCount(0);
});

test("a link to a heading in a section not shown yet opens that section", async ({ page }) => {
  const { view } = await start(page, "family-m", "scorm2004");
  await openModule(view, moduleOf(course, "close"));
  await continueButton(view).click();
  await view.getByRole("link", { name: 'Lesson 1, "Further reading since 2018"' }).click();
  await acceptWarningIfShown(view);
  const target = sectionHeading(view, "Further reading since 2018");
  await expect(target).toBeVisible();
  // The section before it shows too: sections open in order.
  await expect(view.locator("module-page .section")).toHaveCount(2);
});

test("printing a page prints every section of it", async ({ page }) => {
  const { view } = await start(page, "family-m", "scorm12");
  await expect(sectionHeading(view, SECOND)).toHaveCount(0);
  await page.emulateMedia({ media: "print" });
  await expect(sectionHeading(view, SECOND)).toBeVisible();
  await expect(continueButton(view)).toBeHidden();
  await page.emulateMedia({ media: "screen" });
  await expect(sectionHeading(view, SECOND)).toHaveCount(0);
  await expect(continueButton(view)).toBeVisible();
});
