/**
 * The team session: the web package opened at `index.html#team` on a shared screen. A person
 * leading a team meeting walks Family M's 45-minute plan by keyboard alone (the plan chosen,
 * each step's heading taking the focus, the options and what good looks like shown with Space,
 * a timer that counts and pauses), fills in the feedback sheet and saves it as a file that
 * `npm run report` reads; nothing is stored in the browser and nothing is requested outside the
 * package; Escape goes back to the course. axe at 1280×800 and at a projector's 1024×768 (and
 * in dark mode), nothing wider than a 320 px screen. A course without team.md gets a session too.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { unzipSync } from "fflate";
import { TEAM_FILES } from "../../src/compiler/build.js";
import { loadCourse } from "../../src/compiler/course/loader.js";
import { teamSessionData } from "../../src/compiler/team-pack/team-session-data.js";
import { strings } from "../../src/team-session/strings.js";
import { readSheet } from "../../src/tools/report/team-feedback.js";
import { WCAG_TAGS } from "./learner-steps.js";
import { simulatorUrl } from "./simulator.js";

const familyM = loadCourse("course");
const course = familyM.course;
const data = teamSessionData(course, familyM.team);

function webFolder(of: { id: string; version: string }): string {
  const zip = readdirSync(process.env.TEST_DIST as string).find(
    (f) => f.startsWith(`${of.id}-${of.version}`) && f.endsWith("-web.zip"),
  );
  if (!zip) throw new Error(`no web zip of ${of.id} was built`);
  return `${simulatorUrl()}/pkg/${zip}/`;
}

/** Every request the page makes outside the package's own folder. */
function watchRequests(page: Page, folder: string): string[] {
  const outside: string[] = [];
  page.on("request", (r) => {
    const url = r.url();
    if (!url.startsWith(folder) && !url.startsWith("blob:") && !url.startsWith("data:"))
      outside.push(url);
  });
  return outside;
}

