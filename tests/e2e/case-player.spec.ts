/**
 * Family M's walked case as a scenario player (issue 27), as a keyboard and screen-reader user
 * meets it: the role badge is named after the scene's heading and before its text in the
 * accessibility tree; one scene's text is on show, the ones before folded into "The story so far";
 * after Decide the verdict heading has focus and is said once, in no live region; a keyboard alone
 * walks it to its ending card (tally in words and marks); axe finds nothing at 1280 and 320 px at a
 * decision, a consequence and the ending. In forced colours the chosen card and the verdict still
 * show; scenes slide in only for a learner who has not asked for reduced motion.
 */
import { expect, type Locator, type Page, test } from "@playwright/test";
import type { BranchingBlock } from "../../src/blocks/branching/model.js";
import { decisionId } from "../../src/blocks/branching/rules.js";
import { branchingStrings as strings } from "../../src/blocks/branching/strings.js";
import { contrast, inkAndBackground, photograph, pixelAt } from "./forced-colours.js";
import { openModule } from "./learner.js";
import {
  casesIn,
  courseFrameOf,
  courseOf,
  expectFocused,
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  sizeFrame,
  start,
  tabTo,
  walkCaseByKeyboard,
} from "./learner-steps.js";
import { tracking, watchErrors } from "./simulator.js";

const course = courseOf("family-m");
const walkModule = course.modules.find((m) => casesIn(m).length > 0);
if (!walkModule) throw new Error("Family M has no walked case");
const [hill] = casesIn(walkModule) as [BranchingBlock];
const first = hill.scenes.find((s) => s.id === hill.start);
if (!first?.role) throw new Error("the case's first scene names no role");
const best = first.options.find((o) => o.best);
if (!best) throw new Error("the first decision has no best option");
test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1360, height: 1000 });
});

const plain = (html: string) =>
  html
    .replace(/<[^>]+>/g, "")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, " ")
    .trim();

/** axe and reflow at 1280 and 320 px, back to 1280 after. */
async function checkBothWidths(page: Page, state: string): Promise<void> {
  for (const width of [320, 1280]) {
    await sizeFrame(page, width, 800);
    await expect.poll(() => courseFrameOf(page).evaluate(() => window.innerWidth)).toBe(width);
    await expectNoHorizontalScroll(courseFrameOf(page), `${state} at ${width} px`);
    await expectNoAxeViolations(page, `${state} at ${width} px`);
  }
}

/** Where a piece of text sits in an aria snapshot, failing when it is not there. */
function positionIn(snapshot: string, words: string): number {
  const at = snapshot.indexOf(words);
  expect(at, `"${words}" is not in the accessibility tree:\n${snapshot}`).toBeGreaterThan(-1);
  return at;
}

