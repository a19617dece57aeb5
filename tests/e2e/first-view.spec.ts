/**
 * The build's first screen: the first page is in index.html (readable with JavaScript off), the
 * player takes it over in place without losing or changing what the learner sees (in the web
 * package and in an LMS), nothing can be pressed before it does, each module's content is fetched
 * when the learner goes to it (with a status while it comes, and a way to try again if it does
 * not), and a returning learner is taken to their bookmark in another module.
 */
import { readdirSync } from "node:fs";
import { expect, type Page, test } from "@playwright/test";
import { loadCourse } from "../../src/compiler/course/loader.js";
import { firstViewStrings } from "../../src/player/first-view.strings.js";
import { noticeStrings } from "../../src/player/player-notices.strings.js";
import { strings } from "../../src/player/strings.js";
import { courseFrame, launch, packageOf, simulatorUrl } from "./simulator.js";

const course = loadCourse("course").course;
const [first, second] = course.modules;

/** The launch page of a course's web package, as the simulator serves it. */
function webIndex(of: { id: string; version: string } = course): string {
  const zip = readdirSync(process.env.TEST_DIST as string).find(
    (f) => f.startsWith(`${of.id}-${of.version}`) && f.endsWith("-web.zip"),
  );
  if (!zip) throw new Error(`no web zip of ${of.id} was built`);
  return `${simulatorUrl()}/pkg/${zip}/index.html`;
}

/** Everything the page reports going wrong: script errors and refused resources (CSP). */
function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on("pageerror", (e) => problems.push(`error: ${e.message}${e.stack ? `\n${e.stack}` : ""}`));
  page.on("console", (m) => {
    // The browser's own favicon request is not the course's.
    if (m.type() === "error" && !m.location().url.endsWith("/favicon.ico"))
      problems.push(`console: ${m.text()} (${m.location().url})`);
  });
  return problems;
}

const heading = (page: Page) => page.locator("module-page h1");
const firstParagraph = (page: Page) => page.locator("module-page section.page p").first();

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("the first page's heading and first paragraph are in index.html and visible", async ({
    page,
  }) => {
    await page.goto(webIndex());
    await expect(heading(page)).toHaveText(first.title);
    await expect(heading(page)).toBeVisible();
    await expect(firstParagraph(page)).toBeVisible();
    await expect(firstParagraph(page)).toContainText(/\w{3,}/);
    // Not pressable before the player runs, and the page says it is finding the learner's place.
    await expect(page.locator("course-player")).toHaveAttribute("inert", "");
    await expect(
      page.getByRole("status").filter({ hasText: firstViewStrings.findingPlaceHere }),
    ).toBeVisible();
  });
});

test("no script is fetched before the first view has painted", async ({ page }) => {
  const problems = watchProblems(page);
  await page.goto(webIndex());
  await expect(page.locator("course-player")).not.toHaveAttribute("inert");
  const { paint, scripts } = await page.evaluate(() => ({
    paint: performance.getEntriesByName("first-contentful-paint")[0]?.startTime,
    scripts: performance
      .getEntriesByType("resource")
      .filter((e) => /\.js$/.test(new URL(e.name).pathname))
      .map((e) => ({ file: new URL(e.name).pathname.split("/").pop(), start: e.startTime })),
  }));
  expect(paint).toBeGreaterThan(0);
  // The page's script, the player, Lit, the LMS connection, the first module's content.
  expect(scripts.length).toBeGreaterThanOrEqual(5);
  for (const s of scripts) expect(s.start, s.file).toBeGreaterThan(paint as number);
  expect(problems).toEqual([]);
});

test("the player takes over the prerendered page in place: same text, same nodes, live controls", async ({
  page,
}) => {
  const problems = watchProblems(page);
  // Hold the player's script back until the prerendered page has been read.
  const release = await holdBack(page, /assets\/player-[^/]*\.js$/);
  await page.goto(webIndex(), { waitUntil: "commit" });
  await expect(heading(page)).toHaveText(first.title);
  const shown = () => page.locator("module-page section.page").first().textContent();
  const before = await shown();
  const headingNode = await heading(page).elementHandle();
  release();

  await expect(page.locator("course-player")).not.toHaveAttribute("inert");
  await expect(page.locator("course-player")).not.toHaveAttribute("defer-hydration");
  await expect(page.locator("#loading")).toHaveCount(0);
  await expect(page.getByText(strings.saveState.local).first()).toBeVisible();
  expect(await shown()).toBe(before);
  // Hydrated, not redrawn: the heading the learner was looking at is still the one on screen.
  expect(await headingNode?.evaluate((h) => h.isConnected)).toBe(true);

  // The controls work: the menu moves to another module.
  await page.locator(`a[href="#${second.id}"]`).first().click();
  await expect(heading(page)).toHaveText(second.title);
  expect(problems).toEqual([]);
});

