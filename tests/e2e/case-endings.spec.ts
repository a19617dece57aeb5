/**
 * The walked case's endings, tally and practice walk, in the every-block fixture's scored case
 * ("walk": two decisions, the first under the theme "voice", the second under "sharing"; endings
 * for 0, 1 and 2 best choices). Three fresh launches with different choices reach three different
 * endings, each saying its tally, with the LMS recording each decision under its own theme. Once
 * the case has ended, walking it again by keyboard changes nothing the LMS or the saved state
 * holds, and the ending is axe-clean at 320 px.
 */
import { expect, type FrameLocator, type Page, test } from "@playwright/test";
import type { BranchingBlock } from "../../src/blocks/branching/model.js";
import { branchingStrings as strings } from "../../src/blocks/branching/strings.js";
import { openModule, walkCaseWith } from "./learner.js";
import {
  courseFrameOf,
  courseOf,
  expectFocused,
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  sizeFrame,
  start,
  tabTo,
} from "./learner-steps.js";
import {
  closeCourse,
  lmsCalls,
  relaunch,
  type ScormVersion,
  type Tracking,
  tracking,
  watchErrors,
} from "./simulator.js";

const course = courseOf("every-block");
const caseModule = course.modules.find((m) => m.id === "case");
if (!caseModule) throw new Error("the every-block fixture has no case module");
const walk = caseModule.blocks.find((b) => b.kind === "branching") as BranchingBlock;
const endingTitle = (id: string) => {
  const e = walk.endings?.find((x) => x.id === id);
  if (!e) throw new Error(`the fixture's case has no ending "${id}"`);
  return strings.ending(e.title);
};
/** Each decision's own theme, as the LMS should file it. */
const themeOf = Object.fromEntries(
  walk.scenes.filter((s) => s.options.length > 0).map((s) => [`walk-${s.id}`, s.theme]),
);

type Choices = { monday: "a" | "b"; referral: "a" | "b" };

/**
 * Walks the case on screen by keyboard with `choices`: Tab into the options, Space (and the
 * arrow for the second option), Tab to Decide and Enter; the verdict has focus; Tab to Next scene
 * and Enter, and the next scene's heading (or the ending's) has focus.
 */
async function walkByKeyboard(page: Page, view: FrameLocator, choices: Choices): Promise<void> {
  const frame = courseFrameOf(page);
  const scenario = view.locator("branching-scenario");
  await walkCaseWith(
    view,
    walk,
    async ({ name, scene, form }) => {
      const chosen = choices[scene.id as keyof Choices];
      const first = view.locator(`input[name="${name}"]`).first();
      await tabTo(page, frame, first, 20);
      await page.keyboard.press("Space");
      if (chosen === "b") await page.keyboard.press("ArrowDown");
      await expect(view.locator(`input[name="${name}"][value="${chosen}"]`)).toBeChecked();
      await tabTo(page, frame, form.getByRole("button", { name: strings.decide }), 5);
      await page.keyboard.press("Enter");
    },
    async (nextScene) => {
      await expectFocused(scenario.locator(".consequence .verdict"));
      await tabTo(page, frame, nextScene, 10);
      await page.keyboard.press("Enter");
      // One scene at a time: the next one (or the ending) replaces it, its heading focused.
      await expectFocused(scenario.locator("#now-title"));
      await expect(scenario.locator(".stage")).toHaveCount(1);
    },
  );
}

/**
 * The ended case on screen: its final card names `ending`, the tally says `best` of 2 in words
 * and as a mark per decision (`marks`, in order, said in words too), and no scene is left open.
 */
