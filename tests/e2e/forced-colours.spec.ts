/**
 * Forced colours (Windows contrast themes), light and dark, read from pixels: on the screens the
 * every-screen run visits (screens-a11y.spec.ts), and on the moments between them where the
 * course's main buttons show ("I understand, show the content", "Check answer", "Decide", "Next"),
 * every control's text must be legible on its own background, its edge and keyboard focus visible
 * (./forced-colours.ts), and axe must pass. And the figure follows dark mode and forced colours.
 */
import { expect, type FrameLocator, type Page, test } from "@playwright/test";
import { assessmentStrings } from "../../src/blocks/assessment/strings.js";
import { branchingStrings } from "../../src/blocks/branching/strings.js";
import type { FigureBlock } from "../../src/blocks/figure/model.js";
import { pageOfBlock } from "../../src/blocks/page/rules.js";
import type { Module } from "../../src/course/model.js";
import {
  FORCED_MODES,
  illegibleControls,
  inkAndBackground,
  luminance,
  ordinaryColours,
  photograph,
} from "./forced-colours.js";
import {
  acceptWarningIfShown,
  assessmentOn,
  assessmentsIn,
  casesIn,
  itemOnScreen,
  moduleOf,
  takeAssessment,
  toPage,
  walkCase,
} from "./learner.js";
import {
  answerByMouse,
  courseOf,
  expectNoAxeViolations,
  goToQuestion,
  heading,
  optionInput,
  questionCard,
  questionsIn,
  rightChoice,
  sizeFrame,
  start,
  strings,
  toLastPage,
  wrongChoice,
} from "./learner-steps.js";

/**
 * Checks the state on screen in each forced-colours theme; failures are collected (soft) so one
 * run names every state, theme and control that fails. `focusChecked` holds, per theme, the kinds
 * of control whose focus indicator was already photographed.
 */
async function checkForcedColours(
  page: Page,
  state: string,
  focusChecked: Map<string, Set<string>>,
): Promise<void> {
  for (const [theme, media] of FORCED_MODES) {
    await page.emulateMedia(media);
    const seen = focusChecked.get(theme) ?? new Set<string>();
    focusChecked.set(theme, seen);
    expect.soft(await illegibleControls(page, seen), `${state}, ${theme}`).toEqual([]);
  }
  await expectNoAxeViolations(page, `${state}, forced colours, dark theme`);
  await ordinaryColours(page);
}

/** Launches a package with the simulator's own panel hidden and the frame at 1280 × 800. */
async function startWide(page: Page, courseId: string, version: "scorm12" | "scorm2004") {
  const launched = await start(page, courseId, version);
  await page.addStyleTag({ content: ".model { display: none; }" });
  await sizeFrame(page, 1280, 800);
  await expect.poll(() => launched.frame.evaluate(() => window.innerWidth)).toBe(1280);
  return launched;
}

async function open(view: FrameLocator, module: Module): Promise<void> {
  await view.locator(`module-menu a[href="#${module.id}"]`).click();
  await expect(heading(view)).toHaveText(module.title);
}

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1360, height: 1000 });
});

test("in forced colours, light and dark, every button and the menu's current item on the Family M screens (welcome, a content warning, a question before and after its answers, the walked case's decision and end) keep legible text, a visible edge and visible focus", async ({
  page,
}) => {
  test.setTimeout(420_000);
  const focusChecked = new Map<string, Set<string>>();
  const course = courseOf("family-m");
  const { view } = await startWide(page, "family-m", "scorm2004");
  await checkForcedColours(page, "welcome", focusChecked);

  const lesson = course.modules.find(
    (m) => m.contentWarning && questionsIn(m).length >= 2,
  ) as Module;
  await open(view, lesson);
  await expect(view.getByRole("button", { name: strings.contentWarningContinue })).toBeVisible();
  await checkForcedColours(page, `${lesson.title}, its content warning`, focusChecked);
  await acceptWarningIfShown(view);

  const [first, second] = questionsIn(lesson);
  await goToQuestion(view, first.id);
  for (const id of rightChoice(first)) await optionInput(view, first.id, id).check();
  await expect(
    questionCard(view, first.id).getByRole("button", { name: strings.checkAnswer }),
  ).toBeEnabled();
  await checkForcedColours(page, "a question with its answer chosen", focusChecked);
  await questionCard(view, first.id).getByRole("button", { name: strings.checkAnswer }).click();
  await expect(questionCard(view, first.id).locator(".result")).toBeVisible();
  await answerByMouse(view, second, wrongChoice(second));
  await checkForcedColours(page, "a question answered right and one wrong", focusChecked);

  const walk = moduleOf(course, "walk-a-case");
  const [scenario] = casesIn(walk);
  await open(view, walk);
  await acceptWarningIfShown(view);
  const decision = view.locator("branching-scenario form.decision");
  await decision.locator("input").first().check();
  await checkForcedColours(page, "the walked case, a decision to make", focusChecked);
  await decision.getByRole("button", { name: branchingStrings.decide }).click();
  // The verdict, and the "Next scene" button the next scene waits for.
  const nextScene = view.getByRole("button", { name: branchingStrings.nextScene });
  await expect(nextScene).toBeVisible();
  await checkForcedColours(page, "the walked case, its first verdict", focusChecked);
  // The first option is not the best: its scene (one without a decision) waits for Next scene too.
  await nextScene.click();
  await expect(
    view.locator("branching-scenario").getByRole("heading", { name: branchingStrings.scene(2) }),
  ).toBeVisible();
  await nextScene.click();
  await expect(view.locator("branching-scenario form.decision")).toHaveCount(1);
  await checkForcedColours(page, "the walked case, after its first decision", focusChecked);
  await walkCase(view, scenario);
  await checkForcedColours(page, "the walked case, at its end", focusChecked);
});

