/**
 * The steps block (a process shown one step at a time) in real Chromium: by keyboard alone, with
 * focus on each new step's heading, which says its place; what a screen reader is given (a region
 * named by the title, headings, the buttons and their states); "Show all steps"; every step shown
 * with JavaScript off and in print; no movement for a learner who asks for reduced motion; axe at
 * 1280 and 320 px; legible in forced colours; and Family M's escalation route, stage by stage.
 */
import { readdirSync } from "node:fs";
import { expect, type Locator, test } from "@playwright/test";
import { pageOfBlock } from "../../src/blocks/page/rules.js";
import type { StepsBlock } from "../../src/blocks/steps/model.js";
import { stepsStrings as words } from "../../src/blocks/steps/strings.js";
import type { Module } from "../../src/course/model.js";
import { FORCED_MODES, illegibleControls, ordinaryColours } from "./forced-colours.js";
import { acceptWarningIfShown, moduleOf, openModule, toPage } from "./learner.js";
import {
  courseOf,
  expectFocused,
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  focusedElement,
  sizeFrame,
  start,
  tabTo,
} from "./learner-steps.js";
import { simulatorUrl, watchErrors } from "./simulator.js";

const everyBlock = courseOf("every-block");
const welcome = everyBlock.modules[0];

function stepsIn(module: Module): StepsBlock {
  const block = module.blocks.find((b) => b.kind === "steps");
  if (!block) throw new Error(`${module.id} has no steps block`);
  return block as StepsBlock;
}

const block = stepsIn(welcome);
const count = block.steps.length;

/** The heading of step `i` (0-based) as a screen reader names it: its place, then its title. */
function stepHeading(process: Locator, i: number): Locator {
  return process.getByRole("heading", {
    name: `${words.position(i + 1, count)} ${block.steps[i].title}`,
    exact: true,
  });
}

/** The step headings on screen, in order, as their text reads. */
async function shownHeadings(process: Locator): Promise<string[]> {
  return process.locator("li h3:visible, li h4:visible").allInnerTexts();
}

test("keyboard only: Next and Previous step move one step, focus lands on its heading, which says its place; Show all steps; a screen reader's view", async ({
  page,
}) => {
  const errors = watchErrors(page);
  const { view, frame } = await start(page, "every-block", "scorm2004");
  const process = view.locator("step-through");
  await expect(process).toHaveCount(1);

  // A region named by the title, one step at a time, its heading one level below the title.
  const region = view.getByRole("region", { name: block.title });
  await expect(region).toBeVisible();
  await expect(region.getByRole("heading", { level: 3, name: block.title })).toBeVisible();
  await expect(stepHeading(region, 0)).toBeVisible();
  await expect(region.getByRole("heading", { level: 4 })).toHaveCount(1);
  expect(await shownHeadings(process)).toHaveLength(1);
  const previous = region.getByRole("button", { name: words.previous, exact: true });
  const next = region.getByRole("button", { name: words.next, exact: true });
  await expect(previous).toBeDisabled();
  await expect(next).toBeEnabled();

  // From the block's first control, Tab to Next (Previous, disabled, is passed over): focus moves
  // to step 2's heading, which a screen reader reads as "Step 2 of 3, …".
  await region.getByRole("button", { name: words.showAll, exact: true }).focus();
  await page.keyboard.press("Tab");
  await expectFocused(next);
  await page.keyboard.press("Enter");
  await expectFocused(stepHeading(region, 1));
  const focused = await focusedElement(frame);
  expect(focused.visible, `focus is not visible on ${focused.description}`).toBe(true);
  await expect(stepHeading(region, 0)).toBeHidden();
  await expect(previous).toBeEnabled();
  expect(await region.ariaSnapshot()).toContain(
    `heading "${words.position(2, count)} ${block.steps[1].title}" [level=4]`,
  );

  // From the heading, the step's text and then the buttons follow in reading order.
  await tabTo(page, frame, next);
  await page.keyboard.press("Enter");
  await expectFocused(stepHeading(region, 2));
  // The last step's link comes before the buttons; Next is off at the end.
  await page.keyboard.press("Tab");
  await expectFocused(region.getByRole("link", { name: "the questions" }));
  await expect(next).toBeDisabled();
  await tabTo(page, frame, previous);
  await page.keyboard.press("Enter");
  await expectFocused(stepHeading(region, 1));

  // Show all steps: every heading, no step buttons, focus kept on the toggle, now named for going back.
  const showAll = region.getByRole("button", { name: words.showAll, exact: true });
  await showAll.focus();
  await page.keyboard.press("Enter");
  const showOne = region.getByRole("button", { name: words.showOne, exact: true });
  await expectFocused(showOne);
  for (let i = 0; i < count; i++) await expect(stepHeading(region, i)).toBeVisible();
  await expect(next).toHaveCount(0);
  await expect(region.getByRole("list")).toHaveCount(1);
  await expect(region.getByRole("listitem")).toHaveCount(count);
  await page.keyboard.press("Enter");
  // Back to one at a time, at the step the learner was on.
  expect(await shownHeadings(process)).toEqual([
    `${words.position(2, count)}\n${block.steps[1].title}`,
  ]);
  expect(errors).toEqual([]);
});

test("axe finds nothing at 1280 and 320 px, one step and all steps; nothing scrolls sideways", async ({
  page,
}) => {
  const { view, frame } = await start(page, "every-block", "scorm2004");
  const region = view.getByRole("region", { name: block.title });
  await region.getByRole("button", { name: words.next, exact: true }).click();
  for (const width of [1280, 320]) {
    await sizeFrame(page, width, 800);
    await expectNoHorizontalScroll(frame, `the steps block at ${width} px`);
    await expectNoAxeViolations(page, `the steps block, one step, at ${width} px`);
  }
  await region.getByRole("button", { name: words.showAll, exact: true }).click();
  for (const width of [320, 1280]) {
    await sizeFrame(page, width, 800);
    await expectNoHorizontalScroll(frame, `all steps at ${width} px`);
    await expectNoAxeViolations(page, `the steps block, all steps, at ${width} px`);
  }
});

