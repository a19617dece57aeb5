/**
 * Photographs every state a learner meets (welcome, the cover's module tiles for a new and a
 * returning learner, a lesson's banner, a lesson and its second page, answered right
 * and wrong, the walked case at its start, mid-way and at its end, a final assessment's item and
 * its feedback after a failed attempt, results passed and failed, the record, the break screen,
 * review mode, a section break before and after Continue, a tab set, a step-through and a
 * checked sort, no LMS) at 1280 px and 375 px wide into build/shots/, and the web package's team
 * session (a decision with its options shown, the feedback sheet) on a shared screen at 1280×800
 * and a projector's 1024×768, after a build of the course (`npm run shots`, scripts/shots.ts).
 */
import { mkdirSync, readdirSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { type Browser, chromium, type FrameLocator, type Page } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumPath } from "../../../playwright.config.js";
import type { AssessmentBlock } from "../../blocks/assessment/model.js";
import { assessmentStrings } from "../../blocks/assessment/strings.js";
import { branchingStrings } from "../../blocks/branching/strings.js";
import type { Question } from "../../blocks/question/model.js";
import type { SortBlock } from "../../blocks/sort/model.js";
import { buildCourse } from "../../compiler/build.js";
import type { Course, Module } from "../../course/model.js";
import { strings as teamStrings } from "../../team-session/strings.js";
import {
  courseOf,
  questionsIn,
  rightChoice,
  strings,
  wrongChoice,
} from "../learner/course-answers.js";
import { startSimulator } from "../lms-simulator/server.js";

const OUT = resolve("build/shots");
const DIST = resolve("build/shots-dist");
const WIDTHS = [1280, 375] as const;
const HEIGHT = { 1280: 860, 375: 760 } as const;

type Width = (typeof WIDTHS)[number];

interface Run {
  page: Page;
  view: FrameLocator;
  width: Width;
  base: string;
}

function pkgOf(courseId: string, format: "scorm2004" | "web"): string {
  const name = readdirSync(DIST).find(
    (f) => f.startsWith(`${courseId}-`) && f.endsWith(`-${format}.zip`),
  );
  if (!name) throw new Error(`no ${format} package of ${courseId} in ${DIST}`);
  return name;
}

async function launch(page: Page, base: string, pkg: string, width: Width, options: object = {}) {
  await page.goto(`${base}/`);
  await page.evaluate(
    async ([p, o]) => {
      const sim = (
        window as unknown as {
          simulator: { ready: Promise<void>; launch: (x: unknown) => Promise<void> };
        }
      ).simulator;
      await sim.ready;
      await sim.launch({ pkg: p, mode: "iframe", ...o });
    },
    [pkg, options] as const,
  );
  await page.evaluate(
    ([w, h]) => {
      const frame = document.querySelector<HTMLIFrameElement>("#course");
      // Over the simulator's own panels, so the picture is the course alone.
      if (frame)
        frame.style.cssText = `position:fixed;top:0;left:0;z-index:2147483647;width:${w}px;height:${h}px;max-width:none;border:0;display:block;background:#fff`;
    },
    [width, HEIGHT[width]] as const,
  );
  const view = page.frameLocator("#course");
  await view.locator("module-page h1").waitFor();
  return view;
}

async function shot(run: Run, name: string): Promise<void> {
  await run.page.waitForTimeout(150);
  await run.page.locator("#course").screenshot({ path: join(OUT, `${name}-${run.width}.png`) });
  console.log(`  ${name}-${run.width}.png`);
}

async function open(run: Run, module: Module): Promise<void> {
  const link = run.view.locator(`module-menu a[href="#${module.id}"]`);
  if (!(await link.isVisible()))
    await run.view.getByRole("button", { name: strings.menuButton, exact: true }).click();
  await link.click();
  await run.view.locator("module-page h1", { hasText: module.title }).waitFor();
  const gate = run.view.getByRole("button", { name: strings.contentWarningContinue });
  if ((await gate.count()) > 0) await gate.click();
  await run.view.locator("module-page h1").evaluate(() => window.scrollTo({ top: 0 }));
}

/**
 * Presses the page's section break (Continue) when one shows, once each break on the page has
 * drawn its button; false when every section shows.
 */
