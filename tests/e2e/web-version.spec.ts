/**
 * The web version, for use without an LMS: runs from any web server, says plainly that progress
 * stays in this browser, and picks up where the learner left off.
 */
import { readdirSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { loadCourse } from "../../src/compiler/course/loader.js";
import { strings } from "../../src/player/strings.js";
import { simulatorUrl } from "./simulator.js";

const course = loadCourse("course").course;

test("the web zip runs with no LMS, keeps progress in the browser and resumes there", async ({
  page,
}) => {
  const zip = readdirSync(process.env.TEST_DIST as string).find(
    (f) => f.startsWith(`${course.id}-${course.version}`) && f.endsWith("-web.zip"),
  );
  expect(zip).toBeDefined();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${simulatorUrl()}/pkg/${zip}/index.html`);
  await expect(page.locator("module-page h1")).toHaveText(course.modules[0].title);
  await expect(page.getByText(strings.saveState.local).first()).toBeVisible();

  const second = course.modules[1];
  await page.locator(`a[href="#${second.id}"]`).first().click();
  await expect(page.locator("module-page h1")).toHaveText(second.title);

  await page.reload();
  await expect(page.locator("module-page h1")).toHaveText(second.title);
});
