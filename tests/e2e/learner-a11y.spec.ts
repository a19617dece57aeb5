/**
 * Accessibility of every screen a learner meets: axe finds no WCAG 2.2 A/AA violation in light or
 * dark colours; nothing scrolls sideways at 320 px or at 200 % zoom; the course fits an 800×600
 * LMS frame; nothing moves for a learner who asks for reduced motion.
 */
import { expect, type Page, test } from "@playwright/test";
import type { Module } from "../../src/course/model.js";
import { casesIn, sortCards, sortsIn, walkCase } from "./learner.js";
import {
  answerByMouse,
  assessmentsIn,
  courseOf,
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  goToQuestion,
  heading,
  type Launched,
  optionInput,
  questionCard,
  questionsIn,
  reflectionsFor,
  rightChoice,
  sizeFrame,
  start,
  strings,
  takeAssessmentByMouse,
  toLastPage,
  wrongChoice,
} from "./learner-steps.js";
import { relaunch } from "./simulator.js";

const course = courseOf("family-m");
const lastModule = course.modules[course.modules.length - 1];
const firstWarned = course.modules.find((m) => m.contentWarning) as Module;
const withTimeline = course.modules.find((m) => m.blocks.some((b) => b.kind === "timeline"));
const withQuestions = course.modules.filter((m) => questionsIn(m).length > 0);
const withAssessment = course.modules.filter((m) => assessmentsIn(m).length > 0);

async function open(launched: Launched, module: Module): Promise<void> {
  const { view } = launched;
  await view.locator(`module-menu a[href="#${module.id}"]`).click();
  await expect(heading(view)).toHaveText(module.title);
  const gate = view.getByRole("button", { name: strings.contentWarningContinue });
  if ((await gate.count()) > 0) await gate.click();
}

async function answerEverything(launched: Launched, how: "right" | "wrong"): Promise<void> {
  for (const module of withQuestions) {
    await open(launched, module);
    for (const q of questionsIn(module)) {
      // Questions already answered are locked (one attempt each in this course).
      await goToQuestion(launched.view, q.id);
      if (await optionInput(launched.view, q.id, q.options[0].id).isDisabled()) continue;
      await answerByMouse(launched.view, q, how === "right" ? rightChoice(q) : wrongChoice(q));
    }
  }
  // The final assessment (what the score is made of), whole, in the attempt open now.
  for (const module of withAssessment) {
    await open(launched, module);
    for (const b of assessmentsIn(module))
      await takeAssessmentByMouse(launched.view, module, b, how);
  }
}

/** Reads every page and walks the case: with the answers, the course is complete and has a result. */
async function finishTheCourse(launched: Launched): Promise<void> {
  for (const module of course.modules) {
    await open(launched, module);
    // The practice sort (Lesson 3), which completion asks for too.
    for (const s of sortsIn(module)) await sortCards(launched.view, s);
    for (const block of casesIn(module)) await walkCase(launched.view, block);
    await toLastPage(launched.view);
  }
}

