/**
 * Every screen a learner meets, checked by axe (WCAG 2.2 A/AA) and for sideways scrolling at
 * 1280 px, at 320 px (WCAG reflow) and at 400 % zoom, and tabbed through by keyboard at 400 %
 * zoom: one browser page walks from state to state and resizes the LMS frame around each, so the
 * run stays bounded.
 *
 * 400 % zoom is the CSS viewport it gives a 1280 × 900 window, 320 × 225 CSS px: zoom changes
 * layout only through that viewport (device pixels per CSS pixel change how sharp the page is,
 * not what axe or the reflow check see), so a frame of that size is the zoomed page.
 */
import { expect, type FrameLocator, type Locator, type Page, test } from "@playwright/test";
import { assessmentStrings } from "../../src/blocks/assessment/strings.js";
import { branchingStrings } from "../../src/blocks/branching/strings.js";
import { pageOfBlock } from "../../src/blocks/page/rules.js";
import type { Module } from "../../src/course/model.js";
import {
  acceptWarningIfShown,
  assessmentOn,
  assessmentsIn,
  casesIn,
  itemOnScreen,
  moduleOf,
  takeAssessment,
  toLastPage,
  toPage,
  walkCase,
} from "./learner.js";
import {
  answerByMouse,
  courseOf,
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  goToQuestion,
  heading,
  type Launched,
  questionsIn,
  rightChoice,
  sizeFrame,
  start,
  strings,
  tabTo,
  wrongChoice,
} from "./learner-steps.js";

/** The last control of a course page: the support list at its foot. */
const footerSupport = (view: FrameLocator) => view.locator("footer summary");

const SIZES = [
  ["1280 px", { width: 1280, height: 800 }],
  ["320 px", { width: 320, height: 640 }],
  ["400 % zoom", { width: 320, height: 225 }],
] as const;

/**
 * Checks the state on screen at each size, then goes back to 1280 px for the next step. At
 * 400 % zoom, where a page is most cramped, a keyboard user also tabs from the top of the course
 * to `lastStop` (the state's last control): every stop must stay in the course with its focus
 * visible.
 */
async function checkEverySize(
  page: Page,
  { frame, view }: Launched,
  state: string,
  lastStop?: (view: FrameLocator) => Locator,
): Promise<void> {
  for (const [size, { width, height }] of SIZES) {
    await sizeFrame(page, width, height);
    await expect.poll(() => frame.evaluate(() => window.innerWidth)).toBe(width);
    await expectNoAxeViolations(page, `${state}, ${size}`);
    await expectNoHorizontalScroll(frame, `${state}, ${size}`);
    if (lastStop && size === "400 % zoom") {
      await page.locator("#course").focus();
      await tabTo(page, frame, lastStop(view));
    }
  }
  await sizeFrame(page, 1280, 800);
  await expect.poll(() => frame.evaluate(() => window.innerWidth)).toBe(1280);
}

/**
 * Launches a package with its frame at 1280 px. The simulator's own panel beside the frame is
 * hidden: it would lie over a frame wider than its column and take the learner's clicks.
 */
async function startWide(page: Page, courseId: string, version: "scorm12" | "scorm2004") {
  const launched = await start(page, courseId, version);
  await page.addStyleTag({ content: ".model { display: none; }" });
  await sizeFrame(page, 1280, 800);
  return launched;
}

async function open(view: FrameLocator, module: Module): Promise<void> {
  await view.locator(`module-menu a[href="#${module.id}"]`).click();
  await expect(heading(view)).toHaveText(module.title);
  await acceptWarningIfShown(view);
}

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1360, height: 1000 });
});

