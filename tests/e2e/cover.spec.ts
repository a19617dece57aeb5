/**
 * The cover's module tiles and the lessons' banners in Family M, in real Chromium inside the LMS
 * simulator: the tiles by keyboard alone (one tab stop each, visible focus, Enter opens the
 * module with focus on its heading); each tile's name says its title, minutes and state in words;
 * a tile's state after its module is done; "Continue where you left off" for a returning learner;
 * one column at 320 px with axe at 1280 and 320 px; a lesson's banner with its icon hidden from
 * screen readers; and no request outside the package.
 */
import { expect, type Page, test } from "@playwright/test";
import { modulesStrings as words } from "../../src/blocks/modules/strings.js";
import { pageCountOf } from "../../src/blocks/page/rules.js";
import type { Module } from "../../src/course/model.js";
import { bannerStrings } from "../../src/player/banner.strings.js";
import { emptyProgress, visit } from "../../src/progress/progress.js";
import { encodeSnapshot } from "../../src/progress/snapshot.js";
import { acceptWarningIfShown, openModule, toLastPage, toPage } from "./learner.js";
import {
  courseFrameOf,
  courseOf,
  expectFocused,
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  heading,
  sizeFrame,
  start,
  tabTo,
} from "./learner-steps.js";
import { launch, packageOf, simulatorUrl, watchErrors } from "./simulator.js";

const course = courseOf("family-m");
const [welcome, scr, familyM, walk] = course.modules;
const lesson1 = course.modules.find((m) => m.id.startsWith("lesson-1"));
if (!lesson1) throw new Error("Family M has no Lesson 1");

/** A tile's accessible name: title, minutes and state, in words. */
const nameOf = (m: Module, state: string) =>
  `${m.title}, ${words.minutesSaid(m.minutes ?? 1)}, ${state}`;

/** Every request the page and its frames make, with the address of the document that made it. */
function watchRequests(page: Page): Array<{ url: string; from: string }> {
  const requests: Array<{ url: string; from: string }> = [];
  page.on("request", (r) => requests.push({ url: r.url(), from: r.frame().url() }));
  return requests;
}

/** Nothing requested from another origin, and the course's pages asked only for the package's files. */
function expectOnlyThePackage(requests: Array<{ url: string; from: string }>, pkg: string): void {
  const origin = new URL(simulatorUrl()).origin;
  const own = `${origin}/pkg/${encodeURIComponent(pkg)}/`;
  const elsewhere = requests.filter((r) => new URL(r.url).origin !== origin);
  expect(
    elsewhere.map((r) => r.url),
    "requests to another origin",
  ).toEqual([]);
  const fromCourse = requests.filter((r) => r.from.startsWith(own)).map((r) => r.url);
  expect(fromCourse.length, "the course's own files were not seen").toBeGreaterThan(0);
  expect(
    fromCourse.filter((u) => !u.startsWith(own)),
    "the course asked for something outside its package",
  ).toEqual([]);
}

test("a new learner: the tiles by keyboard, their names in words, a tile done after its module, then Continue; axe at 1280 and 320 px", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const errors = watchErrors(page);
  const requests = watchRequests(page);
  const { view, frame, pkg } = await start(page, "family-m", "scorm2004");
  await expect(heading(view)).toHaveText(welcome.title);

  const cover = view.locator("cover-tiles");
  const list = cover.getByRole("list");
  const tiles = list.getByRole("link");
  // Every module but the welcome page the cover is on, each a link in the list.
  await expect(tiles).toHaveCount(course.modules.length - 1);
  await expect(cover.getByRole("heading", { level: 2, name: words.title })).toBeVisible();
  for (const [i, m] of course.modules.slice(1).entries()) {
    await expect(tiles.nth(i)).toHaveAccessibleName(nameOf(m, words.state["not-started"]));
    // The icon is decoration: hidden from screen readers, drawn in the text's colour.
    await expect(tiles.nth(i).locator("svg")).toHaveAttribute("aria-hidden", "true");
  }
  // Nothing to continue yet.
  await expect(cover.getByRole("button")).toHaveCount(0);

  // One tab stop each, with focus shown: from the page's heading, Tab reaches the first tile,
  // and from it the second.
  await heading(view).focus();
  await tabTo(page, frame, tiles.nth(0));
  await page.keyboard.press("Tab");
  await expectFocused(tiles.nth(1));
  await page.keyboard.press("Shift+Tab");
  await expectFocused(tiles.nth(0));
  // Enter opens the module, with focus on its heading.
  await page.keyboard.press("Enter");
  await expect(heading(view)).toHaveText(scr.title);
  await expectFocused(heading(view));

  // Opened, its first page read: in progress, with how many of its pages.
  const pages = pageCountOf(scr);
  expect(pages).toBeGreaterThan(1);
  await openModule(view, welcome);
  await expect(tiles.first()).toHaveAccessibleName(
    nameOf(scr, `${words.state["in-progress"]}, ${words.pagesOf(1, pages)}`),
  );
  // Every page read (it asks nothing): done.
  await openModule(view, scr);
  await toLastPage(view);
  await openModule(view, welcome);
  await expect(tiles.first()).toHaveAccessibleName(nameOf(scr, words.state.done));
  await expect(tiles.first()).toContainText(words.state.done);
  // A learner with progress is offered the first module not done.
  const next = cover.getByRole("button", { name: words.continue(familyM.title) });
  await expect(next).toBeVisible();

  // At 1280 px, no axe violation.
  await page.setViewportSize({ width: 1360, height: 1300 });
  await sizeFrame(page, 1280, 900);
  await expectNoAxeViolations(page, "the cover at 1280 px, one module done");

  // At 320 px: one column, nothing scrolls sideways, still no axe violation.
  await sizeFrame(page, 320, 640);
  await expect
    .poll(
      async () =>
        new Set(await tiles.evaluateAll((ls) => ls.map((l) => l.getBoundingClientRect().x))).size,
    )
    .toBe(1);
  await expectNoHorizontalScroll(courseFrameOf(page), "the cover at 320 px");
  await expectNoAxeViolations(page, "the cover at 320 px");

  await next.focus();
  await page.keyboard.press("Enter");
  await expect(heading(view)).toHaveText(familyM.title);
  await expectFocused(heading(view));

  expectOnlyThePackage(requests, pkg);
  expect(errors).toEqual([]);
});