async function continueSection(run: Run): Promise<boolean> {
  const breaks = run.view.locator("module-page continue-button");
  const button = breaks.locator("button");
  for (let wait = 0; wait < 50 && (await breaks.count()) !== (await button.count()); wait++)
    await run.page.waitForTimeout(50);
  if ((await button.count()) === 0) return false;
  const sections = await run.view.locator("module-page .section").count();
  await button.first().click();
  await run.view.locator(`module-page .section[data-section="${sections}"]`).waitFor();
  return true;
}

/** Reads on with Continue and Next (past any question left open) until the question shows. */
async function reach(run: Run, id: string, selector = `input[name="${id}"]`): Promise<void> {
  const input = run.view.locator(selector).first();
  for (let step = 0; step < 60 && (await input.count()) === 0; step++) {
    if (await continueSection(run)) continue;
    const goOn = run.view.getByRole("button", { name: strings.leavingGo });
    if ((await goOn.count()) > 0) await goOn.click();
    else await run.view.locator("nav.pager button.next").click();
    await run.view.locator("module-page h1").waitFor();
  }
}

async function answer(run: Run, q: Question, choice: readonly string[]): Promise<void> {
  await reach(run, q.id);
  const card = run.view
    .locator("question-card")
    .filter({ has: run.view.locator(`input[name="${q.id}"]`) });
  for (const id of choice) await run.view.locator(`input[name="${q.id}"][value="${id}"]`).check();
  await card.getByRole("button", { name: strings.checkAnswer }).click();
  await card.locator(".result").waitFor();
}

/** Puts every card of a practice sort in its right group, so the course can complete. */
async function sortRight(run: Run, block: SortBlock): Promise<void> {
  const sort = run.view
    .locator("sort-question")
    .filter({ has: run.view.locator(`[id="stem-${block.id}"]`) });
  await reach(run, block.id, `sort-question [id="stem-${block.id}"]`);
  if ((await sort.locator(".result").count()) > 0) return;
  for (const c of block.cards) {
    await sort.locator(`[data-card="${c.id}"] input[value="${c.group}"]`).check();
  }
  await sort.getByRole("button", { name: strings.checkAnswer }).click();
  await sort.locator(".result").waitFor();
}

async function answerAll(run: Run, course: Course, how: "right" | "wrong"): Promise<void> {
  const sorts = (m: Module) => m.blocks.filter((b): b is SortBlock => b.kind === "sort");
  for (const m of course.modules.filter((x) => questionsIn(x).length + sorts(x).length > 0)) {
    await open(run, m);
    // Sorts first: in Family M the sort is on a page before its module's questions, and Next never goes back.
    for (const b of sorts(m)) await sortRight(run, b);
    for (const q of questionsIn(m)) {
      await reach(run, q.id);
      if (await run.view.locator(`input[name="${q.id}"]`).first().isDisabled()) continue;
      await answer(run, q, how === "right" ? rightChoice(q) : wrongChoice(q));
    }
  }
}

/**
 * Reads every module to its last page and walks every case to an end (taking the first option
 * each time), so the course is complete: the results give a verdict only then.
 */
async function readAll(run: Run, course: Course): Promise<void> {
  for (const m of course.modules) {
    await open(run, m);
    const position = run.view.locator("main p.position").first();
    for (let step = 0; step < 60; step++) {
      // A case shows one scene at a time: a scene without a decision waits for "Next scene".
      const waiting = run.view.getByRole("button", { name: branchingStrings.nextScene }).first();
      if ((await waiting.count()) > 0) {
        await waiting.click();
        continue;
      }
      const decision = run.view.locator("branching-scenario form.decision").first();
      if ((await decision.count()) > 0) {
        await decision.locator("input").first().check();
        await decision.getByRole("button", { name: branchingStrings.decide }).click();
        // The scenes a decision leads to wait for "Next scene"; an ending has none.
        const next = run.view.getByRole("button", { name: branchingStrings.nextScene }).first();
        await next.waitFor({ timeout: 2000 }).then(
          () => next.click(),
          () => {},
        );
        continue;
      }
      const at = /Page (\d+) of (\d+)/.exec((await position.textContent()) ?? "");
      if (!at || at[1] === at[2]) break;
      const goOn = run.view.getByRole("button", { name: strings.leavingGo });
      if ((await goOn.count()) > 0) await goOn.click();
      else await run.view.locator("nav.pager button.next").click();
      await run.view
        .locator("main p.position", { hasNotText: `Page ${at[1]} of` })
        .first()
        .waitFor();
    }
  }
}

