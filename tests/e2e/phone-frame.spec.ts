/**
 * The frame around the page on a phone and beside it: a save warning wraps in the header instead
 * of pushing Menu, Support and Take a break off screen; the title never splits a word; a state
 * other than "saved" is said in words; Escape folds the phone menu whatever has focus, and a jump
 * from it folds it too; the Welcome page promises no return where the browser keeps nothing;
 * progress shows as a number at every phone width; and beside a long page the menu stays in view.
 */
import { readdirSync } from "node:fs";
import { expect, type Frame, type Page, test } from "@playwright/test";
import { loadCourse } from "../../src/compiler/course/loader.js";
import { strings } from "../../src/player/strings.js";
import { heading, openModule } from "./learner.js";
import { courseFrameOf, expectFocused, sizeFrame } from "./learner-steps.js";
import { courseStarted, launch, packageOf, simulatorUrl } from "./simulator.js";

const course = loadCourse("course").course;
const [welcome] = course.modules;

/** The web package's launch page, as the simulator serves it. */
function webIndex(): string {
  const zip = readdirSync(process.env.TEST_DIST as string).find(
    (f) => f.startsWith(`${course.id}-${course.version}`) && f.endsWith("-web.zip"),
  );
  if (!zip) throw new Error("no web zip of the course was built");
  return `${simulatorUrl()}/pkg/${zip}/index.html`;
}

/** As in a sandboxed frame or a locked-down browser: reading localStorage throws. */
async function blockStorage(page: Page): Promise<void> {
  await page.addInitScript(() => {
    if (!location.pathname.startsWith("/pkg/")) return;
    Object.defineProperty(window, "localStorage", {
      get() {
        throw new DOMException("The operation is insecure.", "SecurityError");
      },
    });
  });
}

/** The web package, top level, at a phone's width. */
async function openWeb(page: Page, width: number): Promise<Frame> {
  await page.setViewportSize({ width, height: 700 });
  await page.goto(webIndex());
  await courseStarted(page);
  await expect(page.locator("module-page h1")).toHaveText(welcome.title);
  return page.mainFrame();
}

/** A SCORM package in the simulator whose every commit fails, its frame `width` CSS pixels wide. */
async function openFailing(page: Page, width: number): Promise<Frame> {
  await page.setViewportSize({ width: 1280, height: 900 });
  const view = await launch(page, packageOf(course.id, "scorm12"), {
    faults: { failCommit: true },
  });
  // The simulator's panel would lie over a frame as wide as the window (as in screens-a11y).
  if (width > 1000) await page.addStyleTag({ content: ".model { display: none; }" });
  await sizeFrame(page, width, 700);
  const frame = courseFrameOf(page);
  await expect.poll(() => frame.evaluate(() => window.innerWidth)).toBe(width);
  await expect(heading(view)).toHaveText(welcome.title);
  return frame;
}

/** Where a header button is in its window, and whether a press at its centre reaches it. */
async function placeOf(frame: Frame, name: string) {
  const button = frame.getByRole("button", { name, exact: true });
  await expect(button).toBeVisible();
  // Playwright's trial press: scrolls nothing into view here, checks it is hit where it shows.
  await button.click({ trial: true, timeout: 5000 });
  return button.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: innerWidth };
  });
}

/** The save status's words: their rendered lines, and whether any is cut off or outside the window. */
async function saveWords(frame: Frame) {
  return frame.locator("save-status .state span").evaluate((el) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
    const box = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    return {
      text: el.textContent?.trim() ?? "",
      lines: lines.size,
      inWindow: box.left >= 0 && box.right <= innerWidth && box.width > 1,
      clipped: style.clip !== "auto" || el.scrollWidth > el.clientWidth + 1,
    };
  });
}

/**
 * The progress number in the header as a learner sees it: its text, and whether it is drawn
 * whole inside the window and the header (not hidden, clipped to a pixel or pushed off screen).
 */