test("in forced colours, light and dark, the step buttons keep legible text, a visible edge and visible focus", async ({
  page,
}) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 1360, height: 1000 });
  const { view } = await start(page, "every-block", "scorm2004");
  await page.addStyleTag({ content: ".model { display: none; }" });
  await sizeFrame(page, 1280, 800);
  const region = view.getByRole("region", { name: block.title });
  // Mid-way, so both Previous and Next are enabled and photographed.
  await region.getByRole("button", { name: words.next, exact: true }).click();
  await expect(stepHeading(region, 1)).toBeVisible();
  for (const [theme, media] of FORCED_MODES) {
    await page.emulateMedia(media);
    expect.soft(await illegibleControls(page), `the steps block, ${theme}`).toEqual([]);
    // The step on screen, its place and its title, are still there to read.
    await expect(stepHeading(region, 1)).toBeVisible();
  }
  await expectNoAxeViolations(page, "the steps block, forced colours, dark theme");
  await ordinaryColours(page);
});

test("reduced motion: a new step appears without moving; otherwise it slides in", async ({
  page,
}) => {
  const { view } = await start(page, "every-block", "scorm2004");
  const region = view.getByRole("region", { name: block.title });
  const next = region.getByRole("button", { name: words.next, exact: true });
  const animation = (i: number) =>
    region
      .getByRole("listitem")
      .filter({ hasText: block.steps[i].title })
      .evaluate((li) => getComputedStyle(li).animationName);
  await page.emulateMedia({ reducedMotion: "no-preference" });
  await next.click();
  expect(await animation(1)).toBe("step-in");
  await page.emulateMedia({ reducedMotion: "reduce" });
  await next.click();
  expect(await animation(2)).toBe("none");
});

test("printed, every step is on paper and the buttons are not", async ({ page }) => {
  const { view } = await start(page, "every-block", "scorm2004");
  const region = view.getByRole("region", { name: block.title });
  await expect(region.getByRole("button", { name: words.next, exact: true })).toBeVisible();
  await page.emulateMedia({ media: "print" });
  for (let i = 0; i < count; i++) await expect(stepHeading(region, i)).toBeVisible();
  // Still in the page, but not drawn (so not in the accessibility tree either).
  await expect(region.locator("button")).toHaveCount(3);
  for (const button of await region.locator("button").all()) await expect(button).toBeHidden();
  await page.emulateMedia({ media: "screen" });
  await expect(stepHeading(region, 1)).toBeHidden();
});

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("the prerendered first page shows every step, and no button that would do nothing", async ({
    page,
  }) => {
    const zip = readdirSync(process.env.TEST_DIST as string).find(
      (f) => f.startsWith(`${everyBlock.id}-${everyBlock.version}`) && f.endsWith("-web.zip"),
    );
    if (!zip) throw new Error("no web zip of the every-block course was built");
    await page.goto(`${simulatorUrl()}/pkg/${zip}/index.html`);
    const shown = page.locator("step-through");
    for (let i = 0; i < count; i++) await expect(stepHeading(shown, i)).toBeVisible();
    await expect(shown.locator("button")).toHaveCount(0);
  });
});

test("Family M, Lesson 2: the escalation route by keyboard, stage by stage, in the figure's words", async ({
  page,
}) => {
  const familyM = courseOf("family-m");
  const lesson = moduleOf(familyM, "lesson-2-challenge-escalation");
  const route = stepsIn(lesson);
  const figure = lesson.blocks.find((b) => b.kind === "figure");
  if (figure?.kind !== "figure") throw new Error("Lesson 2 has no figure");
  // The same stages in the same words, in the same order, as the figure's text alternative.
  const alt = figure.alt.toLowerCase();
  const at = route.steps.map((s) => alt.indexOf(s.title.toLowerCase()));
  expect(at.every((i) => i >= 0)).toBe(true);
  expect([...at].sort((a, b) => a - b)).toEqual(at);

  const errors = watchErrors(page);
  const { view, frame } = await start(page, "family-m", "scorm12");
  await openModule(view, lesson);
  await acceptWarningIfShown(view);
  await toPage(
    view,
    pageOfBlock(lesson, (b) => b === route),
  );
  const shown = view.locator("step-through");
  // No title of its own: it sits under the lesson's "The escalation route", so its steps are h3.
  const region = view.getByRole("region", { name: words.untitled, exact: true });
  const next = region.getByRole("button", { name: words.next, exact: true });
  const n = route.steps.length;
  for (let i = 0; i < n; i++) {
    const heading = region.getByRole("heading", {
      level: 3,
      name: `${words.position(i + 1, n)} ${route.steps[i].title}`,
      exact: true,
    });
    if (i > 0) {
      await tabTo(page, frame, next);
      await page.keyboard.press("Enter");
      await expectFocused(heading);
    }
    await expect(heading).toBeVisible();
    expect((await shown.locator("li:visible .content").textContent())?.trim()).toBe(
      route.steps[i].html.replace(/<[^>]+>/g, ""),
    );
  }
  await expect(next).toBeDisabled();
  // The local policy the lesson names is still in its text.
  const policy = familyM.local?.escalationPolicy?.name;
  expect(policy).toBeTruthy();
  await expect(view.locator("module-page")).toContainText(policy as string);
  expect(errors).toEqual([]);
});
