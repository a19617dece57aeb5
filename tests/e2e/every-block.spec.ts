/**
 * The every-block fixture course in both packages: each block kind plays in real Chromium inside
 * the LMS simulator, by keyboard where it matters, axe-clean at 320 px and 1280 px, and a learner
 * who leaves in the middle of the branching scenario comes back to the same scene.
 */
import { expect, type FrameLocator, type Page, test } from "@playwright/test";
import type { BranchingBlock } from "../../src/blocks/branching/model.js";
import { branchingStrings } from "../../src/blocks/branching/strings.js";
import { calloutToneNames } from "../../src/blocks/callout/strings.js";
import { figureStrings } from "../../src/blocks/figure/strings.js";
import { glossaryStrings } from "../../src/blocks/glossary/strings.js";
import { questionStrings } from "../../src/blocks/question/strings.js";
import {
  answer,
  arrange,
  moduleOf,
  openModule,
  orderingsIn,
  questionsIn,
  rightOrder,
  sortCards,
  sortsIn,
} from "./learner.js";
import {
  courseFrameOf,
  courseOf,
  expectFocused,
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  questionCard,
  rightChoice,
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

const course = courseOf("every-block");
const caseModule = course.modules.find((m) => m.id === "case");
const walk = caseModule?.blocks.find((b) => b.kind === "branching") as BranchingBlock;
const versions: ScormVersion[] = ["scorm12", "scorm2004"];

/** Makes a decision in the scenario on screen by keyboard: arrow to the option, Enter to decide. */
async function decide(page: Page, view: FrameLocator, sceneId: string, optionId: string) {
  const input = view.locator(`input[name="walk-${sceneId}"][value="${optionId}"]`);
  await input.focus();
  await page.keyboard.press("Space");
  await expect(input).toBeChecked();
  await page.keyboard.press("Enter");
  await expect(input).toHaveCount(0);
}

function sceneText(id: string): string {
  const scene = walk.scenes.find((s) => s.id === id);
  return (scene?.html ?? "").replace(/<[^>]+>/g, "").replace(/&quot;/g, '"');
}

for (const version of versions) {
  test(`${version}: the whole course, leaving in the middle of the branching case and resuming at the same scene`, async ({
    page,
  }) => {
    const errors = watchErrors(page);
    const launched = await start(page, "every-block", version);
    let view = launched.view;
    const questions = moduleOf(course, "questions");
    await openModule(view, questions);
    for (const q of questionsIn(questions)) await answer(view, q, rightChoice(q));
    for (const b of orderingsIn(questions)) await arrange(view, b, rightOrder(b));
    for (const b of sortsIn(questions)) await sortCards(view, b);
    // Once answered, the learner can open why each option is or is not right, not only their own.
    const single = questionCard(view, "q-single");
    await single.getByText(questionStrings.whyEach).click();
    for (const o of questionsIn(questions)[0].options) {
      const why = o.feedbackHtml.replace(/<[^>]+>/g, "");
      await expect(single.locator(".every-option").getByText(why)).toBeVisible();
    }
    await openModule(view, caseModule as never);
    const scenario = view.locator("branching-scenario");
    await expect(scenario.getByRole("heading", { name: walk.title })).toBeVisible();

    // The worse choice first: its verdict takes focus, and its consequence scene waits for Next
    // scene, whose press shows it and puts focus on its heading.
    await decide(page, view, "monday", "b");
    await expectFocused(scenario.locator(".consequence .verdict"));
    await expect(scenario.getByText(branchingStrings.notBest).first()).toBeVisible();
    const waitScene = scenario.locator(".scene", { hasText: sceneText("wait") });
    await expect(waitScene).toHaveCount(0);
    await scenario.getByRole("button", { name: branchingStrings.nextScene }).click();
    await expect(waitScene).toBeVisible();
    await expectFocused(scenario.getByRole("heading", { name: branchingStrings.scene(2) }));
    await closeCourse(page);

    const left = await tracking(page, version);
    const monday = left.interactions.find((i) => i.id === "walk-monday");
    expect(monday).toMatchObject({
      type: "choice",
      response: "b",
      pattern: "a",
      result: FORMATS[version].results.incorrect,
      // The decision's own theme, not the case's ("sharing").
      objective: "voice",
    });
    // The scored questions are all right, but the case (whose decisions are scored) is
    // unfinished: the course is not complete, so neither version gives a verdict yet (pass or
    // fail comes with completion, in both).
    expect(left.completion).toBe("incomplete");

    // Back again: the learner lands on the scene they had reached, the one their choice led to,
    // with the path before it folded into the story so far; the next decision waits after it.
    view = await relaunch(page, launched.pkg, { resume: true });
    await expect(view.locator("module-page h1")).toBeVisible();
    await openModule(view, caseModule as never);
    await expect(scenario.locator(".stage .scene", { hasText: sceneText("wait") })).toBeVisible();
    await expect(view.locator('input[name="walk-monday"]')).toHaveCount(0);
    const story = scenario.locator("details.story");
    await expect(story.getByText(sceneText("monday"))).toBeHidden();
    await story.locator("summary").click();
    await expect(story.getByText(sceneText("monday"))).toBeVisible();
    await expect(story.getByText(branchingStrings.notBest)).toBeVisible();
    await scenario.getByRole("button", { name: branchingStrings.nextScene }).click();
    await decide(page, view, "referral", "a");
    await scenario.getByRole("button", { name: branchingStrings.nextScene }).click();
    await expect(scenario.getByText(branchingStrings.end)).toBeVisible();
    // One best choice of two: the ending for one (the case's final card), and the tally.
    const partly = walk.endings?.find((e) => e.minBest === 1);
    await expect(
      scenario.locator(".ending-card").getByRole("heading", {
        name: branchingStrings.ending(partly?.title ?? "?"),
      }),
    ).toBeVisible();
    await expect(scenario.locator(".tally")).toHaveText(branchingStrings.tally(1, 2));
    const review = scenario.locator(".review");
    await review.getByText(branchingStrings.reviewTitle).click();
    await expect(review.getByText(branchingStrings.bestWas)).toBeVisible();
    // Where the best first choice would have led is one press away.
    await review.getByText(branchingStrings.wouldLeadTo).click();
    await expect(review.getByText(sceneText("referral"))).toBeVisible();

    for (const width of [320, 1280]) {
      await sizeFrame(page, width, 800);
      await expectNoHorizontalScroll(courseFrameOf(page), `the ended case at ${width} px`);
      await expectNoAxeViolations(page, `the ended case at ${width} px`);
    }

    // The last module: the results and the glossary page listing every term.
    await openModule(view, moduleOf(course, "close"));
    // The glossary is in the page's second section, behind its section break.
    await view.getByRole("button", { name: "Continue: every term" }).click();
    const glossary = view.locator("glossary-list");
    await expect(glossary.getByRole("heading", { name: glossaryStrings.title })).toBeVisible();
    for (const t of course.glossary ?? [])
      await expect(glossary.getByText(t.term, { exact: true })).toBeVisible();
    await expectNoAxeViolations(page, "the results and glossary page");

    const done = await tracking(page, version);
    expect(done.completion).toBe(version === "scorm12" ? "passed" : "completed");
    expect(done.success).toBe("passed");
    // Six scored items (three questions, the ordering question, the case's two decisions), all
    // right but the first decision: 5 of 6.
    expect(Number(done.score.raw)).toBeCloseTo(83.33, 2);
    const ids = done.interactions.map((i) => i.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        "q-single",
        "q-multiple",
        "q-scenario",
        "order-concern",
        "walk-monday",
        "walk-referral",
      ]),
    );
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9-]{0,63}$/);
    expect(errors).toEqual([]);
  });
}