async function expectEnded(
  view: FrameLocator,
  ending: string,
  best: number,
  marks?: boolean[],
): Promise<void> {
  const scenario = view.locator("branching-scenario");
  await expect(scenario.getByText(strings.end)).toBeVisible();
  const card = scenario.locator(".ending-card");
  await expect(card.getByRole("heading", { name: endingTitle(ending) })).toBeVisible();
  const text = walk.endings?.find((e) => e.id === ending)?.html.replace(/<[^>]+>/g, "") ?? "";
  await expect(card).toContainText(text.replace(/&#39;/g, "'"));
  // The ending is the only card on show: no scene, no decision.
  await expect(scenario.locator(".scene-card")).toHaveCount(0);
  await expect(scenario.locator("form.decision")).toHaveCount(0);
  await expect(scenario.locator(".tally")).toHaveText(strings.tally(best, 2));
  const row = card.getByRole("list", { name: strings.marksLabel });
  await expect(row.getByRole("listitem")).toHaveCount(2);
  if (marks) {
    await expect(row.getByRole("listitem")).toHaveText(marks.map((m, i) => strings.mark(i + 1, m)));
  }
  // Then the review (folded) and the way into or out of a practice walk.
  await expect(scenario.locator("details.review > summary")).toHaveText(strings.reviewTitle);
}

/** The decisions the LMS holds, each with its objective: the decision's own theme. */
function expectDecisionThemes(t: Tracking, responses: Choices): void {
  const decisions = t.interactions.filter((i) => i.id.startsWith("walk-"));
  expect(decisions.map((i) => [i.id, i.objective, i.response])).toEqual([
    ["walk-monday", "voice", responses.monday],
    ["walk-referral", "sharing", responses.referral],
  ]);
  for (const i of decisions) expect(i.objective).toBe(themeOf[i.id]);
  // Scored: each decision weighs 1.
  for (const i of decisions) expect(Number(i.weighting)).toBe(1);
}

async function openCase(view: FrameLocator): Promise<void> {
  await openModule(view, caseModule as never);
  await expect(
    view.locator("branching-scenario").getByRole("heading", { name: walk.title }),
  ).toBeVisible();
}

for (const version of ["scorm12", "scorm2004"] as ScormVersion[]) {
  test(`${version}: the best choice at both decisions ends on the best ending, each decision filed under its own theme`, async ({
    page,
  }) => {
    const errors = watchErrors(page);
    const { view } = await start(page, "every-block", version);
    await openCase(view);
    await walkByKeyboard(page, view, { monday: "a", referral: "a" });
    await expectEnded(view, "safe", 2, [true, true]);
    expectDecisionThemes(await tracking(page, version), { monday: "a", referral: "a" });

    await sizeFrame(page, 320, 800);
    await view.locator("branching-scenario .ending-card").scrollIntoViewIfNeeded();
    await expectNoHorizontalScroll(courseFrameOf(page), "the ending at 320 px");
    await expectNoAxeViolations(page, "the case's ending at 320 px");
    expect(errors).toEqual([]);
  });
}

test("scorm2004: one best choice of two ends on the middle ending", async ({ page }) => {
  const errors = watchErrors(page);
  const { view } = await start(page, "every-block", "scorm2004");
  await openCase(view);
  await walkByKeyboard(page, view, { monday: "b", referral: "a" });
  await expectEnded(view, "partly", 1, [false, true]);
  await expect(view.getByText(endingTitle("safe"))).toHaveCount(0);
  expectDecisionThemes(await tracking(page, "scorm2004"), { monday: "b", referral: "a" });
  expect(errors).toEqual([]);
});

test("scorm12: no best choice ends on the first ending; walking it again by keyboard records nothing", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const errors = watchErrors(page);
  const launched = await start(page, "every-block", "scorm12");
  const { view, frame } = launched;
  await openCase(view);
  await walkByKeyboard(page, view, { monday: "b", referral: "b" });
  await expectEnded(view, "late", 0, [false, false]);
  const recorded = await tracking(page, "scorm12");
  expectDecisionThemes(recorded, { monday: "b", referral: "b" });
  const interactionWrites = async () =>
    (await lmsCalls(page)).filter((c) => String(c.args[0]).startsWith("cmi.interactions.")).length;
  const writesBefore = await interactionWrites();
  expect(writesBefore).toBeGreaterThan(0);

  // Walk it again: focus goes to the practice walk's title, and the case starts over.
  const scenario = view.locator("branching-scenario");
  const again = scenario.getByRole("button", { name: strings.walkAgain });
  await tabTo(page, frame, again, 40);
  await page.keyboard.press("Enter");
  await expectFocused(scenario.getByRole("heading", { name: strings.practiceTitle }));
  await expect(scenario.getByText(strings.practiceNote)).toBeVisible();
  await expect(scenario.locator("form.decision")).toHaveCount(1);
  await expect(scenario.locator(".scene-title")).toHaveCount(1);
  await expect(scenario.getByText(strings.end)).toHaveCount(0);

  // The same scenes, verdicts and focus moves, with other choices: its own tally and ending.
  await walkByKeyboard(page, view, { monday: "a", referral: "b" });
  await expectEnded(view, "partly", 1, [true, false]);
  await expect(view.getByText(endingTitle("late"))).toHaveCount(0);
  await sizeFrame(page, 320, 800);
  await expectNoAxeViolations(page, "the practice walk's ending at 320 px");

  // Nothing reached the LMS: no interaction written, the recorded ones as they were.
  expect(await interactionWrites()).toBe(writesBefore);
  const after = await tracking(page, "scorm12");
  expect(after.interactions).toEqual(recorded.interactions);
  expect(after.suspendData).toContain("walk-monday=b.1");
  expect(after.suspendData).toContain("walk-referral=b.1");

  // Back to the recorded walk: its ending and tally again, focus on the button that left it.
  const back = scenario.getByRole("button", { name: strings.backToRecorded });
  await tabTo(page, frame, back, 40);
  await page.keyboard.press("Enter");
  await expectFocused(again);
  await expectEnded(view, "late", 0);
  await expect(scenario.getByText(strings.practiceTitle)).toHaveCount(0);

  // A reload brings back the recorded walk, unchanged.
  await closeCourse(page);
  const saved = await tracking(page, "scorm12");
  expect(saved.interactions).toEqual(recorded.interactions);
  const resumed = await relaunch(page, launched.pkg, { resume: true });
  await expect(resumed.locator("module-page h1")).toBeVisible();
  await openCase(resumed);
  await expectEnded(resumed, "late", 0);
  const reloaded = await tracking(page, "scorm12");
  expect(reloaded.suspendData).toContain("walk-monday=b.1");
  expect(reloaded.suspendData).toContain("walk-referral=b.1");
  expect(reloaded.suspendData).not.toMatch(/walk-monday=a|walk-referral=a/);
  expect(errors).toEqual([]);
});
