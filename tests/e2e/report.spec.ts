/**
 * The pages for training leads, opened from disk as a lead would: the report made from the real
 * Moodle 4.4 export and the answer key the build wrote. Each has no WCAG 2.2 A/AA violation,
 * makes no request outside itself and reads at 320 px.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { scoredItemsOf } from "../../src/compiler/answer-key/scored-items.js";
import { writeReport } from "../../src/tools/report/write-report.js";
import { courseOf } from "./learner.js";
import { WCAG_TAGS } from "./learner-steps.js";

const MOODLE_12 = "tests/fixtures/lms-exports/moodle-4.4/interactions-scorm12.csv";

/** Opens a file and returns every URL the page asked for other than itself. */
async function openFromDisk(page: Page, file: string): Promise<string[]> {
  const url = pathToFileURL(file).href;
  const others: string[] = [];
  page.on("request", (r) => {
    if (r.url() !== url) others.push(r.url());
  });
  await page.goto(url);
  await page.waitForLoadState("load");
  return others;
}

async function expectNoViolations(page: Page, what: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const found = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`,
  );
  expect(found, `axe on ${what}`).toEqual([]);
  expect(results.passes.length, `axe on ${what} checked nothing`).toBeGreaterThan(0);
}

async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const [scroll, client] = await page.evaluate(() => [
    document.documentElement.scrollWidth,
    document.documentElement.clientWidth,
  ]);
  expect(scroll).toBeLessThanOrEqual(client);
}

test.describe("the report page", () => {
  let file: string;
  test.beforeAll(async () => {
    file = join(mkdtempSync(join(tmpdir(), "report-e2e-")), "report.html");
    // The export is of the 1.0.0 packages: the report joins it with that version's source.
    await writeReport({
      files: [MOODLE_12],
      courseDirs: ["tests/fixtures/family-m-1.0.0", "course"],
      out: file,
      named: false,
    });
  });

  test("has no axe violation, requests nothing outside itself and fits 320 px", async ({
    page,
  }) => {
    const requests = await openFromDisk(page, file);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("What learners chose");
    await expect(page.getByRole("img", { name: /Share right per theme/ })).toBeVisible();
    await expectNoViolations(page, "the report");
    await page.setViewportSize({ width: 320, height: 800 });
    await expectNoSidewaysScroll(page);
    expect(requests).toEqual([]);
  });

  test("gives each chart a table with the same figures", async ({ page }) => {
    await openFromDisk(page, file);
    const question = page.locator("article.question").first();
    await expect(question.getByRole("heading")).toContainText("The forensic results are not back");
    const table = question.getByRole("table");
    await expect(table.getByRole("row")).toHaveCount(4);
    await expect(table.getByRole("row", { name: /most chosen wrong answer/ })).toContainText(
      "fewer than 5",
    );
  });
});

test.describe("the answer key", () => {
  const course = courseOf("family-m");
  const file = () =>
    resolve(
      process.env.TEST_DIST ?? "build/test-dist",
      `family-m-${course.version}-answer-key.html`,
    );

  test("has no axe violation, requests nothing outside itself and fits 320 px", async ({
    page,
  }) => {
    const requests = await openFromDisk(page, file());
    await expectNoViolations(page, "the answer key");
    await page.setViewportSize({ width: 320, height: 800 });
    await expectNoSidewaysScroll(page);
    expect(requests).toEqual([]);
  });

  test("finds a question as the reader types, and says how many match", async ({ page }) => {
    await openFromDisk(page, file());
    const search = page.getByRole("searchbox", { name: /Search the questions/ });
    await search.fill("finkelhor");
    await expect(page.locator("article.item:visible")).toHaveCount(1);
    await expect(page.locator("article.item:visible h2")).toContainText("Finkelhor");
    const total = scoredItemsOf(course).length;
    await expect(page.getByRole("status")).toHaveText(`1 of ${total} items match`);
    await search.fill("kc:triangulate");
    await expect(page.locator("article.item:visible")).toHaveCount(1);
  });
});
