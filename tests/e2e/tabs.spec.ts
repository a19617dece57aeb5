/**
 * Tabs in real Chromium: the ARIA tabs pattern by keyboard alone (one tab stop, arrows that wrap,
 * Home and End, the panel shown as focus moves, Tab into the panel), what a screen reader is given
 * (a tablist named by the title, tabs named by their labels with one selected, one tabpanel named
 * by its tab), a mouse press, stacked tabs at 320 px (the width of 1280 px at 400 % zoom), axe at
 * 1280 and 320 px and in dark mode, legible tabs with the shown one marked in both forced-colours
 * themes, every panel printed under its label; and Family M's Lesson 1, whose four preconditions
 * are tabs.
 */
import { expect, type FrameLocator, type Locator, type Page, test } from "@playwright/test";
import { pageOfBlock } from "../../src/blocks/page/rules.js";
import type { TabsBlock } from "../../src/blocks/tabs/model.js";
import type { Module } from "../../src/course/model.js";
import { FORCED_MODES, illegibleControls, ordinaryColours } from "./forced-colours.js";
import { moduleOf, openModule, toPage } from "./learner.js";
import {
  courseOf,
  expectFocused,
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  sizeFrame,
  start,
  tabTo,
} from "./learner-steps.js";
import { watchErrors } from "./simulator.js";

function tabsIn(module: Module): TabsBlock[] {
  return module.blocks.filter((b): b is TabsBlock => b.kind === "tabs");
}

const welcome = moduleOf(courseOf("every-block"), "welcome");
const [block] = tabsIn(welcome);
const plain = (html: string) =>
  html
    .replace(/<[^>]+>/g, "")
    .replace(/&#39;/g, "'")
    .trim();

/** The tabs block on screen and its parts, found by role as a screen reader finds them. */
function tabsOnScreen(view: FrameLocator, b: TabsBlock) {
  const set = view.locator("tab-set").filter({ hasText: b.tabs[0].label });
  const list = set.getByRole("tablist");
  return {
    set,
    list,
    tab: (i: number) => list.getByRole("tab", { name: b.tabs[i].label, exact: true }),
    panel: set.getByRole("tabpanel"),
  };
}

/** Exactly tab `i` is selected and in the Tab order, and only its panel shows, named by it. */
async function expectShown(view: FrameLocator, b: TabsBlock, i: number) {
  const t = tabsOnScreen(view, b);
  for (const [j] of b.tabs.entries()) {
    await expect(t.tab(j)).toHaveAttribute("aria-selected", j === i ? "true" : "false");
    await expect(t.tab(j)).toHaveAttribute("tabindex", j === i ? "0" : "-1");
  }
  await expect(t.panel).toHaveCount(1);
  await expect(t.panel).toHaveAccessibleName(b.tabs[i].label);
  await expect(t.panel).toContainText(plain(b.tabs[i].html));
  for (const [j, other] of b.tabs.entries()) {
    if (j !== i) await expect(t.set.getByText(plain(other.html))).toBeHidden();
  }
}

async function press(page: Page, key: string, expected: Locator) {
  await page.keyboard.press(key);
  await expectFocused(expected);
}

test("tabs by keyboard alone, as a screen reader is told them, and by mouse", async ({ page }) => {
  const errors = watchErrors(page);
  const { view, frame } = await start(page, "every-block", "scorm2004");
  const t = tabsOnScreen(view, block);
  const last = block.tabs.length - 1;

  // A screen reader gets a tablist named by the title, one tab per label, the first selected,
  // and one panel named by its tab.
  await expect(t.list).toHaveAccessibleName(block.title ?? "");
  await expect(t.list.getByRole("tab")).toHaveCount(block.tabs.length);
  await expect(t.set.getByRole("tab", { selected: true })).toHaveText(block.tabs[0].label);
  await expect(t.tab(0)).toHaveAttribute("aria-controls", /.+/);
  await expectShown(view, block, 0);

  // One Tab stop for the whole list: Tab from the page's heading reaches the selected tab, and
  // the next Tab goes into its panel, not to the other tabs.
  await view.locator("module-page h1").click();
  await tabTo(page, frame, t.tab(0));
  await press(page, "Tab", t.panel);
  await press(page, "Shift+Tab", t.tab(0));

  // Arrows move and show at once (automatic activation), wrapping round; Home and End go to the ends.
  await press(page, "ArrowRight", t.tab(1));
  await expectShown(view, block, 1);
  await press(page, "End", t.tab(last));
  await expectShown(view, block, last);
  await press(page, "ArrowRight", t.tab(0));
  await expectShown(view, block, 0);
  await press(page, "ArrowLeft", t.tab(last));
  await expectShown(view, block, last);
  await press(page, "Home", t.tab(0));
  await expectShown(view, block, 0);

  // The panel now holds the second tab's text after a Tab from there.
  await press(page, "ArrowRight", t.tab(1));
  await press(page, "Tab", t.panel);
  await expect(t.panel).toHaveAccessibleName(block.tabs[1].label);

  // A mouse press shows its tab too.
  await t.tab(last).click();
  await expectShown(view, block, last);

  // Arrows move on from the tab that has focus, even one a screen reader's own cursor focused
  // without showing it.
  await t.tab(0).focus();
  await press(page, "ArrowRight", t.tab(1));
  await expectShown(view, block, 1);
  expect(errors).toEqual([]);
});

test("tabs at 1280 and 320 px: side by side, then stacked, never scrolling sideways, axe-clean", async ({
  page,
}) => {
  const errors = watchErrors(page);
  const { view, frame } = await start(page, "every-block", "scorm12");
  const t = tabsOnScreen(view, block);
  const boxes = async () => {
    const all = [];
    for (const [i] of block.tabs.entries()) all.push(await t.tab(i).boundingBox());
    return all.map((b) => {
      if (!b) throw new Error("a tab is not on screen");
      return b;
    });
  };

  await sizeFrame(page, 1280, 800);
  await t.set.scrollIntoViewIfNeeded();
  const wide = await boxes();
  // In one row: the same top, each to the right of the one before.
  for (let i = 1; i < wide.length; i++) {
    expect(Math.abs(wide[i].y - wide[0].y)).toBeLessThan(1);
    expect(wide[i].x).toBeGreaterThan(wide[i - 1].x + wide[i - 1].width - 1);
  }
  await expectNoAxeViolations(page, "tabs at 1280 px");

  // 320 px, which is also 1280 px at 400 % zoom: stacked, each as wide as the list, each at
  // least 44 px tall to press, and Down moves to the next.
  await sizeFrame(page, 320, 800);
  await expect.poll(async () => (await boxes())[1].y).toBeGreaterThan(wide[0].y);
  const narrow = await boxes();
  const listBox = await t.list.boundingBox();
  for (let i = 0; i < narrow.length; i++) {
    expect(narrow[i].width).toBeGreaterThan((listBox?.width ?? 0) - 2);
    expect(narrow[i].height).toBeGreaterThanOrEqual(44);
    if (i > 0) expect(narrow[i].y).toBeGreaterThanOrEqual(narrow[i - 1].y + narrow[i - 1].height);
  }
  await t.tab(0).focus();
  await press(page, "ArrowDown", t.tab(1));
  await expectShown(view, block, 1);
  await expectNoHorizontalScroll(frame, "tabs at 320 px");
  await expectNoAxeViolations(page, "tabs at 320 px, the second shown");
  expect(errors).toEqual([]);
});

test("in forced colours, light and dark, the tabs keep legible text, visible edges and focus, and the shown tab stands apart", async ({
  page,
}) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 1360, height: 1000 });
  const { view } = await start(page, "every-block", "scorm2004");
  await page.addStyleTag({ content: ".model { display: none; }" });
  await sizeFrame(page, 1280, 800);
  const t = tabsOnScreen(view, block);
  await t.tab(1).click();
  for (const [theme, media] of FORCED_MODES) {
    await page.emulateMedia(media);
    // Every control on the page, the tabs among them, photographed as painted.
    expect(await illegibleControls(page), theme).toEqual([]);
    // The shown tab is painted in other colours than the rest, not only bolder.
    const colours = async (tab: Locator) =>
      tab.evaluate((el) => {
        const s = getComputedStyle(el);
        return `${s.color} on ${s.backgroundColor}`;
      });
    expect(await colours(t.tab(1)), theme).not.toBe(await colours(t.tab(0)));
  }
  await expectNoAxeViolations(page, "tabs in forced colours, dark theme");
  await ordinaryColours(page);
});