/** A learner who has read the first three modules and the first page of the walked case. */
function returningSnapshot(): string {
  let progress = emptyProgress();
  for (const m of [welcome, scr, familyM])
    for (let p = 1; p <= pageCountOf(m); p++) progress = visit(progress, m.id, p);
  progress = visit(progress, walk.id, 1);
  return encodeSnapshot({ ...progress, location: walk.id });
}

test("a returning learner: the tiles say done and in progress with pages, and Continue goes to the first page not reached", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const errors = watchErrors(page);
  const pkg = packageOf(course.id, "scorm2004");
  const view = await launch(page, pkg, {
    saved: {
      suspend_data: returningSnapshot(),
      location: walk.id,
      completion_status: "incomplete",
      entry: "resume",
    },
  });
  await expect(heading(view)).toHaveText(walk.title);
  await openModule(view, welcome);
  const cover = view.locator("cover-tiles");
  const tiles = cover.getByRole("list").getByRole("link");
  await expect(tiles.nth(0)).toHaveAccessibleName(nameOf(scr, words.state.done));
  await expect(tiles.nth(1)).toHaveAccessibleName(nameOf(familyM, words.state.done));
  const pages = pageCountOf(walk);
  expect(pages).toBeGreaterThan(1);
  const inProgress = `${words.state["in-progress"]}, ${words.pagesOf(1, pages)}`;
  await expect(tiles.nth(2)).toHaveAccessibleName(nameOf(walk, inProgress));
  await expect(tiles.nth(2)).toContainText(inProgress);

  const next = cover.getByRole("button", { name: words.continue(walk.title) });
  await next.focus();
  await page.keyboard.press("Enter");
  await expect(heading(view)).toHaveText(walk.title);
  await acceptWarningIfShown(view);
  await expect(view.locator("main p.position").first()).toContainText(`Page 2 of ${pages}`);
  expect(errors).toEqual([]);
});

test("a lesson opens with its banner: the line on why it matters, its icon hidden from screen readers and drawn in the brand colour", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const errors = watchErrors(page);
  const requests = watchRequests(page);
  const { view, pkg } = await start(page, "family-m", "scorm12");
  await openModule(view, lesson1);
  const banner = view.locator("lesson-banner");
  await expect(banner).toBeVisible();
  const text = (lesson1.why ?? "").replace(/<[^>]+>/g, "");
  await expect(banner).toContainText(bannerStrings.why);
  await expect(banner).toContainText(text);
  // Under the title, before the page's first text.
  const [titleBox, bannerBox] = await Promise.all([
    heading(view).boundingBox(),
    banner.boundingBox(),
  ]);
  expect(bannerBox?.y ?? 0).toBeGreaterThan((titleBox?.y ?? 0) + (titleBox?.height ?? 0) - 1);
  const icon = banner.locator("svg");
  await expect(icon).toHaveAttribute("aria-hidden", "true");
  await expect(icon.locator("path").first()).toBeAttached();
  // Decorative: the icon adds nothing to what a screen reader is given.
  expect(await banner.ariaSnapshot()).not.toMatch(/img|graphics/);
  // Drawn with the text's colour, which is the accent (the brand colour where a board has one).
  const [stroke, colour] = await icon.evaluate((el) => {
    const s = getComputedStyle(el);
    return [s.stroke, s.color];
  });
  expect(stroke).toBe(colour);
  await expectNoAxeViolations(page, "a lesson's first page, with its banner");
  // Only on the first page.
  expect(pageCountOf(lesson1)).toBeGreaterThan(1);
  await toPage(view, 2);
  await expect(view.locator("lesson-banner")).toHaveCount(0);
  expectOnlyThePackage(requests, pkg);
  expect(errors).toEqual([]);
});