async function progressNumber(frame: Frame) {
  return frame.locator("course-player header .percent").evaluate((el) => {
    const box = el.getBoundingClientRect();
    const header = (el.closest("header") as Element).getBoundingClientRect();
    const style = getComputedStyle(el);
    // The words read after the number ("complete") are for screen readers only on a phone.
    const shown = [...el.childNodes]
      .filter((n) => n.nodeType === Node.TEXT_NODE)
      .map((n) => n.textContent)
      .join("")
      .trim();
    return {
      shown,
      whole:
        style.display !== "none" &&
        style.visibility !== "hidden" &&
        box.width > 8 &&
        box.left >= 0 &&
        box.right <= innerWidth &&
        box.top >= header.top &&
        box.bottom <= header.bottom,
    };
  });
}

/** Words of the course title split over two lines: each word's own rendered lines. */
async function splitTitleWords(frame: Frame): Promise<string[]> {
  return frame.locator("course-player .course-title").evaluate((el) => {
    const split: string[] = [];
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? "";
      for (const m of text.matchAll(/\S+/g)) {
        const range = document.createRange();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
        if (tops.size > 1) split.push(m[0]);
      }
    }
    return split;
  });
}

async function expectHeaderFits(frame: Frame, words: string, where: string) {
  const [scrollWidth, clientWidth] = await frame.evaluate(() => {
    const root = document.scrollingElement as Element;
    return [root.scrollWidth, root.clientWidth];
  });
  expect(scrollWidth, `${where}: the page scrolls sideways`).toBeLessThanOrEqual(clientWidth);
  for (const name of [strings.menuButton, strings.support, strings.takeBreak]) {
    const at = await placeOf(frame, name);
    expect(at.left, `${where}: ${name} starts inside the window`).toBeGreaterThanOrEqual(0);
    expect(at.right, `${where}: ${name} ends inside the window`).toBeLessThanOrEqual(at.width);
  }
  const status = await saveWords(frame);
  expect(status.text, where).toBe(words);
  expect(status.clipped, `${where}: the warning's words are shown, not hidden`).toBe(false);
  expect(status.inWindow, `${where}: the warning is inside the window`).toBe(true);
  expect(status.lines, `${where}: the warning wraps`).toBeGreaterThan(1);
  expect(await splitTitleWords(frame), `${where}: no word of the title is split`).toEqual([]);
}

for (const width of [375, 320]) {
  test(`at ${width} px with browser storage blocked, the warning wraps and the header stays on screen`, async ({
    page,
  }, info) => {
    await blockStorage(page);
    const frame = await openWeb(page, width);
    await expectHeaderFits(frame, strings.saveState.memory, `storage blocked, ${width} px`);
    await page.screenshot({ path: info.outputPath(`storage-blocked-${width}.png`) });
  });

  test(`at ${width} px with every commit failing, the warning wraps and the header stays on screen`, async ({
    page,
  }, info) => {
    const frame = await openFailing(page, width);
    await expectHeaderFits(frame, strings.saveState.unsaved, `commits failing, ${width} px`);
    await page
      .locator("#course")
      .screenshot({ path: info.outputPath(`commit-fails-${width}.png`) });
  });

  test(`at ${width} px when saved, the header is one row, no title word is split, and Menu is on screen`, async ({
    page,
  }, info) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await launch(page, packageOf(course.id, "scorm2004"));
    await sizeFrame(page, width, 700);
    const frame = courseFrameOf(page);
    await expect.poll(() => frame.evaluate(() => window.innerWidth)).toBe(width);
    await expect(frame.locator("save-status .state-saved")).toBeVisible();
    expect(await splitTitleWords(frame)).toEqual([]);
    const tops = [];
    for (const name of [strings.menuButton, strings.support, strings.takeBreak]) {
      const at = await placeOf(frame, name);
      expect(at.right).toBeLessThanOrEqual(at.width);
      tops.push(at.top);
    }
    expect(Math.max(...tops) - Math.min(...tops), "Support, Take a break and Menu in one row").toBe(
      0,
    );
    // Progress is a number beside them, not only the hairline under the header.
    const progress = await progressNumber(frame);
    expect(progress.shown, `${width} px: progress as a number`).toMatch(/^\d+%$/);
    expect(progress.whole, `${width} px: the number is in the header, whole`).toBe(true);
    // Opened, the menu keeps its button where it was: the header does not grow a row.
    const before = await frame.locator("course-player header").boundingBox();
    await frame.getByRole("button", { name: strings.menuButton, exact: true }).click();
    await expect(frame.locator("module-menu")).toBeVisible();
    expect((await frame.locator("course-player header").boundingBox())?.height).toBe(
      before?.height,
    );
    await page.locator("#course").screenshot({ path: info.outputPath(`saved-${width}.png`) });
  });
}