/**
 * Takes the final assessment of `module` (opened, on the assessment's page) as `how` says, item by
 * item as the attempt draws them; `onFirst` is called with the first item on screen.
 */
async function takeAssessment(
  run: Run,
  module: Module,
  how: "right" | "wrong",
  onFirst?: () => Promise<void>,
): Promise<void> {
  const block = module.blocks.find((b): b is AssessmentBlock => b.kind === "assessment");
  if (!block) return;
  await open(run, module);
  const el = run.view.locator("assessment-block");
  const feedback = el.getByRole("heading", { name: assessmentStrings.feedbackTitle });
  const radio = el.locator('input[type="radio"]').first();
  for (let step = 0; step < 30 && (await el.count()) === 0; step++) {
    await run.view.locator("nav.pager button.next").click();
    await run.view.locator("module-page h1").waitFor();
  }
  const items = block.points.flatMap((p) => p.variants);
  for (let k = 0; k < 60; k++) {
    await feedback.or(radio).first().waitFor();
    if (await feedback.isVisible()) return;
    const id = (await radio.getAttribute("name")) as string;
    if (k === 0 && onFirst) await onFirst();
    const item = items.find((v) => v.id === id);
    const option = item?.options.find((o) => o.correct === (how === "right")) ?? item?.options[0];
    await el.locator(`input[name="${id}"][value="${option?.id}"]`).check();
    await el.getByRole("button", { name: /^Save answer/ }).click();
    await el.locator(`input[name="${id}"]`).first().waitFor({ state: "detached" });
  }
}

async function scrollTo(run: Run, selector: string): Promise<void> {
  await run.view
    .locator(selector)
    .first()
    .evaluate((el) => el.scrollIntoView({ block: "start" }));
}

async function familyM(run: Run): Promise<void> {
  const course = courseOf("family-m");
  const last = course.modules[course.modules.length - 1];
  const pkg = pkgOf("family-m", "scorm2004");
  run.view = await launch(run.page, run.base, pkg, run.width);
  await shot(run, "01-welcome");
  // The cover's tiles, a new learner's (they come once the player runs).
  await run.view.locator("cover-tiles li").first().waitFor();
  await scrollTo(run, "cover-tiles");
  await shot(run, "01-cover");
  // A lesson's banner: the first module with a line on why it matters.
  const banner = course.modules.find((m) => m.why) as Module;
  await open(run, banner);
  await run.view.locator("lesson-banner .banner").waitFor();
  await shot(run, "02-lesson-banner");
  const lesson = course.modules.find((m) => questionsIn(m).length >= 2) as Module;
  await open(run, lesson);
  await shot(run, "02-lesson");
  await run.view.locator("nav.pager button.next").click();
  await run.view.locator("module-page .page-title").waitFor();
  await shot(run, "02-lesson-page-2");
  const [first, second] = questionsIn(lesson);
  await answer(run, first, rightChoice(first));
  await reach(run, first.id);
  await scrollTo(run, `question-card:has(input[name="${first.id}"])`);
  await shot(run, "03-answered-right");
  await answer(run, second, wrongChoice(second));
  await scrollTo(run, `question-card:has(input[name="${second.id}"])`);
  await shot(run, "04-answered-wrong");
  // The cover again, for a learner with progress: states and "Continue where you left off".
  await open(run, course.modules[0]);
  await run.view.locator("cover-tiles .continue").waitFor();
  await scrollTo(run, "cover-tiles");
  await shot(run, "01-cover-returning");
  await answerAll(run, course, "wrong");
  await readAll(run, course);
  const assessed = course.modules.find((m) => m.blocks.some((b) => b.kind === "assessment"));
  if (assessed) {
    await takeAssessment(run, assessed, "wrong", async () => {
      await scrollTo(run, "assessment-block");
      await shot(run, "05-assessment-item");
    });
    await scrollTo(run, "assessment-block");
    await shot(run, "05-assessment-feedback-failed");
  }
  await open(run, last);
  await scrollTo(run, "results-panel");
  await shot(run, "06-results-failed");
  await run.view.getByRole("button", { name: strings.retake }).click();
  await run.view.getByRole("button", { name: strings.retakeConfirm }).click();
  await answerAll(run, course, "right");
  if (assessed) await takeAssessment(run, assessed, "right");
  await open(run, last);
  await scrollTo(run, "results-panel");
  await shot(run, "07-results-passed");
  await run.view.locator("module-page h1").evaluate(() => window.scrollTo({ top: 0 }));
  await run.view.getByRole("button", { name: strings.takeBreak }).click();
  await run.view.locator("break-screen h1").waitFor();
  await shot(run, "09-break");
  await run.view.getByRole("button", { name: strings.returnToCourse }).click();
  await run.view.locator("module-page h1").waitFor();
  await run.page.emulateMedia({ media: "print" });
  await run.view.locator("completion-record").waitFor();
  await shot(run, "08-record-print");
  await run.page.emulateMedia({ media: "screen" });
  run.view = await launch(run.page, run.base, pkg, run.width, {
    resume: true,
    attemptMode: "review",
  });
  await shot(run, "10-review");
}