test("in dark mode the tabs, the shown one and its panel pass axe", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  const { view } = await start(page, "every-block", "scorm2004");
  const t = tabsOnScreen(view, block);
  await t.tab(2).click();
  await expectShown(view, block, 2);
  await sizeFrame(page, 1280, 800);
  await expectNoAxeViolations(page, "tabs in dark mode");
});

test("printed, every panel shows under its label and the tab row does not", async ({ page }) => {
  const { view } = await start(page, "every-block", "scorm12");
  const t = tabsOnScreen(view, block);
  await expect(t.set.getByText(plain(block.tabs[1].html))).toBeHidden();
  await page.emulateMedia({ media: "print" });
  await expect(t.list).toBeHidden();
  for (const tab of block.tabs) {
    await expect(t.set.getByText(plain(tab.html))).toBeVisible();
    await expect(t.set.locator(".print-label", { hasText: tab.label })).toBeVisible();
  }
  await page.emulateMedia({ media: "screen" });
  await expect(t.list).toBeVisible();
  await expect(t.set.getByText(plain(block.tabs[1].html))).toBeHidden();
});

test("Family M, Lesson 1: Finkelhor's four preconditions are four tabs, in the course's words, by keyboard", async ({
  page,
}) => {
  const errors = watchErrors(page);
  const lesson = moduleOf(courseOf("family-m"), "lesson-1-risk-from-images");
  const [four] = tabsIn(lesson);
  expect(four.tabs.map((tab) => tab.label)).toEqual([
    "1. Motivation",
    "2. Internal inhibitors",
    "3. External inhibitors",
    "4. The child's resistance",
  ]);
  const { view } = await start(page, "family-m", "scorm2004");
  await openModule(view, lesson);
  await toPage(
    view,
    pageOfBlock(lesson, (b) => b === four),
  );
  const t = tabsOnScreen(view, four);
  await expect(t.list).toHaveAccessibleName("Finkelhor's four preconditions");
  await t.tab(0).focus();
  await expect(t.panel).toContainText("A person must be motivated to sexually abuse a child.");
  await press(page, "End", t.tab(3));
  await expect(t.panel).toContainText(
    "A person must overcome the child's resistance, often by grooming",
  );
  // The glossary term in the panel still opens its definition.
  await expect(t.panel.getByRole("button", { name: "grooming" })).toBeVisible();
  await press(page, "ArrowLeft", t.tab(2));
  await expect(t.panel).toContainText(
    "A person must overcome external inhibitors, such as a protective parent or supervision.",
  );
  await sizeFrame(page, 320, 800);
  await expectNoAxeViolations(page, "Lesson 1's preconditions at 320 px");
  expect(errors).toEqual([]);
});