test("on a phone the save status says in words any state but saved, and progress shows as a number", async ({
  page,
}) => {
  const frame = await openWeb(page, 375);
  // The web package with storage: kept in this browser only, said, not only drawn.
  const status = await saveWords(frame);
  expect(status.text).toBe(strings.saveState.local);
  expect(status.clipped).toBe(false);
  await expect(frame.locator("course-player header .percent")).toBeVisible();
  await expect(frame.locator("course-player header .percent")).toHaveText(/^\d+%/);
});

test("the Welcome page promises a return only where progress is kept", async ({ page }) => {
  const promise = /come back to where you\s+left off/;
  const lost = page.getByText(strings.resumeLost).first();
  // An LMS keeps it: the course's words stand.
  await page.setViewportSize({ width: 1280, height: 900 });
  const view = await launch(page, packageOf(course.id, "scorm12"));
  await expect(view.getByText(promise).first()).toBeVisible();
  await expect(view.getByText(strings.resumeLost)).toHaveCount(0);
  // This browser keeps it (the web package): the same.
  await openWeb(page, 1280);
  await expect(page.getByText(promise).first()).toBeVisible();
  await expect(page.getByText(strings.resumeLost)).toHaveCount(0);
  // Nothing is kept: the promise is not made, and the learner is told why.
  await blockStorage(page);
  await openWeb(page, 1280);
  await expect(lost).toBeVisible();
  await expect(page.getByText(promise)).toHaveCount(0);
});

test.describe("the phone menu", () => {
  const toggle = (page: Page) =>
    page.getByRole("button", { name: strings.menuButton, exact: true });

  test("Escape folds it with focus on its button, in the menu, or in the page", async ({
    page,
  }) => {
    await openWeb(page, 375);
    // Focus on the button that opened it.
    await toggle(page).focus();
    await page.keyboard.press("Enter");
    await expect(toggle(page)).toHaveAttribute("aria-expanded", "true");
    await page.keyboard.press("Escape");
    await expect(page.locator("module-menu")).toBeHidden();
    await expect(toggle(page)).toHaveAttribute("aria-expanded", "false");
    await expectFocused(toggle(page));

    // Focus on a module in the menu: back to the button.
    await page.keyboard.press("Enter");
    await page.locator(`module-menu a[href="#${course.modules[2].id}"]`).focus();
    await page.keyboard.press("Escape");
    await expect(page.locator("module-menu")).toBeHidden();
    await expect(toggle(page)).toHaveAttribute("aria-expanded", "false");
    await expectFocused(toggle(page));

    // Focus in the page below the open menu: it stays there.
    await toggle(page).click();
    await heading(page).focus();
    await page.keyboard.press("Escape");
    await expect(page.locator("module-menu")).toBeHidden();
    await expect(toggle(page)).toHaveAttribute("aria-expanded", "false");
    await expectFocused(heading(page));
  });

  test("a jump from it folds it, even while the module is still on its way", async ({ page }) => {
    const [, second, third] = course.modules;
    // The third module's content is held back, as on a slow network.
    let release = () => {};
    const held = new Promise<void>((ok) => {
      release = ok;
    });
    await page.route(new RegExp(`assets/module-${third.id}-[^/]*\\.js$`), async (route) => {
      await held;
      await route.continue();
    });
    await openWeb(page, 375);
    await toggle(page).click();
    await page.locator(`module-menu a[href="#${second.id}"]`).click();
    await expect(heading(page)).toHaveText(second.title);
    await expect(toggle(page)).toHaveAttribute("aria-expanded", "false");
    await expect(page.locator("module-menu")).toBeHidden();

    // While the third module is on its way, the menu is already folded.
    await toggle(page).click();
    await page.locator(`module-menu a[href="#${third.id}"]`).press("Enter");
    await expect(toggle(page)).toHaveAttribute("aria-expanded", "false");
    await expect(page.locator("module-menu")).toBeHidden();
    release();
    await expect(heading(page)).toHaveText(third.title);
    await page.keyboard.press("Escape");
    await expect(toggle(page)).toHaveAttribute("aria-expanded", "false");
  });
});