test("by keyboard alone to the ending: the role before the scene, one scene on show, the verdict focused and said once, axe-clean at 1280 and 320 px", async ({
  page,
}) => {
  test.setTimeout(240_000);
  const errors = watchErrors(page);
  const { view, frame } = await start(page, "family-m", "scorm2004");
  await sizeFrame(page, 1280, 800);
  await openModule(view, walkModule);
  const box = view.locator("branching-scenario");
  const stage = box.locator(".stage");

  // The first decision: heading, then "You are: Social worker", then the scene, then the question.
  const tree = await stage.ariaSnapshot();
  const heading = positionIn(tree, `heading "${strings.scene(1)}"`);
  const role = positionIn(tree, `${strings.youAre} ${first.role}`);
  const text = positionIn(tree, plain(first.html).slice(0, 30));
  expect(heading).toBeLessThan(role);
  expect(role).toBeLessThan(text);
  // The options are a native radio group under the question, each a card.
  const group = box.getByRole("group", { name: plain(first.questionHtml ?? "") });
  await expect(group.getByRole("radio")).toHaveCount(first.options.length);
  await expect(box.locator("label.option")).toHaveCount(first.options.length);
  await checkBothWidths(page, "a decision with its role badge");

  // By keyboard: the best option, Decide; focus lands on the verdict, the card's heading.
  const name = decisionId(hill, first);
  await tabTo(page, frame, view.locator(`input[name="${name}"]`).first());
  for (let i = 0; i < first.options.indexOf(best); i++) await page.keyboard.press("ArrowDown");
  await expect(view.locator(`input[name="${name}"][value="${best.id}"]`)).toBeChecked();
  await tabTo(page, frame, box.getByRole("button", { name: strings.decide }), 5);
  await page.keyboard.press("Enter");
  const verdict = box.getByRole("heading", { name: strings.best });
  await expectFocused(verdict);
  await expect(verdict).toHaveCount(1);
  // Said once: nowhere else in the tree, and in no live region that would read it again.
  const snapshot = await box.ariaSnapshot();
  expect(snapshot.split(strings.best).length - 1).toBe(1);
  const live = box.locator('[aria-live], [role="alert"], [role="status"], [role="log"]');
  for (const region of await live.all()) await expect(region).not.toContainText(strings.best);
  await expect(box.locator(".consequence")).toContainText(plain(best.feedbackHtml).slice(0, 40));
  // The next scene waits: still one scene card, the first, and no decision.
  await expect(box.locator(".scene-card")).toHaveCount(1);
  await expect(box.locator("form.decision")).toHaveCount(0);
  await checkBothWidths(page, "a consequence card");

  // Next scene: the second scene alone, its heading focused, the first folded above it.
  await tabTo(page, frame, box.getByRole("button", { name: strings.nextScene }), 10);
  await page.keyboard.press("Enter");
  await expectFocused(box.getByRole("heading", { name: strings.scene(2) }));
  await expect(box.locator(".scene").filter({ visible: true })).toHaveCount(1);
  const story = box.locator("details.story");
  await expect(story).not.toHaveAttribute("open");
  await expect(story.getByText(plain(first.html).slice(0, 40))).toBeHidden();
  // The story so far opens from the keyboard, and holds the first scene with the choice made.
  await page.keyboard.press("Shift+Tab");
  await expectFocused(story.locator("summary"));
  await page.keyboard.press("Enter");
  await expect(story.getByText(plain(first.html).slice(0, 40))).toBeVisible();
  await expect(story).toContainText(plain(best.html));
  await page.keyboard.press("Enter");
  await expect(story).not.toHaveAttribute("open");

  // On to the end by keyboard alone; the ending card takes focus.
  await walkCaseByKeyboard(page, frame, view, hill);
  const card = box.locator(".ending-card");
  await expectFocused(card.locator(".ending-title"));
  const decisions = hill.scenes.filter((s) => s.options.length > 0).length;
  await expect(card.locator(".tally")).toHaveText(strings.tally(decisions, decisions));
  const marks = card.getByRole("list", { name: strings.marksLabel }).getByRole("listitem");
  await expect(marks).toHaveText(
    Array.from({ length: decisions }, (_, i) => strings.mark(i + 1, true)),
  );
  await expect(box.locator(".scene-card")).toHaveCount(0);
  await expect(story.locator("summary")).toHaveText(strings.storySoFar(decisions));
  // Then the review, folded, and Walk the case again, both reached by Tab.
  await tabTo(page, frame, box.locator("details.review > summary"), 20);
  await tabTo(page, frame, box.getByRole("button", { name: strings.walkAgain }), 40);
  await checkBothWidths(page, "the ending card");
  const made = (await tracking(page, "scorm2004")).interactions.filter((i) =>
    i.id.startsWith(`${hill.id}-`),
  );
  expect(made).toHaveLength(decisions);
  expect(errors).toEqual([]);
});