for (const scheme of ["light", "dark"] as const) {
  test(`${scheme}: axe finds no WCAG 2.2 A/AA violation from the welcome to the questions`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme: scheme });
    const launched = await start(page, "family-m", "scorm2004");
    const { view } = launched;
    const check = (state: string) => expectNoAxeViolations(page, `${scheme}: ${state}`);

    await check("welcome, first page");

    await view.locator(`module-menu a[href="#${firstWarned.id}"]`).click();
    await expect(view.getByText(strings.contentWarningTitle)).toBeVisible();
    await check("content warning");
    await view.getByRole("button", { name: strings.contentWarningContinue }).click();

    if (withTimeline) {
      await open(launched, withTimeline);
      await expect(view.locator("timeline-list li").first()).toBeVisible();
      await check("case timeline");
    }

    const lesson = withQuestions[0];
    await open(launched, lesson);
    await check("questions, unanswered");
    const multiple = questionsIn(lesson).find((q) => q.kind === "multiple");
    const scenario = questionsIn(lesson).find((q) => q.kind === "scenario");
    const [first] = questionsIn(lesson);
    await goToQuestion(view, first.id);
    await questionCard(view, first.id).getByRole("button", { name: strings.checkAnswer }).click();
    await expect(view.getByText(strings.chooseFirst)).toBeVisible();
    await check("question, checked with nothing chosen");
    await answerByMouse(view, first, rightChoice(first));
    if (multiple) await answerByMouse(view, multiple, wrongChoice(multiple));
    if (scenario) await answerByMouse(view, scenario, wrongChoice(scenario));
    await check("feedback open: right, wrong, and a scenario's consequence");

    await page.setViewportSize({ width: 400, height: 800 });
    await sizeFrame(page, 320, 640);
    await view.getByRole("button", { name: strings.menuButton }).click();
    await expect(view.locator("module-menu")).toBeVisible();
    await check("phone, menu open");
  });

  test(`${scheme}: axe finds no WCAG 2.2 A/AA violation on results, reflection, print, break and return`, async ({
    page,
  }) => {
    // The whole course is walked (a result is given only for a complete course).
    test.setTimeout(300_000);
    await page.emulateMedia({ colorScheme: scheme });
    const launched = await start(page, "family-m", "scorm2004");
    const { view } = launched;
    const check = (state: string) => expectNoAxeViolations(page, `${scheme}: ${state}`);

    await open(launched, lastModule);
    await check("results before every question is answered");

    await answerEverything(launched, "wrong");
    await finishTheCourse(launched);
    await open(launched, lastModule);
    await expect(view.locator("results-panel")).toContainText(strings.resultsNotPassed);
    await check("results, not passed, with modules to revisit and try again");

    await view.getByRole("button", { name: strings.retake }).click();
    await check("try again: asked to confirm");
    await view.getByRole("button", { name: strings.retakeConfirm }).click();
    await answerEverything(launched, "right");
    await open(launched, lastModule);
    await expect(view.locator("results-panel")).toContainText(strings.resultsPassed);
    for (const r of reflectionsFor(course)) {
      await view.locator(`#reflection-${r.id}`).fill(r.text);
    }
    // One reflection near its limit, so the counter's warning is showing too.
    const [r] = reflectionsFor(course);
    const box = view.locator(`#reflection-${r.id}`);
    const max = Number(await box.getAttribute("maxlength"));
    await box.fill("x".repeat(max - 5));
    await check("results passed, reflections written");

    await page.emulateMedia({ media: "print", colorScheme: scheme });
    await expect(view.locator("completion-record")).toBeVisible();
    await check("print view: the record of learning");
    await page.emulateMedia({ media: "screen", colorScheme: scheme });

    await view.getByRole("button", { name: strings.takeBreak }).click();
    await expect(view.locator("break-screen h1")).toBeVisible();
    await check("after take a break");

    const back = await relaunch(page, launched.pkg, { resume: true });
    await expect(back.getByText(strings.welcomeBackTitle)).toBeVisible();
    await check("welcome back");
  });
}