async function expectNoAxe(page: Page, state: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .include("team-screen")
    .withTags(WCAG_TAGS)
    .analyze();
  const found = results.violations.map(
    (v) => `${v.id}: ${v.help} ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
  expect(found, `axe on ${state}`).toEqual([]);
  expect(results.passes.length, `axe on ${state} checked nothing`).toBeGreaterThan(0);
}

async function storage(page: Page) {
  return page.evaluate(() => ({
    local: localStorage.length,
    session: sessionStorage.length,
    cookie: document.cookie,
  }));
}

const heading = (page: Page) => page.locator("team-screen h1");
const position = (page: Page) => page.locator("team-screen .position");
const timer = (page: Page) => page.locator("team-screen [role=timer]");

test("a team walks Family M's 45-minute session by keyboard, saves its feedback sheet and leaves", async ({
  page,
}) => {
  const folder = webFolder(course);
  const outside = watchRequests(page, folder);
  const problems: string[] = [];
  page.on("pageerror", (e) => problems.push(e.message));
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto(`${folder}index.html#team`);

  // The session, not the course: no player, no LMS; the plan is chosen first.
  await expect(heading(page)).toHaveText(strings.title(course.title));
  await expect(heading(page)).toBeFocused();
  await expect(page.locator("course-player")).toHaveCount(0);
  await expectNoAxe(page, "the plan chooser at 1024×768");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: strings.startPlan(45) })).toBeFocused();
  await page.keyboard.press("Enter");

  const steps = data.plans["45"];
  const decisions = steps.filter((s) => s.kind === "decision");
  expect(decisions.length).toBe(4);
  let n = 0;
  for (const step of steps) {
    n++;
    await expect(position(page)).toHaveText(strings.position(n, steps.length));
    await expect(heading(page)).toBeFocused();
    // A screen reader hears where the session is with the heading it lands on.
    await expect(heading(page)).toHaveAccessibleDescription(strings.position(n, steps.length));
    if (step.kind === "warning") {
      await expect(heading(page)).toHaveText(strings.warningTitle);
      await expect(page.locator("team-screen .notice")).toContainText("sexual abuse");
      // The timer counts down from the plan's minutes for this step, and can be paused.
      await expect(timer(page)).toHaveText(/^[45]:\d\d left$/);
      const first = await timer(page).textContent();
      await expect.poll(() => timer(page).textContent(), { timeout: 5000 }).not.toBe(first);
      const pause = page.getByRole("button", { name: strings.pause });
      await pause.focus();
      await page.keyboard.press("Space");
      await expect(pause).toHaveAttribute("aria-pressed", "true");
      await expect(timer(page)).toContainText(strings.paused);
      const stopped = await timer(page).textContent();
      await page.waitForTimeout(1500);
      await expect(timer(page)).toHaveText(stopped ?? "");
      await page.keyboard.press("Space");
      await expect(pause).toHaveAttribute("aria-pressed", "false");
      // Back to the heading, as a presenter would, then on with the keys.
      await heading(page).focus();
    } else if (step.kind === "summary") {
      await expect(heading(page)).toHaveText(strings.summaryTitle);
      // PageDown and PageUp move too.
      await page.keyboard.press("PageDown");
      await expect(position(page)).toHaveText(strings.position(n + 1, steps.length));
      await page.keyboard.press("PageUp");
      await expect(heading(page)).toHaveText(strings.summaryTitle);
      await expect(heading(page)).toBeFocused();
    } else if (step.kind === "decision") {
      const k = decisions.indexOf(step) + 1;
      const d = data.decisions.find((x) => x.id === step.decision);
      await expect(heading(page)).toHaveText(strings.decisionTitle(k, decisions.length));
      // The options are hidden until the team has talked.
      const options = page.locator("team-screen .options li");
      await expect(options).toHaveCount(0);
      await page.keyboard.press("Space");
      await expect(options).toHaveCount(d?.options.length ?? 0);
      await expect(page.locator("team-screen #part-1")).toBeFocused();
      await expect(page.locator("team-screen .options li.best")).toHaveCount(0);
      if (k === 1) {
        await page.setViewportSize({ width: 1280, height: 800 });
        await expectNoAxe(page, "a decision with its options at 1280×800");
        await page.setViewportSize({ width: 1024, height: 768 });
        await expectNoAxe(page, "a decision with its options at 1024×768");
      }
      await page.keyboard.press("Space");
      await expect(page.locator("team-screen #part-2")).toBeFocused();
      await expect(page.locator("team-screen .options li.best")).toHaveCount(1);
      await expect(page.locator("team-screen .good")).toBeVisible();
      // Nothing more to show: Space does nothing else.
      await page.keyboard.press("Space");
      await expect(position(page)).toHaveText(strings.position(n, steps.length));
    } else if (step.kind === "points") {
      await expect(heading(page)).toHaveText(strings.pointsTitle);
      for (const k of data.keyPoints)
        await expect(page.locator("team-screen h2", { hasText: k.title })).toBeVisible();
    } else if (step.kind === "sheet") {
      await expect(heading(page)).toHaveText(strings.sheetTitle);
    }
    if (n < steps.length) await page.keyboard.press("ArrowRight");
  }
  // The last step: the right arrow goes nowhere further.
  await page.keyboard.press("ArrowRight");
  await expect(position(page)).toHaveText(strings.position(steps.length, steps.length));
  await expect(page.getByRole("button", { name: strings.next })).toBeDisabled();

  // The feedback sheet, filled in as a team would, says it holds no names unless typed.
  await expect(page.getByText(strings.noNames)).toBeVisible();
  await page.setViewportSize({ width: 1280, height: 800 });
  await expectNoAxe(page, "the feedback sheet at 1280×800");
  await page.setViewportSize({ width: 1024, height: 768 });
  await expectNoAxe(page, "the feedback sheet at 1024×768");
  // Saving without an agency says what is missing, at the field.
  await page.getByRole("button", { name: strings.save }).press("Enter");
  await expect(page.getByLabel(strings.agency)).toBeFocused();
  await expect(page.getByText(strings.agencyMissing)).toBeVisible();
  await page.getByLabel(strings.agency).selectOption("health");
  await page.getByLabel(strings.teamSize).fill("7");
  await page.getByLabel(strings.discussed).fill("Whether we would have asked the older child.");
  // Typing in a field never moves the session.
  await page.keyboard.press("ArrowLeft");
  await expect(heading(page)).toHaveText(strings.sheetTitle);
  await page.getByLabel(data.changes[1].text).check();
  await page.getByLabel(strings.needs).fill("Training on the escalation policy.");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: strings.save }).press("Enter"),
  ]);
  expect(download.suggestedFilename()).toMatch(
    new RegExp(
      `^${course.id}-${course.version.replaceAll(".", "\\.")}-team-feedback-\\d{4}-\\d{2}-\\d{2}\\.json$`,
    ),
  );
  await expect(page.getByRole("status")).toHaveText(strings.saved(download.suggestedFilename()));
  // `npm run report` reads it back.
  const { sheet } = readSheet(await download.path(), course.id);
  expect(sheet).toMatchObject({
    course: { id: course.id, version: course.version },
    plan: 45,
    agency: "health",
    teamSize: 7,
    discussed: "Whether we would have asked the older child.",
    changes: [data.changes[1]],
    otherChange: "",
    needs: "Training on the escalation policy.",
  });

  // Going back keeps what was typed into the sheet.
  await heading(page).focus();
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("ArrowRight");
  await expect(page.getByLabel(strings.needs)).toHaveValue("Training on the escalation policy.");

  // Nothing stored, nothing asked of anyone outside the package.
  expect(await storage(page)).toEqual({ local: 0, session: 0, cookie: "" });
  expect(outside).toEqual([]);
  expect(problems).toEqual([]);

  // Escape leaves for the course itself.
  await heading(page).focus();
  await page.keyboard.press("Escape");
  await expect(page).toHaveURL(`${folder}index.html`);
  await expect(page.locator("module-page h1")).toHaveText(course.modules[0].title);
});