test("the Family M screens (welcome, a module's second page, answered right and wrong, the walked case mid-way and at its end) pass axe and reflow at 1280 px, 320 px and 400 % zoom, and tab through with visible focus at 400 % zoom", async ({
  page,
}) => {
  // Five states, each checked by axe at three sizes, and a case walked with Next scene between
  // its decisions: on a loaded 2-core machine three minutes was not enough.
  test.setTimeout(300_000);
  const course = courseOf("family-m");
  const launched = await startWide(page, "family-m", "scorm2004");
  const { view } = launched;
  await checkEverySize(page, launched, "welcome", footerSupport);

  const lesson = course.modules.find((m) => questionsIn(m).length >= 2) as Module;
  await open(view, lesson);
  await view.locator("nav.pager button.next").click();
  await expect(view.locator("main p.position")).toContainText(/Page 2 of \d+/);
  await checkEverySize(page, launched, `${lesson.title}, page 2`, footerSupport);

  const [first, second] = questionsIn(lesson);
  await goToQuestion(view, first.id);
  await answerByMouse(view, first, rightChoice(first));
  await answerByMouse(view, second, wrongChoice(second));
  await checkEverySize(page, launched, "a question answered right and one wrong", footerSupport);

  const walk = moduleOf(course, "walk-a-case");
  const [scenario] = casesIn(walk);
  await open(view, walk);
  const decision = view.locator("branching-scenario form.decision");
  await decision.locator("input").first().check();
  await decision.getByRole("button", { name: branchingStrings.decide }).click();
  await expect(
    view.locator("branching-scenario").getByRole("button", { name: branchingStrings.nextScene }),
  ).toBeVisible();
  await checkEverySize(page, launched, "the walked case, after its first decision", footerSupport);

  await walkCase(view, scenario);
  await checkEverySize(page, launched, "the walked case, at its end", footerSupport);
});

test("results not passed and passed, the record of learning and the break screen pass axe and reflow at 1280 px, 320 px and 400 % zoom, and tab through with visible focus at 400 % zoom", async ({
  page,
}) => {
  // Every page read too (a result is given only for a complete course): more than 2 minutes.
  test.setTimeout(240_000);
  const course = courseOf("paged-course");
  const launched = await startWide(page, "paged-course", "scorm12");
  const { view } = launched;
  const last = course.modules[course.modules.length - 1];
  const answerAll = async (how: "right" | "wrong") => {
    for (const module of course.modules) {
      await open(view, module);
      for (const q of questionsIn(module)) {
        await answerByMouse(view, q, how === "right" ? rightChoice(q) : wrongChoice(q));
      }
      // Every page read: the result is given only for a complete course.
      await toLastPage(view);
    }
    await open(view, last);
  };

  await answerAll("wrong");
  await expect(view.locator("results-panel")).toContainText(strings.resultsNotPassed);
  await checkEverySize(page, launched, "results, not passed", footerSupport);

  await view.getByRole("button", { name: strings.retake }).click();
  await view.getByRole("button", { name: strings.retakeConfirm }).click();
  await answerAll("right");
  await expect(view.locator("results-panel")).toContainText(strings.resultsPassed);
  await checkEverySize(page, launched, "results, passed", footerSupport);

  await page.emulateMedia({ media: "print" });
  await expect(view.locator("completion-record")).toBeVisible();
  await checkEverySize(page, launched, "the record of learning (printed)");
  await page.emulateMedia({ media: "screen" });

  await view.getByRole("button", { name: strings.takeBreak }).click();
  await expect(view.locator("break-screen h1")).toBeVisible();
  await checkEverySize(page, launched, "the break screen", (v) =>
    v.getByRole("button", { name: strings.returnToCourse }),
  );
});

test("the Family M final assessment (an item with its answer chosen, and the feedback after a failed attempt) passes axe and reflows at 1280 px, 320 px and 400 % zoom, and tabs through with visible focus at 400 % zoom", async ({
  page,
}) => {
  test.setTimeout(240_000);
  const course = courseOf("family-m");
  const launched = await startWide(page, "family-m", "scorm2004");
  const { view } = launched;
  const module = moduleOf(course, "assessment");
  const [block] = assessmentsIn(module);
  await open(view, module);
  await toPage(
    view,
    pageOfBlock(module, (b) => b === block),
  );
  const el = assessmentOn(view);
  const item = await itemOnScreen(view, block);
  if (!item) throw new Error("no assessment item on screen");
  await el.locator(`input[name="${item.id}"]`).first().check();
  await expect(el.getByRole("heading", { name: assessmentStrings.position(1, 12) })).toBeVisible();
  await checkEverySize(page, launched, "an assessment item, its answer chosen", footerSupport);

  await takeAssessment(view, module, block, "wrong");
  await expect(el.getByRole("heading", { name: assessmentStrings.feedbackTitle })).toBeVisible();
  await expect(el.getByRole("button", { name: assessmentStrings.tryAgain })).toBeVisible();
  await checkEverySize(page, launched, "the assessment's feedback, not passed", footerSupport);
});