test("in forced colours, light and dark, every button on the results (not passed and passed) and the break screen keeps legible text, a visible edge and visible focus", async ({
  page,
}) => {
  test.setTimeout(240_000);
  const focusChecked = new Map<string, Set<string>>();
  const course = courseOf("paged-course");
  const { view } = await startWide(page, "paged-course", "scorm12");
  const last = course.modules[course.modules.length - 1];
  const answerAll = async (how: "right" | "wrong") => {
    for (const module of course.modules) {
      await open(view, module);
      await acceptWarningIfShown(view);
      for (const q of questionsIn(module)) {
        await answerByMouse(view, q, how === "right" ? rightChoice(q) : wrongChoice(q));
      }
      // Every page read: the result is given only for a finished course.
      await toLastPage(view);
    }
    await open(view, last);
    await acceptWarningIfShown(view);
  };

  await answerAll("wrong");
  await expect(view.locator("results-panel")).toContainText(strings.resultsNotPassed);
  await checkForcedColours(page, "results, not passed", focusChecked);

  await view.getByRole("button", { name: strings.retake }).click();
  await view.getByRole("button", { name: strings.retakeConfirm }).click();
  await answerAll("right");
  await expect(view.locator("results-panel")).toContainText(strings.resultsPassed);
  await checkForcedColours(page, "results, passed", focusChecked);

  await view.getByRole("button", { name: strings.takeBreak }).click();
  await expect(view.locator("break-screen h1")).toBeVisible();
  await checkForcedColours(page, "the break screen", focusChecked);
});

test("in forced colours, light and dark, the final assessment's buttons and options (an item with its answer chosen, the feedback with Start a new attempt) keep legible text, a visible edge and visible focus", async ({
  page,
}) => {
  test.setTimeout(240_000);
  const focusChecked = new Map<string, Set<string>>();
  const course = courseOf("family-m");
  const { view } = await startWide(page, "family-m", "scorm2004");
  const module = moduleOf(course, "assessment");
  const [block] = assessmentsIn(module);
  await open(view, module);
  await acceptWarningIfShown(view);
  await toPage(
    view,
    pageOfBlock(module, (b) => b === block),
  );
  const el = assessmentOn(view);
  const item = await itemOnScreen(view, block);
  if (!item) throw new Error("no assessment item on screen");
  await el.locator(`input[name="${item.id}"]`).first().check();
  await expect(el.getByRole("button", { name: assessmentStrings.saveAndGoOn })).toBeVisible();
  await checkForcedColours(page, "an assessment item, its answer chosen", focusChecked);

  await takeAssessment(view, module, block, "wrong");
  await expect(el.getByRole("button", { name: assessmentStrings.tryAgain })).toBeVisible();
  await checkForcedColours(page, "the assessment's feedback, not passed", focusChecked);
});

/** The Family M module with a figure, and its figure. */
function figureOfFamilyM(): { module: Module; figure: FigureBlock } {
  const course = courseOf("family-m");
  for (const module of course.modules) {
    for (const block of module.blocks ?? []) {
      if (block.kind === "figure") return { module, figure: block };
    }
  }
  throw new Error("Family M has no figure");
}

const FIGURE_THEMES = [
  ["light", { colorScheme: "light" }, "light"],
  ["dark", { colorScheme: "dark" }, "dark"],
  ["forced colours, dark theme", { colorScheme: "dark", forcedColors: "active" }, "dark"],
  ["forced colours, light theme", { colorScheme: "light", forcedColors: "active" }, "light"],
] as const;

for (const [theme, media, expected] of FIGURE_THEMES) {
  test(`the escalation-route figure in the ${theme} look is ${expected} with legible text, and keeps its text alternative`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    // Before launch: an image is drawn for the colour scheme of the page that first shows it.
    await page.emulateMedia(media);
    const { module, figure } = figureOfFamilyM();
    const { view } = await startWide(page, "family-m", "scorm2004");
    await open(view, module);
    await acceptWarningIfShown(view);
    await toPage(
      view,
      pageOfBlock(module, (b) => b === figure),
    );
    const image = view.getByRole("img", { name: figure.alt });
    await expect(image).toBeVisible();
    await image.scrollIntoViewIfNeeded();
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete)).toBe(true);
    const box = await image.boundingBox();
    const frameBox = await page.locator("#course").boundingBox();
    if (!box || !frameBox) throw new Error("the figure is not on screen");
    // The frame's visible part only: the figure may reach below it.
    const bottom = Math.min(box.y + box.height, frameBox.y + frameBox.height);
    const photo = await photograph(page, { ...box, height: bottom - box.y });
    const { background, ink, ratio } = inkAndBackground(photo);
    const backgroundIs = luminance(background) < 0.2 ? "dark" : "light";
    expect(backgroundIs, `the figure's background is rgb(${background})`).toBe(expected);
    expect(ratio, `the figure's text rgb(${ink}) on rgb(${background})`).toBeGreaterThanOrEqual(
      4.5,
    );
  });
}