test("scenes slide in only when the learner has not asked for reduced motion", async ({ page }) => {
  const { view } = await start(page, "family-m", "scorm12");
  await openModule(view, walkModule);
  const box = view.locator("branching-scenario");
  const animation = (target: Locator) =>
    target.evaluate((el) => getComputedStyle(el).animationName);
  await page.emulateMedia({ reducedMotion: "no-preference" });
  await expect.poll(() => animation(box.locator(".stage"))).toBe("scene-in");
  await page.emulateMedia({ reducedMotion: "reduce" });
  await expect.poll(() => animation(box.locator(".stage"))).toBe("none");
  await box.locator("form.decision input").first().check();
  await box.getByRole("button", { name: strings.decide }).click();
  await expect(box.locator(".consequence")).toBeVisible();
  expect(await animation(box.locator(".consequence"))).toBe("none");
  await box.getByRole("button", { name: strings.nextScene }).click();
  expect(await animation(box.locator(".stage"))).toBe("none");
});

test("in forced colours, light and dark, the chosen option card keeps a frame the others lack, and the verdict shows its words and its mark", async ({
  page,
}) => {
  const { view } = await start(page, "family-m", "scorm2004");
  await page.addStyleTag({ content: ".model { display: none; }" });
  await sizeFrame(page, 1280, 800);
  await openModule(view, walkModule);
  const box = view.locator("branching-scenario");
  const cards = box.locator("label.option");
  const worse = first.options.findIndex((o) => !o.best);
  await cards.nth(worse).locator("input").check();
  for (const media of [
    { forcedColors: "active", colorScheme: "light" },
    { forcedColors: "active", colorScheme: "dark" },
  ] as const) {
    await page.emulateMedia(media);
    // Each card's frame at its left edge, mid-height: how many columns of it differ from the
    // card's inside at a contrast of 3 or more. The chosen card's frame is the thicker.
    const frames: number[] = [];
    for (let i = 0; i < first.options.length; i++) {
      await cards.nth(i).scrollIntoViewIfNeeded();
      const r = await cards.nth(i).boundingBox();
      if (!r) throw new Error("an option card is not on screen");
      const photo = await photograph(page, { ...r, x: r.x - 2, width: r.width + 2 });
      const mid = photo.height / 2;
      const inside = pixelAt(photo, 14, mid);
      let columns = 0;
      for (let x = 0; x < 10; x++) if (contrast(pixelAt(photo, x, mid), inside) >= 3) columns++;
      frames.push(columns);
    }
    for (const [i, columns] of frames.entries()) {
      // Every card is told from the page by a frame of its own.
      expect(columns, `${media.colorScheme}: card ${i}'s frame`).toBeGreaterThanOrEqual(1);
      if (i === worse) continue;
      expect(
        frames[worse] - columns,
        `${media.colorScheme}: chosen against card ${i}`,
      ).toBeGreaterThanOrEqual(2);
    }
  }
  // The verdict: its words and its cross in the system's ink, legible on the card.
  await box.getByRole("button", { name: strings.decide }).click();
  const verdict = box.getByRole("heading", { name: strings.notBest });
  await expect(verdict).toBeVisible();
  for (const media of [
    { forcedColors: "active", colorScheme: "light" },
    { forcedColors: "active", colorScheme: "dark" },
  ] as const) {
    await page.emulateMedia(media);
    const icon = await verdict.locator("svg").boundingBox();
    const words = await verdict.boundingBox();
    if (!icon || !words) throw new Error("the verdict is not on screen");
    expect(inkAndBackground(await photograph(page, icon)).ratio).toBeGreaterThanOrEqual(4.5);
    expect(inkAndBackground(await photograph(page, words)).ratio).toBeGreaterThanOrEqual(4.5);
  }
  // The not-best card's edge is a double rule, the best's a single one: a shape, not a colour.
  expect(
    await box.locator(".consequence").evaluate((el) => getComputedStyle(el).borderLeftStyle),
  ).toBe("double");
});