test("the leave link goes to the course, and a course without team.md gets a session", async ({
  page,
}) => {
  const every = loadCourse("tests/fixtures/every-block");
  const fixture = teamSessionData(every.course);
  const folder = webFolder(every.course);
  const outside = watchRequests(page, folder);
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto(`${folder}index.html#team`);
  await page.getByRole("button", { name: strings.startPlan(90) }).click();
  const steps = fixture.plans["90"];
  await expect(position(page)).toHaveText(strings.position(1, steps.length));
  // Its first decision, with the general questions to ask.
  const first = steps.findIndex((s) => s.kind === "decision");
  for (let i = 0; i < first; i++) await page.keyboard.press("ArrowRight");
  await expect(heading(page)).toHaveText(strings.decisionTitle(1, fixture.decisions.length));
  await expect(page.locator("team-screen .ask li")).toHaveCount(
    fixture.decisions[0].askHtml.length,
  );
  await page.getByRole("button", { name: strings.showOptions }).click();
  await expect(page.locator("team-screen .options li")).toHaveCount(
    fixture.decisions[0].options.length,
  );
  // A part with no minutes in the plan counts up.
  await expect(timer(page)).toHaveText(/left$|so far$/);
  await expectNoAxe(page, "a fixture's decision at 1024×768");
  await page.emulateMedia({ colorScheme: "dark" });
  await expectNoAxe(page, "a fixture's decision in dark mode");
  await page.emulateMedia({ colorScheme: "light" });
  // On a phone, or at 400 % zoom, the step still fits its width.
  await page.setViewportSize({ width: 320, height: 640 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.getByRole("link", { name: strings.leave }).click();
  await expect(page).toHaveURL(`${folder}index.html`);
  await expect(page.locator("module-page h1")).toHaveText(every.course.modules[0].title);
  expect(outside).toEqual([]);
});

test("only the web zip holds the team session: an LMS launches the course itself", () => {
  const dist = process.env.TEST_DIST as string;
  const team = (format: string) => {
    const zip = readdirSync(dist).find((f) => f === `${course.id}-${course.version}-${format}.zip`);
    if (!zip) throw new Error(`no ${format} zip of ${course.id}`);
    return Object.keys(unzipSync(readFileSync(join(dist, zip)))).filter((f) => TEAM_FILES.test(f));
  };
  expect(team("web").map((f) => f.replace(/-[\w-]{8}\.js$/, ""))).toEqual([
    "assets/team-data",
    "assets/team-session",
  ]);
  expect(team("scorm12")).toEqual([]);
  expect(team("scorm2004")).toEqual([]);
});