/**
 * The walked case as a scenario player: its first scene (the role badge, an option card chosen),
 * the consequence card of that choice, a decision mid-way (the story so far folded above it) and
 * the ending card.
 */
async function branching(run: Run): Promise<void> {
  const course = courseOf("family-m");
  const caseModule = course.modules.find((m) => m.blocks.some((b) => b.kind === "branching"));
  if (!caseModule) return;
  run.view = await launch(run.page, run.base, pkgOf("family-m", "scorm2004"), run.width);
  await open(run, caseModule);
  const scenario = run.view.locator("branching-scenario");
  const top = (selector: string) =>
    scenario
      .locator(selector)
      .first()
      .evaluate((el) => el.scrollIntoView({ block: "start" }));
  const choose = () => scenario.locator("form.decision input").first().check();
  const decide = async () => {
    const form = scenario.locator("form.decision").first();
    await choose();
    const before = await scenario.locator("form.decision input").first().getAttribute("name");
    await form.getByRole("button", { name: branchingStrings.decide }).click();
    await scenario.locator(`input[name="${before}"]`).first().waitFor({ state: "detached" });
  };
  const nextScene = () =>
    scenario.getByRole("button", { name: branchingStrings.nextScene }).click();
  await choose();
  await top(".branching");
  await shot(run, "05-branching");
  await decide();
  // The choice just made: its consequence card, the verdict, the feedback and "Next scene".
  await top(".stage");
  await shot(run, "05-branching-consequence");
  const decision = scenario.locator("form.decision");
  for (let step = 0; step < 5 && (await decision.count()) === 0; step++) await nextScene();
  // A decision mid-way: the scenes before it folded, its role badge, the options.
  await top(".story");
  await shot(run, "05-branching-midway");
  const end = scenario.locator(".ending-card");
  for (let step = 0; step < 30 && (await end.count()) === 0; step++) {
    if ((await decision.count()) > 0) await decide();
    else await nextScene();
  }
  await top(".story");
  await shot(run, "05-branching-end");
}

/** A section break: the welcome page's first section with its Continue button, then the next section opened. */
async function sections(run: Run): Promise<void> {
  run.view = await launch(run.page, run.base, pkgOf("family-m", "scorm2004"), run.width);
  const button = run.view.locator("module-page continue-button button").first();
  await button.waitFor();
  await button.evaluate((el) => el.scrollIntoView({ block: "end" }));
  await run.page.waitForTimeout(100);
  await shot(run, "12-section-break");
  await button.press("Enter");
  await run.view.locator('module-page .section[data-section="1"]').waitFor();
  // The section's start scrolls to the top, smoothly.
  await run.page.waitForTimeout(1000);
  await shot(run, "12-section-opened");
}

/**
 * The interactions that fit the content, each where Family M uses it: a tab set with its second
 * tab chosen, a step-through part-way, and a sort checked (its cards in their groups).
 */
