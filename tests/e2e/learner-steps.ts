/**
 * Steps and checks shared by the learner-experience specs (learner-*.spec.ts): what a learner
 * does with a mouse or with the keyboard alone, and what the tests look at around it (focus, the
 * frame's size, horizontal scrolling, axe). Right answers come from the compiled course, never
 * from the test.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, type Frame, type FrameLocator, type Locator, type Page } from "@playwright/test";
import type { AssessmentBlock, AssessmentItem } from "../../src/blocks/assessment/model.js";
import type { BranchingBlock } from "../../src/blocks/branching/model.js";
import { branchingStrings } from "../../src/blocks/branching/strings.js";
import { pageOfBlock } from "../../src/blocks/page/rules.js";
import type { Question } from "../../src/blocks/question/model.js";
import type { Course, Module } from "../../src/course/model.js";
import {
  type Answering,
  assessmentOn,
  assessmentsIn,
  casesIn,
  choiceFor,
  courseOf,
  goToQuestion,
  heading,
  itemOnScreen,
  optionInput,
  questionCard,
  questionsIn,
  rightChoice,
  strings,
  toLastPage,
  toPage,
  walkCase,
  walkCaseWith,
  wrongChoice,
} from "./learner.js";
import { type LaunchOptions, launch, packageOf, type ScormVersion } from "./simulator.js";

export {
  assessmentsIn,
  casesIn,
  courseOf,
  goToQuestion,
  heading,
  optionInput,
  questionCard,
  questionsIn,
  rightChoice,
  strings,
  toLastPage,
  walkCase,
  wrongChoice,
};

/** The learner the simulator launches for ("Learner, Sample"), as the record names them. */
export const LEARNER_ON_RECORD = "Sample Learner";

/** The WCAG 2.2 A and AA rules axe knows. */
export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

export interface Launched {
  view: FrameLocator;
  /** The course's frame, for evaluating in its document. */
  frame: Frame;
  pkg: string;
}

/** Launches a course package in the simulator and waits for its first page. */
export async function start(
  page: Page,
  courseId: string,
  version: ScormVersion,
  options: LaunchOptions = {},
): Promise<Launched> {
  const pkg = packageOf(courseId, version);
  const view = await launch(page, pkg, options);
  await expect(view.locator("module-page h1")).toBeVisible();
  return { view, frame: courseFrameOf(page), pkg };
}

export function courseFrameOf(page: Page): Frame {
  const frame = page.frames().find((f) => f.url().includes("/pkg/"));
  if (!frame) throw new Error("the course frame is not open");
  return frame;
}

/** Makes the LMS's frame exactly width × height CSS pixels, as an LMS page would. */
export async function sizeFrame(page: Page, width: number, height: number): Promise<void> {
  await page.evaluate(
    ([w, h]) => {
      const frame = document.querySelector<HTMLIFrameElement>("#course");
      if (!frame) throw new Error("no course frame");
      frame.style.cssText = `width:${w}px;height:${h}px;max-width:none;border:0;display:block`;
    },
    [width, height] as const,
  );
}

/** True when `target` has focus, looking through shadow roots. */
export async function hasFocus(target: Locator): Promise<boolean> {
  return target.evaluate((el) => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active === el;
  });
}

export async function expectFocused(target: Locator): Promise<void> {
  await expect.poll(() => hasFocus(target.first()), { timeout: 3000 }).toBe(true);
}

/**
 * What has focus in the course frame and whether it shows a focus indicator (an outline or a
 * box shadow); `inside` is false once focus has left the course.
 */
export async function focusedElement(
  frame: Frame,
): Promise<{ inside: boolean; description: string; visible: boolean }> {
  return frame.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    if (!active || active === document.body || !document.hasFocus()) {
      return { inside: false, description: "nothing in the course", visible: false };
    }
    const style = getComputedStyle(active);
    const outline = style.outlineStyle !== "none" && Number.parseFloat(style.outlineWidth) > 0;
    const shadow = style.boxShadow !== "none";
    const text = (active.textContent ?? "").trim().slice(0, 40);
    return {
      inside: true,
      description: `<${active.tagName.toLowerCase()}> ${text}`,
      visible: outline || shadow,
    };
  });
}

/**
 * Presses Tab until `target` has focus, checking at every stop that focus stays in the course and
 * can be seen. Fails when the target is not reached: it cannot be reached by keyboard.
 */
export async function tabTo(page: Page, frame: Frame, target: Locator, max = 250): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    const focused = await focusedElement(frame);
    expect(focused.inside, `focus left the course while tabbing to ${target}`).toBe(true);
    expect(focused.visible, `focus is not visible on ${focused.description}`).toBe(true);
    if (await hasFocus(target.first())) return;
  }
  throw new Error(`${target} was not reached in ${max} presses of Tab`);
}