test("a returning learner's bookmark in another module replaces the prerendered first page", async ({
  page,
}) => {
  const problems = watchProblems(page);
  await page.goto(webIndex());
  await expect(page.locator("course-player")).not.toHaveAttribute("inert");
  await page.locator(`a[href="#${second.id}"]`).first().click();
  await expect(heading(page)).toHaveText(second.title);

  await page.reload();
  await expect(heading(page)).toHaveText(second.title);
  await expect(page.locator("course-player")).toHaveCount(1);
  await expect(page.locator("course-player")).not.toHaveAttribute("inert");
  await expect(page.getByText(noticeStrings.welcomeBackTitle)).toBeVisible();
  await page.locator(`a[href="#${first.id}"]`).first().click();
  await expect(heading(page)).toHaveText(first.title);
  expect(problems).toEqual([]);
});

/** Holds back every request matching `pattern` until `release` is called. */
async function holdBack(page: Page, pattern: RegExp) {
  let release: () => void = () => {};
  const held = new Promise<void>((ok) => {
    release = ok;
  });
  await page.route(pattern, async (route) => {
    await held;
    await route.continue();
  });
  return () => release();
}

test("in an LMS, the SCORM 2004 package's first launch takes over its prerendered page in place", async ({
  page,
}) => {
  const problems = watchProblems(page);
  const release = await holdBack(page, /assets\/player-[^/]*\.js$/);
  // launch() waits for the player, which is held back: the page is looked at meanwhile.
  const launching = launch(page, packageOf(course.id, "scorm2004"));
  const view = courseFrame(page);
  await expect(view.locator("module-page h1")).toHaveText(first.title);
  const headingNode = await view.locator("module-page h1").elementHandle();
  release();
  await launching;
  await expect(view.locator("course-player")).not.toHaveAttribute("inert");
  await expect(view.locator("course-player")).not.toHaveAttribute("defer-hydration");
  // The LMS package says where progress is saved from the first paint on, and stays the same.
  await expect(view.getByText(strings.saveState.saved).first()).toBeVisible();
  expect(await headingNode?.evaluate((h) => h.isConnected)).toBe(true);
  expect(problems).toEqual([]);
});

test("before the player runs nothing can be pressed, and a press does nothing", async ({
  page,
}) => {
  const release = await holdBack(page, /assets\/player-[^/]*\.js$/);
  await page.goto(webIndex(), { waitUntil: "commit" });
  await expect(heading(page)).toHaveText(first.title);
  const link = page.locator(`a[href="#${second.id}"]`).first();
  const box = await link.boundingBox();
  if (!box) throw new Error("the menu link to the second module is not on screen");
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  // A live page would take focus on Tab (the skip link first).
  await page.keyboard.press("Tab");
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
  await page.keyboard.press("Enter");
  await expect(heading(page)).toHaveText(first.title);
  await expect(
    page.getByRole("status").filter({ hasText: firstViewStrings.findingPlaceHere }),
  ).toBeVisible();
  release();
  await expect(page.locator("course-player")).not.toHaveAttribute("inert");
  await expect(heading(page)).toHaveText(first.title);
  await link.click();
  await expect(heading(page)).toHaveText(second.title);
});