async function interactions(run: Run): Promise<void> {
  const course = courseOf("family-m");
  run.view = await launch(run.page, run.base, pkgOf("family-m", "scorm2004"), run.width);
  const holding = (kind: string) =>
    course.modules.find((m) => m.blocks.some((b) => b.kind === kind)) as Module;
  const frame = async (el: string, name: string) => {
    await run.view
      .locator(el)
      .first()
      .evaluate((e) => e.scrollIntoView({ block: "start" }));
    await run.page.waitForTimeout(150);
    await shot(run, name);
  };
  await open(run, holding("tabs"));
  await reach(run, "", "tab-set [role=tab]");
  await run.view.locator("tab-set [role=tab]").nth(1).click();
  await frame("tab-set", "13-tabs");
  await open(run, holding("steps"));
  await reach(run, "", "step-through button");
  await run.view
    .locator("step-through")
    .getByRole("button", { name: /^Next step/ })
    .click();
  await frame("step-through", "13-steps");
  const sort = holding("sort").blocks.find((b): b is SortBlock => b.kind === "sort") as SortBlock;
  await open(run, holding("sort"));
  await sortRight(run, sort);
  await frame("sort-question", "13-sort-checked");
}

async function noLms(run: Run): Promise<void> {
  await run.page.goto(`${run.base}/pkg/${pkgOf("family-m", "web")}/index.html`);
  await run.page.setViewportSize({ width: run.width, height: HEIGHT[run.width] });
  await run.page.locator("module-page h1").waitFor();
  await run.page.waitForTimeout(150);
  await run.page.screenshot({ path: join(OUT, `11-no-lms-${run.width}.png`) });
  console.log(`  11-no-lms-${run.width}.png`);
}

/** The team session's screens (index.html#team in the web package), at a laptop's and a projector's size. */
const TEAM_SCREENS = [
  { width: 1280, height: 800 },
  { width: 1024, height: 768 },
] as const;

async function teamSession(browser: Browser, base: string): Promise<void> {
  for (const { width, height } of TEAM_SCREENS) {
    // A page of its own each time: going to the same #team address again would not reload.
    const page = await browser.newPage({ viewport: { width, height } });
    await page.goto(`${base}/pkg/${pkgOf("family-m", "web")}/index.html#team`);
    await page.getByRole("button", { name: teamStrings.startPlan(45) }).click();
    // The first decision: two steps on, its options shown for the team to discuss.
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Space");
    await page.locator("team-screen .options li").first().waitFor();
    await page.screenshot({ path: join(OUT, `12-team-decision-${width}.png`) });
    await page.screenshot({
      path: join(OUT, `12-team-decision-full-${width}.png`),
      fullPage: true,
    });
    await page.keyboard.press("Space");
    await page.locator("team-screen .good").waitFor();
    await page.screenshot({ path: join(OUT, `13-team-best-${width}.png`), fullPage: true });
    while (!(await page.locator("team-sheet:not([hidden])").isVisible()))
      await page.keyboard.press("ArrowRight");
    await page.screenshot({ path: join(OUT, `14-team-sheet-${width}.png`), fullPage: true });
    console.log(`  12-team-decision, 13-team-best, 14-team-sheet at ${width}×${height}`);
    await page.close();
  }
}

/** `only`: one of "family-m", "branching", "sections", "interactions", "web", "team"; every set when undefined. */
export async function takeShots(only?: string): Promise<void> {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  // Packages of an earlier version left by an earlier run would be found in place of today's.
  rmSync(DIST, { recursive: true, force: true });
  await buildCourse("course", DIST, "build/shots-web/course");
  const sim = await startSimulator(DIST);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    for (const width of WIDTHS) {
      const page = await browser.newPage({ viewport: { width, height: HEIGHT[width] } });
      const run: Run = { page, view: page.frameLocator("#course"), width, base: sim.url };
      if (!only || only === "family-m") await familyM(run);
      if (!only || only === "branching") await branching(run);
      if (!only || only === "sections") await sections(run);
      if (!only || only === "interactions") await interactions(run);
      if (!only || only === "web") await noLms(run);
      await page.close();
    }
    if (!only || only === "team") {
      await teamSession(browser, sim.url);
    }
  } finally {
    await browser.close();
    await sim.close();
  }
  console.log(`Screenshots in ${OUT}`);
}
