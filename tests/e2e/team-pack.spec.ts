/**
 * The team pack the build wrote beside the zips, opened from disk as a facilitator would: it
 * passes axe, requests nothing, and printed to A4 nothing is wider than the page.
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { WCAG_TAGS } from "./learner-steps.js";

/** A4's width less the pack's 15 mm side margins (@page), in CSS pixels (96 a inch). */
const A4_PRINT_WIDTH = Math.floor(((210 - 2 * 15) / 25.4) * 96);

test("the team pack passes axe, requests nothing and prints within an A4 page's width", async ({
  page,
}) => {
  const version = /^version: (\S+)$/m.exec(readFileSync("course/course.yaml", "utf8"))?.[1];
  const file = join(
    resolve(process.env.TEST_DIST ?? "build/test-dist"),
    `family-m-${version}-team-pack.html`,
  );
  const url = pathToFileURL(file).href;
  const others: string[] = [];
  page.on("request", (r) => {
    if (r.url() !== url) others.push(r.url());
  });
  await page.goto(url);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Team pack");
  await expect(page.getByRole("heading", { level: 2, name: "Feedback sheet" })).toBeVisible();

  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
  ).toEqual([]);
  expect(results.passes.length).toBeGreaterThan(0);

  // As printed: the page's width is A4's printable width, and no box or line runs past it.
  await page.emulateMedia({ media: "print" });
  await page.setViewportSize({ width: A4_PRINT_WIDTH, height: 1123 });
  const wider = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    return [...document.querySelectorAll("main *")]
      .filter((e) => e.getBoundingClientRect().right > width + 0.5)
      .map((e) => `${e.tagName.toLowerCase()}: ${(e.textContent ?? "").slice(0, 60)}`);
  });
  expect(wider).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    A4_PRINT_WIDTH,
  );
  // It renders to A4: each of the seven sections starts a page of its own.
  const pdf = await page.pdf({ format: "A4" });
  expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  const pages = pdf.toString("latin1").match(/\/Type\s*\/Page\b/g)?.length ?? 0;
  expect(pages).toBeGreaterThanOrEqual(7);
  expect(others).toEqual([]);
});