test("a part of the first page whose code is still on its way stays inert until it has come", async ({
  page,
}) => {
  const problems = watchProblems(page);
  // The welcome page marks glossary terms: the player loads their element only when shown.
  const release = await holdBack(page, /assets\/glossary-term-[^/]*\.js$/);
  await page.goto(webIndex());
  await expect(page.locator("course-player")).not.toHaveAttribute("inert");
  const term = page.locator("module-page glossary-term").first();
  await expect(term).toHaveAttribute("inert", "");
  // Not pressable and not in the focus order (its button would do nothing yet)…
  const button = term.locator("button");
  await button.evaluate((b: HTMLButtonElement) => b.focus());
  expect(await button.evaluate((b) => b.matches(":focus"))).toBe(false);
  // …while the rest of the page is live.
  await page.keyboard.press("Tab");
  expect(await page.evaluate(() => document.activeElement?.localName)).toBe("course-player");
  release();
  await expect(term).not.toHaveAttribute("inert");
  await button.click();
  await expect(button).toHaveAttribute("aria-expanded", "true");
  await expect(page.locator("module-page glossary-definition")).toBeVisible();
  expect(problems).toEqual([]);
});

test("a question on the prerendered first page cannot be answered before the player runs, then can", async ({
  page,
}) => {
  const problems = watchProblems(page);
  const asking = loadCourse("tests/fixtures/question-first").course;
  const release = await holdBack(page, /assets\/player-[^/]*\.js$/);
  await page.goto(webIndex(asking), { waitUntil: "commit" });
  const right = page.getByRole("radio", { name: "Blue" });
  await expect(right).toBeVisible();
  const radioNode = await right.elementHandle();
  // A press before the player runs does not choose: nothing is taken that would then be lost.
  const box = await right.boundingBox();
  if (!box) throw new Error("the first option is not on screen");
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect(right).not.toBeChecked();
  release();
  await expect(page.locator("course-player")).not.toHaveAttribute("inert");
  // The card's file is not the player's, but came with it: the card was taken over with the page,
  // in place, and was never left waiting (inert) once the page was live.
  expect(
    await page.locator("question-card").evaluate((card) => ({
      defined: customElements.get("question-card") !== undefined,
      inert: card.hasAttribute("inert"),
    })),
  ).toEqual({ defined: true, inert: false });
  expect(await radioNode?.evaluate((r) => r.isConnected)).toBe(true);
  await right.check();
  await page.getByRole("button", { name: /^Check answer/ }).click();
  const verdict = page.getByRole("region", { name: strings.correct });
  await expect(verdict).toContainText("Yes. Scattered sunlight makes it blue.");
  expect(problems).toEqual([]);
});

test("each module's content is fetched when the learner goes to it, with a status while it comes", async ({
  page,
}) => {
  const problems = watchProblems(page);
  const fetched: string[] = [];
  page.on("request", (r) => {
    const m = /assets\/module-(.+)-[\w-]{8}\.js$/.exec(r.url());
    if (m) fetched.push(m[1]);
  });
  // Every module's content is held back, so none arrives before the learner asks for it.
  const release = await holdBack(page, /assets\/module-[^/]*\.js$/);
  await page.goto(webIndex());
  await expect(page.locator("course-player")).not.toHaveAttribute("inert");
  // The first module comes with the course's outline: the player started without a file for it.
  await expect(heading(page)).toHaveText(first.title);

  await page.locator(`a[href="#${second.id}"]`).first().click();
  const status = page.locator("course-player .fetching");
  await expect(status).toHaveText(strings.fetchingModule(second.title));
  await expect(heading(page)).toHaveText(first.title);
  release();
  await expect(heading(page)).toHaveText(second.title);
  await expect(status).toHaveText("");
  await expect(heading(page)).toBeFocused();
  // The rest come while the browser is idle, so later modules open at once.
  await expect.poll(() => new Set(fetched).size).toBe(course.modules.length - 1);
  expect(fetched).not.toContain(first.id);
  expect(problems).toEqual([]);
});

test("a module that cannot be fetched is said at once, and can be tried again", async ({
  page,
}) => {
  let refuse = true;
  await page.route(new RegExp(`assets/module-${second.id}-[^/]*\\.js$`), (route) =>
    refuse ? route.abort() : route.continue(),
  );
  await page.goto(webIndex());
  await expect(page.locator("course-player")).not.toHaveAttribute("inert");
  await page.locator(`a[href="#${second.id}"]`).first().click();
  const alert = page.getByRole("alert").filter({ hasText: strings.fetchFailed(second.title) });
  await expect(alert).toBeVisible();
  await expect(heading(page)).toHaveText(first.title);
  refuse = false;
  await alert.getByRole("button", { name: strings.tryAgain }).click();
  await expect(heading(page)).toHaveText(second.title);
  await expect(alert).toHaveCount(0);
});