/** Every module, with its questions answered wrongly (the longest feedback), at one width. */
async function expectReflowsAt(page: Page, width: number, height: number): Promise<void> {
  await page.setViewportSize({ width: width + 80, height: height + 400 });
  const launched = await start(page, "family-m", "scorm12");
  await sizeFrame(page, width, height);
  const { view, frame } = launched;
  await expect.poll(() => frame.evaluate(() => document.documentElement.clientWidth)).toBe(width);
  await expectNoHorizontalScroll(frame, "first page");
  for (const [i, module] of course.modules.entries()) {
    if (i > 0) {
      await toLastPage(view);
      await view.getByRole("button", { name: strings.nextModule(module.title) }).click();
    }
    await expect(heading(view)).toHaveText(module.title);
    await expectNoHorizontalScroll(frame, `${module.title}, before any warning`);
    const gate = view.getByRole("button", { name: strings.contentWarningContinue });
    if ((await gate.count()) > 0) await gate.click();
    // The practice sort (Lesson 3) comes before its questions; completion asks for it.
    for (const s of sortsIn(module)) await sortCards(view, s, false);
    for (const q of questionsIn(module)) await answerByMouse(view, q, wrongChoice(q));
    // A walked case, to its end: every scene and the review of the path must reflow too.
    for (const b of module.blocks) if (b.kind === "branching") await walkCase(view, b);
    // The assessment to its feedback, every answer wrong: the longest feedback must reflow too.
    for (const b of assessmentsIn(module)) await takeAssessmentByMouse(view, module, b, "wrong");
    for (const r of reflectionsFor(course)) {
      const box = view.locator(`#reflection-${r.id}`);
      if ((await box.count()) > 0) await box.fill(`${r.text} ${"word ".repeat(60)}`);
    }
    await expectNoHorizontalScroll(frame, module.title);
  }
  await view.getByRole("button", { name: strings.takeBreak }).click();
  await expectNoHorizontalScroll(frame, "after take a break");
}

test("at 320 px wide (WCAG reflow) no screen scrolls sideways", async ({ page }) => {
  await expectReflowsAt(page, 320, 640);
});

test("at 200 % zoom of a 1280 px window (640 CSS px) no screen scrolls sideways", async ({
  page,
}) => {
  await expectReflowsAt(page, 640, 400);
});

test("in an 800×600 LMS frame the menu stays beside the content and nothing scrolls sideways", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1000, height: 900 });
  const { view, frame } = await start(page, "family-m", "scorm2004");
  await sizeFrame(page, 800, 600);
  await expect.poll(() => frame.evaluate(() => window.innerHeight)).toBe(600);
  await expect(view.locator("module-menu")).toBeVisible();
  await expect(view.getByRole("button", { name: strings.menuButton })).toBeHidden();
  // The frame's own viewport (the LMS page around it may scroll): controls and heading in view.
  const inFrameViewport = (el: Element) => {
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= window.innerHeight && r.right <= window.innerWidth;
  };
  expect(
    await view.getByRole("button", { name: strings.takeBreak }).evaluate(inFrameViewport),
  ).toBe(true);
  expect(await heading(view).evaluate(inFrameViewport)).toBe(true);
  for (const module of course.modules) {
    await view.locator(`module-menu a[href="#${module.id}"]`).click();
    await expect(heading(view)).toHaveText(module.title);
    const gate = view.getByRole("button", { name: strings.contentWarningContinue });
    if ((await gate.count()) > 0) await gate.click();
    await expectNoHorizontalScroll(frame, module.title);
  }
});

test("with reduced motion asked for, nothing on any screen animates or transitions", async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: "reduce" });
  const launched = await start(page, "family-m", "scorm12");
  const { frame, view } = launched;
  const moving = () =>
    frame.evaluate(() => {
      const found: string[] = [];
      const walk = (root: Document | ShadowRoot) => {
        for (const el of root.querySelectorAll("*")) {
          const style = getComputedStyle(el);
          const durations = `${style.transitionDuration},${style.animationDuration}`;
          if (durations.split(",").some((d) => Number.parseFloat(d) > 0)) found.push(el.tagName);
          if (el.shadowRoot) walk(el.shadowRoot);
        }
      };
      walk(document);
      return [...found, ...document.getAnimations().map((a) => `animation ${a.id}`)];
    });
  expect(await moving()).toEqual([]);
  await open(launched, withQuestions[0]);
  const [q] = questionsIn(withQuestions[0]);
  await answerByMouse(view, q, wrongChoice(q));
  expect(await moving()).toEqual([]);
  await open(launched, lastModule);
  expect(await moving()).toEqual([]);
  expect(
    await frame.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior),
  ).toBe("auto");
});