/** Where the menu's box is in the window, and how many of its modules are whole in both. */
async function menuInWindow(frame: Frame) {
  return frame.locator("module-menu nav").evaluate((nav) => {
    const box = nav.getBoundingClientRect();
    const top = Math.max(0, box.top);
    const bottom = Math.min(innerHeight, box.bottom);
    const whole = (el: Element) => {
      const r = el.getBoundingClientRect();
      return r.top >= top && r.bottom <= bottom && r.height > 0;
    };
    return {
      shown: bottom - top,
      height: innerHeight,
      whole: [...nav.querySelectorAll("a")].filter(whole).length,
    };
  });
}

test("beside a long page at 1280 × 800 the menu stays in view as the page scrolls", async ({
  page,
}, info) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  const view = await launch(page, packageOf(course.id, "scorm2004"));
  // The simulator's panel would lie over a frame as wide as the window (as in screens-a11y).
  await page.addStyleTag({ content: ".model { display: none; }" });
  await sizeFrame(page, 1280, 800);
  const frame = courseFrameOf(page);
  await expect.poll(() => frame.evaluate(() => window.innerHeight)).toBe(800);
  // Family M: its account of what happened is a long page.
  const familyM = course.modules[2];
  await openModule(view, familyM);
  const length = await frame.evaluate(() => (document.scrollingElement as Element).scrollHeight);
  expect(length, "the page is one and a half windows long or more").toBeGreaterThanOrEqual(1200);
  for (const at of [0.5, 1]) {
    await frame.evaluate((f) => {
      const root = document.scrollingElement as Element;
      root.scrollTop = (root.scrollHeight - innerHeight) * f;
    }, at);
    const menu = await menuInWindow(frame);
    // Its box is in the window (not scrolled away with the top of the page), most of the window
    // high: the footer below the page may push it up a little at the end, never out.
    expect(menu.shown, `scrolled ${at * 100}%: the menu fills the column`).toBeGreaterThan(
      menu.height / 2,
    );
    // Modules in it are there to see and press: whole inside the window and the menu's own scroll.
    expect(menu.whole, `scrolled ${at * 100}%: modules to press`).toBeGreaterThanOrEqual(3);
    await page
      .locator("#course")
      .screenshot({ path: info.outputPath(`long-page-${at * 100}.png`) });
  }
  // At the end of the page, a keyboard walk through the menu: each module it reaches is whole in
  // the window, never hidden under the window's edge or the menu's own (WCAG 2.4.11).
  const links = frame.locator("module-menu nav a");
  await links.first().focus();
  for (let i = 0; i < course.modules.length; i++) {
    if (i > 0) await page.keyboard.press("Tab");
    await expectFocused(links.nth(i));
    const shown = await links.nth(i).evaluate((a) => {
      const nav = (a.closest("nav") as Element).getBoundingClientRect();
      const r = a.getBoundingClientRect();
      return r.top >= Math.max(0, nav.top) - 1 && r.bottom <= Math.min(innerHeight, nav.bottom) + 1;
    });
    expect(shown, `module ${i + 1} in the menu, focused, is in view`).toBe(true);
  }
});

test("when every save fails, the header says so in words beside the page too", async ({
  page,
}, info) => {
  const frame = await openFailing(page, 1280);
  const status = await saveWords(frame);
  expect(status.text).toBe(strings.saveState.unsaved);
  expect(status.clipped, "the warning's words are shown, not hidden").toBe(false);
  expect(status.inWindow, "the warning is inside the window").toBe(true);
  await page.locator("#course").screenshot({ path: info.outputPath("commit-fails-1280.png") });
});