/** The label of an option, which a mouse user clicks. */
function optionLabel(view: FrameLocator, q: Question, optionId: string): Locator {
  return view.locator(`label[for="${q.id}-${optionId}"]`);
}

/** A mouse user answers a question on the page and checks it; the feedback appears. */
export async function answerByMouse(
  view: FrameLocator,
  q: Question,
  choice: readonly string[],
): Promise<void> {
  await goToQuestion(view, q.id);
  for (const id of choice) await optionLabel(view, q, id).click();
  const card = questionCard(view, q.id);
  await card.getByRole("button", { name: strings.checkAnswer }).click();
  await expect(card.locator(".result")).toBeVisible();
}

/**
 * A keyboard user answers a question: Tab into the group, arrows (radios) or Space (checkboxes)
 * to choose, Tab to "Check answer" and Enter. Focus then moves to the feedback.
 */
export async function answerByKeyboard(
  page: Page,
  frame: Frame,
  view: FrameLocator,
  q: Question,
  choice: readonly string[],
): Promise<void> {
  await goToQuestion(view, q.id);
  const first = optionInput(view, q.id, q.options[0].id);
  await tabTo(page, frame, first);
  if (q.kind === "multiple") {
    for (const [i, o] of q.options.entries()) {
      if (i > 0) await tabTo(page, frame, optionInput(view, q.id, o.id), 1);
      if (choice.includes(o.id)) await page.keyboard.press("Space");
    }
  } else {
    const index = q.options.findIndex((o) => o.id === choice[0]);
    if (index === 0) await page.keyboard.press("Space");
    for (let i = 0; i < index; i++) await page.keyboard.press("ArrowDown");
  }
  for (const o of q.options) {
    if (choice.includes(o.id)) await expect(optionInput(view, q.id, o.id)).toBeChecked();
    else await expect(optionInput(view, q.id, o.id)).not.toBeChecked();
  }
  const card = questionCard(view, q.id);
  await tabTo(page, frame, card.getByRole("button", { name: strings.checkAnswer }), 3);
  await page.keyboard.press("Enter");
  await expectFocused(card.locator(".result"));
}

/**
 * A keyboard user walks a branching case to its end by the best choices: Tab into the waiting
 * decision's options, arrows to the best, Space, Tab to "Decide" and Enter; the verdict has focus;
 * Tab to "Next scene" and Enter, and the next scene's heading (or the ending's) has focus.
 */
export async function walkCaseByKeyboard(
  page: Page,
  frame: Frame,
  view: FrameLocator,
  block: BranchingBlock,
): Promise<void> {
  await walkCaseWith(
    view,
    block,
    async ({ name, scene, bestIndex, form }) => {
      const first = view.locator(`input[name="${name}"][value="${scene.options[0].id}"]`);
      await tabTo(page, frame, first);
      if (bestIndex === 0) await page.keyboard.press("Space");
      for (let i = 0; i < bestIndex; i++) await page.keyboard.press("ArrowDown");
      const best = view.locator(`input[name="${name}"][value="${scene.options[bestIndex].id}"]`);
      await expect(best).toBeChecked();
      await tabTo(page, frame, form.getByRole("button", { name: branchingStrings.decide }), 5);
      await page.keyboard.press("Enter");
    },
    async (nextScene) => {
      const scenario = view.locator("branching-scenario").first();
      await expectFocused(scenario.locator(".consequence .verdict"));
      await tabTo(page, frame, nextScene, 10);
      await page.keyboard.press("Enter");
      // The scene the choice led to (or the ending) fills the player, its heading focused.
      await expectFocused(scenario.locator("#now-title"));
    },
  );
}

/** An assessment item as a question, for `how` to choose its option by. */
function itemAsQuestion(item: AssessmentItem): Question {
  return {
    id: item.id,
    kind: "single",
    theme: "",
    scored: true,
    weighting: 1,
    stemHtml: item.stemHtml,
    stemText: item.stemText,
    options: item.options.map((o) => ({ ...o })),
  };
}

/**
 * A mouse user takes a module's final assessment: reads on to its page with Next, then clicks the
 * label of the option `how` chooses for each item as it comes, and "Save answer…", until the
 * feedback is shown. Returns the ids of the items answered, in order.
 */
export async function takeAssessmentByMouse(
  view: FrameLocator,
  module: Module,
  block: AssessmentBlock,
  how: Answering,
): Promise<string[]> {
  await toPage(
    view,
    pageOfBlock(module, (b) => b === block),
  );
  const el = assessmentOn(view);
  const done: string[] = [];
  for (let k = 0; k < 60; k++) {
    const item = await itemOnScreen(view, block);
    if (!item) return done;
    const [choice] = choiceFor(itemAsQuestion(item), how);
    await el.locator(`label[for="${item.id}-${choice}"]`).click();
    await expect(el.locator(`input[name="${item.id}"][value="${choice}"]`)).toBeChecked();
    await el.getByRole("button", { name: /^Save answer/ }).click();
    await expect(el.locator(`input[name="${item.id}"]`)).toHaveCount(0);
    done.push(item.id);
  }
  throw new Error("the assessment did not end");
}