test("the content blocks: callouts named by tone, a reveal opened by keyboard and by printing, figures", async ({
  page,
}) => {
  const errors = watchErrors(page);
  const { view } = await start(page, "every-block", "scorm12");
  await expect(view.locator("module-page h1")).toHaveText("Welcome");

  // Each callout is a landmark named by its tone (and title): told apart in words, not colour.
  for (const name of [
    calloutToneNames["key-point"],
    `${calloutToneNames["practice-tip"]}: Write it down`,
    calloutToneNames["in-this-case"],
  ]) {
    await expect(view.getByRole("complementary", { name, exact: true })).toBeVisible();
  }

  // A marked term opens its definition in place from the keyboard; Escape closes it.
  const term = view.getByRole("button", { name: "child in need" });
  const definition = view.getByRole("note", {
    name: glossaryStrings.definitionOf("child in need"),
  });
  await expect(term).toHaveAttribute("aria-expanded", "false");
  await term.focus();
  await page.keyboard.press("Enter");
  await expect(definition).toBeVisible();
  await expect(definition).toContainText("needs services");
  await expect(term).toHaveAttribute("aria-expanded", "true");
  await page.keyboard.press("Escape");
  await expect(definition).toBeHidden();
  await expectFocused(term);
  await term.click();

  // The reveal opens from the keyboard and its content is then read.
  const summary = view.locator("reveal-panel summary");
  const hidden = view.getByText(/A meeting of police, social care and health/);
  await expect(hidden).toBeHidden();
  await summary.focus();
  await page.keyboard.press("Enter");
  await expect(hidden).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(hidden).toBeHidden();
  // Printing shows it open, and the screen goes back to how the learner had it.
  const frame = courseFrameOf(page);
  await frame.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
  await expect(hidden).toBeVisible();
  await frame.evaluate(() => window.dispatchEvent(new Event("afterprint")));
  await expect(hidden).toBeHidden();

  // Figures load from the package; the decorative one is hidden from screen readers.
  const chart = view.getByRole("img", {
    name: "An arrow from the school to children's social care.",
  });
  await expect(chart).toBeVisible();
  expect(await chart.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  const decorative = view.locator('course-figure img[src="media/rule.png"]');
  await expect(decorative).toHaveAttribute("alt", "");
  await expect
    .poll(() => decorative.evaluate((img: HTMLImageElement) => img.naturalWidth))
    .toBe(200);
  await view.getByText(figureStrings.longDescription).click();
  await expect(view.getByText(/passes its concern directly/)).toBeVisible();
  await summary.click();

  for (const width of [320, 1280]) {
    await sizeFrame(page, width, 800);
    await expectNoHorizontalScroll(frame, `the content blocks at ${width} px`);
    await expectNoAxeViolations(page, `the content blocks at ${width} px`);
  }
  expect(errors).toEqual([]);
});