/**
 * A keyboard user takes a module's final assessment: Next by keyboard to its page, then for each
 * item Tab into its options, arrows to the choice (Space for the first), Tab to "Save answer…"
 * and Enter; focus goes to the next item's heading, and after the last to the feedback's.
 */
export async function takeAssessmentByKeyboard(
  page: Page,
  frame: Frame,
  view: FrameLocator,
  module: Module,
  block: AssessmentBlock,
  how: Answering,
): Promise<string[]> {
  const target = pageOfBlock(module, (b) => b === block);
  const position = view.locator("main p.position").first();
  for (let step = 0; step < 30; step++) {
    const m = /Page (\d+) of (\d+)/.exec((await position.textContent()) ?? "");
    if (!m || Number(m[1]) >= target) break;
    await tabTo(page, frame, view.locator("nav.pager button.next"));
    await page.keyboard.press("Enter");
    await expect(position).not.toHaveText(new RegExp(`Page ${m[1]} of`));
  }
  const el = assessmentOn(view);
  const done: string[] = [];
  for (let k = 0; k < 60; k++) {
    const item = await itemOnScreen(view, block);
    if (!item) return done;
    const [choice] = choiceFor(itemAsQuestion(item), how);
    const index = item.options.findIndex((o) => o.id === choice);
    await tabTo(page, frame, el.locator(`input[name="${item.id}"][value="${item.options[0].id}"]`));
    if (index === 0) await page.keyboard.press("Space");
    for (let i = 0; i < index; i++) await page.keyboard.press("ArrowDown");
    await expect(el.locator(`input[name="${item.id}"][value="${choice}"]`)).toBeChecked();
    await tabTo(page, frame, el.getByRole("button", { name: /^Save answer/ }), 10);
    await page.keyboard.press("Enter");
    await expect(el.locator(`input[name="${item.id}"]`)).toHaveCount(0);
    await expectFocused(el.locator("h3").first());
    done.push(item.id);
  }
  throw new Error("the assessment did not end");
}

/** A keyboard user reads on to the module's last page: Tab to Next, Enter, page by page. */
export async function toLastPageByKeyboard(page: Page, frame: Frame, view: FrameLocator) {
  const position = view.locator("main p.position").first();
  for (let step = 0; step < 30; step++) {
    const m = /Page (\d+) of (\d+)/.exec((await position.textContent()) ?? "");
    if (!m || m[1] === m[2]) return;
    await tabTo(page, frame, view.locator("nav.pager button.next"));
    await page.keyboard.press("Enter");
    await expect(position).not.toHaveText(new RegExp(`Page ${m[1]} of`));
  }
  throw new Error("the module's last page was not reached with Next");
}

/** No part of the course is wider than its frame: nothing scrolls sideways. */
export async function expectNoHorizontalScroll(frame: Frame, where: string): Promise<void> {
  const [scrollWidth, clientWidth] = await frame.evaluate(() => [
    document.documentElement.scrollWidth,
    document.documentElement.clientWidth,
  ]);
  expect(scrollWidth, `${where}: the page scrolls sideways`).toBeLessThanOrEqual(clientWidth);
}

/** Runs axe over the course frame only (not the simulator around it) for WCAG 2.2 A and AA. */
export async function expectNoAxeViolations(page: Page, state: string): Promise<void> {
  const results = await new AxeBuilder({ page }).include("#course").withTags(WCAG_TAGS).analyze();
  const found = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n${v.nodes
        .slice(0, 5)
        .map((n) => `    ${n.target.join(" ")}: ${n.failureSummary?.split("\n").join(" ")}`)
        .join("\n")}`,
  );
  expect(found, `axe on "${state}"`).toEqual([]);
  // A run that looked at nothing would pass: make sure it reached into the course.
  expect(results.passes.length, `axe on "${state}" checked nothing`).toBeGreaterThan(0);
}

/** Replaces window.print in every frame, counting calls, so a test can press "Print". */
export async function stubPrint(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { printCalls: number };
    w.printCalls = 0;
    window.print = () => {
      w.printCalls++;
    };
  });
}

export async function printCalls(frame: Frame): Promise<number> {
  return frame.evaluate(() => (window as unknown as { printCalls: number }).printCalls);
}

/** Reflection answers a learner might write, one per prompt. */
export function reflectionsFor(course: Course): Array<{ id: string; text: string }> {
  return course.modules
    .flatMap((m) => m.blocks)
    .flatMap((b) => (b.kind === "reflection" ? b.prompts : []))
    .map((p, i) => ({
      id: p.id,
      text: `Reflection ${i + 1}: I will check and test what I am told.`,
    }));
}
